/** Vietnamese messages of the import of decisions already in force (issue 8). */

export const enforcementImportMessagesVi = {
  file: {
    empty: 'Tệp không có dữ liệu',
    encoding: 'Tệp CSV phải lưu bằng bảng mã UTF-8 (trong Excel: "CSV UTF-8")',
    unreadable: 'Không đọc được tệp XLSX',
    noSheet: 'Tệp XLSX không có trang tính nào',
    tooManyRows: (max: number) => `Tệp có quá ${max} dòng dữ liệu: hãy chia thành nhiều tệp`,
    malformed: (detail: string) => `Tệp CSV sai định dạng: ${detail}`,
  },
  header: {
    unknownColumn: 'Cột không có trong danh sách cột của mẫu nhập',
    duplicateColumn: 'Cột bị lặp lại',
    missingColumn: 'Thiếu cột bắt buộc',
    unnamedColumn: 'Cột không có tiêu đề nhưng có dữ liệu',
  },
  cell: {
    required: 'Thiếu thông tin bắt buộc',
    notAllowed: 'Loại nội dung thi hành này không dùng cột này: để trống',
    tooLong: (max: number) => `Dài quá ${max} ký tự`,
    text: 'Phải là văn bản',
    date: 'Ngày phải có dạng dd/mm/yyyy hoặc yyyy-mm-dd',
    dateInvalid: 'Ngày không có thật',
    negative: 'Không được là số âm',
    number: 'Không phải là số hợp lệ',
    grouping: 'Dấu phân cách hàng nghìn đặt sai chỗ (mỗi nhóm phải đủ 3 chữ số)',
    moneyFraction: 'Số tiền tính bằng đồng, không có phần lẻ',
    areaDecimals: 'Diện tích tối đa 2 chữ số thập phân',
    unsafeNumber: 'Số quá lớn để đọc chính xác từ ô số của Excel: hãy định dạng ô là văn bản',
    positive: 'Phải lớn hơn 0',
    count: 'Phải là số nguyên không âm',
    enum: (allowed: string) => `Giá trị không hợp lệ; chọn một trong: ${allowed}`,
    flag: 'Chỉ ghi "Có" hoặc "Không" (hoặc để trống)',
    officialsExceedPersons: 'Số cán bộ, công chức, viên chức không được lớn hơn số người',
    blank: 'Phải mô tả nội dung',
    effectBeforeIssue: 'Ngày có hiệu lực không được trước ngày ban hành',
    notYetEffective:
      'Chỉ nhập quyết định, kết luận đã có hiệu lực pháp luật (ngày có hiệu lực không sau ngày nhập)',
    beforeIssue: 'Không được trước ngày ban hành',
    afterToday: 'Không được sau ngày nhập',
    overRequired:
      'Lớn hơn số phải thu, phải trả: ghi đúng số phải thu, phải trả và giải thích ở cột Ghi chú',
    doneBelowRequired: 'Đã thực hiện xong nhưng số đã thu, đã trả nhỏ hơn số phải thu, phải trả',
    doneContradiction: 'Ghi "Không" nhưng số đã thu, đã trả đã đủ',
    completedOnRequired: 'Nội dung đã thực hiện xong: phải ghi ngày hoàn thành',
    completedOnWithoutDone: 'Nội dung chưa thực hiện xong: để trống ngày hoàn thành',
    conflictsWithRow: (row: number) =>
      `Khác với dòng ${row} của cùng quyết định (cùng số, cơ quan ban hành và năm ban hành)`,
    duplicateRow: (row: number) =>
      `Trùng với dòng ${row}: cùng quyết định và cùng nội dung thi hành (loại, số phải thực hiện, cơ quan thực hiện, thời hạn)`,
    alreadyTracked:
      'Quyết định này (cùng số, cơ quan ban hành và năm ban hành) đã có trong hệ thống: không nhập lại',
  },
} as const;
