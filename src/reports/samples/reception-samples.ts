import type { DocumentIssuer, Signer } from '../layouts/document-types';
import type { GuidanceSlipData } from '../layouts/guidance-slip.layout';
import type { OralStatementRecordData } from '../layouts/oral-statement-record.layout';
import type { ReceptionBookMeta, ReceptionBookRow } from '../layouts/reception-book-rows';
import type { ReceptionReceiptData } from '../layouts/reception-receipt.layout';
import type { ReceptionRefusalNoticeData } from '../layouts/reception-refusal-notice.layout';

/** Fictional sample data of the reception documents: tests, the bench and layout previews. */
export const sampleIssuer: DocumentIssuer = {
  parent: 'UBND THÀNH PHỐ HÀ NỘI',
  name: 'THANH TRA THÀNH PHỐ',
  nameInText: 'Thanh tra thành phố Hà Nội',
  abbreviation: 'TTTP',
  place: 'Hà Nội',
};

export const sampleHead: Signer = {
  authority: ['KT. CHÁNH THANH TRA'],
  title: 'PHÓ CHÁNH THANH TRA',
  name: 'Phạm Quốc Hưng',
};

const officer = { name: 'Lê Thị Hồng Nhung', title: 'chuyên viên Ban Tiếp công dân' };
const receptionPlace = 'Trụ sở Tiếp công dân thành phố Hà Nội, số 1 Trần Hưng Đạo, quận Hoàn Kiếm';

export const sampleReceipt: ReceptionReceiptData = {
  issuer: sampleIssuer,
  number: 7,
  issuedOn: '2026-01-05',
  receivedAt: '09:30',
  receptionPlace,
  citizen: {
    displayName: 'Nguyễn Văn Ánh',
    address: 'số 12 ngõ 45 phố Đội Cấn, phường Ngọc Hà, Hà Nội',
  },
  documents: [
    { title: 'Đơn khiếu nại ngày 02/01/2026', pages: 3, copies: 1, original: true },
    {
      title: 'Quyết định số 1234/QĐ-UBND ngày 15/11/2025 của UBND quận Ba Đình',
      pages: 4,
      copies: 1,
      original: false,
    },
    {
      title: 'Ảnh chụp hiện trạng thửa đất số 57, tờ bản đồ số 12',
      pages: 6,
      copies: 1,
      original: true,
      note: 'Ảnh màu',
    },
  ],
  receivedBy: officer,
};

export const sampleGuidanceSlip: GuidanceSlipData = {
  issuer: sampleIssuer,
  number: 12,
  issuedOn: '2026-02-09',
  citizen: { displayName: 'Trần Thị Bình', address: 'thôn Đoài, xã Đông Anh, Hà Nội' },
  channel: 'in_person',
  receivedOn: '2026-02-06',
  content:
    'Bà Trần Thị Bình khiếu nại Quyết định số 56/QĐ-UBND ngày 10/12/2025 của Chủ tịch UBND xã Đông Anh về việc xử phạt vi phạm hành chính trong lĩnh vực xây dựng.',
  competentBody: {
    name: 'Chủ tịch Ủy ban nhân dân xã Đông Anh',
    address: 'Trụ sở UBND xã Đông Anh, Hà Nội',
  },
  reason:
    'người có thẩm quyền giải quyết khiếu nại lần đầu là người đã ban hành quyết định hành chính bị khiếu nại (Điều 17 Luật Khiếu nại năm 2011)',
  signer: sampleHead,
  archive: 'BTCD',
};

export const sampleOralStatement: OralStatementRecordData = {
  issuer: sampleIssuer,
  issuedOn: '2026-03-02',
  kind: 'complaint',
  startedAt: '08:45',
  endedAt: '09:40',
  receptionPlace,
  receivingOfficer: officer,
  person: {
    fullName: 'Hoàng Văn Đức',
    identityDocument: {
      kind: 'CCCD',
      number: '001085012345',
      issuedOn: '2021-04-10',
      issuedBy: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội',
    },
    address: 'số 8 phố Lò Đúc, phường Hai Bà Trưng, Hà Nội',
    phone: '0912 345 678',
  },
  content:
    'Ông Đức trình bày: gia đình ông sử dụng ổn định thửa đất số 57 từ năm 1992, nhưng Quyết định thu hồi đất số 1234/QĐ-UBND không bồi thường phần diện tích 45,5 m² với lý do đất lấn chiếm.\nÔng đề nghị xem xét lại việc xác định nguồn gốc đất và bồi thường theo quy định.',
  documentsProvided: [
    'Bản sao Quyết định số 1234/QĐ-UBND',
    'Biên lai nộp thuế nhà đất các năm 1995–2000',
  ],
};

export const sampleRefusalNotice: ReceptionRefusalNoticeData = {
  issuer: sampleIssuer,
  number: 3,
  issuedOn: '2026-04-15',
  citizen: { displayName: 'Đỗ Văn Khải', address: 'phường Yên Hòa, Hà Nội' },
  ground: 'persistent_resolved',
  matter: 'khiếu nại việc bồi thường, hỗ trợ khi thu hồi đất tại dự án đường vành đai 2,5',
  priorHandling:
    'Chủ tịch UBND thành phố đã giải quyết lần hai tại Quyết định số 789/QĐ-UBND ngày 20/8/2024; Thanh tra Chính phủ đã rà soát và trả lời bằng Văn bản số 456/TTCP-BTCD ngày 12/3/2025',
  signer: sampleHead,
  recipients: ['- Ban Tiếp công dân thành phố;'],
  archive: 'BTCD',
};

export const sampleBookMeta: ReceptionBookMeta = {
  issuer: sampleIssuer,
  period: { from: '2026-01-01', to: '2026-03-31' },
  printedOn: '2026-04-01',
};

const HANDLING = [
  'Hướng dẫn bằng văn bản',
  'Tiếp nhận, đề xuất thụ lý',
  'Giải thích, trả lời trực tiếp',
];

/** `count` visits; every fifth is a confidential denunciation shown by its pseudonym. */
export function sampleBookRows(count: number): ReceptionBookRow[] {
  return Array.from({ length: count }, (_, i) => {
    const confidential = i % 5 === 4;
    const day = String((i % 28) + 1).padStart(2, '0');
    return {
      no: i + 1,
      receivedOn: `2026-0${(i % 3) + 1}-${day}`,
      receivedAt: '08:30',
      visitor: confidential
        ? {
            kind: 'confidential',
            pseudonym: `Người tố cáo TC-2026-${String(i + 1).padStart(3, '0')}`,
          }
        : {
            kind: 'identified',
            name: `Nguyễn Thị Hương ${i + 1}`,
            address: 'phường Láng, Hà Nội',
            identityDocument: { kind: 'CCCD', number: `0010850${String(10000 + i)}` },
          },
      content: `Khiếu nại việc bồi thường, hỗ trợ tái định cư khi thu hồi đất tại dự án mở rộng đường Láng (lần ${(i % 3) + 1}).`,
      classification: confidential ? 'Tố cáo' : 'Khiếu nại',
      personsCount: i % 7 === 0 ? 12 : 1,
      isGroup: i % 7 === 0,
      previousHandling: i % 2 === 0 ? 'UBND quận Đống Đa, QĐ số 12/QĐ-UBND' : undefined,
      handling: HANDLING[i % HANDLING.length] ?? '',
      followUp: i % 4 === 0 ? 'Đã trả lời' : undefined,
    };
  });
}
