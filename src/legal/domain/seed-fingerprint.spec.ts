import { createHash } from 'node:crypto';

import { defaultCalendar } from './holiday-calendar';
import { LEGAL_RULE_SEED } from './legal-rules.seed';
import { DEFAULT_LEGAL_RULES, LEGAL_RULE_TC_2011 } from './legal-rules-tc2011.seed';
import { findRuleTableProblems } from './legal-rule';

const sha256 = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex');

// LEGAL_RULE_SEED and defaultCalendar() are the data that migrations 1767225606000-SeedLegalRule
// and 1767225608000-SeedCalendarDay insert. A change here would give a fresh install other rows
// than an existing one. Prefer a new rule version or calendar edit through a new migration (or the
// API); update a fingerprint only together with a new migration that brings existing databases to
// the same rows (docs/legal.md).
describe('seed data inserted by committed migrations', () => {
  it('LEGAL_RULE_SEED is unchanged (migration SeedLegalRule1767225606000)', () => {
    expect(sha256(LEGAL_RULE_SEED)).toBe(
      '0bb50a49abd60e0c7b37deb4f6a7ccb70ca679f6d021a22f110d033d16fa65fc',
    );
  });

  it('LEGAL_RULE_TC_2011 is unchanged (migration SeedOldDenunciationRules1767225684000)', () => {
    expect(sha256(LEGAL_RULE_TC_2011)).toBe(
      '1c2b8a4d606f9c0e93bf966038565a0e27219a3aa567f83e37b466438e31b4a2',
    );
  });

  it('the rules of both migrations form one table without overlaps (D11–D16 from 1/7/2012)', () => {
    expect(findRuleTableProblems(DEFAULT_LEGAL_RULES)).toEqual([]);
    for (const key of ['D11', 'D12', 'D13', 'D14', 'D15', 'D16']) {
      const from = DEFAULT_LEGAL_RULES.filter((r) => r.key === key).map((r) => r.effectiveFrom);
      expect(from.sort()[0]).toBe('2012-07-01');
    }
  });

  // Updated with the 2017 Tết decision: migration CorrectTetDinhDauCalendarDays1767225694000 brings
  // databases seeded before it to the same rows. Updated with the Quốc khánh default rule (2027–2031
  // without an announcement): migration CorrectNationalDayDefaultDays1767225709000 does the same.
  it('defaultCalendar() 2012–2031 is unchanged (migration SeedCalendarDay1767225608000)', () => {
    expect(sha256(defaultCalendar())).toBe(
      '1317c9e74ab47713629dab595941c5556c174779d36a6a9412f1a1e94a7365e4',
    );
  });
});
