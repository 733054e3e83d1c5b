import type { AgencyKind, AgencyLevel, SuccessionKind } from '../../agencies/domain/agency-enums';

/** Vietnamese labels of enum values (values stay English in code and in the API). */

export const agencyLevelLabelsVi: Readonly<Record<AgencyLevel, string>> = {
  province: 'Cấp tỉnh',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
};

export const agencyKindLabelsVi: Readonly<Record<AgencyKind, string>> = {
  people_committee: 'Ủy ban nhân dân',
  inspectorate: 'Thanh tra',
  reception_board: 'Ban Tiếp công dân',
  department: 'Sở, ban, ngành',
  other: 'Cơ quan, đơn vị khác',
};

export const successionKindLabelsVi: Readonly<Record<SuccessionKind, string>> = {
  merge: 'Sáp nhập',
  split: 'Chia tách',
  rename: 'Đổi tên',
  transfer: 'Điều chuyển',
};
