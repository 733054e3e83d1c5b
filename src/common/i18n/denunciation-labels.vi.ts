import type { DenunciationCondition } from '../../denunciations/domain/denunciation-acceptance';
import type {
  DenunciationAction,
  DenunciationComplexity,
  DenunciationKind,
  DenunciationStatus,
} from '../../denunciations/domain/denunciation-enums';
import type { FollowUpBasis } from '../../denunciations/domain/denunciation-follow-up';
import type {
  DenunciationTerminationCause,
  WithdrawalContinuation,
} from '../../denunciations/domain/denunciation-withdrawal';

/** Vietnamese labels of the denunciation resolution enums (values stay English in code and API). */

export const denunciationKindLabelsVi: Readonly<Record<DenunciationKind, string>> = {
  first: 'Tố cáo lần đầu',
  re_resolution: 'Giải quyết lại (tố cáo tiếp)',
};

export const denunciationComplexityLabelsVi: Readonly<Record<DenunciationComplexity, string>> = {
  normal: 'Thông thường',
  complex: 'Phức tạp',
  especially_complex: 'Đặc biệt phức tạp',
};

export const denunciationStatusLabelsVi: Readonly<Record<DenunciationStatus, string>> = {
  received: 'Đã tiếp nhận',
  prelim_check: 'Đang xử lý ban đầu',
  accepted: 'Đã thụ lý',
  not_accepted: 'Không thụ lý',
  transferred: 'Đã chuyển cơ quan có thẩm quyền',
  anonymous_not_processed: 'Không xử lý do không xác định được người tố cáo',
  verifying: 'Đang xác minh',
  extended_1: 'Đã gia hạn lần 1',
  extended_2: 'Đã gia hạn lần 2',
  suspended: 'Tạm đình chỉ',
  terminated: 'Đình chỉ giải quyết',
  concluded: 'Đã có kết luận nội dung tố cáo',
  handled: 'Đã xử lý kết luận nội dung tố cáo',
  closed: 'Lưu hồ sơ',
};

export const denunciationActionLabelsVi: Readonly<Record<DenunciationAction, string>> = {
  start_prelim_check: 'xử lý ban đầu',
  extend_prelim_check: 'gia hạn xử lý ban đầu',
  accept: 'thụ lý',
  refuse_acceptance: 'không thụ lý',
  transfer: 'chuyển đơn tố cáo',
  mark_anonymous: 'ghi nhận không xử lý do không xác định được người tố cáo',
  assign_verification: 'giao xác minh',
  record_verification_report: 'ghi nhận báo cáo kết quả xác minh',
  extend: 'gia hạn giải quyết',
  conclude: 'ban hành kết luận nội dung tố cáo',
  notify_result: 'thông báo kết quả giải quyết tố cáo',
  handle: 'xử lý kết luận nội dung tố cáo',
  close: 'lưu hồ sơ',
  suspend: 'tạm đình chỉ',
  resume: 'tiếp tục giải quyết',
  withdraw: 'ghi nhận rút tố cáo',
  terminate: 'đình chỉ giải quyết',
};

/** Luật Tố cáo 2018, Điều 29 khoản 1. */
export const denunciationConditionLabelsVi: Readonly<Record<DenunciationCondition, string>> = {
  proper_form: 'Tố cáo được thực hiện theo quy định tại Điều 23 (Điều 29 khoản 1 điểm a)',
  denouncer_capacity:
    'Người tố cáo có đủ năng lực hành vi dân sự hoặc có người đại diện theo quy định của pháp luật (Điều 29 khoản 1 điểm b)',
  within_competence:
    'Vụ việc thuộc thẩm quyền giải quyết của cơ quan, tổ chức, cá nhân tiếp nhận tố cáo (Điều 29 khoản 1 điểm c)',
  identifiable_violation:
    'Nội dung tố cáo có cơ sở để xác định người vi phạm, hành vi vi phạm pháp luật (Điều 29 khoản 1 điểm d)',
  evidence_against_resolver:
    'Tố cáo người đã giải quyết khiếu nại đúng pháp luật phải có thông tin, tài liệu, chứng cứ xác định người đó có hành vi vi phạm pháp luật (Điều 29 khoản 1 điểm d)',
};

export const withdrawalContinuationLabelsVi: Readonly<Record<WithdrawalContinuation, string>> = {
  partial: 'Người tố cáo chỉ rút một phần nội dung; phần còn lại tiếp tục giải quyết',
  signs_of_violation: 'Hành vi bị tố cáo có dấu hiệu vi phạm pháp luật',
  coerced: 'Việc rút tố cáo do bị đe dọa, mua chuộc',
  abusive:
    'Người tố cáo lợi dụng việc tố cáo để vu khống, xúc phạm, gây thiệt hại cho người bị tố cáo',
  other_denouncers: 'Còn người cùng tố cáo không rút tố cáo',
};

export const denunciationTerminationCauseLabelsVi: Readonly<
  Record<DenunciationTerminationCause, string>
> = {
  withdrawn: 'Người tố cáo rút toàn bộ nội dung tố cáo',
  accused_died:
    'Người bị tố cáo là cá nhân đã chết và nội dung tố cáo chỉ liên quan đến trách nhiệm của người đó',
  other: 'Trường hợp khác theo quy định của pháp luật',
};

export const followUpBasisLabelsVi: Readonly<Record<FollowUpBasis, string>> = {
  overdue: 'Quá thời hạn giải quyết mà tố cáo chưa được giải quyết',
  unlawful_resolution: 'Có căn cứ cho rằng việc giải quyết tố cáo không đúng pháp luật',
};
