import type {
  IdType,
  PersonKind,
  PersonRecordType,
  PersonRole,
} from '../../persons/domain/person-enums';
import type { AccessRequestStatus } from '../../persons/domain/access-request-status';

/** Vietnamese messages of persons and the identity vault (thông tin nhân thân). */
export const personMessagesVi = {
  notFound: 'Không tìm thấy công dân, tổ chức',
  invalidIdentity: 'Thông tin nhân thân không hợp lệ',
  fullNameRequired: 'Họ tên (hoặc tên tổ chức) không được để trống',
  idTypeRequired: 'Cần ghi loại giấy tờ khi có số giấy tờ',
  idNumberRequired: 'Cần ghi số giấy tờ khi có loại giấy tờ',
  idNumberFormat:
    'Số giấy tờ không đúng định dạng (CCCD: 12 chữ số; CMND: 9 hoặc 12 chữ số; hộ chiếu: 6–9 chữ cái hoặc chữ số; mã số thuế: 10 chữ số, có thể thêm "-" và 3 chữ số)',
  taxCodeForOrganisation: 'Mã số thuế chỉ dùng cho tổ chức',
  dateInFuture: 'Ngày không được sau ngày hôm nay',
  issuedBeforeBirth: 'Ngày cấp giấy tờ không được trước ngày sinh',
  accessRequestNotFound: 'Không tìm thấy yêu cầu tiếp cận thông tin nhân thân',
  accessRequestDecided:
    'Yêu cầu tiếp cận thông tin nhân thân đã được phê duyệt hoặc từ chối trước đó',
  accessRequestOwn: 'Không được tự quyết định yêu cầu tiếp cận thông tin nhân thân của chính mình',
  accessReasonTooShort: 'Lý do đề nghị tiếp cận thông tin nhân thân phải dài ít nhất 10 ký tự',
} as const;

export const personKindLabelsVi: Readonly<Record<PersonKind, string>> = {
  citizen: 'Công dân',
  organisation: 'Tổ chức',
};

export const idTypeLabelsVi: Readonly<Record<IdType, string>> = {
  cccd: 'Căn cước / Căn cước công dân',
  cmnd: 'Chứng minh nhân dân',
  passport: 'Hộ chiếu',
  tax_code: 'Mã số thuế',
};

export const personRoleLabelsVi: Readonly<Record<PersonRole, string>> = {
  visitor: 'Người đến tiếp công dân',
  representative: 'Người đại diện',
  member: 'Thành viên đoàn',
  petitioner: 'Người gửi đơn',
  denouncer: 'Người tố cáo',
};

export const personRecordTypeLabelsVi: Readonly<Record<PersonRecordType, string>> = {
  visit: 'Lượt tiếp công dân',
  petition: 'Đơn',
  case: 'Vụ việc',
  complaint: 'Giải quyết khiếu nại',
  denunciation: 'Giải quyết tố cáo',
};

export const accessRequestStatusLabelsVi: Readonly<Record<AccessRequestStatus, string>> = {
  requested: 'Chờ phê duyệt',
  approved: 'Đã phê duyệt',
  refused: 'Đã từ chối',
};
