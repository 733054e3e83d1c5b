import type { DocumentType } from '../../decisions/domain/decision-number';
import type { DecisionKind, DecisionOutcome } from '../../decisions/domain/decision-outcome';
import type { EnforcementType } from '../../decisions/domain/recommended-measures';
import type { Timeliness } from '../../decisions/domain/timeliness';

/** Vietnamese labels of decisions, outcomes and measures (values stay English in code and API). */

export const decisionKindLabelsVi: Readonly<Record<DecisionKind, string>> = {
  complaint_first_round: 'Quyết định giải quyết khiếu nại lần đầu',
  complaint_second_round: 'Quyết định giải quyết khiếu nại lần hai',
  denunciation_conclusion: 'Kết luận nội dung tố cáo',
};

export const complaintOutcomeLabelsVi: Readonly<Record<DecisionOutcome, string>> = {
  right: 'Khiếu nại đúng',
  partly_right: 'Khiếu nại đúng một phần',
  wrong: 'Khiếu nại sai',
  upheld_first: 'Công nhận quyết định giải quyết lần đầu',
  annulled_or_amended_first: 'Hủy, sửa quyết định giải quyết lần đầu',
};

export const denunciationOutcomeLabelsVi: Readonly<
  Record<DecisionOutcome.Right | DecisionOutcome.PartlyRight | DecisionOutcome.Wrong, string>
> = {
  right: 'Tố cáo đúng',
  partly_right: 'Tố cáo có đúng, có sai',
  wrong: 'Tố cáo sai',
};

export const deliberatelyFalseLabelVi = 'Cố ý tố cáo sai sự thật';

export const enforcementTypeLabelsVi: Readonly<Record<EnforcementType, string>> = {
  recover_money: 'Thu hồi tiền cho Nhà nước',
  recover_land: 'Thu hồi đất cho Nhà nước',
  return_money_org: 'Trả lại tiền cho tổ chức',
  return_land_org: 'Trả lại đất cho tổ chức',
  return_money_person: 'Trả lại tiền cho cá nhân',
  return_land_person: 'Trả lại đất cho cá nhân',
  discipline_org: 'Kiến nghị xử lý, kiểm điểm tập thể',
  discipline_person: 'Kiến nghị xử lý, kiểm điểm cá nhân',
  refer_investigation: 'Chuyển cơ quan điều tra',
  other: 'Biện pháp khác',
};

export const timelinessLabelsVi: Readonly<Record<Timeliness, string>> = {
  on_time: 'Đúng quy định',
  late: 'Không đúng quy định',
};

export const documentTypeLabelsVi: Readonly<Record<DocumentType, string>> = {
  decision: 'Quyết định',
  notice: 'Thông báo',
  conclusion: 'Kết luận',
  report: 'Báo cáo',
  minutes: 'Biên bản',
  plan: 'Kế hoạch',
  invitation: 'Giấy mời',
  transfer_slip: 'Phiếu chuyển',
  submission: 'Tờ trình',
  urging_letter: 'Văn bản đôn đốc',
  guidance_slip: 'Phiếu hướng dẫn',
};
