import type { LegalRuleVersion } from './legal-rule';
import { LEGAL_RULE_SEED } from './legal-rules.seed';

// The denunciation deadlines of Luật Tố cáo 2011 (03/2011/QH13), in force 1/7/2012–31/12/2018, as
// version 2 of D11–D13, D15 and D16 (version 1 is Luật Tố cáo 2018; D14 already has both). Needed
// for old data: a denunciation received before 1/1/2019 is handled under the law of its day
// (DESIGN §4). Inserted by migration 1767225684000-SeedOldDenunciationRules; the version numbers
// follow insertion, the effective dates decide which version applies.
//
// Luật TC 2011 Đ20 k1 a: within 10 days of receipt check the denouncer and decide on acceptance;
// up to 15 days when checking in several places. Đ20 k1 b: not competent → forward within
// 05 working days. The 2011 law sets no own term for notifying the acceptance, sending the
// conclusion or acting on it: those versions carry no days, and a proceeding of that time has no
// due date for those steps (DOMAIN §5 "Pre-2019 regime"; texts from memory, [M]).

const FROM = '2012-07-01';
const TO = '2018-12-31';
const BASIS = 'Luật Tố cáo 2011';

const base = {
  version: 2,
  complexDays: null,
  remoteDays: null,
  remoteComplexDays: null,
  extensionDays: null,
  maxExtensions: 0,
  effectiveFrom: FROM,
  effectiveTo: TO,
} as const;

const noTerm = (key: string, title: string): LegalRuleVersion => ({
  ...base,
  key,
  title,
  unit: null,
  normalDays: null,
  legalBasis: BASIS,
  note: 'Luật Tố cáo 2011 không quy định thời hạn riêng cho bước này (chưa kiểm chứng).',
});

export const LEGAL_RULE_TC_2011: readonly LegalRuleVersion[] = [
  {
    ...base,
    key: 'D11',
    title: 'Kiểm tra, xác minh người tố cáo và quyết định thụ lý',
    unit: 'calendar_days',
    normalDays: 10, // Đ20 k1 a: 10 ngày kể từ ngày nhận được đơn tố cáo
    extensionDays: 5, // … nhiều địa điểm: không quá 15 ngày
    maxExtensions: 1,
    legalBasis: `${BASIS}, Điều 20 khoản 1 điểm a`,
    note: 'Kéo dài đến 15 ngày khi phải kiểm tra, xác minh tại nhiều địa điểm.',
  },
  {
    ...base,
    key: 'D12',
    title: 'Chuyển tố cáo không thuộc thẩm quyền và thông báo cho người tố cáo',
    unit: 'working_days',
    normalDays: 5, // Đ20 k1 b: 05 ngày làm việc kể từ ngày nhận được đơn tố cáo
    legalBasis: `${BASIS}, Điều 20 khoản 1 điểm b`,
    note: 'Thông báo cho người tố cáo khi có yêu cầu.',
  },
  noTerm('D13', 'Thông báo việc thụ lý tố cáo cho người tố cáo'),
  noTerm('D15', 'Gửi kết luận nội dung tố cáo, thông báo cho người tố cáo'),
  noTerm('D16', 'Xử lý kết luận nội dung tố cáo'),
];

/** Every rule version the migrations install: what a fresh database holds. */
export const DEFAULT_LEGAL_RULES: readonly LegalRuleVersion[] = [
  ...LEGAL_RULE_SEED,
  ...LEGAL_RULE_TC_2011,
];
