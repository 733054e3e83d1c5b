import { isAgencyVisible, visibleAgencyIds } from './agency-scope';

// HN ─┬─ TTTP
//     ├─ Q1 ─┬─ P1
//     │      └─ P2
//     └─ Q2
const rows = [
  { id: 'HN', parentId: null },
  { id: 'TTTP', parentId: 'HN' },
  { id: 'Q1', parentId: 'HN' },
  { id: 'P1', parentId: 'Q1' },
  { id: 'P2', parentId: 'Q1' },
  { id: 'Q2', parentId: 'HN' },
];

describe('record scope of an officer (DESIGN.md §7)', () => {
  it('an officer who does not see the subtree sees only their own agency', () => {
    expect(visibleAgencyIds(rows, { agencyId: 'Q1', seesSubtree: false })).toEqual(['Q1']);
  });

  it('a leader sees their agency and every descendant, parents first', () => {
    expect(visibleAgencyIds(rows, { agencyId: 'Q1', seesSubtree: true })).toEqual([
      'Q1',
      'P1',
      'P2',
    ]);
    expect(visibleAgencyIds(rows, { agencyId: 'HN', seesSubtree: true }).sort()).toEqual(
      rows.map((r) => r.id).sort(),
    );
  });

  it('never sees siblings or ancestors', () => {
    const leader = { agencyId: 'Q1', seesSubtree: true };
    expect(isAgencyVisible(rows, leader, 'Q2')).toBe(false);
    expect(isAgencyVisible(rows, leader, 'HN')).toBe(false);
    expect(isAgencyVisible(rows, leader, 'P2')).toBe(true);
  });

  it('keeps the officer’s own agency even when it is not in the tree of that date', () => {
    expect(visibleAgencyIds(rows, { agencyId: 'OLD', seesSubtree: true })).toEqual(['OLD']);
  });

  it('terminates on a cycle in bad data', () => {
    const cyclic = [
      { id: 'X', parentId: 'Y' },
      { id: 'Y', parentId: 'X' },
    ];
    expect(visibleAgencyIds(cyclic, { agencyId: 'X', seesSubtree: true })).toEqual(['X', 'Y']);
  });
});
