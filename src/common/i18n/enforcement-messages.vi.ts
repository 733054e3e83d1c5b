/** Vietnamese messages of enforcement (thi hành quyết định, thực hiện kết luận; issue 8). */

export const enforcementMessagesVi = {
  itemInvalid: 'Nội dung thi hành không hợp lệ',
  progressInvalid: 'Kết quả thực hiện không hợp lệ',
  overCollection: (remaining: string) =>
    `Số đã thực hiện vượt quá số phải thực hiện (còn lại ${remaining}): phải ghi rõ lý do thu, trả vượt`,
  itemCompleted: 'Nội dung thi hành đã thực hiện xong: không thể ghi thêm kết quả thực hiện',
  itemNotCompleted: 'Nội dung thi hành chưa thực hiện xong nên không thể mở lại',
  reopenLeaderOnly: 'Chỉ lãnh đạo mới được mở lại nội dung thi hành đã thực hiện xong',
  reopenInvalid: 'Yêu cầu mở lại nội dung thi hành không hợp lệ',
  periodInvalid: 'Kỳ báo cáo không hợp lệ',
  attachment: {
    invalid: 'Tệp đính kèm không hợp lệ',
    notFound: 'tệp đính kèm của kết quả thực hiện',
    entryNotFound: 'kết quả thực hiện',
    empty: 'Tệp đính kèm rỗng',
    notBase64: 'Nội dung tệp phải được mã hóa base64',
    type: 'Nội dung tệp không đúng định dạng đã khai báo (chỉ nhận PDF, JPEG, PNG, TIFF)',
    tooLarge: (maxMb: number) => `Tệp đính kèm vượt quá dung lượng cho phép (${maxMb} MB)`,
    tooMany: (max: number) => `Mỗi kết quả thực hiện có tối đa ${max} tệp đính kèm`,
  },
  progress: {
    required: 'Thiếu thông tin bắt buộc',
    notAllowed: 'Loại nội dung thi hành này không có thông tin này',
    blank: 'Không được để trống',
    text: 'Phải là văn bản',
    tooLong: 'Nội dung quá dài',
    date: 'Ngày không hợp lệ (cần dạng YYYY-MM-DD)',
    dateInFuture: 'Ngày thực hiện không được sau ngày hôm nay',
    dateBeforeLegalEffect: 'Ngày thực hiện không được trước ngày quyết định, kết luận có hiệu lực',
    notPositive: 'Số đã thực hiện phải lớn hơn 0',
    moneyFormat: 'Số tiền phải là số nguyên tính bằng đồng, chỉ gồm chữ số (không dấu phân cách)',
    areaFormat: 'Diện tích tính bằng m², dùng dấu chấm thập phân, tối đa 2 chữ số thập phân',
    unitMismatch: 'Đơn vị không đúng với loại nội dung thi hành (tiền: VND; đất: m2)',
    count: 'Phải là số nguyên không âm',
    countPositive: 'Phải là số nguyên dương',
    officialsExceedPersons: 'Số cán bộ, công chức, viên chức không được lớn hơn số người',
    unknownEntry: 'Không có kết quả thực hiện này, hoặc kết quả này đã bị hủy',
    reopenBeforeCompletion: 'Ngày mở lại không được trước ngày đã thực hiện xong',
    stillComplete:
      'Sau khi hủy các kết quả đã chọn, nội dung thi hành vẫn đạt yêu cầu: hãy chọn kết quả không còn giá trị',
  },
  period: {
    date: 'Ngày không hợp lệ (cần dạng YYYY-MM-DD)',
    toBeforeFrom: 'Ngày cuối kỳ không được trước ngày đầu kỳ',
  },
} as const;
