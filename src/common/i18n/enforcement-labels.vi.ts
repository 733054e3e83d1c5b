import type { Beneficiary, ItemKind } from '../../enforcement/domain/enforcement-item';
import type { ItemStatus } from '../../enforcement/domain/item-status';

/** Vietnamese labels of enforcement (values stay English in code and API). */

export const itemStatusLabelsVi: Readonly<Record<ItemStatus, string>> = {
  not_started: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  reopened: 'Đã mở lại, đang thực hiện',
  completed: 'Đã thực hiện xong',
};

export const itemKindLabelsVi: Readonly<Record<ItemKind, string>> = {
  money: 'Tiền',
  land: 'Đất',
  discipline: 'Xử lý hành chính, kiểm điểm',
  referral: 'Chuyển cơ quan điều tra',
  other: 'Biện pháp khác',
};

export const beneficiaryLabelsVi: Readonly<Record<Beneficiary, string>> = {
  state: 'Nhà nước',
  organisation: 'Tổ chức',
  individual: 'Cá nhân',
};

export const decisionCompletionLabelVi = 'Thực hiện dứt điểm';
