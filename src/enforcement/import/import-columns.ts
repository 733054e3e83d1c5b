import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { templatesDir } from '../../reports/pdf/asset-dir';

// The documented column list of the import (templates/imports/enforcement-decisions.columns.json).
// Headers, descriptions and accepted values are data; the keys and their types are fixed here,
// and loading fails on any mismatch, so an edit of the JSON cannot silently break the import.

export const COLUMN_TYPES = {
  ordinal: 'ignored',
  decisionNumber: 'text',
  issuedOn: 'date',
  legalEffectOn: 'date',
  issuerCode: 'text',
  decisionKind: 'enum',
  enforcementType: 'enum',
  amount: 'money',
  area: 'area',
  targets: 'count',
  officials: 'count',
  beneficiaries: 'count',
  description: 'text',
  responsibleBody: 'text',
  dueOn: 'date',
  done: 'flag',
  amountDone: 'money',
  areaDone: 'area',
  completedOn: 'date',
  prosecutedCases: 'count',
  prosecutedPersons: 'count',
  note: 'text',
} as const;

export type ColumnKey = keyof typeof COLUMN_TYPES;
export type ColumnType = (typeof COLUMN_TYPES)[ColumnKey];

export interface EnumValue {
  code: string;
  label: string;
  aliases: readonly string[];
}

export interface ImportColumn {
  key: ColumnKey;
  header: string;
  type: ColumnType;
  required: boolean;
  description: string;
  maxLength?: number;
  values?: readonly EnumValue[];
  trueValues?: readonly string[];
  falseValues?: readonly string[];
}

export interface ImportColumns {
  maxRows: number;
  columns: readonly ImportColumn[];
}

export const COLUMNS_FILE = join('imports', 'enforcement-decisions.columns.json');

function isColumnKey(key: unknown): key is ColumnKey {
  return typeof key === 'string' && Object.hasOwn(COLUMN_TYPES, key);
}

function listsValues(c: Partial<ImportColumn>): boolean {
  if (c.type === 'enum') return Array.isArray(c.values);
  if (c.type === 'flag') return Array.isArray(c.trueValues) && Array.isArray(c.falseValues);
  return true;
}

function checkColumn(raw: unknown): ImportColumn {
  const c = raw as Partial<ImportColumn>;
  if (!isColumnKey(c.key) || c.type !== COLUMN_TYPES[c.key]) {
    throw new Error(`${COLUMNS_FILE}: column ${JSON.stringify(c.key)} has the wrong key or type`);
  }
  const headed = typeof c.header === 'string' && c.header.trim() !== '';
  if (!headed || typeof c.required !== 'boolean' || !listsValues(c)) {
    throw new Error(`${COLUMNS_FILE}: column ${c.key} needs a header, "required" and its values`);
  }
  return c as ImportColumn;
}

/** Parses and checks the column list: every key exactly once, with the type the code expects. */
export function parseImportColumns(json: string): ImportColumns {
  const data = JSON.parse(json) as { columns?: unknown; file?: { maxRows?: unknown } };
  const columns = Array.isArray(data.columns) ? data.columns.map(checkColumn) : [];
  const keys = new Set(columns.map((c) => c.key));
  if (keys.size !== columns.length || keys.size !== Object.keys(COLUMN_TYPES).length) {
    throw new Error(`${COLUMNS_FILE}: every column key must appear exactly once`);
  }
  const maxRows = data.file?.maxRows;
  if (typeof maxRows !== 'number' || !Number.isInteger(maxRows) || maxRows < 1) {
    throw new Error(`${COLUMNS_FILE}: file.maxRows must be a positive integer`);
  }
  return { maxRows, columns };
}

let cached: ImportColumns | undefined;

/** The column list from templates/ (read once). */
export function loadImportColumns(): ImportColumns {
  cached ??= parseImportColumns(readFileSync(join(templatesDir(), COLUMNS_FILE), 'utf8'));
  return cached;
}

/** For matching headers and values: NFC, lower case, single spaces, 'm2' read as 'm²'. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\bm2\b/g, 'm²');
}
