import { mergeProblem, type MergeFacts } from './case-merge';

const base: MergeFacts = {
  sourceId: 'a',
  intoId: 'b',
  sourceAgencyId: 'x',
  intoAgencyId: 'x',
  sourceMergedInto: null,
  intoMergedInto: null,
};

describe('merging two cases of one matter (DESIGN §2 Case: one matter, same person(s), one agency)', () => {
  it('merges two open cases of the same agency', () => {
    expect(mergeProblem(base)).toBeNull();
  });

  it.each([
    [{ intoId: 'a' }, 'intoCaseId', 'mergeSameCase'],
    [{ sourceMergedInto: 'c' }, 'id', 'mergeMerged'],
    [{ intoMergedInto: 'c' }, 'intoCaseId', 'mergeMerged'],
    [{ intoAgencyId: 'y' }, 'intoCaseId', 'mergeOtherAgency'],
  ] as const)('refuses %j (%s: %s)', (change, field, problem) => {
    expect(mergeProblem({ ...base, ...change })).toEqual({ field, problem });
  });
});
