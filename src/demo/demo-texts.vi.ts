import { CaseField } from '../cases/domain/case-enums';
import type { GenericContent } from './scenario-intake';

// Synthetic Vietnamese texts of the demo records (names are invented, never real persons).

export const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
export const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Hữu', 'Ngọc', 'Quang'];
export const GIVEN = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Hà',
  'Hải',
  'Hoa',
  'Hùng',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Phương',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trung',
  'Tuấn',
];

export const SUMMARY: Readonly<Record<GenericContent, readonly string[]>> = {
  complaint: [
    'Khiếu nại quyết định thu hồi đất và phương án bồi thường, hỗ trợ',
    'Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất',
    'Khiếu nại quyết định xử phạt vi phạm hành chính về trật tự xây dựng',
  ],
  denunciation: [
    'Tố cáo cán bộ địa chính nhận tiền khi làm thủ tục',
    'Tố cáo sai phạm trong quản lý, sử dụng đất công',
    'Tố cáo vi phạm trong thực hiện chính sách hỗ trợ hộ nghèo',
  ],
  petition: [
    'Kiến nghị giải quyết ô nhiễm môi trường tại khu dân cư',
    'Kiến nghị đẩy nhanh tiến độ cấp giấy chứng nhận quyền sử dụng đất',
  ],
  feedback: [
    'Phản ánh việc xây dựng không phép trên đất nông nghiệp',
    'Phản ánh thái độ của cán bộ tại bộ phận một cửa',
  ],
};

export const FIELD: Readonly<Record<GenericContent, CaseField>> = {
  complaint: CaseField.AdminLandHousing,
  denunciation: CaseField.AdminCivilService,
  petition: CaseField.AdminLandHousing,
  feedback: CaseField.Other,
};

export const RESPONDENT = 'Ủy ban nhân dân phường, xã nơi có đất';
export const GUIDED_TO = 'Tòa án nhân dân có thẩm quyền';
export const SIGNER = { name: 'Nguyễn Văn Chánh', title: 'CHÁNH THANH TRA' };
export const HEAD = { name: 'Trần Văn Trưởng', title: 'Chủ tịch Ủy ban nhân dân' };
export const TEXT = {
  verificationScope: 'Xác minh nội dung khiếu nại, tố cáo',
  reportSummary: 'Đã xác minh đầy đủ hồ sơ, tài liệu liên quan.',
  reportRecommendation: 'Đề nghị ban hành quyết định, kết luận theo kết quả xác minh.',
  reasoning: 'Căn cứ kết quả xác minh và các quy định pháp luật hiện hành.',
  progressAction: 'Đã thực hiện xong nội dung quyết định',
  disciplineMeasure: 'Kiểm điểm trách nhiệm, khiển trách',
};
