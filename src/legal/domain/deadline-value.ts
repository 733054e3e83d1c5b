import type { LegalRuleVersion } from './legal-rule';

// Which value of a rule applies (Luật Khiếu nại 2011, Điều 28, 37: complex cases and remote areas
// get longer periods). Order: remote + complex → remoteComplexDays, remote → remoteDays,
// complex → complexDays, otherwise normalDays. When the rule has no value for the requested case,
// the next one in that order applies and the explanation says so.

export interface ChosenValue {
  days: number;
  /** Vietnamese label of the case the value is for; null for the normal value. */
  label: string | null;
  complex: boolean;
  fallbackNote: string | null;
}

interface Candidate {
  days: number | null;
  label: string | null;
  complex: boolean;
}

const REMOTE = 'vùng sâu, vùng xa đi lại khó khăn';
const COMPLEX = 'vụ việc phức tạp';

function candidates(rule: LegalRuleVersion, complex: boolean, remote: boolean): Candidate[] {
  const list: Candidate[] = [];
  if (complex && remote) {
    list.push({ days: rule.remoteComplexDays, label: `${REMOTE}, ${COMPLEX}`, complex: true });
  }
  if (remote) {
    list.push({ days: rule.remoteDays, label: REMOTE, complex: false });
  }
  if (complex) {
    list.push({ days: rule.complexDays, label: COMPLEX, complex: true });
  }
  list.push({ days: rule.normalDays, label: null, complex: false });
  return list;
}

export function chooseDeadlineValue(
  rule: LegalRuleVersion,
  complex: boolean,
  remote: boolean,
): ChosenValue {
  const list = candidates(rule, complex, remote);
  const chosen = list.find((c) => c.days !== null && Number.isInteger(c.days) && c.days > 0);
  if (!chosen || chosen.days === null) {
    throw new RangeError(`Rule ${rule.key} has no positive day value`);
  }
  const requested = list[0];
  const fallbackNote =
    requested && requested !== chosen
      ? `Quy tắc ${rule.key} không quy định thời hạn riêng cho ${requested.label ?? 'trường hợp này'}; áp dụng thời hạn ${chosen.label ?? 'thông thường'}`
      : null;
  return { days: chosen.days, label: chosen.label, complex: chosen.complex, fallbackNote };
}
