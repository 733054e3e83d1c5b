/** Page geometry and type sizes of NĐ 30/2020/NĐ-CP Phụ lục I (thể thức văn bản hành chính). */
export const mm = (millimetres: number): number => (millimetres * 72) / 25.4;

/** A4, margins top/bottom 20 mm, left 30 mm, right 15 mm (the minimums of the decree). */
export const PAGE_MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } as const;

export const TYPE_SIZE = {
  /** Parent body, issuer, Quốc hiệu: 12–13. */
  header: 12.5,
  /** Tiêu ngữ, place and date, number line, title, body, signature: 13–14. */
  motto: 13,
  title: 14,
  body: 13,
  signature: 13,
  /** "Nơi nhận:" 12 (bold italic); the list 11. */
  recipientsLabel: 12,
  recipients: 11,
  pageNumber: 13,
  table: 11,
  tableHeader: 11,
  note: 11,
} as const;

/** First-line indent of body paragraphs: 1–1.27 cm. */
export const PARAGRAPH_INDENT = mm(10);
/** Space between paragraphs: at least 6 pt. */
export const PARAGRAPH_GAP = 6;
/** Extra space between lines (single spacing plus a little). */
export const LINE_GAP = 1.5;
/** Thickness of the short rules under the issuer, the tiêu ngữ and the trích yếu. */
export const RULE_WIDTH = 0.6;
