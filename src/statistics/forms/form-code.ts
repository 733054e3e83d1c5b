import { fieldInvalid } from '../../common/errors/common-errors';
import { statisticsFormsVi } from '../../common/i18n/statistics-forms.vi';
import { FORM_CODES, type FormCode } from '../domain/form-definition';

export const FORM_FORMATS = ['json', 'xlsx', 'pdf'] as const;
export type FormFormat = (typeof FORM_FORMATS)[number];

/** '01-tcd', '01/TCD', '01-TCD' → '01/TCD'; anything else is a 400 naming `code`. */
export function parseFormCode(raw: string): FormCode {
  const wanted = raw.trim().toUpperCase().replace('-', '/');
  const code = FORM_CODES.find((c) => c === wanted);
  if (code === undefined) {
    throw fieldInvalid('code', 'isIn', statisticsFormsVi.codeUnknown);
  }
  return code;
}

/** json (default), xlsx or pdf; anything else is a 400 naming `format`. */
export function parseFormFormat(raw: string | undefined): FormFormat {
  const format = (raw ?? 'json').trim().toLowerCase();
  const known = FORM_FORMATS.find((f) => f === format);
  if (known === undefined) {
    throw fieldInvalid('format', 'isIn', statisticsFormsVi.formatInvalid);
  }
  return known;
}

/** 'bieu-01-TCD-2017.xlsx' (the period's code, or its dates for a custom range). */
export function formFileName(code: FormCode, periodCode: string, format: FormFormat): string {
  const safePeriod = periodCode.replace(/[^0-9A-Za-z-]/g, '-');
  return `bieu-${code.replace('/', '-')}-${safePeriod}.${format}`;
}
