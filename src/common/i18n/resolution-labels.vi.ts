import type {
  ProceedingType,
  VerificationRecordKind,
} from '../../resolutions/domain/proceeding-enums';

/** Vietnamese labels and messages of the resolution services (issue 7): values stay English. */

export const proceedingTypeLabelsVi: Readonly<Record<ProceedingType, string>> = {
  complaint: 'Giải quyết khiếu nại',
  denunciation: 'Giải quyết tố cáo',
};

export const verificationRecordKindLabelsVi: Readonly<Record<VerificationRecordKind, string>> = {
  working_minutes: 'Biên bản làm việc',
  documents_requested: 'Văn bản yêu cầu cung cấp thông tin, tài liệu',
  documents_received: 'Biên nhận thông tin, tài liệu',
  expert_appraisal: 'Trưng cầu giám định',
  verification_report: 'Báo cáo kết quả xác minh',
};

export const resolutionMessagesVi = {
  complaintNotFound: 'vụ việc khiếu nại',
  denunciationNotFound: 'vụ việc tố cáo',
  petitionNotFound: 'đơn',
  caseNotFound: 'vụ việc',
  assigneeNotInAgency: 'Người được giao xác minh phải là cán bộ của cơ quan giải quyết',
  assigneeNotInvestigator:
    'Người được giao xác minh phải là thanh tra viên, cán bộ xác minh hoặc lãnh đạo',
  assigneeDuplicate: 'Một cán bộ chỉ được ghi một lần trong tổ xác minh',
  dateInFuture: 'Ngày không được sau ngày hôm nay',
  dateBeforeAcceptance: 'Ngày không được trước ngày thụ lý',
  dateBeforeReceipt: 'Ngày không được trước ngày nhận đơn',
  notSuspended: 'Vụ việc không ở trạng thái tạm đình chỉ',
  firstRoundRequired: 'Khiếu nại lần hai phải dẫn chiếu vụ việc khiếu nại lần đầu',
  firstRoundNotAllowed: 'Chỉ khiếu nại lần hai mới dẫn chiếu vụ việc lần đầu',
  firstRoundDecisionReceivedOn:
    'Ngày người khiếu nại nhận được quyết định giải quyết lần đầu không được trước ngày ban hành',
  firstRequired: 'Giải quyết lại phải dẫn chiếu vụ việc tố cáo đã giải quyết',
  firstNotAllowed: 'Chỉ tố cáo tiếp mới dẫn chiếu vụ việc tố cáo đã giải quyết',
  recommendationRequired: 'Báo cáo kết quả xác minh phải có kiến nghị',
  recommendationOnlyForReport: 'Chỉ báo cáo kết quả xác minh mới có kiến nghị',
  demandsDifferRequired:
    'Báo cáo kết quả xác minh lần đầu phải cho biết yêu cầu của người khiếu nại và kết quả xác minh có khác nhau không',
  complexReasonRequired: 'Phải nêu lý do xác định vụ việc phức tạp',
  remoteReasonRequired: 'Phải nêu lý do xác định vùng sâu, vùng xa, đi lại khó khăn',
  withdrawalCoercionReasonRequired:
    'Phải nêu căn cứ xác định việc rút khiếu nại trước đây là do bị đe dọa, ép buộc',
  anonymousNotForm:
    'Đơn không rõ họ tên, địa chỉ người tố cáo không đáp ứng hình thức tố cáo (Luật Tố cáo 2018, Điều 23, 25)',
  documentNotApplicable: 'Vụ việc chưa có văn bản này',
  handledBeforeConclusion: 'Ngày xử lý kết luận không được trước ngày kết luận',
  notifiedBeforeConclusion: 'Ngày thông báo kết quả không được trước ngày kết luận',
  signerRequired: 'Quyết định đình chỉ phải có người ký',
} as const;

/** Legal bases written on events and timelines (DOMAIN §4, §5). */
export const legalBasisVi = {
  complaintOpen: 'Luật Khiếu nại 2011, Điều 27, 36',
  complaintAccept: 'Luật Khiếu nại 2011, Điều 11, 27, 36',
  complaintRefuse: 'Luật Khiếu nại 2011, Điều 11, 27',
  complaintFlags: 'Luật Khiếu nại 2011, Điều 28, 37',
  complaintVerify: 'Luật Khiếu nại 2011, Điều 29; Nghị định 124/2020/NĐ-CP',
  complaintDialogueRound1: 'Luật Khiếu nại 2011, Điều 30',
  complaintDialogueRound2: 'Luật Khiếu nại 2011, Điều 39',
  complaintDraft: 'Luật Khiếu nại 2011, Điều 31, 40',
  complaintDecideRound1: 'Luật Khiếu nại 2011, Điều 31, 44',
  complaintDecideRound2: 'Luật Khiếu nại 2011, Điều 40, 44',
  complaintSuspend: 'Luật Khiếu nại 2011; Luật số 136/2025/QH15 (tạm đình chỉ)',
  complaintWithdraw: 'Luật Khiếu nại 2011, Điều 10; Luật số 136/2025/QH15',
  complaintTerminate: 'Luật Khiếu nại 2011, Điều 11',
  complaintLawsuit: 'Luật Khiếu nại 2011, Điều 7, 44',
  complaintSecondRound: 'Luật Khiếu nại 2011, Điều 33',
  complaintLegalEffect: 'Luật Khiếu nại 2011, Điều 44',
  complaintDropChallenge: 'Luật Khiếu nại 2011, Điều 7, 33, 44',
  complaintCloseEffective: 'Luật Khiếu nại 2011, Điều 44',
  complaintCloseSecondRound: 'Luật Khiếu nại 2011, Điều 40',
  complaintCloseCourt: 'Luật Khiếu nại 2011, Điều 7',
  denunciationOpen: 'Luật Tố cáo 2018, Điều 24',
  denunciationPrelimExtend: 'Luật Tố cáo 2018, Điều 24 khoản 1',
  denunciationAccept: 'Luật Tố cáo 2018, Điều 29',
  denunciationRefuse: 'Luật Tố cáo 2018, Điều 24 khoản 1, Điều 29',
  denunciationTransfer: 'Luật Tố cáo 2018, Điều 24 khoản 2',
  denunciationAnonymous: 'Luật Tố cáo 2018, Điều 25',
  denunciationVerify: 'Luật Tố cáo 2018, Điều 31; Điều 56',
  denunciationExtend: 'Luật Tố cáo 2018, Điều 30',
  denunciationConclude: 'Luật Tố cáo 2018, Điều 35',
  denunciationNotifyResult: 'Luật Tố cáo 2018, Điều 35 khoản 2',
  denunciationHandle: 'Luật Tố cáo 2018, Điều 36',
  denunciationSuspend: 'Luật Tố cáo 2018, Điều 34',
  denunciationWithdraw: 'Luật Tố cáo 2018, Điều 33',
  denunciationTerminate: 'Luật Tố cáo 2018, Điều 34',
  denunciationClose: 'Luật Tố cáo 2018, Điều 36',
  denunciationFollowUp: 'Luật Tố cáo 2018, Điều 37, 38',
} as const;

export const issuedDocumentKindLabelsVi: Readonly<Record<string, string>> = {
  complaint_first_round: 'Quyết định giải quyết khiếu nại lần đầu',
  complaint_second_round: 'Quyết định giải quyết khiếu nại lần hai',
  denunciation_conclusion: 'Kết luận nội dung tố cáo',
  complaint_acceptance_notice: 'Thông báo thụ lý giải quyết khiếu nại',
  complaint_refusal_notice: 'Thông báo không thụ lý giải quyết khiếu nại',
  denunciation_acceptance: 'Quyết định thụ lý tố cáo',
  denunciation_refusal_notice: 'Thông báo không thụ lý tố cáo',
  denunciation_extension: 'Quyết định gia hạn giải quyết tố cáo',
  verification_assignment: 'Quyết định giao xác minh',
  termination: 'Quyết định đình chỉ giải quyết',
  denunciation_result_notice: 'Thông báo kết quả giải quyết tố cáo',
  denunciation_acceptance_notice: 'Thông báo thụ lý tố cáo',
  denunciation_accused_notice: 'Thông báo về nội dung tố cáo cho người bị tố cáo',
};

/** Actions that are not moves of the state machines (for their 409 message). */
export const resolutionEditLabelsVi = {
  setFlags: 'xác định vụ việc phức tạp, vùng sâu, vùng xa',
  recordVerification: 'ghi nhận hồ sơ xác minh',
  setComplexity: 'xác định mức độ phức tạp',
} as const;

/** Words of the resolution documents that are filled in by code (the rest is in templates/). */
export const resolutionDocumentTextsVi = {
  roundText: { first: 'lần đầu', second: 'lần hai' },
  matterKind: { complaint: 'khiếu nại', denunciation: 'tố cáo' },
  lawBasis: {
    complaint: 'Căn cứ Luật Khiếu nại ngày 11 tháng 11 năm 2011;',
    denunciation: 'Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018;',
  },
  days: (n: number) => `${n} ngày`,
  address: (address: string) => `, địa chỉ: ${address}`,
  respondent: (respondent: string) => `, đối với ${respondent}`,
  accused: (accused: string) => ` đối với ${accused}`,
  members: (names: string) => `, cùng các thành viên: ${names}`,
  unknownRespondent: 'Người bị khiếu nại',
  unknownAccused: 'người bị tố cáo',
  participant: (name: string, role: string) => `- ${name} (${role});`,
  minutesSigner: 'NGƯỜI KHIẾU NẠI',
  dialogueChair: 'NGƯỜI CHỦ TRÌ ĐỐI THOẠI',
  effectException: {
    first: 'người khiếu nại khiếu nại lần hai hoặc khởi kiện vụ án hành chính',
    second: 'người khiếu nại khởi kiện vụ án hành chính',
  },
  appealPeriod: { normal: '30 ngày', remote: '45 ngày' },
  effectBlocked: 'chưa xác định (đang có khiếu nại lần hai hoặc vụ án hành chính)',
  contentConclusion: (label: string) => `; về nội dung: ${label}`,
  reconsiderable: 'có thể được xem xét lại theo quy định',
  notReconsiderable:
    'không được xem xét lại, trừ trường hợp rút khiếu nại do bị đe dọa, ép buộc (Luật số 136/2025/QH15)',
  noneText: 'không',
  measure: {
    amount: (label: string, amount: string) => `- ${label}: ${amount}`,
    persons: (label: string, n: number) => `- ${label}: ${n} người`,
    officials: (n: number) => `, trong đó ${n} cán bộ, công chức, viên chức`,
    collectives: (label: string, n: number) => `- ${label}: ${n} tập thể`,
    beneficiaries: (n: number) => `; ${n} tổ chức, cá nhân được trả lại quyền, lợi ích`,
    other: (label: string, text: string) => `- ${label}: ${text}`,
  },
} as const;
