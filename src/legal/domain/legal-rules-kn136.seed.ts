import type { LegalRuleVersion } from './legal-rule';

// Luật số 136/2025/QH15 (passed 10/12/2025, in force 1/7/2026) amends Luật Khiếu nại 2011 on the
// withdrawal of a complaint: withdrawn content is not reconsidered, unless the complainant withdrew
// under threat or coercion (DOMAIN §0.1, §4.6, Product decision 10) [V2: kienthuc.net.vn; the
// amended article and clause were not seen in the text]. Not a deadline: the rule is "in force or
// not" on the day of the withdrawal, so it carries no unit and no days. A later law changing it is
// a new version (effective_to on this one), added by a migration or POST /legal/rules.
// Inserted by migration 1767225691000-SeedWithdrawalFinalityRule.

/** Key of the rule "nội dung khiếu nại đã rút không được xem xét lại". */
export const WITHDRAWAL_FINALITY_RULE_KEY = 'W1';

export const LEGAL_RULE_KN_136: readonly LegalRuleVersion[] = [
  {
    key: WITHDRAWAL_FINALITY_RULE_KEY,
    version: 1,
    title: 'Nội dung khiếu nại đã rút không được xem xét lại (trừ trường hợp bị đe dọa, ép buộc)',
    unit: null,
    normalDays: null,
    complexDays: null,
    remoteDays: null,
    remoteComplexDays: null,
    extensionDays: null,
    complexExtensionDays: null,
    maxExtensions: 0,
    legalBasis: 'Luật số 136/2025/QH15 sửa đổi, bổ sung Luật Khiếu nại 2011 (rút khiếu nại)',
    effectiveFrom: '2026-07-01',
    effectiveTo: null,
    note: 'Điều, khoản cụ thể của Luật số 136/2025/QH15 chưa kiểm chứng trong văn bản luật.',
  },
];
