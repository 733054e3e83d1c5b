import type { ComplaintRefusalGround } from '../../complaints/domain/complaint-acceptance';
import type { LegalEffectBlock } from '../../complaints/domain/complaint-deadlines';
import type {
  ComplaintAction,
  ComplaintRound,
  ComplaintStatus,
} from '../../complaints/domain/complaint-enums';
import type { SecondRoundBasis, SecondRoundRefusal } from '../../complaints/domain/complaint-round';
import type { ComplaintTerminationCause } from '../../complaints/domain/complaint-termination';

/** Vietnamese labels of the complaint resolution enums (values stay English in code and API). */

export const complaintRoundLabelsVi: Readonly<Record<ComplaintRound, string>> = {
  first: 'Lần đầu',
  second: 'Lần hai',
};

export const complaintStatusLabelsVi: Readonly<Record<ComplaintStatus, string>> = {
  received: 'Đã tiếp nhận, chờ thụ lý',
  accepted: 'Đã thụ lý',
  not_accepted: 'Không thụ lý',
  verifying: 'Đang xác minh',
  dialogue: 'Đang đối thoại',
  drafting: 'Đang dự thảo quyết định',
  decided: 'Đã có quyết định giải quyết',
  legally_effective: 'Quyết định đã có hiệu lực pháp luật',
  suspended: 'Tạm đình chỉ',
  escalated: 'Đã khiếu nại lần hai',
  in_court: 'Đã khởi kiện tại Tòa án',
  terminated: 'Đình chỉ giải quyết',
  closed: 'Lưu hồ sơ',
};

export const complaintActionLabelsVi: Readonly<Record<ComplaintAction, string>> = {
  accept: 'thụ lý',
  refuse_acceptance: 'không thụ lý',
  assign_verification: 'giao xác minh',
  record_verification_report: 'ghi nhận báo cáo kết quả xác minh',
  hold_dialogue: 'tổ chức đối thoại',
  start_drafting: 'lập dự thảo quyết định',
  decide: 'ban hành quyết định giải quyết',
  take_legal_effect: 'ghi nhận quyết định có hiệu lực pháp luật',
  suspend: 'tạm đình chỉ',
  resume: 'tiếp tục giải quyết',
  withdraw: 'ghi nhận rút khiếu nại',
  terminate: 'đình chỉ giải quyết',
  record_second_round: 'ghi nhận khiếu nại lần hai',
  record_lawsuit: 'ghi nhận khởi kiện tại Tòa án',
  drop_challenge: 'ghi nhận khiếu nại lần hai, vụ kiện không được thụ lý hoặc đã rút',
  close: 'lưu hồ sơ',
};

/** The challenges of a decision that block its legal effect (Luật KN Đ7, Đ33, Đ44). */
export const complaintChallengeLabelsVi: Readonly<Record<LegalEffectBlock, string>> = {
  second_round: 'Khiếu nại lần hai',
  lawsuit: 'Khởi kiện vụ án hành chính tại Tòa án',
};

/** Luật Khiếu nại 2011, Điều 11. */
export const complaintRefusalGroundLabelsVi: Readonly<Record<ComplaintRefusalGround, string>> = {
  not_complainable:
    'Quyết định, hành vi hành chính trong nội bộ cơ quan nhà nước, trong chỉ đạo điều hành của cấp trên với cấp dưới, có chứa quy phạm pháp luật hoặc thuộc phạm vi bí mật nhà nước (Điều 11 khoản 1)',
  not_directly_affected:
    'Quyết định, hành vi hành chính bị khiếu nại không liên quan trực tiếp đến quyền, lợi ích hợp pháp của người khiếu nại (Điều 11 khoản 2)',
  no_capacity_no_representative:
    'Người khiếu nại không có năng lực hành vi dân sự đầy đủ mà không có người đại diện hợp pháp (Điều 11 khoản 3)',
  unlawful_representative: 'Người đại diện không hợp pháp thực hiện khiếu nại (Điều 11 khoản 4)',
  not_signed: 'Đơn khiếu nại không có chữ ký hoặc điểm chỉ của người khiếu nại (Điều 11 khoản 5)',
  time_limit_expired:
    'Thời hiệu, thời hạn khiếu nại đã hết mà không có lý do chính đáng (Điều 11 khoản 6)',
  second_round_decided: 'Khiếu nại đã có quyết định giải quyết khiếu nại lần hai (Điều 11 khoản 7)',
  termination_not_pursued:
    'Có văn bản thông báo đình chỉ việc giải quyết khiếu nại mà sau 30 ngày người khiếu nại không tiếp tục khiếu nại (Điều 11 khoản 8)',
  court_seized:
    'Việc khiếu nại đã được Tòa án thụ lý hoặc đã được giải quyết bằng bản án, quyết định của Tòa án (Điều 11 khoản 9)',
};

export const complaintTerminationCauseLabelsVi: Readonly<
  Record<ComplaintTerminationCause, string>
> = {
  withdrawn: 'Người khiếu nại rút khiếu nại',
  complainant_died: 'Người khiếu nại chết mà quyền, nghĩa vụ không được thừa kế',
  organisation_dissolved:
    'Cơ quan, tổ chức khiếu nại bị giải thể, phá sản mà không có cơ quan, tổ chức kế thừa',
  court_accepted: 'Tòa án đã thụ lý vụ án hành chính',
  refusal_ground_found: 'Khiếu nại thuộc trường hợp không được thụ lý (phát hiện sau khi thụ lý)',
};

export const secondRoundBasisLabelsVi: Readonly<Record<SecondRoundBasis, string>> = {
  decision_received: 'Không đồng ý với quyết định giải quyết lần đầu',
  deadline_expired: 'Hết thời hạn giải quyết lần đầu mà khiếu nại không được giải quyết',
};

export const secondRoundRefusalLabelsVi: Readonly<Record<SecondRoundRefusal, string>> = {
  not_first_round: 'Vụ việc đã là khiếu nại lần hai',
  first_round_pending: 'Khiếu nại lần đầu đang trong thời hạn giải quyết',
  first_round_not_decided: 'Khiếu nại lần đầu đã kết thúc mà không có quyết định giải quyết',
  filed_too_late: 'Quá thời hạn khiếu nại lần hai',
};
