import { type LegalRuleVersion, selectRuleVersion } from './legal-rule';
import { LEGAL_RULE_SEED } from './legal-rules.seed';
import { planRuleVersion, type RuleVersionDraft } from './rule-version-plan';

const versionsOf = (key: string): LegalRuleVersion[] =>
  LEGAL_RULE_SEED.filter((r) => r.key === key);

function draftFrom(key: string, changes: Partial<RuleVersionDraft>): RuleVersionDraft {
  const current = selectRuleVersion(LEGAL_RULE_SEED, key, '2026-06-30');
  if (!current) throw new Error(`no ${key}`);
  const { version: _version, ...rest } = current;
  return { ...rest, effectiveTo: null, ...changes };
}

const problemsOf = (key: string, changes: Partial<RuleVersionDraft>) => {
  const outcome = planRuleVersion(versionsOf(key), draftFrom(key, changes));
  return outcome.ok ? [] : outcome.problems.map((p) => `${p.field}:${p.code}`);
};

describe('planRuleVersion — a new version takes over from a later date (DESIGN §4)', () => {
  it('numbers the version after the highest and closes the open-ended one the day before', () => {
    const outcome = planRuleVersion(
      versionsOf('D5'),
      draftFrom('D5', { normalDays: 25, effectiveFrom: '2026-07-01' }),
    );
    expect(outcome).toEqual({
      ok: true,
      plan: {
        rule: expect.objectContaining({ key: 'D5', version: 2, normalDays: 25 }),
        closes: { version: 1, effectiveTo: '2026-06-30' },
      },
    });
  });

  it('follows the highest version of a rule that already has several (D14 → v3)', () => {
    const outcome = planRuleVersion(
      versionsOf('D14'),
      draftFrom('D14', { effectiveFrom: '2026-07-01' }),
    );
    expect(outcome.ok && outcome.plan.rule.version).toBe(3);
    expect(outcome.ok && outcome.plan.closes).toEqual({ version: 2, effectiveTo: '2026-06-30' });
  });

  it('refuses an effective date on or before the latest version’s', () => {
    expect(problemsOf('D5', { effectiveFrom: '2012-07-01' })).toEqual(['effectiveFrom:tooEarly']);
    expect(problemsOf('D5', { effectiveFrom: '2010-01-01' })).toEqual(['effectiveFrom:tooEarly']);
  });

  it('refuses an end before the start', () => {
    const changes = { effectiveFrom: '2026-07-01', effectiveTo: '2026-06-01' };
    expect(problemsOf('D5', changes)).toEqual(['effectiveTo:beforeFrom']);
  });

  it('refuses a period in days without its normal value, and extensions without a length', () => {
    expect(problemsOf('D5', { effectiveFrom: '2026-07-01', normalDays: null })).toEqual([
      'normalDays:required',
    ]);
    const changes = { effectiveFrom: '2026-07-01', maxExtensions: 1, extensionDays: null };
    expect(problemsOf('D5', changes)).toEqual(['extensionDays:required']);
  });

  it('refuses day values on a rule without a unit (D17 periodic reception)', () => {
    const changes = { effectiveFrom: '2026-07-01', normalDays: 5 };
    expect(problemsOf('D17', changes)).toEqual(['normalDays:withoutUnit']);
  });

  it('refuses a version overlapping a closed latest version', () => {
    const closed: LegalRuleVersion[] = [
      { ...draftFrom('D5', {}), version: 1, effectiveTo: '2027-12-31' },
    ];
    const outcome = planRuleVersion(closed, draftFrom('D5', { effectiveFrom: '2026-07-01' }));
    expect(outcome.ok ? [] : outcome.problems.map((p) => p.code)).toEqual(['overlaps']);
  });

  it('starts at version 1 for a rule without versions', () => {
    const outcome = planRuleVersion([], draftFrom('D5', { effectiveFrom: '2026-07-01' }));
    expect(outcome.ok && outcome.plan).toEqual({
      rule: expect.objectContaining({ version: 1 }),
      closes: null,
    });
  });
});
