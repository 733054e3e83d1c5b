import type {
  PeriodConvention,
  PeriodKind,
  StatutoryBasis,
} from '../../statistics/domain/report-period';
import type {
  EnforcementAmountOrCountKey,
  FigureKey,
  ImplementationKey,
  PetitionKey,
  RateKey,
  ReceptionKey,
  ResolutionKey,
} from '../../statistics/domain/summary-shape';

/** Vietnamese labels of the statistics module: periods, conventions, figures, rates (DOMAIN §7). */

export const periodConventionLabelsVi: Readonly<Record<PeriodConvention, string>> = {
  statutory: 'Kỳ báo cáo theo quy định của Thanh tra Chính phủ',
  calendar: 'Theo dương lịch',
  custom: 'Khoảng thời gian tùy chọn',
};

export const statutoryBasisLabelsVi: Readonly<Record<StatutoryBasis, string>> = {
  TT_03_2013: 'Thông tư 03/2013/TT-TTCP',
  TT_02_2021: 'Thông tư 02/2021/TT-TTCP',
  TT_01_2024: 'Thông tư 01/2024/TT-TTCP',
};

export const periodKindLabelsVi: Readonly<Record<PeriodKind, string>> = {
  year: 'Năm',
  quarter: 'Quý',
  half: '6 tháng',
  nineMonths: '9 tháng',
  month: 'Tháng',
  months: 'Nhiều tháng',
  custom: 'Khoảng thời gian tùy chọn',
};

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const;

/** Names of periods, without dates: "Năm 2017", "Quý I năm 2017", "6 tháng đầu năm 2017". */
export const periodNamesVi = {
  year: (year: number) => `Năm ${year}`,
  quarter: (quarter: number, year: number) =>
    `Quý ${ROMAN_QUARTERS[quarter - 1] ?? quarter} năm ${year}`,
  firstHalf: (year: number) => `6 tháng đầu năm ${year}`,
  secondHalf: (year: number) => `6 tháng cuối năm ${year}`,
  nineMonths: (year: number) => `9 tháng năm ${year}`,
  month: (month: number, year: number) => `Tháng ${month} năm ${year}`,
  months: (count: number, first: string, last: string) =>
    `${count} tháng, từ tháng ${first} đến tháng ${last}`,
  custom: (from: string, to: string) => `Từ ngày ${from} đến ngày ${to}`,
} as const;

/** The dates in brackets after a period's name (dates already formatted dd/mm/yyyy). */
export const periodRangesVi = {
  statutory: (from: string, to: string, basis: string) => `kỳ báo cáo ${from} – ${to}, ${basis}`,
  calendar: (from: string, to: string) => `${from} – ${to}, theo dương lịch`,
} as const;

export const comparisonLabelsVi = {
  previousPeriod: 'Kỳ trước liền kề',
  sameLastYear: 'Cùng kỳ năm trước',
  change: 'Tăng (+), giảm (−) so với kỳ so sánh',
  trend: 'Diễn biến qua các kỳ',
} as const;

/** Messages of period validation (each names the query field at fault). */
export const statisticsMessagesVi = {
  periodInvalid: 'Kỳ báo cáo không hợp lệ',
  periodRequired: 'Cần chọn kỳ báo cáo (period) hoặc khoảng thời gian (from, to)',
  periodFormat:
    'Kỳ báo cáo phải có dạng 2017 (năm), 2017-Q1 (quý), 2017-H1 (6 tháng), 2017-9M (9 tháng) hoặc 2017-M03 (tháng)',
  periodNotExists: (code: string) => `Không có kỳ báo cáo ${code}`,
  yearOutOfRange: (min: number, max: number) => `Năm phải từ ${min} đến ${max}`,
  conventionInvalid: 'Cách tính kỳ (convention) chỉ nhận statutory hoặc calendar',
  conventionWithRange:
    'Cách tính kỳ (convention) chỉ dùng với kỳ báo cáo (period), không dùng với from, to',
  rangeWithPeriod: 'Không dùng from, to cùng với kỳ báo cáo (period)',
  dateRequired: 'Cần nhập cả ngày bắt đầu (from) và ngày kết thúc (to)',
  dateInvalid: (value: string) => `Ngày không hợp lệ (cần dạng YYYY-MM-DD): ${value}`,
  dateOutOfRange: (min: string, max: string) => `Ngày phải từ ${min} đến ${max}`,
  rangeReversed: 'Ngày kết thúc không được trước ngày bắt đầu',
  rangeTooLong: (years: number) => `Khoảng thời gian dài tối đa ${years} năm`,
  trendLength: (max: number) => `Số kỳ so sánh phải là số nguyên từ 1 đến ${max}`,
} as const;

export const receptionFigureLabelsVi: Readonly<Record<ReceptionKey, string>> = {
  visits: 'Số lượt tiếp công dân',
  persons: 'Số người được tiếp',
  cases: 'Số vụ việc được tiếp',
  casesFirstTime: 'Số vụ việc tiếp lần đầu',
  casesRepeat: 'Số vụ việc tiếp nhiều lần',
  delegations: 'Số đoàn đông người',
  delegationPersons: 'Số người trong các đoàn đông người',
  headSessions: 'Số kỳ tiếp công dân của thủ trưởng',
};

export const petitionFigureLabelsVi: Readonly<Record<PetitionKey, string>> = {
  total: 'Tổng số đơn (kỳ trước chuyển sang và tiếp nhận trong kỳ)',
  carriedOver: 'Số đơn kỳ trước chuyển sang',
  received: 'Số đơn tiếp nhận trong kỳ',
  handled: 'Số đơn đã xử lý',
  eligible: 'Số đơn đủ điều kiện xử lý',
  inCompetence: 'Số đơn thuộc thẩm quyền',
  guided: 'Số đơn không thuộc thẩm quyền đã hướng dẫn',
  forwarded: 'Số đơn không thuộc thẩm quyền đã chuyển đơn',
  urged: 'Số đơn đã đôn đốc giải quyết',
  filed: 'Số đơn lưu đơn',
};

/** Product decision 3: "resolved" includes withdrawals and terminations; shares say their base. */
export const complaintFigureLabelsVi: Readonly<Record<ResolutionKey, string>> = {
  inCompetence:
    'Số vụ việc khiếu nại thuộc thẩm quyền phải giải quyết (kỳ trước chuyển sang và thụ lý trong kỳ)',
  carriedOver: 'Số vụ việc khiếu nại kỳ trước chuyển sang',
  accepted: 'Số vụ việc khiếu nại thụ lý trong kỳ',
  resolved: 'Số vụ việc khiếu nại đã giải quyết (bằng quyết định, rút khiếu nại, đình chỉ)',
  resolvedByDecision: 'Số vụ việc giải quyết bằng quyết định giải quyết khiếu nại',
  resolvedByWithdrawal: 'Số vụ việc rút khiếu nại thông qua giải thích, thuyết phục',
  resolutionRate:
    'Tỷ lệ giải quyết khiếu nại (số vụ việc đã giải quyết / số vụ việc thuộc thẩm quyền)',
  right: 'Số vụ việc khiếu nại đúng',
  partlyRight: 'Số vụ việc khiếu nại đúng một phần',
  wrong: 'Số vụ việc khiếu nại sai',
  onTime: 'Số vụ việc giải quyết đúng thời hạn',
  late: 'Số vụ việc giải quyết quá thời hạn',
  pending: 'Số vụ việc khiếu nại chưa giải quyết xong, chuyển kỳ sau',
  overdue: 'Số vụ việc khiếu nại quá thời hạn chưa giải quyết xong',
};

export const denunciationFigureLabelsVi: Readonly<Record<ResolutionKey, string>> = {
  inCompetence:
    'Số vụ việc tố cáo thuộc thẩm quyền phải giải quyết (kỳ trước chuyển sang và thụ lý trong kỳ)',
  carriedOver: 'Số vụ việc tố cáo kỳ trước chuyển sang',
  accepted: 'Số vụ việc tố cáo thụ lý trong kỳ',
  resolved: 'Số vụ việc tố cáo đã giải quyết (bằng kết luận, rút tố cáo, đình chỉ)',
  resolvedByDecision: 'Số vụ việc giải quyết bằng kết luận nội dung tố cáo',
  resolvedByWithdrawal: 'Số vụ việc rút toàn bộ nội dung tố cáo',
  resolutionRate:
    'Tỷ lệ giải quyết tố cáo (số vụ việc đã giải quyết / số vụ việc thuộc thẩm quyền)',
  right: 'Số vụ việc tố cáo đúng',
  partlyRight: 'Số vụ việc tố cáo có đúng, có sai',
  wrong: 'Số vụ việc tố cáo sai',
  onTime: 'Số vụ việc giải quyết đúng thời hạn',
  late: 'Số vụ việc giải quyết quá thời hạn',
  pending: 'Số vụ việc tố cáo chưa giải quyết xong, chuyển kỳ sau',
  overdue: 'Số vụ việc tố cáo quá thời hạn chưa giải quyết xong',
};

export const complaintDecisionFigureLabelsVi: Readonly<Record<ImplementationKey, string>> = {
  toImplement: 'Số quyết định giải quyết khiếu nại phải thực hiện trong kỳ',
  completed: 'Số quyết định giải quyết khiếu nại đã thực hiện xong',
  completionRate: 'Tỷ lệ thực hiện xong quyết định giải quyết khiếu nại',
};

export const denunciationConclusionFigureLabelsVi: Readonly<Record<ImplementationKey, string>> = {
  toImplement: 'Số kết luận nội dung tố cáo phải thực hiện trong kỳ',
  completed: 'Số kết luận nội dung tố cáo đã thực hiện xong',
  completionRate: 'Tỷ lệ thực hiện xong kết luận nội dung tố cáo',
};

export const enforcementFigureLabelsVi: Readonly<Record<EnforcementAmountOrCountKey, string>> = {
  moneyToStateRecommended: 'Tiền kiến nghị thu hồi cho Nhà nước',
  moneyToStateCollected: 'Tiền đã thu hồi cho Nhà nước',
  landToStateRecommended: 'Đất kiến nghị thu hồi cho Nhà nước',
  landToStateCollected: 'Đất đã thu hồi cho Nhà nước',
  moneyReturnRecommended: 'Tiền kiến nghị trả lại cho tổ chức, cá nhân',
  moneyReturned: 'Tiền đã trả lại cho tổ chức, cá nhân',
  landReturnRecommended: 'Đất kiến nghị trả lại cho tổ chức, cá nhân',
  landReturned: 'Đất đã trả lại cho tổ chức, cá nhân',
  collectivesDisciplined: 'Số tập thể bị kiến nghị kiểm điểm, xử lý trách nhiệm',
  individualsDisciplined: 'Số cá nhân bị kiến nghị kiểm điểm, xử lý trách nhiệm',
  referredToInvestigationCases: 'Số vụ chuyển cơ quan điều tra',
  referredToInvestigationPersons: 'Số người chuyển cơ quan điều tra',
};

/** Labels of the derived shares (rates.ts); each names its denominator (Product decision 3). */
export const shareLabelsVi = {
  resolutionRate: 'Tỷ lệ giải quyết (trên số vụ việc thuộc thẩm quyền)',
  rightShare: 'Tỷ lệ đúng (trên số vụ việc giải quyết bằng quyết định, kết luận)',
  partlyRightShare: 'Tỷ lệ đúng một phần (trên số vụ việc giải quyết bằng quyết định, kết luận)',
  wrongShare: 'Tỷ lệ sai (trên số vụ việc giải quyết bằng quyết định, kết luận)',
  rightOrPartlyRightShare:
    'Tỷ lệ đúng và đúng một phần (trên số vụ việc giải quyết bằng quyết định, kết luận)',
  withdrawalShare: 'Tỷ lệ rút đơn (trên số vụ việc đã giải quyết)',
  onTimeShare: 'Tỷ lệ giải quyết đúng thời hạn (trên số vụ việc đã giải quyết đúng và quá hạn)',
  completionRate: 'Tỷ lệ thực hiện xong (trên số quyết định, kết luận phải thực hiện)',
  handlingRate: 'Tỷ lệ xử lý đơn (trên tổng số đơn)',
} as const;

const SECTION_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  reception: receptionFigureLabelsVi,
  petitions: petitionFigureLabelsVi,
  complaints: complaintFigureLabelsVi,
  denunciations: denunciationFigureLabelsVi,
  'enforcement.complaintDecisions': complaintDecisionFigureLabelsVi,
  'enforcement.denunciationConclusions': denunciationConclusionFigureLabelsVi,
  enforcement: enforcementFigureLabelsVi,
};

/** "complaints.resolved" → "Số vụ việc khiếu nại đã giải quyết (…)"; throws for an unknown path. */
export function figureLabelVi(key: FigureKey | RateKey): string {
  const dot = key.lastIndexOf('.');
  const label = SECTION_LABELS[key.slice(0, dot)]?.[key.slice(dot + 1)];
  if (label === undefined) {
    throw new RangeError(`No label for figure ${key}`);
  }
  return label;
}
