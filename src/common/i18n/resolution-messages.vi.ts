/** Vietnamese messages of complaint and denunciation resolution and of decisions (issue 7). */

const common = {
  required: 'Thiếu thông tin bắt buộc cho bước này',
  dateInvalid: 'Ngày không hợp lệ (cần dạng YYYY-MM-DD)',
  evaluatedBeforeReceipt: 'Ngày xem xét không được trước ngày nhận đơn',
  verificationReportRequired: 'Chưa có báo cáo kết quả xác minh',
  withdrawalNotInWriting: 'Việc rút đơn phải được thực hiện bằng văn bản có chữ ký hoặc điểm chỉ',
  terminationCauseInvalid: 'Lý do đình chỉ không hợp lệ',
  useWithdrawAction: 'Trường hợp rút đơn phải được ghi nhận bằng thao tác rút đơn',
} as const;

export const complaintMessagesVi = {
  invalidTransition: (action: string, status: string) =>
    `Không thể ${action} khi vụ việc khiếu nại đang ở trạng thái «${status}»`,
  notAcceptable:
    'Khiếu nại thuộc trường hợp không được thụ lý giải quyết (Luật Khiếu nại 2011, Điều 11)',
  rules: {
    ...common,
    groundUnchecked: 'Phải kiểm tra và trả lời từng trường hợp không thụ lý của Điều 11',
    obstacleDaysInvalid: 'Số ngày có trở ngại khách quan phải là số nguyên không âm',
    filedAfterReceipt: 'Ngày gửi đơn không được sau ngày nhận đơn',
    knownAfterFiling:
      'Ngày nhận được hoặc biết được quyết định, hành vi hành chính không được sau ngày gửi đơn',
    acceptanceRoundMismatch:
      'Kết quả kiểm tra điều kiện thụ lý không cùng lần giải quyết với vụ việc',
    refusalWithoutGround:
      'Chỉ được thông báo không thụ lý khi khiếu nại thuộc một trường hợp của Điều 11 Luật Khiếu nại',
    dialogueRequired:
      'Phải tổ chức đối thoại trước khi ra quyết định (lần hai: Điều 39; lần đầu khi yêu cầu của người khiếu nại và kết quả xác minh còn khác nhau: Điều 30)',
    dialogueNotRequired:
      'Giải quyết lần đầu chỉ đối thoại khi yêu cầu của người khiếu nại và kết quả xác minh còn khác nhau (Luật Khiếu nại 2011, Điều 30)',
    legalEffectBlocked:
      'Quyết định chưa thể có hiệu lực pháp luật vì đã có khiếu nại lần hai hoặc khởi kiện tại Tòa án (Luật Khiếu nại 2011, Điều 44)',
    notYetEffective:
      'Chưa hết thời hạn để quyết định có hiệu lực pháp luật (Luật Khiếu nại 2011, Điều 44)',
    decidedNotTerminable: 'Không thể đình chỉ giải quyết khi đã có quyết định giải quyết khiếu nại',
    courtCauseRequired: 'Khi Tòa án đã thụ lý, lý do đình chỉ phải là Tòa án đã thụ lý vụ án',
    noThirdRound:
      'Quyết định giải quyết khiếu nại lần hai không bị khiếu nại tiếp (Luật Khiếu nại 2011, Điều 7)',
    courtCaseNotDecided:
      'Vụ việc chưa có quyết định giải quyết: Tòa án đã thụ lý thì phải đình chỉ giải quyết khiếu nại',
    decidedWhileSuspended: 'Không thể ra quyết định khi vụ việc đang tạm đình chỉ',
    secondRoundNotFirstRound: 'Vụ việc đã là khiếu nại lần hai',
    secondRoundPending:
      'Khiếu nại lần đầu đang trong thời hạn giải quyết: chưa có quyền khiếu nại lần hai (Luật Khiếu nại 2011, Điều 33)',
    secondRoundNotDecided:
      'Khiếu nại lần đầu đã kết thúc mà không có quyết định giải quyết: không có khiếu nại lần hai',
    secondRoundTooLate: 'Đã quá thời hạn khiếu nại lần hai (Luật Khiếu nại 2011, Điều 33)',
    withdrawnContentFinal:
      'Nội dung khiếu nại này đã được rút và không được xem xét lại, trừ trường hợp người khiếu nại rút do bị đe dọa, ép buộc (Luật Khiếu nại 2011, Điều 10, sửa đổi bởi Luật số 136/2025/QH15)',
    secondRoundWrongAgency:
      'Khiếu nại lần hai phải do người đứng đầu cơ quan hành chính cấp trên trực tiếp của người giải quyết lần đầu giải quyết (Luật Khiếu nại 2011, Điều 33)',
  },
  explanation: {
    obstacleDays: (days: number, known: string, start: string) =>
      `Thời gian có trở ngại khách quan ${days} ngày không tính vào thời hiệu (Luật Khiếu nại 2011, Điều 9): thời hiệu tính từ ${start} thay cho ${known}`,
    legalEffectFrom: (date: string) =>
      `Quyết định có hiệu lực pháp luật từ ngày ${date} (Luật Khiếu nại 2011, Điều 44)`,
    legalEffectBlocked: {
      second_round:
        'Người khiếu nại đã khiếu nại lần hai: quyết định giải quyết lần đầu chưa có hiệu lực pháp luật (Luật Khiếu nại 2011, Điều 44 khoản 1)',
      lawsuit:
        'Người khiếu nại đã khởi kiện vụ án hành chính: hiệu lực của quyết định chờ kết quả giải quyết của Tòa án (Luật Khiếu nại 2011, Điều 7, Điều 44)',
    },
  },
} as const;

export const denunciationMessagesVi = {
  invalidTransition: (action: string, status: string) =>
    `Không thể ${action} khi vụ việc tố cáo đang ở trạng thái «${status}»`,
  notAcceptable: 'Tố cáo chưa đủ điều kiện thụ lý (Luật Tố cáo 2018, Điều 29 khoản 1)',
  rules: {
    ...common,
    conditionUnanswered: 'Phải kiểm tra và trả lời từng điều kiện thụ lý của Điều 29',
    extensionsInvalid: 'Số lần gia hạn phải là số nguyên không âm',
    extensionsExceedComplexity:
      'Số lần gia hạn vượt quá mức cho phép: phức tạp một lần, đặc biệt phức tạp hai lần (Luật Tố cáo 2018, Điều 30)',
    concludedWhileSuspended: 'Không thể kết luận khi vụ việc đang tạm đình chỉ',
    refusalRouteMismatch:
      'Chỉ không thụ lý khi tố cáo thuộc thẩm quyền nhưng không đủ điều kiện thụ lý; tố cáo không thuộc thẩm quyền phải được chuyển',
    transferRouteMismatch: 'Chỉ chuyển đơn khi tố cáo không thuộc thẩm quyền giải quyết',
    prelimExtensionLimit:
      'Thời hạn xử lý ban đầu chỉ được gia hạn một lần, đến 10 ngày làm việc (Luật Tố cáo 2018, Điều 24)',
    denouncerIdentified:
      'Đã xác định được người tố cáo: tố cáo phải được xử lý theo Luật Tố cáo (Điều 25)',
    extensionReasonRequired:
      'Quyết định gia hạn phải nêu lý do (Luật Tố cáo 2018, Điều 30 khoản 4)',
    extensionAfterDeadline: 'Phải quyết định gia hạn trước khi hết thời hạn giải quyết',
    firstExtensionNeedsComplex:
      'Chỉ vụ việc phức tạp hoặc đặc biệt phức tạp mới được gia hạn (Luật Tố cáo 2018, Điều 30 khoản 2)',
    secondExtensionNeedsEspeciallyComplex:
      'Chỉ vụ việc đặc biệt phức tạp mới được gia hạn lần hai (Luật Tố cáo 2018, Điều 30 khoản 3)',
    extensionLimit:
      'Thời hạn giải quyết tố cáo chỉ được gia hạn tối đa hai lần (Luật Tố cáo 2018, Điều 30)',
    followUpNotYetDue:
      'Chưa có quyền tố cáo tiếp: vụ việc đang trong thời hạn giải quyết (Luật Tố cáo 2018, Điều 38)',
    followUpNoResolution: 'Vụ việc tố cáo chưa được giải quyết bằng kết luận: không có tố cáo tiếp',
    resultAlreadyNotified:
      'Đã thông báo kết quả giải quyết tố cáo cho người tố cáo (Luật Tố cáo 2018, Điều 35 khoản 2)',
    resultNotNotified:
      'Chưa thông báo kết quả giải quyết tố cáo cho người tố cáo: chưa thể lưu hồ sơ (Luật Tố cáo 2018, Điều 35 khoản 2)',
  },
} as const;

export const decisionMessagesVi = {
  outcomeInvalid: 'Kết quả giải quyết không phù hợp với loại quyết định, kết luận',
  measuresInvalid: 'Nội dung kiến nghị xử lý không hợp lệ',
  numberInvalid: 'Số, ký hiệu văn bản không hợp lệ',
  outcomeNotForKind: 'Kết quả này không dùng cho loại quyết định, kết luận đã chọn',
  contentConclusionOnlyRound2:
    'Chỉ quyết định giải quyết lần hai mới ghi kết luận về nội dung riêng',
  contentConclusionInvalid: 'Kết luận về nội dung phải là đúng, đúng một phần hoặc sai',
  deliberatelyFalseOnlyDenunciation: 'Chỉ kết luận nội dung tố cáo mới ghi cố ý tố cáo sai sự thật',
  deliberatelyFalseOnlyWrong:
    'Chỉ kết luận cố ý tố cáo sai sự thật khi tố cáo sai (Luật Tố cáo 2018, Điều 35)',
  number: {
    sequence: 'Số thứ tự văn bản phải là số nguyên dương',
    year: 'Năm đăng ký văn bản không hợp lệ',
    docType: 'Loại văn bản không hợp lệ',
    issuerAbbrev: 'Chữ viết tắt tên cơ quan ban hành chỉ gồm chữ in hoa, chữ số và dấu gạch nối',
  },
  measures: {
    typeUnknown: 'Loại kiến nghị không hợp lệ',
    required: 'Thiếu số liệu bắt buộc của loại kiến nghị này',
    notAllowed: 'Loại kiến nghị này không có số liệu này',
    money: 'Số tiền phải là số nguyên dương tính bằng đồng, chỉ gồm chữ số (không dấu phân cách)',
    area: 'Diện tích phải là số dương tính bằng m², dùng dấu chấm thập phân, tối đa 2 chữ số thập phân',
    positiveInteger: 'Phải là số nguyên dương',
    countInteger: 'Phải là số nguyên không âm',
    officialsExceedPersons: 'Số cán bộ, công chức, viên chức không được lớn hơn số người',
    blank: 'Phải mô tả nội dung kiến nghị',
  },
} as const;
