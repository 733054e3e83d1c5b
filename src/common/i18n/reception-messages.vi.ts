/** Vietnamese messages of the reception desk (tiếp công dân): visits, sessions, documents. */
export const receptionMessagesVi = {
  visitNotFound: 'lượt tiếp công dân',
  sessionNotFound: 'kỳ tiếp công dân',
  agencyNotFound: 'cơ quan, đơn vị',
  dateInFuture: 'Thời điểm tiếp công dân không được sau thời điểm hiện tại',
  kindInvalid: 'Hình thức tiếp công dân không phù hợp',
  onlineBeforeInForce:
    'Tiếp công dân trực tuyến chỉ áp dụng cho lượt tiếp từ ngày 01/7/2026 (Luật số 136/2025/QH15, Điều 3a)',
  presidingHeadRequired:
    'Lượt tiếp định kỳ, đột xuất của thủ trưởng hoặc ủy quyền tiếp phải ghi người chủ trì (họ tên, chức vụ)',
  presidingHeadNotAllowed:
    'Chỉ ghi người chủ trì khi thủ trưởng tiếp công dân hoặc ủy quyền tiếp công dân',
  sessionRequired: 'Lượt tiếp định kỳ của thủ trưởng phải gắn với một kỳ tiếp công dân',
  sessionNotAllowed:
    'Chỉ lượt tiếp của thủ trưởng (định kỳ, đột xuất, ủy quyền tiếp) mới gắn với kỳ tiếp công dân',
  sessionUnknown: 'Kỳ tiếp công dân không tồn tại hoặc không thuộc cơ quan tiếp công dân',
  sessionCancelled: 'Kỳ tiếp công dân đã bị hủy',
  sessionOtherDay: 'Ngày tiếp công dân không trùng với ngày của kỳ tiếp',
  delegationMismatch: 'Đánh dấu đoàn đông người không khớp với số người',
  delegationFlagMissing:
    'Từ 5 người trở lên cùng đến trình bày một nội dung là đoàn đông người: phải đánh dấu đoàn đông người',
  delegationTooSmall: 'Đoàn đông người phải có từ 5 người trở lên',
  visitorsInvalid: 'Danh sách người đến không hợp lệ',
  visitorsExceedCount: 'Số người được ghi danh không được vượt quá số người đến',
  visitorRefAmbiguous:
    'Mỗi người đến phải được xác định bằng đúng một trong: personId, idNumber hoặc identity',
  visitorDuplicate: 'Một người được ghi hai lần trong cùng lượt tiếp',
  visitorUnknown: 'Không tìm thấy công dân, tổ chức với mã hoặc số giấy tờ đã nhập',
  representativesInvalid: 'Người đại diện không hợp lệ',
  representativeOutsideGroup:
    'Người đại diện phải là một trong những người đến của đoàn (Luật Khiếu nại 2011, Điều 8 khoản 4)',
  representativesRequired:
    'Đoàn đông người phải cử người đại diện trình bày (Luật Khiếu nại 2011, Điều 8 khoản 4)',
  representativesOverTwo:
    'Đoàn từ 5 đến 10 người cử 1 hoặc 2 người đại diện (Luật Khiếu nại 2011, Điều 8 khoản 4)',
  representativesOverFive:
    'Đoàn trên 10 người cử tối đa 5 người đại diện (Luật Khiếu nại 2011, Điều 8 khoản 4)',
  outcomeInvalid: 'Hướng xử lý không hợp lệ',
  refusalGroundRequired:
    'Từ chối tiếp công dân phải ghi căn cứ từ chối (Luật Tiếp công dân 2013, Điều 9)',
  refusalGroundNotAllowed: 'Chỉ ghi căn cứ từ chối khi hướng xử lý là từ chối tiếp',
  refusalNoticeRequired:
    'Từ chối tiếp vì vụ việc đã được giải quyết đúng chính sách, pháp luật phải có thông báo từ chối tiếp của người đứng đầu (số, ngày) (Luật Tiếp công dân 2013, Điều 9 khoản 3)',
  refusalNoticeNotAllowed:
    'Chỉ ghi thông báo từ chối tiếp khi từ chối vì vụ việc đã được giải quyết đúng chính sách, pháp luật',
  refusalNoticeAfterVisit: 'Ngày thông báo từ chối tiếp không được sau ngày tiếp',
  guidedToRequired: 'Hướng dẫn công dân phải ghi cơ quan có thẩm quyền được hướng dẫn đến',
  forwardedToRequired: 'Chuyển đơn, chuyển nội dung phải ghi cơ quan nhận',
  notForThisOutcome: 'Không ghi thông tin này với hướng xử lý đã chọn',
  caseInvalid: 'Vụ việc không hợp lệ',
  caseChoiceRequired:
    'Chọn vụ việc đã có (caseId) hoặc mở vụ việc mới (newCase: true), không cả hai',
  caseUnknown: 'Vụ việc không tồn tại hoặc không thuộc cơ quan tiếp công dân',
  caseMerged:
    'Vụ việc đã được hợp nhất vào vụ việc khác; hãy ghi lượt tiếp vào vụ việc được giữ lại',
  respondentOnlyForNewCase: 'Chỉ ghi người, cơ quan bị khiếu nại, tố cáo khi mở vụ việc mới',
  sessionInvalid: 'Kỳ tiếp công dân không hợp lệ',
  heldInFuture: 'Ngày tiếp thực tế không được sau ngày hôm nay',
  sessionTransition: (action: string, status: string) =>
    `Không thể ${action} kỳ tiếp công dân đang ở trạng thái "${status}"`,
  periodInvalid: 'Khoảng thời gian không hợp lệ',
  periodReversed: 'Ngày kết thúc không được trước ngày bắt đầu',
  periodTooLong: (days: number) => `Khoảng thời gian dài tối đa ${days} ngày`,
  documentNotApplicable: 'Lượt tiếp công dân này không có loại văn bản được yêu cầu',
  bookTooLarge: (max: number) =>
    `Sổ tiếp công dân của khoảng thời gian này có hơn ${max} lượt tiếp; hãy chọn khoảng thời gian ngắn hơn`,
} as const;

/** Fixed wording the reception documents take from the visit (the layouts live in templates/). */
export const receptionDocumentTextsVi = {
  receptionPlace: (agency: string) => `Trụ sở tiếp công dân của ${agency}`,
  officerTitle: 'cán bộ tiếp công dân',
  signerTitle: 'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ',
  petitionDocument: (type: string, no: number, year: number) =>
    `Đơn ${type.toLocaleLowerCase('vi')} (số ${no}/${year} trong sổ tiếp nhận đơn)`,
  providedDocuments: 'Thông tin, tài liệu, bằng chứng do công dân cung cấp',
  guidanceReason: (body: string) =>
    `theo quy định của pháp luật, thẩm quyền xem xét, giải quyết thuộc ${body}`,
  earlierHandling: (body: string, decisionNo: string | null) =>
    decisionNo ? `${body}, văn bản số ${decisionNo}` : body,
  bookFileName: (from: string, to: string) => `so-tiep-cong-dan_${from}_${to}`,
  handlingWith: (label: string, detail: string) => `${label}: ${detail}`,
  petitionFollowUp: (no: number, year: number, due: string) =>
    `Đơn số ${no}/${year}, hạn xử lý ${due}`,
  firstTime: 'Tiếp lần đầu',
  repeat: 'Tiếp nhiều lần',
  idDocumentKinds: { cccd: 'CCCD', cmnd: 'CMND', passport: 'Hộ chiếu', tax_code: 'Mã số thuế' },
} as const;
