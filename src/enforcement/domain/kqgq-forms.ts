import type { EnforcementPeriodFigures } from './enforcement-period';

// Column layout of the enforcement tables (DOMAIN §7.2, as implemented by Gosol; to verify against
// the TT 01/2024/TT-TTCP annex, DOMAIN §13.4). The last column of each form, Ghi chú, is free text
// and not a figure. Money columns are in đồng here; the forms print million đồng (Trđ).

export interface FormColumn {
  col: number;
  field: keyof EnforcementPeriodFigures;
}

type FigureField = FormColumn['field'];

const numbered = (fields: readonly FigureField[]): readonly FormColumn[] =>
  fields.map((field, i) => ({ col: i + 1, field }));

/** 02/KQGQ — Tổng hợp kết quả thi hành quyết định giải quyết khiếu nại: cols 1–19 (+ 20 Ghi chú). */
export const FORM_02_KQGQ_COLUMNS: readonly FormColumn[] = numbered([
  'toImplement', // 1 Tổng số quyết định phải thực hiện trong kỳ
  'completed', // 2 Số quyết định đã thực hiện xong
  'stateMoneyToRecover', // 3 Thu hồi cho Nhà nước — phải thu: tiền
  'stateLandToRecover', // 4 phải thu: đất
  'stateMoneyRecovered', // 5 đã thu: tiền
  'stateLandRecovered', // 6 đã thu: đất
  'organisationMoneyToReturn', // 7 Trả lại — phải trả, tổ chức: tiền
  'organisationLandToReturn', // 8 phải trả, tổ chức: đất
  'individualMoneyToReturn', // 9 phải trả, cá nhân: tiền
  'individualLandToReturn', // 10 phải trả, cá nhân: đất
  'organisationMoneyReturned', // 11 đã trả, tổ chức: tiền
  'organisationLandReturned', // 12 đã trả, tổ chức: đất
  'individualMoneyReturned', // 13 đã trả, cá nhân: tiền
  'individualLandReturned', // 14 đã trả, cá nhân: đất
  'individualsDisciplined', // 15 Đã xử lý hành chính — tổng số người bị xử lý
  'officialsDisciplined', // 16 trong đó cán bộ, công chức, viên chức
  'prosecutedCases', // 17 Đã khởi tố — số vụ
  'prosecutedPersons', // 18 số người
  'prosecutedOfficials', // 19 trong đó cán bộ, công chức, viên chức
]);

/** 04/KQGQ — Tổng hợp kết quả thực hiện kết luận nội dung tố cáo: cols 1–24 (+ 25 Ghi chú). */
export const FORM_04_KQGQ_COLUMNS: readonly FormColumn[] = numbered([
  'toImplement', // 1 Tổng số kết luận phải thực hiện
  'completed', // 2 Số kết luận đã thực hiện xong
  'stateMoneyToRecover', // 3 Thu hồi cho Nhà nước — phải thu: tiền
  'stateLandToRecover', // 4 phải thu: đất
  'stateMoneyRecovered', // 5 đã thu: tiền
  'stateLandRecovered', // 6 đã thu: đất
  'organisationsToRestore', // 7 Trả lại — phải trả: số tổ chức phải được trả lại quyền lợi
  'individualsToRestore', // 8 số cá nhân phải được trả lại quyền lợi
  'organisationMoneyToReturn', // 9 phải trả, tổ chức: tiền
  'organisationLandToReturn', // 10 phải trả, tổ chức: đất
  'individualMoneyToReturn', // 11 phải trả, cá nhân: tiền
  'individualLandToReturn', // 12 phải trả, cá nhân: đất
  'organisationsRestored', // 13 đã trả: số tổ chức đã được trả lại quyền lợi
  'individualsRestored', // 14 số cá nhân đã được trả lại quyền lợi
  'organisationMoneyReturned', // 15 đã trả, tổ chức: tiền
  'organisationLandReturned', // 16 đã trả, tổ chức: đất
  'individualMoneyReturned', // 17 đã trả, cá nhân: tiền
  'individualLandReturned', // 18 đã trả, cá nhân: đất
  'collectivesDisciplined', // 19 Đã xử lý hành chính — tổng số tổ chức bị xử lý
  'individualsDisciplined', // 20 tổng số cá nhân bị xử lý
  'officialsDisciplined', // 21 trong đó cán bộ, công chức, viên chức
  'prosecutedCases', // 22 Đã khởi tố — số vụ
  'prosecutedPersons', // 23 số đối tượng
  'prosecutedOfficials', // 24 trong đó cán bộ, công chức, viên chức
]);

/** The figures of one table row in column order (numbers, and đồng / m² as decimal strings). */
export function formRow(
  figures: EnforcementPeriodFigures,
  columns: readonly FormColumn[],
): (number | string)[] {
  return columns.map(({ field }) => figures[field] ?? 0);
}
