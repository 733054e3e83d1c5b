import { enforcementImportMessagesVi as m } from '../../common/i18n/enforcement-import-messages.vi';
import { isValidLocalDate, type LocalDate, localDate } from '../../legal/domain/local-date';
import { type ImportColumn, normalizeLabel } from './import-columns';
import {
  type CellProblem,
  type Parsed,
  parseImportArea,
  parseImportCount,
  parseImportMoney,
} from './import-numbers';
import type { CellValue } from './import-table';

// Reading one cell by the type of its column. Dates are Vietnamese day-first (dd/mm/yyyy) or ISO
// (yyyy-mm-dd); a month-first US date is never guessed: 13/25/2024 is refused, and 03/05/2024 is
// 3 May. Texts are NFC-normalised so that diacritics typed in decomposed form compare equal.

const problem = (code: string, message: string): { problem: CellProblem } => ({
  problem: { code, message },
});

export function isBlank(cell: CellValue): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

export function parseImportText(cell: CellValue, maxLength = 2000): Parsed<string> {
  const text = typeof cell === 'number' ? String(cell) : typeof cell === 'string' ? cell : null;
  if (text === null) return problem('text', m.cell.text);
  const value = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return value.length > maxLength ? problem('tooLong', m.cell.tooLong(maxLength)) : { value };
}

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateFromParts(year: number, month: number, day: number): Parsed<LocalDate> {
  try {
    return { value: localDate(year, month, day) };
  } catch {
    return problem('dateInvalid', m.cell.dateInvalid);
  }
}

/** A cell of Excel's date type arrives as the day at UTC midnight; its time of day is ignored. */
export function parseImportDate(cell: CellValue): Parsed<LocalDate> {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return problem('dateInvalid', m.cell.dateInvalid);
    const iso = cell.toISOString().slice(0, 10);
    return isValidLocalDate(iso) ? { value: iso } : problem('dateInvalid', m.cell.dateInvalid);
  }
  const text = typeof cell === 'string' ? cell.trim() : '';
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return dateFromParts(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  const iso = ISO.exec(text);
  if (iso) return dateFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return problem('date', m.cell.date);
}

/** The code of the value whose code, label or alias matches (case and spacing ignored). */
export function parseImportEnum(cell: CellValue, column: ImportColumn): Parsed<string> {
  const values = column.values ?? [];
  const text = typeof cell === 'string' ? normalizeLabel(cell) : '';
  const found = values.find((v) =>
    [v.code, v.label, ...v.aliases].some((name) => normalizeLabel(name) === text),
  );
  if (found) return { value: found.code };
  return problem('enum', m.cell.enum(values.map((v) => v.label).join('; ')));
}

/** 'Có' / 'Không' and the other spellings the column lists; an Excel boolean too. */
export function parseImportFlag(cell: CellValue, column: ImportColumn): Parsed<boolean> {
  if (typeof cell === 'boolean') return { value: cell };
  const text = normalizeLabel(String(cell ?? ''));
  const matches = (list: readonly string[] = []) => list.some((v) => normalizeLabel(v) === text);
  if (matches(column.trueValues)) return { value: true };
  if (text === '' || matches(column.falseValues)) return { value: false };
  return problem('flag', m.cell.flag);
}

/** Reads a non-blank cell by its column's type; ignored columns read as null. */
export function parseCell(cell: CellValue, column: ImportColumn): Parsed<unknown> {
  switch (column.type) {
    case 'ignored':
      return { value: null };
    case 'text':
      return parseImportText(cell, column.maxLength);
    case 'date':
      return parseImportDate(cell);
    case 'enum':
      return parseImportEnum(cell, column);
    case 'flag':
      return parseImportFlag(cell, column);
    case 'money':
      return parseImportMoney(cell);
    case 'area':
      return parseImportArea(cell);
    case 'count':
      return parseImportCount(cell);
  }
}
