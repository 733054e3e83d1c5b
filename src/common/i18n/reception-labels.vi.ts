import type {
  ReceptionKind,
  RefusalGround,
  VisitOutcome,
  VisitorRole,
} from '../../reception/domain/reception-enums';
import type { SessionAction, SessionStatus } from '../../reception/domain/reception-session-status';

/** Vietnamese labels of the reception enums (values stay English in code and in the API). */

export const receptionKindLabelsVi: Readonly<Record<ReceptionKind, string>> = {
  regular: 'Tiếp thường xuyên',
  head_periodic: 'Tiếp định kỳ của thủ trưởng',
  head_unscheduled: 'Tiếp đột xuất của thủ trưởng',
  delegated: 'Ủy quyền tiếp',
  online: 'Tiếp trực tuyến',
};

export const visitOutcomeLabelsVi: Readonly<Record<VisitOutcome, string>> = {
  received_for_handling: 'Tiếp nhận, đề xuất thụ lý',
  guided: 'Hướng dẫn',
  forwarded: 'Chuyển đơn, chuyển nội dung',
  explained: 'Giải thích, trả lời trực tiếp',
  resolved_on_spot: 'Giải quyết ngay',
  assigned_for_check: 'Giao đơn vị kiểm tra, đề xuất',
  refused: 'Từ chối tiếp',
};

export const refusalGroundLabelsVi: Readonly<Record<RefusalGround, string>> = {
  incapacitated:
    'Người trong tình trạng say do dùng chất kích thích, mắc bệnh tâm thần hoặc bệnh khác làm mất khả năng nhận thức, điều khiển hành vi',
  threatening_or_disruptive:
    'Người có hành vi đe dọa, xúc phạm cơ quan, người tiếp công dân hoặc vi phạm nội quy nơi tiếp công dân',
  repeated_resolved_matter:
    'Người khiếu nại, tố cáo về vụ việc đã giải quyết đúng chính sách, pháp luật, đã được kiểm tra, rà soát, thông báo bằng văn bản',
  other: 'Trường hợp khác theo quy định của pháp luật',
};

export const visitorRoleLabelsVi: Readonly<Record<VisitorRole, string>> = {
  visitor: 'Người đến',
  representative: 'Người đại diện',
  member: 'Thành viên đoàn',
};

export const sessionStatusLabelsVi: Readonly<Record<SessionStatus, string>> = {
  planned: 'Đã lên lịch',
  held: 'Đã tổ chức',
  cancelled: 'Đã hủy',
};

export const sessionActionLabelsVi: Readonly<Record<SessionAction, string>> = {
  hold: 'ghi nhận đã tổ chức',
  cancel: 'hủy',
};
