/** Vietnamese texts of the official report forms (biểu số liệu, DOMAIN §7.2) as JSON, XLSX and PDF. */
export const statisticsFormsVi = {
  ownRow: (agencyName: string) => `${agencyName} (trực tiếp)`,
  total: 'Tổng cộng',
  unitHeader: 'Đơn vị',
  numberRowLabel: 'MS',
  notesHeader: 'Ghi chú',
  formCode: (code: string) => `Biểu số ${code}`,
  period: (from: string, to: string) => `Số liệu tính từ ngày ${from} đến ngày ${to}`,
  attachedTo: '(Kèm theo báo cáo số …… ngày …… của ……)',
  unitNote: 'Đơn vị tính: tiền – triệu đồng (Trđ); đất – m²',
  preparer: 'Người lập biểu',
  head: 'Thủ trưởng cơ quan',
  preparerHint: '(Ký, ghi rõ họ tên)',
  headHint: '(Ký tên, đóng dấu)',
  sheetName: (code: string) => `Biểu ${code.replace('/', '-')}`,
  codeUnknown: 'Không có biểu số liệu này (01-tcd … 04-kqgq)',
  formatInvalid: 'Định dạng (format) chỉ nhận json, xlsx hoặc pdf',
} as const;
