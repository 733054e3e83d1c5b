import type { FieldError } from '../../common/errors/error-body';
import { legalMessagesVi as m } from '../../common/i18n/legal-messages.vi';
import { findRuleTableProblems, type LegalRuleVersion } from './legal-rule';
import { addDays, compareLocalDates, formatVietnameseDate } from './local-date';

// A new version of a deadline rule takes over from a later effective date (DESIGN §4: a proceeding
// keeps the version in force on its triggering date, so versions never overlap and an old version
// is closed, not changed). The open-ended latest version ends the day before the new one starts.

export type RuleVersionDraft = Omit<LegalRuleVersion, 'version'>;

export interface RuleVersionPlan {
  rule: LegalRuleVersion;
  /** The previous open-ended version and its new last day; null when none is open-ended. */
  closes: { version: number; effectiveTo: string } | null;
}

export type RuleVersionOutcome =
  { ok: true; plan: RuleVersionPlan } | { ok: false; problems: FieldError[] };

const problem = (field: string, code: string, message: string): FieldError => ({
  field,
  code,
  message,
});

const DAY_FIELDS = [
  'normalDays',
  'complexDays',
  'remoteDays',
  'remoteComplexDays',
  'extensionDays',
  'complexExtensionDays',
] as const;

/** Internal consistency of the values of one version. */
export function findRuleValueProblems(draft: RuleVersionDraft): FieldError[] {
  const problems: FieldError[] = [];
  if (draft.effectiveTo !== null && compareLocalDates(draft.effectiveTo, draft.effectiveFrom) < 0) {
    problems.push(problem('effectiveTo', 'beforeFrom', m.ruleEffectiveToBeforeFrom));
  }
  if (draft.unit === null) {
    const withDays = DAY_FIELDS.filter((f) => (draft[f] ?? null) !== null);
    const fields = draft.maxExtensions > 0 ? [...withDays, 'maxExtensions'] : withDays;
    problems.push(...fields.map((f) => problem(f, 'withoutUnit', m.ruleDaysWithoutUnit)));
    return problems;
  }
  if (draft.normalDays === null) {
    problems.push(problem('normalDays', 'required', m.ruleNormalDaysRequired));
  }
  if (draft.maxExtensions > 0 && draft.extensionDays === null) {
    problems.push(problem('extensionDays', 'required', m.ruleExtensionDaysRequired));
  }
  return problems;
}

function latestOf(existing: readonly LegalRuleVersion[]): LegalRuleVersion | null {
  const sorted = [...existing].sort(
    (a, b) => compareLocalDates(a.effectiveFrom, b.effectiveFrom) || a.version - b.version,
  );
  return sorted.at(-1) ?? null;
}

/** The version to insert and the version it closes, or the problems that forbid it. */
export function planRuleVersion(
  existing: readonly LegalRuleVersion[],
  draft: RuleVersionDraft,
): RuleVersionOutcome {
  const problems = findRuleValueProblems(draft);
  const latest = latestOf(existing);
  if (latest && compareLocalDates(draft.effectiveFrom, latest.effectiveFrom) <= 0) {
    const message = m.ruleEffectiveFromTooEarly(formatVietnameseDate(latest.effectiveFrom));
    problems.push(problem('effectiveFrom', 'tooEarly', message));
  }
  if (problems.length > 0) {
    return { ok: false, problems };
  }
  const version = Math.max(0, ...existing.map((v) => v.version)) + 1;
  const rule: LegalRuleVersion = { ...draft, version };
  const closes =
    latest && latest.effectiveTo === null
      ? { version: latest.version, effectiveTo: addDays(draft.effectiveFrom, -1) }
      : null;
  const table = existing.map((v) =>
    closes && v.version === closes.version ? { ...v, effectiveTo: closes.effectiveTo } : v,
  );
  if (findRuleTableProblems([...table, rule]).length > 0) {
    return { ok: false, problems: [problem('effectiveFrom', 'overlaps', m.ruleOverlaps)] };
  }
  return { ok: true, plan: { rule, closes } };
}
