import { enforcementImportMessagesVi as m } from '../../common/i18n/enforcement-import-messages.vi';
import { formatLandArea, parseLandArea } from '../domain/land-area';
import { formatDong, parseDong } from '../domain/money';
import type { CellValue } from './import-table';

// Numbers as people type them in Vietnamese spreadsheets (templates/imports/…columns.json,
// "numberRules"). How an ambiguous separator is resolved:
// 1. both '.' and ',' present → the last one is the decimal separator, the other groups thousands;
// 2. one kind, several times → thousands separators ('1.234.567');
// 3. one kind, once → thousands separator if exactly 3 digits follow ('1.234' = 1234), otherwise
//    the decimal separator ('840,5' = 840.5). Money has no decimals (the đồng has no subunit) and
//    land at most 2, so a separator before exactly 3 digits can only be a thousands separator;
// 4. spaces (also no-break and narrow no-break) may group thousands: '1 234 567'.
// The result is the canonical text of src/enforcement/domain: '1234567' đồng, '840.5' m².

export interface CellProblem {
  code: string;
  message: string;
}

export type Parsed<T> =
  { value: T; problem?: undefined } | { value?: undefined; problem: CellProblem };

const fail = <T>(code: keyof typeof m.cell): Parsed<T> => {
  const message = m.cell[code];
  return { problem: { code, message: typeof message === 'string' ? message : code } };
};

interface Decimal {
  whole: string;
  fraction: string;
}

function grouped(whole: string, separator: string): string | null {
  const escaped = separator === '.' ? '\\.' : separator;
  const ok = new RegExp(`^\\d{1,3}(?:${escaped}\\d{3})+$`).test(whole);
  return ok ? whole.split(separator).join('') : null;
}

function splitDecimal(text: string, decimalSep: string | null, groupSep: string | null) {
  const at = decimalSep === null ? -1 : text.lastIndexOf(decimalSep);
  const wholeText = at < 0 ? text : text.slice(0, at);
  const fraction = at < 0 ? '' : text.slice(at + 1);
  if (at >= 0 && !/^\d+$/.test(fraction)) return null;
  if (groupSep === null || !wholeText.includes(groupSep)) {
    return /^\d+$/.test(wholeText) ? { whole: wholeText, fraction } : null;
  }
  const whole = grouped(wholeText, groupSep);
  return whole === null ? null : { whole, fraction };
}

function separators(text: string): [decimal: string | null, group: string | null] {
  const dots = text.split('.').length - 1;
  const commas = text.split(',').length - 1;
  if (dots > 0 && commas > 0) {
    return text.lastIndexOf('.') > text.lastIndexOf(',') ? ['.', ','] : [',', '.'];
  }
  const sep = dots > 0 ? '.' : commas > 0 ? ',' : null;
  if (sep === null) return [null, null];
  if (dots + commas > 1) return [null, sep]; // rule 2
  return /^\d{3}$/.test(text.slice(text.indexOf(sep) + 1)) ? [null, sep] : [sep, null]; // rule 3
}

/** A non-negative decimal typed with Vietnamese or English separators. */
export function parseTypedDecimal(raw: string): Parsed<Decimal> {
  let text = raw.trim();
  if (text.startsWith('-')) return fail('negative');
  if (!/^\d[\d.,\s\u00a0\u202f]*$/.test(text)) return fail('number');
  if (/[\s\u00a0\u202f]/.test(text)) {
    const spaced = text.replace(/[\s\u00a0\u202f]+/g, ' ');
    if (!/^\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/.test(spaced)) return fail('grouping');
    text = spaced.replace(/ /g, '');
  }
  const [decimalSep, groupSep] = separators(text);
  const parts = splitDecimal(text, decimalSep, groupSep);
  if (parts) return { value: parts };
  return fail(groupSep === null ? 'number' : 'grouping');
}

/** Excel stores doubles: read them as Excel shows them, with 15 significant digits. */
function numberText(n: number): Parsed<string> {
  if (!Number.isFinite(n)) return fail('number');
  if (n < 0) return fail('negative');
  const text = String(Number(n.toPrecision(15)));
  return /e/i.test(text) ? fail('unsafeNumber') : { value: text };
}

function decimalOf(cell: CellValue): Parsed<Decimal> {
  if (typeof cell === 'number') {
    const text = numberText(cell);
    if (text.problem) return text;
    const [whole = '0', fraction = ''] = text.value.split('.');
    return { value: { whole, fraction } };
  }
  return typeof cell === 'string' ? parseTypedDecimal(cell) : fail('number');
}

/** Whole đồng → '1234567'. A fraction must be zeros ('1.234.567,00'). */
export function parseImportMoney(cell: CellValue): Parsed<string> {
  if (typeof cell === 'number' && !Number.isSafeInteger(Math.round(cell))) {
    return fail('unsafeNumber');
  }
  const parsed = decimalOf(cell);
  if (parsed.problem) return parsed;
  if (/[1-9]/.test(parsed.value.fraction)) return fail('moneyFraction');
  const value = parseDong(parsed.value.whole.replace(/^0+(?=\d)/, ''));
  return value === null ? fail('number') : { value: formatDong(value) };
}

/** m² with at most 2 decimals → '840.5'. */
export function parseImportArea(cell: CellValue): Parsed<string> {
  const parsed = decimalOf(cell);
  if (parsed.problem) return parsed;
  const fraction = parsed.value.fraction.replace(/0+$/, '');
  if (fraction.length > 2) return fail('areaDecimals');
  const whole = parsed.value.whole.replace(/^0+(?=\d)/, '');
  const value = parseLandArea(fraction ? `${whole}.${fraction}` : whole);
  return value === null ? fail('number') : { value: formatLandArea(value) };
}

/** A count of persons, collectives or cases: a non-negative integer. */
export function parseImportCount(cell: CellValue): Parsed<number> {
  const text =
    typeof cell === 'number' ? String(cell) : typeof cell === 'string' ? cell.trim() : '';
  if (text.startsWith('-')) return fail('negative');
  if (!/^\d{1,7}$/.test(text)) return fail('count');
  return { value: Number(text) };
}
