import type {
  CheckExtensionGround,
  HandlingOutcome,
  NotAcceptableGround,
  PetitionSource,
  PetitionStatus,
  ReportBucket,
  ResolutionStatus,
  SignatoryKind,
} from '../../petitions/domain/petition-enums';
import type { EligibilityItem } from '../../petitions/domain/eligibility';
import type { PetitionAction } from '../../petitions/domain/petition-status';

/** Vietnamese labels of the petition enums (values stay English in code and in the API). */

export const petitionSourceLabelsVi: Readonly<Record<PetitionSource, string>> = {
  direct: 'Trực tiếp (qua tiếp công dân)',
  post: 'Bưu chính',
  leader_assigned: 'Lãnh đạo giao',
  press: 'Cơ quan báo chí',
  forwarded_by_agency: 'Cơ quan, tổ chức khác chuyển đến',
  national_assembly_deputy: 'Đại biểu Quốc hội',
  peoples_council: 'Hội đồng nhân dân',
  fatherland_front: 'Ủy ban Mặt trận Tổ quốc',
  central: 'Cơ quan trung ương',
  online: 'Trực tuyến',
  other: 'Khác',
};

export const petitionStatusLabelsVi: Readonly<Record<PetitionStatus, string>> = {
  received: 'Đã tiếp nhận',
  checked: 'Đã kiểm tra điều kiện xử lý',
  proposed_for_acceptance: 'Đề xuất thụ lý',
  proposed_for_resolution: 'Đề xuất giải quyết',
  accepted: 'Đã thụ lý',
  not_accepted: 'Không thụ lý',
  guided: 'Đã hướng dẫn',
  forwarded: 'Đã chuyển đơn',
  urged: 'Đã đôn đốc',
  returned: 'Đã trả lại đơn, giấy tờ',
  referred: 'Đã chuyển cơ quan có thẩm quyền',
  filed: 'Lưu đơn',
  split: 'Đã tách đơn',
};

export const petitionActionLabelsVi: Readonly<Record<PetitionAction, string>> = {
  check: 'kiểm tra điều kiện xử lý',
  extend_check: 'gia hạn xử lý ban đầu',
  propose_acceptance: 'đề xuất thụ lý',
  propose_resolution: 'đề xuất giải quyết',
  not_acceptable: 'thông báo không thụ lý',
  guide: 'hướng dẫn',
  forward: 'chuyển đơn',
  urge: 'đôn đốc',
  return_originals: 'trả lại giấy tờ, tài liệu gốc',
  return_misrouted: 'trả lại đơn chuyển không đúng thẩm quyền',
  refer_investigation: 'chuyển cơ quan điều tra, viện kiểm sát',
  refer_party: 'chuyển cơ quan Đảng',
  file: 'lưu đơn',
  split: 'tách đơn',
  accept: 'thụ lý',
  record_reply: 'ghi nhận văn bản phúc đáp',
};

export const signatoryKindLabelsVi: Readonly<Record<SignatoryKind, string>> = {
  many: 'Đơn có nhiều người đứng tên',
  one: 'Đơn một người đứng tên',
  other: 'Đơn khác (nặc danh, không ký…)',
};

export const handlingOutcomeLabelsVi: Readonly<Record<HandlingOutcome, string>> = {
  propose_acceptance: 'Đề xuất thụ lý',
  propose_resolution: 'Đề xuất giải quyết',
  not_acceptable: 'Không đủ điều kiện thụ lý',
  guide: 'Hướng dẫn',
  forward: 'Chuyển đơn',
  urge: 'Đôn đốc giải quyết',
  return_originals: 'Trả lại giấy tờ, tài liệu gốc',
  return_misrouted: 'Trả lại đơn chuyển không đúng thẩm quyền',
  refer_investigation: 'Chuyển cơ quan điều tra, viện kiểm sát',
  refer_party: 'Chuyển cơ quan Đảng',
  file: 'Lưu đơn',
};

export const reportBucketLabelsVi: Readonly<Record<ReportBucket, string>> = {
  IN_COMPETENCE_KN: 'Thuộc thẩm quyền – khiếu nại',
  IN_COMPETENCE_TC: 'Thuộc thẩm quyền – tố cáo',
  IN_COMPETENCE_KNPA: 'Thuộc thẩm quyền – kiến nghị, phản ánh',
  GUIDED: 'Không thuộc thẩm quyền – hướng dẫn',
  FORWARDED: 'Không thuộc thẩm quyền – chuyển đơn',
  URGED: 'Không thuộc thẩm quyền – đôn đốc giải quyết',
  NOT_COUNTED: 'Không tính vào kết quả xử lý',
};

/** Luật Khiếu nại 2011 Điều 11 (paraphrased; DOMAIN §4.2). */
export const notAcceptableGroundLabelsVi: Readonly<Record<NotAcceptableGround, string>> = {
  internal_or_secret_act:
    'quyết định hành chính, hành vi hành chính trong nội bộ cơ quan nhà nước, trong chỉ đạo điều hành của cấp trên với cấp dưới, có chứa quy phạm pháp luật hoặc thuộc danh mục bí mật nhà nước',
  not_directly_concerned:
    'quyết định hành chính, hành vi hành chính bị khiếu nại không liên quan trực tiếp đến quyền, lợi ích hợp pháp của người khiếu nại',
  no_capacity_no_representative:
    'người khiếu nại không có năng lực hành vi dân sự đầy đủ mà không có người đại diện hợp pháp',
  unlawful_representative: 'người đại diện không hợp pháp thực hiện khiếu nại',
  not_signed: 'đơn khiếu nại không có chữ ký hoặc điểm chỉ của người khiếu nại',
  limitation_expired: 'thời hiệu, thời hạn khiếu nại đã hết mà không có lý do chính đáng',
  second_decision_exists: 'khiếu nại đã có quyết định giải quyết khiếu nại lần hai',
  terminated_not_continued:
    'có văn bản thông báo đình chỉ việc giải quyết khiếu nại mà sau 30 ngày người khiếu nại không tiếp tục khiếu nại',
  court_accepted:
    'việc khiếu nại đã được Tòa án thụ lý hoặc đã được giải quyết bằng bản án, quyết định của Tòa án',
};

/** Luật Tố cáo 2018 Điều 24 khoản 1: the grounds of the one extension of the D11 period. */
export const checkExtensionGroundLabelsVi: Readonly<Record<CheckExtensionGround, string>> = {
  several_places: 'Phải kiểm tra, xác minh tại nhiều địa điểm',
  delegated: 'Phải ủy quyền cho cơ quan, tổ chức có thẩm quyền kiểm tra, xác minh',
};

/** The clause of Luật Khiếu nại 2011 Điều 11 each ground rests on. */
export const notAcceptableGroundClauseVi: Readonly<Record<NotAcceptableGround, string>> = {
  internal_or_secret_act: 'khoản 1 Điều 11 Luật Khiếu nại năm 2011',
  not_directly_concerned: 'khoản 2 Điều 11 Luật Khiếu nại năm 2011',
  no_capacity_no_representative: 'khoản 3 Điều 11 Luật Khiếu nại năm 2011',
  unlawful_representative: 'khoản 4 Điều 11 Luật Khiếu nại năm 2011',
  not_signed: 'khoản 5 Điều 11 Luật Khiếu nại năm 2011',
  limitation_expired: 'khoản 6 Điều 11 Luật Khiếu nại năm 2011',
  second_decision_exists: 'khoản 7 Điều 11 Luật Khiếu nại năm 2011',
  terminated_not_continued: 'khoản 8 Điều 11 Luật Khiếu nại năm 2011',
  court_accepted: 'khoản 9 Điều 11 Luật Khiếu nại năm 2011',
};

export const resolutionStatusLabelsVi: Readonly<Record<ResolutionStatus, string>> = {
  not_resolved: 'Chưa được giải quyết',
  resolving: 'Đang giải quyết',
  resolved_first: 'Đã giải quyết lần đầu',
  resolved_many: 'Đã giải quyết nhiều lần',
  court_judgment: 'Đã có bản án của Tòa án',
};

/** The conditions of TT 05/2021/TT-TTCP checked item by item (DOMAIN §3.3). */
export const eligibilityItemLabelsVi: Readonly<Record<EligibilityItem, string>> = {
  vietnamese: 'Đơn viết bằng tiếng Việt',
  dated: 'Đơn ghi ngày, tháng, năm',
  identified: 'Ghi rõ họ tên, địa chỉ của người viết đơn',
  signed: 'Có chữ ký hoặc điểm chỉ của người viết đơn',
  contentClear:
    'Nêu rõ nội dung: người, cơ quan bị khiếu nại, tố cáo; sự việc, lý do và yêu cầu giải quyết',
  notHandledBefore: 'Chưa được cơ quan xử lý theo quy định, hoặc có thông tin, tài liệu mới',
  representativesAppointed:
    'Đơn nhiều người khiếu nại: có chữ ký của tất cả và văn bản cử người đại diện (Nghị định 124/2020/NĐ-CP, Điều 7)',
};
