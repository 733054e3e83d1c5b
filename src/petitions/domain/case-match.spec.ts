import { matchReasons, matchScore, type MatchSignals } from './case-match';

const none: MatchSignals = {
  sharedPseudonyms: [],
  contentSimilarity: null,
  respondentSimilarity: null,
  sameType: false,
};

describe('proposing existing cases for a new petition (DESIGN §2 Case; DOMAIN §3.4 duplicates)', () => {
  it('proposes nothing without a reason', () => {
    expect(matchReasons({ ...none, sameType: true, contentSimilarity: 0.12 })).toEqual([]);
    expect(matchScore({ ...none, sameType: true, contentSimilarity: 0.12 })).toBe(0);
  });

  it('gives the same person as a reason by pseudonym only', () => {
    const reasons = matchReasons({ ...none, sharedPseudonyms: ['CD-2026-000001'] });
    expect(reasons).toEqual([{ kind: 'same_person', weight: 1, pseudonyms: ['CD-2026-000001'] }]);
  });

  it('ranks the same person above similar content, and content above the respondent', () => {
    const person = matchScore({ ...none, sharedPseudonyms: ['CD-1'] });
    const content = matchScore({ ...none, contentSimilarity: 1 });
    const respondent = matchScore({ ...none, respondentSimilarity: 1 });
    expect(person).toBeGreaterThan(content);
    expect(content).toBeGreaterThan(respondent);
  });

  it('adds the signals up to 1 at most', () => {
    const all = { sharedPseudonyms: ['CD-1'], contentSimilarity: 1, respondentSimilarity: 1 };
    expect(matchScore({ ...all, sameType: true })).toBe(1);
    expect(matchScore({ ...none, contentSimilarity: 0.5 })).toBe(0.15);
  });

  it('keeps text matches under their thresholds out', () => {
    expect(matchReasons({ ...none, contentSimilarity: 0.29, respondentSimilarity: 0.49 })).toEqual(
      [],
    );
    expect(
      matchReasons({ ...none, contentSimilarity: 0.3, respondentSimilarity: 0.5 }).map(
        (r) => r.kind,
      ),
    ).toEqual(['similar_content', 'same_respondent']);
  });
});
