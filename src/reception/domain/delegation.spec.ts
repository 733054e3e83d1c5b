import {
  checkDelegationFlag,
  checkGroup,
  checkListedVisitors,
  checkRepresentatives,
  type GroupFacts,
  maxRepresentatives,
} from './delegation';
import { ReceptionErrorCode } from './reception-errors';

const group = (over: Partial<GroupFacts>): GroupFacts => ({
  personsCount: 1,
  isDelegation: false,
  listedCount: 1,
  representatives: [],
  ...over,
});

describe('delegations (đoàn đông người): DOMAIN.md Product decision 2', () => {
  it.each([
    [1, false, null],
    [4, false, null],
    [5, true, null],
    [12, true, null],
    [4, true, 'delegationTooSmall'],
    [5, false, 'delegationFlagMissing'],
    [40, false, 'delegationFlagMissing'],
  ])('%i persons flagged %s → %s', (personsCount, isDelegation, rule) => {
    const v = checkDelegationFlag(group({ personsCount, isDelegation }));
    expect(v?.rule ?? null).toBe(rule);
    if (v) {
      expect(v).toMatchObject({
        code: ReceptionErrorCode.DelegationMismatch,
        field: 'isDelegation',
      });
    }
  });

  it('never lists more persons by name than came (DOMAIN.md §2.2, column 3 and 5)', () => {
    expect(checkListedVisitors(group({ personsCount: 2, listedCount: 2 }))).toBeNull();
    expect(checkListedVisitors(group({ personsCount: 2, listedCount: 3 }))).toMatchObject({
      field: 'visitors',
      rule: 'visitorsExceedCount',
    });
  });
});

describe('representatives of a group: Luật Khiếu nại 2011 Điều 8 khoản 4 (Luật TCD 2013 Điều 30)', () => {
  it.each([
    [1, null],
    [4, null],
    [5, 2],
    [10, 2],
    [11, 5],
    [300, 5],
  ])('%i persons may send at most %s representatives', (persons, max) => {
    expect(maxRepresentatives(persons)).toBe(max);
  });

  it.each([
    ['5–10 persons, 1 representative', 7, 3, [0], null],
    ['5–10 persons, 2 representatives', 10, 3, [0, 2], null],
    ['5–10 persons, 3 representatives', 8, 3, [0, 1, 2], 'representativesOverTwo'],
    ['12 persons, 3 representatives', 12, 3, [0, 1, 2], null],
    ['12 persons, 5 representatives', 12, 6, [0, 1, 2, 3, 4], null],
    ['12 persons, 6 representatives', 12, 6, [0, 1, 2, 3, 4, 5], 'representativesOverFive'],
    ['a delegation without a representative', 6, 2, [], 'representativesRequired'],
    ['3 persons, no representative', 3, 3, [], null],
    ['3 persons, one speaks for them', 3, 3, [1], null],
  ])('%s → %s', (_title, personsCount, listedCount, representatives, rule) => {
    const g = group({
      personsCount,
      isDelegation: personsCount >= 5,
      listedCount,
      representatives,
    });
    expect(checkRepresentatives(g)?.rule ?? null).toBe(rule);
  });

  it('refuses a representative who is not one of the listed group, naming the entry', () => {
    const g = group({
      personsCount: 12,
      isDelegation: true,
      listedCount: 3,
      representatives: [0, 3],
    });
    expect(checkRepresentatives(g)).toEqual({
      code: ReceptionErrorCode.RepresentativesInvalid,
      field: 'representatives.1',
      rule: 'representativeOutsideGroup',
    });
  });

  it('reports the flag first, then the list, then the representatives', () => {
    const g = group({ personsCount: 4, isDelegation: true, listedCount: 9, representatives: [12] });
    expect(checkGroup(g)?.rule).toBe('delegationTooSmall');
    expect(checkGroup({ ...g, isDelegation: false })?.rule).toBe('visitorsExceedCount');
    expect(checkGroup({ ...g, isDelegation: false, listedCount: 2 })?.rule).toBe(
      'representativeOutsideGroup',
    );
  });
});
