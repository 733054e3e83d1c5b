/** A column as a multi-level table header sees it: its own header under its group headers. */
export interface GridColumn {
  header: string;
  /** Group headers, outermost first; [] for a column with a header of its own only. */
  parents: readonly string[];
}

/** One merged header cell: columns `fromColumn`…`toColumn` (indices, inclusive), `rowSpan` levels. */
export interface HeaderSpan {
  fromColumn: number;
  toColumn: number;
  text: string;
  rowSpan: number;
}

export interface HeaderGrid {
  /** Number of header rows (levels): the deepest column's groups plus its own header. */
  depth: number;
  /** The cells that start on each level, left to right. */
  levels: HeaderSpan[][];
}

/** Columns `a` and `b` sit under the same group at `level` (and the same groups above it). */
const sameGroup = (a: GridColumn, b: GridColumn, level: number): boolean =>
  a.parents.length > level &&
  b.parents.length > level &&
  a.parents.slice(0, level + 1).every((p, i) => p === b.parents[i]);

/**
 * The merged header cells of a printed form: on each level a group header spans the adjacent
 * columns that share it (and every group above it); a column's own header sits on the level under
 * its last group and reaches down to the last level. Every column is covered once per level.
 */
export function headerGrid(columns: readonly GridColumn[]): HeaderGrid {
  const depth = Math.max(1, ...columns.map((c) => c.parents.length + 1));
  const levels: HeaderSpan[][] = Array.from({ length: depth }, () => []);
  columns.forEach((column, i) => {
    column.parents.forEach((text, level) => {
      const previous = columns[i - 1];
      if (previous && sameGroup(previous, column, level)) return;
      let last = i;
      while (columns[last + 1] && sameGroup(column, columns[last + 1]!, level)) last++;
      levels[level]!.push({ fromColumn: i, toColumn: last, text, rowSpan: 1 });
    });
    const own = column.parents.length;
    levels[own]!.push({ fromColumn: i, toColumn: i, text: column.header, rowSpan: depth - own });
  });
  for (const level of levels) level.sort((a, b) => a.fromColumn - b.fromColumn);
  return { depth, levels };
}

/**
 * Heights of the header rows: each level is as tall as its one-level cells need, and a cell over
 * several levels that needs more than their sum makes its last level taller (shortest cells first).
 */
export function headerRowHeights(
  grid: HeaderGrid,
  needed: (span: HeaderSpan) => number,
  minimum: number,
): number[] {
  const heights = grid.levels.map((spans) =>
    Math.max(minimum, ...spans.filter((s) => s.rowSpan === 1).map(needed)),
  );
  const tall = grid.levels
    .flatMap((spans, level) => spans.map((span) => ({ span, level })))
    .filter(({ span }) => span.rowSpan > 1)
    .sort((a, b) => a.span.rowSpan - b.span.rowSpan);
  for (const { span, level } of tall) {
    const last = level + span.rowSpan - 1;
    const have = heights.slice(level, last + 1).reduce((a, b) => a + b, 0);
    const want = needed(span);
    if (want > have) heights[last]! += want - have;
  }
  return heights;
}
