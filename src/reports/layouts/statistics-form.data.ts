import { statisticsFormsVi as vi } from '../../common/i18n/statistics-forms.vi';
import { formatShortDate } from '../format/administrative-date';
import { formatDecimal, formatInteger } from '../format/vi-number';

/** What the XLSX and PDF of an official form draw (values already in the form's units). */
export interface StatisticsFormSheet {
  code: string;
  title: string;
  issuer: string;
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

/** A cell in Vietnamese number format: 33.797; 2.600,5 (Trđ as given, never rounded away). */
export function formCellText(value: number | string | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatInteger(value);
  const fraction = value.split('.')[1]?.length ?? 0;
  return fraction === 0 ? formatInteger(value) : formatDecimal(value, Math.min(fraction, 6));
}
