import type { CaseField, ContentType } from '../../cases/domain/case-enums';

/** Vietnamese messages of cases (vụ việc). */
export const caseMessagesVi = {
  notFound: 'vụ việc',
  mergeInvalid: 'Không thể hợp nhất vụ việc',
  mergeSameCase: 'Không thể hợp nhất một vụ việc vào chính nó',
  mergeMerged: 'Vụ việc đã được hợp nhất vào vụ việc khác trước đó',
  mergeOtherAgency: 'Chỉ hợp nhất các vụ việc của cùng một cơ quan',
} as const;

export const contentTypeLabelsVi: Readonly<Record<ContentType, string>> = {
  complaint: 'Khiếu nại',
  denunciation: 'Tố cáo',
  petition: 'Kiến nghị',
  feedback: 'Phản ánh',
  mixed: 'Đơn có nhiều nội dung',
};

export const caseFieldLabelsVi: Readonly<Record<CaseField, string>> = {
  admin_policy: 'Hành chính – chế độ, chính sách',
  admin_land_housing: 'Hành chính – đất đai, nhà cửa',
  admin_civil_service: 'Hành chính – công chức, công vụ',
  admin_other: 'Hành chính – lĩnh vực khác',
  corruption: 'Tham nhũng',
  judicial: 'Tư pháp',
  party_mass_org: 'Đảng, đoàn thể',
  other: 'Lĩnh vực khác',
};
