import { statisticsFormsVi as vi } from '../../common/i18n/statistics-forms.vi';
import { formatAdministrativeDate, formatShortDate } from '../format/administrative-date';
import { formatDecimal, formatInteger } from '../format/vi-number';

/** What the XLSX and PDF of an official form draw (values already in the form's units). */
export interface StatisticsFormSheet {
  code: string;
  title: string;
  issuer: string;
  /**
   * The place on the date line: the locality where the issuing agency sits ("Hà Nội" for the
   * city's bodies, "Ba Đình" for a ward's committee; NĐ 30/2020, administrativePlaceOf).
   */
  place: string;
  /** The day the form is produced ('YYYY-MM-DD'): the date line over the head's signature. */
  issuedOn: string;
  period: { from: string; to: string; label: string };
  columns: readonly {
    number: number;
    header: string;
    parents: readonly string[];
    unit: 'count' | 'millionVnd' | 'squareMetre' | 'text';
  }[];
  rows: readonly StatisticsFormSheetRow[];
  total: StatisticsFormSheetRow;
}

export interface StatisticsFormSheetRow {
  name: string;
  values: Readonly<Record<number, number | string | null>>;
}

/** Lines above the table: issuer, "Biểu số …", title, period, attachment, units. */
export function formHeadingLines(sheet: StatisticsFormSheet) {
  return {
    issuer: sheet.issuer.toUpperCase(),
    code: vi.formCode(sheet.code),
    title: sheet.title,
    period: vi.period(formatShortDate(sheet.period.from), formatShortDate(sheet.period.to)),
    attachedTo: vi.attachedTo,
    units: vi.unitNote,
  };
}

/**
 * The place-and-date line over "Thủ trưởng cơ quan" (TT 01/2024/TT-TTCP forms, NĐ 30/2020 italic):
 * "Hà Nội, ngày 20 tháng 11 năm 2026" — the day the form is produced, as the oversight report.
 */
export function formDateLine(sheet: StatisticsFormSheet): string {
  return formatAdministrativeDate(sheet.place, sheet.issuedOn);
}

/** A cell in Vietnamese number format: 33.797; 2.600,5 (Trđ as given, never rounded away). */
export function formCellText(value: number | string | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatInteger(value);
  const fraction = value.split('.')[1]?.length ?? 0;
  return fraction === 0 ? formatInteger(value) : formatDecimal(value, Math.min(fraction, 6));
}
