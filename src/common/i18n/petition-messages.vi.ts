/** Vietnamese messages of petition intake and handling (xử lý đơn) and of cases (vụ việc). */
export const petitionMessagesVi = {
  notFound: 'đơn',
  caseNotFound: 'vụ việc',
  attachmentNotFound: 'tài liệu đính kèm',
  transition: (action: string, status: string) =>
    `Không thể ${action} đối với đơn đang ở trạng thái "${status}"`,
  typeMismatch: (expected: string, actual: string) =>
    `Đơn không phải đơn ${expected} (đơn này là đơn ${actual})`,
  receivedInFuture: 'Ngày nhận đơn không được sau ngày hiện tại',
  fieldNotForType:
    'Lĩnh vực không thuộc cách phân loại của loại đơn này (Mẫu 02/XLD, 03/XLD, 04/XLD)',
  signatoriesForOne: 'Đơn một người đứng tên phải có đúng một người đứng đơn',
  signatoriesForMany: 'Đơn nhiều người đứng tên phải có từ hai người đứng đơn trở lên',
  anonymousHasSignatories: 'Đơn nặc danh không ghi người đứng đơn',
  anonymousNotOther: 'Đơn nặc danh thuộc loại "đơn khác" theo người đứng tên',
  signatoryRefAmbiguous:
    'Mỗi người đứng đơn phải được xác định bằng đúng một trong: personId, idNumber hoặc identity',
  signatoryDuplicate: 'Một người được ghi hai lần trong cùng một đơn',
  signatoryUnknown: 'Không tìm thấy công dân, tổ chức với mã hoặc số giấy tờ đã nhập',
  dispatchOnlyWhenForwarded:
    'Chỉ đơn do cơ quan, tổ chức, đại biểu, báo chí chuyển đến mới ghi văn bản chuyển đơn',
  dispatchRequired:
    'Đơn do cơ quan khác chuyển đến phải ghi cơ quan chuyển, số và ngày văn bản chuyển đơn',
  dispatchAfterReceipt: 'Ngày văn bản chuyển đơn không được sau ngày nhận đơn',
  caseChoiceRequired:
    'Phải chọn đúng một trong: gắn vào vụ việc đã có (caseId) hoặc mở vụ việc mới',
  caseUnknown: 'Vụ việc không tồn tại hoặc không thuộc cơ quan nhận đơn',
  caseMerged: 'Vụ việc đã được hợp nhất vào vụ việc khác; hãy gắn đơn vào vụ việc được giữ lại',
  handlerUnknown: 'Cán bộ xử lý không tồn tại, không thuộc cơ quan của đơn hoặc không xử lý đơn',
  outcomeNeedsCheck: 'Phải kiểm tra điều kiện xử lý đơn trước khi chọn hướng xử lý',
  outcomeNotForType: 'Hướng xử lý này không áp dụng cho loại đơn này (Thông tư 05/2021/TT-TTCP)',
  outcomeNeedsCompetence:
    'Hướng xử lý này chỉ áp dụng cho đơn thuộc thẩm quyền giải quyết của cơ quan',
  outcomeNeedsNoCompetence:
    'Hướng xử lý này chỉ áp dụng cho đơn không thuộc thẩm quyền giải quyết của cơ quan',
  outcomeNeedsEligible: 'Chỉ đề xuất thụ lý, giải quyết đơn đủ điều kiện xử lý',
  anonymousNotProcessed:
    'Tố cáo nặc danh, mạo danh không được xử lý như tố cáo; chỉ lưu đơn, chuyển đơn hoặc chuyển cơ quan điều tra (Luật Tố cáo 2018, Điều 25)',
  denunciationNotGuided:
    'Tố cáo không thuộc thẩm quyền được chuyển đơn đến cơ quan, tổ chức, cá nhân có thẩm quyền giải quyết, không hướng dẫn (Luật Tố cáo 2018, Điều 24 khoản 2)',
  misroutedNeedsForwardedSource:
    'Chỉ trả lại đơn do cơ quan, tổ chức khác chuyển đến không đúng thẩm quyền',
  guidedBefore:
    'Vụ việc đã được hướng dẫn một lần; đơn sau có cùng nội dung được lưu (Thông tư 05/2021/TT-TTCP)',
  groundRequired:
    'Thông báo không thụ lý phải nêu căn cứ theo Điều 11 Luật Khiếu nại 2011 (ground)',
  bodyRequired: 'Phải ghi cơ quan, tổ chức, đơn vị có thẩm quyền (body)',
  detailNotForAction: 'Trường này không dùng cho hướng xử lý đã chọn',
  detailRequired: 'Trường này là bắt buộc đối với thao tác đã chọn',
  denouncerNotificationRequired:
    'Chuyển đơn tố cáo phải ghi ngày thông báo cho người tố cáo (Luật Tố cáo 2018, Điều 24 khoản 2)',
  checkItemsMissing: 'Phải ghi kết quả kiểm tra từng điều kiện xử lý đơn',
  extensionNotForType: 'Chỉ gia hạn xử lý ban đầu đối với đơn tố cáo (Luật Tố cáo 2018, Điều 24)',
  extensionUsed: 'Thời hạn xử lý ban đầu tố cáo đã được gia hạn (tối đa đến 10 ngày làm việc)',
  extensionGroundRequired:
    'Gia hạn xử lý ban đầu tố cáo phải nêu căn cứ: kiểm tra, xác minh tại nhiều địa điểm hoặc phải ủy quyền kiểm tra, xác minh (Luật Tố cáo 2018, Điều 24 khoản 1) (ground)',
  extensionByLeader:
    'Việc gia hạn thời hạn xử lý ban đầu tố cáo do thủ trưởng cơ quan (lãnh đạo) quyết định; cán bộ xử lý đơn không được gia hạn (Luật Tố cáo 2018, Điều 24 khoản 1)',
  extensionAtOwnRoute:
    'Gia hạn xử lý ban đầu tố cáo được thực hiện tại POST /petitions/{id}/extend-check, có nêu căn cứ (ground)',
  splitNotMixed: 'Chỉ tách đơn có nhiều nội dung khác nhau',
  splitPartMixed: 'Mỗi phần tách ra phải là một loại đơn (khiếu nại, tố cáo, kiến nghị, phản ánh)',
  splitTooFewParts: 'Đơn có nhiều nội dung được tách thành ít nhất hai phần',
  notifiedBeforeReceipt: 'Ngày thông báo cho người tố cáo không được trước ngày nhận đơn',
  replyBeforeReceipt: 'Ngày văn bản phúc đáp không được trước ngày nhận đơn',
  replyInFuture: 'Ngày văn bản phúc đáp không được sau ngày hôm nay',
  attachmentTooLarge: (maxMb: number) => `Tệp đính kèm vượt quá dung lượng cho phép (${maxMb} MB)`,
  attachmentEmpty: 'Tệp đính kèm rỗng',
  attachmentType:
    'Chỉ nhận tệp PDF, JPEG, PNG hoặc TIFF, và nội dung tệp phải đúng định dạng đã khai (mediaType)',
  attachmentNotBase64: 'Nội dung tệp phải được mã hóa base64',
  attachmentTooMany: (max: number) => `Mỗi đơn có tối đa ${max} tệp đính kèm`,
  attachmentNotRedactable:
    'Chỉ tải bản đã lược bỏ thông tin cho tệp gốc của đơn tố cáo hoặc đơn có nhiều nội dung',
  redactedCopyMissing:
    'Tệp của đơn tố cáo chưa có bản đã lược bỏ thông tin người tố cáo (Luật Tố cáo 2018, Điều 56)',
  documentNotApplicable: 'Văn bản này không áp dụng cho hướng xử lý của đơn',
  reasonSamePerson: (pseudonyms: readonly string[]) =>
    `Cùng người đứng đơn (mã ${pseudonyms.join(', ')})`,
  reasonSimilarContent: (percent: number) => `Nội dung tương tự (độ tương đồng ${percent}%)`,
  reasonSameRespondent: (percent: number) =>
    `Cùng người, cơ quan bị khiếu nại, tố cáo (độ tương đồng ${percent}%)`,
} as const;

/** Fixed texts the petitions module passes to its documents (layout texts: templates/documents). */
export const petitionDocumentTextsVi = {
  signerTitle: 'THỦ TRƯỞNG CƠ QUAN',
  headInText: 'Thủ trưởng cơ quan',
  proposerTitle: 'Chuyên viên',
  anonymous: 'người gửi đơn không ghi họ tên (đơn nặc danh)',
  noSignatory: 'người gửi đơn',
  andOthers: (count: number) => `và ${count} người khác`,
  guidanceReason: (note: string | null) =>
    note
      ? `nội dung đơn thuộc thẩm quyền của cơ quan khác (${note})`
      : 'nội dung đơn thuộc thẩm quyền của cơ quan khác',
  transferBasis: 'Thông tư số 05/2021/TT-TTCP ngày 01 tháng 10 năm 2021 của Thanh tra Chính phủ',
  transferBasisDenunciation: 'khoản 2 Điều 24 Luật Tố cáo năm 2018',
} as const;
