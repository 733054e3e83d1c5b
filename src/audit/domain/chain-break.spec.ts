import { type ChainBreakFacts, classifyChainBreak } from './chain-break';

const base: ChainBreakFacts = {
  sealValid: true,
  linked: false,
  nextSkipsRow: false,
  linkTarget: 'none',
  duplicateOfEarlier: false,
};

describe('naming the first break of the audit chain (research A.5.2)', () => {
  it.each<[string, Partial<ChainBreakFacts>, string]>([
    ['a changed row: its seal no longer matches', { sealValid: false, linked: true }, 'altered'],
    ['a changed prev_hash: seal and link both fail', { sealValid: false }, 'altered'],
    [
      'a forged row: bad seal, and the next row links around it',
      { sealValid: false, linked: true, nextSkipsRow: true },
      'inserted',
    ],
    ['a genuine row whose predecessor is gone', { linkTarget: 'none' }, 'deleted'],
    ['a genuine row whose predecessor comes later', { linkTarget: 'later' }, 'reordered'],
    [
      'a copy of an earlier genuine row',
      { linkTarget: 'earlier', duplicateOfEarlier: true },
      'inserted',
    ],
    [
      'a genuine row linking to an earlier, non-adjacent row (fork)',
      { linkTarget: 'earlier' },
      'broken_link',
    ],
  ])('%s', (_, facts, reason) => {
    expect(classifyChainBreak({ ...base, ...facts })).toBe(reason);
  });
});
