import { compareLocalDates, type LocalDate, parseLocalDate } from './local-date';

export type DeadlineUnit = 'calendar_days' | 'working_days';

/** One version of a deadline rule (DOMAIN §11), in force from effectiveFrom to effectiveTo inclusive. */
export interface LegalRuleVersion {
  key: string;
  version: number;
  title: string;
  unit: DeadlineUnit | null;
  normalDays: number | null;
  complexDays: number | null;
  remoteDays: number | null;
  remoteComplexDays: number | null;
  /** Length of one extension (D14: 30; D11: 3, i.e. 7 → 10). */
  extensionDays: number | null;
  /** Length of one extension for a complex case when the law sets another one (Luật TC 2011: 60). */
  complexExtensionDays?: number | null;
  maxExtensions: number;
  legalBasis: string;
  effectiveFrom: LocalDate;
  effectiveTo: LocalDate | null;
  note: string | null;
}

export function isInForce(rule: LegalRuleVersion, onDate: LocalDate): boolean {
  if (compareLocalDates(rule.effectiveFrom, onDate) > 0) {
    return false;
  }
  return rule.effectiveTo === null || compareLocalDates(onDate, rule.effectiveTo) <= 0;
}

/** The version of `key` in force on `onDate` (the highest version number if several are); or null. */
export function selectRuleVersion(
  versions: readonly LegalRuleVersion[],
  key: string,
  onDate: LocalDate,
): LegalRuleVersion | null {
  parseLocalDate(onDate);
  let best: LegalRuleVersion | null = null;
  for (const v of versions) {
    if (v.key === key && isInForce(v, onDate) && (!best || v.version > best.version)) {
      best = v;
    }
  }
  return best;
}

/** Problems in a rule table: duplicate versions, empty or overlapping validity periods. */
export function findRuleTableProblems(versions: readonly LegalRuleVersion[]): string[] {
  const problems: string[] = [];
  const byKey = new Map<string, LegalRuleVersion[]>();
  for (const v of versions) {
    if (v.effectiveTo !== null && compareLocalDates(v.effectiveFrom, v.effectiveTo) > 0) {
      problems.push(`${v.key} v${v.version}: effectiveTo before effectiveFrom`);
    }
    byKey.set(v.key, [...(byKey.get(v.key) ?? []), v]);
  }
  for (const [key, list] of byKey) {
    const sorted = [...list].sort((a, b) => compareLocalDates(a.effectiveFrom, b.effectiveFrom));
    sorted.forEach((v, i) => {
      const next = sorted[i + 1];
      if (
        next &&
        (v.effectiveTo === null || compareLocalDates(v.effectiveTo, next.effectiveFrom) >= 0)
      ) {
        problems.push(`${key}: v${v.version} overlaps v${next.version}`);
      }
    });
    if (new Set(list.map((v) => v.version)).size !== list.length) {
      problems.push(`${key}: duplicate version numbers`);
    }
  }
  return problems;
}
