import type { LegalRuleVersion } from './legal-rule';

// Default deadline rules D1–D18 (DOMAIN §11 and Product decision 1). Where the law says "ngày" the
// unit is calendar days; where it says "ngày làm việc", working days. Luật 136/2025/QH15 (in force
// 1/7/2026) changes no value known so far; new versions go here when its guiding texts are found.
// Effective dates: Luật Khiếu nại 2011 and Luật Tố cáo 2011 from 1/7/2012; Luật Tiếp công dân 2013
// from 1/7/2014; Luật Tố cáo 2018 from 1/1/2019.

type Base = Omit<LegalRuleVersion, 'key' | 'version' | 'title' | 'legalBasis' | 'effectiveFrom'>;

const NONE: Base = {
  unit: null,
  normalDays: null,
  complexDays: null,
  remoteDays: null,
  remoteComplexDays: null,
  extensionDays: null,
  maxExtensions: 0,
  effectiveTo: null,
  note: null,
};

type Row = Pick<LegalRuleVersion, 'key' | 'title' | 'legalBasis' | 'effectiveFrom'> &
  Partial<LegalRuleVersion>;

function rule(row: Row): LegalRuleVersion {
  return { ...NONE, version: 1, ...row };
}

const KN_2011 = '2012-07-01'; // Luật Khiếu nại 2011 (02/2011/QH13) in force
const TC_2011 = '2012-07-01'; // Luật Tố cáo 2011 (03/2011/QH13) in force
const TC_2018 = '2019-01-01'; // Luật Tố cáo 2018 (25/2018/QH14) in force
const days = (normalDays: number): Partial<LegalRuleVersion> => ({
  unit: 'calendar_days',
  normalDays,
});
const workingDays = (normalDays: number): Partial<LegalRuleVersion> => ({
  unit: 'working_days',
  normalDays,
});

export const LEGAL_RULE_SEED: readonly LegalRuleVersion[] = [
  rule({
    key: 'D1',
    title: 'Xử lý đơn kể từ ngày nhận đơn',
    ...workingDays(10), // TT 07/2014/TT-TTCP: 10 ngày làm việc để nghiên cứu, phân loại, xử lý đơn
    legalBasis: 'Thông tư 07/2014/TT-TTCP (quy trình xử lý đơn)',
    effectiveFrom: '2014-12-15',
    effectiveTo: '2021-11-14',
    note: 'Ngày hiệu lực của Thông tư 07/2014 chưa kiểm chứng.',
  }),
  rule({
    key: 'D1',
    version: 2,
    title: 'Xử lý đơn kể từ ngày nhận đơn',
    ...workingDays(10), // TT 05/2021/TT-TTCP: 10 ngày làm việc; TTHC "xử lý đơn": 10 ngày
    legalBasis: 'Thông tư 05/2021/TT-TTCP (quy trình xử lý đơn)',
    effectiveFrom: '2021-11-15',
  }),
  rule({
    key: 'D2',
    title: 'Thời hiệu khiếu nại lần đầu',
    ...days(90), // Luật KN Đ9: 90 ngày kể từ ngày nhận được hoặc biết được QĐ, hành vi hành chính
    legalBasis: 'Luật Khiếu nại 2011, Điều 9',
    effectiveFrom: KN_2011,
    note: 'Thời gian có trở ngại khách quan (ốm đau, thiên tai, địch họa, công tác, học tập ở nơi xa…) không tính vào thời hiệu.',
  }),
  rule({
    key: 'D3',
    title: 'Thời hiệu khiếu nại quyết định kỷ luật cán bộ, công chức',
    ...days(15), // Luật KN Đ49: 15 ngày kể từ ngày nhận được quyết định kỷ luật
    legalBasis: 'Luật Khiếu nại 2011, Điều 49',
    effectiveFrom: KN_2011,
  }),
  rule({
    key: 'D4',
    title: 'Thụ lý giải quyết khiếu nại hoặc thông báo không thụ lý',
    ...days(10), // Luật KN Đ27 (lần đầu), Đ36 (lần hai): 10 ngày kể từ ngày nhận được khiếu nại
    legalBasis: 'Luật Khiếu nại 2011, Điều 27, Điều 36',
    effectiveFrom: KN_2011,
    note: 'Nhiều thủ tục hành chính cấp tỉnh ghi 10 ngày làm việc; cơ quan có thể đổi đơn vị tính.',
  }),
  rule({
    key: 'D5',
    title: 'Giải quyết khiếu nại lần đầu kể từ ngày thụ lý',
    ...days(30), // Luật KN Đ28: 30 ngày; phức tạp ≤ 45; vùng sâu, vùng xa 45, phức tạp ≤ 60
    complexDays: 45,
    remoteDays: 45,
    remoteComplexDays: 60,
    legalBasis: 'Luật Khiếu nại 2011, Điều 28',
    effectiveFrom: KN_2011,
  }),
  rule({
    key: 'D6',
    title: 'Gửi quyết định giải quyết khiếu nại lần đầu',
    ...workingDays(3), // Luật KN Đ32: 03 ngày làm việc kể từ ngày ban hành quyết định
    legalBasis: 'Luật Khiếu nại 2011, Điều 32',
    effectiveFrom: KN_2011,
  }),
  rule({
    key: 'D7',
    title: 'Thời hạn khiếu nại lần hai',
    ...days(30), // Luật KN Đ33: 30 ngày; vùng sâu, vùng xa ≤ 45 ngày
    remoteDays: 45,
    legalBasis: 'Luật Khiếu nại 2011, Điều 33',
    effectiveFrom: KN_2011,
    note: 'Tính từ ngày hết thời hạn giải quyết lần đầu mà khiếu nại không được giải quyết, hoặc từ ngày nhận quyết định giải quyết lần đầu.',
  }),
  rule({
    key: 'D8',
    title: 'Giải quyết khiếu nại lần hai kể từ ngày thụ lý',
    ...days(45), // Luật KN Đ37: 45 ngày; phức tạp ≤ 60; vùng sâu, vùng xa 60, phức tạp ≤ 70
    complexDays: 60,
    remoteDays: 60,
    remoteComplexDays: 70,
    legalBasis: 'Luật Khiếu nại 2011, Điều 37',
    effectiveFrom: KN_2011,
  }),
  rule({
    key: 'D9',
    title: 'Quyết định giải quyết khiếu nại có hiệu lực pháp luật',
    ...days(30), // Luật KN Đ44 k1, k2: sau 30 ngày kể từ ngày ban hành; vùng sâu, vùng xa ≤ 45
    remoteDays: 45,
    legalBasis: 'Luật Khiếu nại 2011, Điều 44 khoản 1, khoản 2',
    effectiveFrom: KN_2011,
  }),
  rule({
    key: 'D10',
    title: 'Khiếu nại không còn được thụ lý sau thông báo đình chỉ',
    ...days(30), // Luật KN Đ11: quá 30 ngày sau thông báo mà không tiếp tục khiếu nại
    legalBasis: 'Luật Khiếu nại 2011, Điều 11',
    effectiveFrom: KN_2011,
  }),
  rule({
    key: 'D11',
    title: 'Xử lý ban đầu thông tin tố cáo và quyết định thụ lý',
    ...workingDays(7), // Luật TC 2018 Đ24 k1: 07 ngày làm việc, gia hạn đến 10 ngày làm việc
    extensionDays: 3,
    maxExtensions: 1,
    legalBasis: 'Luật Tố cáo 2018, Điều 24 khoản 1',
    effectiveFrom: TC_2018,
    note: 'Gia hạn đến 10 ngày làm việc khi cần kiểm tra, xác minh tại nhiều địa điểm hoặc phải ủy quyền.',
  }),
  rule({
    key: 'D12',
    title: 'Chuyển tố cáo không thuộc thẩm quyền và thông báo cho người tố cáo',
    ...workingDays(5), // Luật TC 2018 Đ24 k2: 05 ngày làm việc
    legalBasis: 'Luật Tố cáo 2018, Điều 24 khoản 2',
    effectiveFrom: TC_2018,
  }),
  rule({
    key: 'D13',
    title: 'Thông báo việc thụ lý tố cáo cho người tố cáo',
    ...workingDays(5), // Luật TC 2018 Đ29: 05 ngày làm việc kể từ ngày ra quyết định thụ lý
    legalBasis: 'Luật Tố cáo 2018, Điều 29',
    effectiveFrom: TC_2018,
  }),
  rule({
    key: 'D14',
    title: 'Giải quyết tố cáo kể từ ngày thụ lý',
    ...days(60), // Luật TC 2011 Đ21: 60 ngày; phức tạp 90 ngày
    complexDays: 90,
    extensionDays: 30, // Luật TC 2011 Đ21: gia hạn một lần ≤ 30 ngày
    complexExtensionDays: 60, // Luật TC 2011 Đ21: vụ việc phức tạp gia hạn ≤ 60 ngày
    maxExtensions: 1,
    legalBasis: 'Luật Tố cáo 2011, Điều 21',
    effectiveFrom: TC_2011,
    effectiveTo: '2018-12-31',
  }),
  rule({
    key: 'D14',
    version: 2,
    title: 'Giải quyết tố cáo kể từ ngày thụ lý',
    ...days(30), // Luật TC 2018 Đ30 k1: 30 ngày kể từ ngày thụ lý
    extensionDays: 30, // Đ30 k2, k3: mỗi lần gia hạn ≤ 30 ngày
    maxExtensions: 2, // Đ30 k2: phức tạp 1 lần; k3: đặc biệt phức tạp 2 lần
    legalBasis: 'Luật Tố cáo 2018, Điều 30',
    effectiveFrom: TC_2018,
    note: 'Vụ việc phức tạp gia hạn một lần (tổng 60 ngày); đặc biệt phức tạp gia hạn hai lần (tổng 90 ngày).',
  }),
  rule({
    key: 'D15',
    title: 'Gửi kết luận nội dung tố cáo, thông báo cho người tố cáo',
    ...workingDays(5), // Luật TC 2018 Đ35: 05 ngày làm việc kể từ ngày ban hành kết luận
    legalBasis: 'Luật Tố cáo 2018, Điều 35',
    effectiveFrom: TC_2018,
  }),
  rule({
    key: 'D16',
    title: 'Xử lý kết luận nội dung tố cáo',
    ...workingDays(7), // Luật TC 2018 Đ36: 07 ngày làm việc kể từ ngày ban hành kết luận
    legalBasis: 'Luật Tố cáo 2018, Điều 36',
    effectiveFrom: TC_2018,
  }),
  rule({
    key: 'D17',
    title: 'Tiếp công dân định kỳ của người đứng đầu',
    legalBasis: 'Luật Tiếp công dân 2013, Điều 12, 13, 15, 18; Nghị định 64/2014/NĐ-CP, Điều 4',
    effectiveFrom: '2014-07-01',
    note: 'Cấp tỉnh ít nhất 1 ngày/tháng; cấp huyện ít nhất 2 ngày/tháng; cấp xã ít nhất 1 ngày/tuần; người đứng đầu cơ quan ít nhất 1 ngày/tháng.',
  }),
  rule({
    key: 'D18',
    title: 'Kỳ báo cáo công tác tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo',
    legalBasis: 'Thông tư 03/2013/TT-TTCP',
    effectiveFrom: '2013-08-01',
    effectiveTo: '2021-05-09',
    note: 'Năm báo cáo từ 16/12 năm trước đến 15/12. Ngày hiệu lực của Thông tư 03/2013 chưa kiểm chứng.',
  }),
  rule({
    key: 'D18',
    version: 2,
    title: 'Kỳ báo cáo công tác tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo',
    legalBasis: 'Thông tư 02/2021/TT-TTCP',
    effectiveFrom: '2021-05-10',
    effectiveTo: '2024-03-04',
    note: 'Quý: 15/12→14/3, 15/3→14/6, 15/6→14/9, 15/9→14/12; 6 tháng, 9 tháng, năm tính từ 15/12.',
  }),
  rule({
    key: 'D18',
    version: 3,
    title: 'Kỳ báo cáo công tác tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo',
    legalBasis: 'Thông tư 01/2024/TT-TTCP',
    effectiveFrom: '2024-03-05',
    note: 'Quý: 15/12→14/3, 15/3→14/6, 15/6→14/9, 15/9→14/12; 6 tháng, 9 tháng, năm tính từ 15/12.',
  }),
];
