/** What decides whether one case may be merged into another. */
export interface MergeFacts {
  sourceId: string;
  intoId: string;
  sourceAgencyId: string;
  intoAgencyId: string;
  sourceMergedInto: string | null;
  intoMergedInto: string | null;
}

export type MergeProblem = 'mergeSameCase' | 'mergeMerged' | 'mergeOtherAgency';

/**
 * Pure: why the merge is refused (409), or null. A case is one matter of the same person(s) at
 * one agency (DESIGN §2 Case): only cases of one agency merge, once, into a case still open.
 */
export function mergeProblem(f: MergeFacts): { field: string; problem: MergeProblem } | null {
  if (f.sourceId === f.intoId) return { field: 'intoCaseId', problem: 'mergeSameCase' };
  if (f.sourceMergedInto !== null) return { field: 'id', problem: 'mergeMerged' };
  if (f.intoMergedInto !== null) return { field: 'intoCaseId', problem: 'mergeMerged' };
  if (f.sourceAgencyId !== f.intoAgencyId) {
    return { field: 'intoCaseId', problem: 'mergeOtherAgency' };
  }
  return null;
}
