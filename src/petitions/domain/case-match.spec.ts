import {
  matchReasons,
  matchScore,
  type MatchSignals,
  type PersonMatch,
  shownPersonMatches,
} from './case-match';

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

describe('a same-person match never names a denouncer to whom may not read it (Luật Tố cáo 2018 Điều 8, 9(1)(b), 47; DESIGN §7)', () => {
  const complainant: PersonMatch = {
    pseudonym: 'CD-2026-000002',
    confidential: false,
    knownToViewer: false,
  };
  const denouncer: PersonMatch = {
    pseudonym: 'CD-2026-000001',
    confidential: true,
    knownToViewer: false,
  };
  const officer = { isLeader: false };

  it('shows a person whose part in the case is not secret', () => {
    expect(shownPersonMatches([complainant], officer)).toEqual(['CD-2026-000002']);
  });

  it('hides a denouncer from an officer who is not the officer of that denunciation', () => {
    expect(shownPersonMatches([denouncer], officer)).toEqual([]);
    expect(shownPersonMatches([denouncer, complainant], officer)).toEqual(['CD-2026-000002']);
  });

  it('shows the denouncer to the officer of that denunciation, and to a leader', () => {
    expect(shownPersonMatches([{ ...denouncer, knownToViewer: true }], officer)).toEqual([
      'CD-2026-000001',
    ]);
    expect(shownPersonMatches([denouncer, complainant], { isLeader: true })).toEqual([
      'CD-2026-000001',
      'CD-2026-000002',
    ]);
  });

  it('proposes a case only on what else it shares once the denouncer is hidden', () => {
    const signals = (m: readonly PersonMatch[]): MatchSignals => ({
      ...none,
      sharedPseudonyms: shownPersonMatches(m, officer),
      sameType: true,
    });
    expect(matchScore(signals([denouncer]))).toBe(0);
    expect(matchReasons({ ...signals([denouncer]), contentSimilarity: 0.6 })).toEqual([
      { kind: 'similar_content', weight: 0.6 },
    ]);
  });
});
