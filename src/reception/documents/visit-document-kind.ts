/** The documents a visit can produce (DOMAIN.md §2.5, §8.1). */
export enum VisitDocumentKind {
  /** Giấy biên nhận: the only one that may carry a denouncer's own name (to that denouncer). */
  Receipt = 'receipt',
  /** Phiếu hướng dẫn: outcome "guided". */
  GuidanceSlip = 'guidance-slip',
  /** Văn bản ghi nội dung trình bày trực tiếp (Luật KN 2011 Điều 8(3); Luật TC 2018 Điều 23(2)). */
  OralStatementRecord = 'oral-statement-record',
  /** Thông báo từ chối tiếp công dân: outcome "refused" (Luật TCD 2013 Điều 9). */
  RefusalNotice = 'refusal-notice',
}

export const VISIT_DOCUMENT_KINDS: readonly VisitDocumentKind[] = Object.values(VisitDocumentKind);
