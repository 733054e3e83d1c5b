/** Vietnamese messages of the oversight report and its saved narrative (issue 9). */
export const oversightMessagesVi = {
  unprintable: (codePoints: string) =>
    `chứa ký tự không in được trong văn bản báo cáo (${codePoints}); vui lòng xóa hoặc thay thế`,
  fileName: (agencyCode: string, from: string, to: string) =>
    `bao-cao-tiep-cong-dan-kntc-${agencyCode}-${from}-${to}`,
} as const;
