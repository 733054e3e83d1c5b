/** One row of the tree as of a date: the unit and its parent (null for a root). */
export interface TreeRow {
  id: string;
  parentId: string | null;
}

/** Whose records an officer sees (DESIGN.md §7: own agency; leader and oversight: its subtree). */
export interface ScopeViewer {
  agencyId: string;
  seesSubtree: boolean;
}

/**
 * The agency ids whose records the viewer may see, given the tree rows in force on a date: the
 * viewer's own agency always (its records stay its own after it ends), plus every descendant
 * when the viewer sees the subtree. The service computes the same set in SQL (WITH RECURSIVE);
 * this is the reference definition, unit-tested.
 */
export function visibleAgencyIds(rows: readonly TreeRow[], viewer: ScopeViewer): string[] {
  const visible = [viewer.agencyId];
  if (!viewer.seesSubtree) return visible;
  const children = new Map<string, string[]>();
  for (const row of rows) {
    if (row.parentId === null) continue;
    const list = children.get(row.parentId) ?? [];
    list.push(row.id);
    children.set(row.parentId, list);
  }
  const seen = new Set(visible);
  for (let i = 0; i < visible.length; i++) {
    for (const child of children.get(visible[i] ?? '') ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      visible.push(child);
    }
  }
  return visible;
}

/** May the viewer see records of this agency? */
export function isAgencyVisible(
  rows: readonly TreeRow[],
  viewer: ScopeViewer,
  agencyId: string,
): boolean {
  return visibleAgencyIds(rows, viewer).includes(agencyId);
}
