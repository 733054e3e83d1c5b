import { parseSums } from './form-formula-text';
import { columnIdentities, orderComputed, parseChecks } from './form-identities';

/**
 * The official report forms (biểu số liệu) as data (DOMAIN §7.2, Product decision 8): their columns
 * live in `templates/forms/<code>.json`; this file holds the types and the validation a template must
 * pass before any figure is put in it, so a broken template fails at load, never in a report.
 */
export const FORM_CODES = [
  '01/TCD',
  '02/TCD',
  '01/XLD',
  '02/XLD',
  '03/XLD',
  '04/XLD',
  '01/KQGQ',
  '02/KQGQ',
  '03/KQGQ',
  '04/KQGQ',
] as const;
export type FormCode = (typeof FORM_CODES)[number];

/** '01/TCD' → '01-tcd.json'. */
export function formFileName(code: FormCode): string {
  return `${code.toLowerCase().replace('/', '-')}.json`;
}

export function isFormCode(value: unknown): value is FormCode {
  return typeof value === 'string' && (FORM_CODES as readonly string[]).includes(value);
}

/** count: integers; millionVnd: đồng as decimal strings, shown in Trđ; squareMetre: decimal strings. */
export const COLUMN_UNITS = ['count', 'millionVnd', 'squareMetre', 'text'] as const;
export type ColumnUnit = (typeof COLUMN_UNITS)[number];

export interface FormColumn {
  /** The column number printed in the form's "MS" row, 1…N. */
  readonly number: number;
  /** Machine key, camelCase, unique in the form. */
  readonly key: string;
  readonly header: string;
  /** Headers of the groups above this column, outermost first (merged cells in the form). */
  readonly parents: readonly string[];
  readonly unit: ColumnUnit;
  /** The statistic the column is filled from (e.g. `complaints.inCompetence`); null if computed. */
  readonly source: string | null;
  /** The formula as printed ("4 + 13 + 22", "3 + 5 + 7 = 9 + 11"); null for a raw column. */
  readonly formula: string | null;
  /** The columns whose sum is this column's value (the formula's first sum); null if raw. */
  readonly sumOf: readonly number[] | null;
}

/** One equality the form's figures must satisfy: Σ left = Σ right. */
export interface FormIdentity {
  /** '9 = 14 + 15 + 16 + 17'. */
  readonly text: string;
  readonly left: readonly number[];
  readonly right: readonly number[];
  /** `definition`: holds by construction after applyFormulas; `check`: holds if the data agree. */
  readonly kind: 'definition' | 'check';
}

export interface FormDefinition {
  readonly code: FormCode;
  readonly title: string;
  readonly columns: readonly FormColumn[];
  readonly identities: readonly FormIdentity[];
  /** Computed columns, each after every computed column it sums. */
  readonly evaluationOrder: readonly number[];
}

/** A template that fails validation; `problems` lists every fault found, not only the first. */
export class FormDefinitionError extends Error {
  constructor(
    readonly template: string,
    readonly problems: readonly string[],
  ) {
    super(`Form template ${template} is invalid:\n- ${problems.join('\n- ')}`);
    this.name = 'FormDefinitionError';
  }
}

const KEY_PATTERN = /^[a-z][A-Za-z0-9]*$/;
const SOURCE_PATTERN = /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/;
const FORM_PROPERTIES = new Set(['code', 'title', 'columns', 'checks']);
const COLUMN_PROPERTIES = new Set([
  'number',
  'key',
  'header',
  'parents',
  'unit',
  'source',
  'formula',
]);

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * Validates a parsed template: numbers 1…N in order; unique keys and sources; every column either
 * text (Ghi chú), sourced or computed; every formula over existing count columns; no cycles.
 */
export function parseFormDefinition(raw: unknown, template: string): FormDefinition {
  const problems: string[] = [];
  if (!isObject(raw) || !Array.isArray(raw.columns) || raw.columns.length === 0) {
    throw new FormDefinitionError(template, ['expected an object with a non-empty "columns" list']);
  }
  Object.keys(raw)
    .filter((k) => !k.startsWith('$') && !FORM_PROPERTIES.has(k))
    .forEach((k) => problems.push(`unknown property "${k}"`));
  if (!isFormCode(raw.code)) problems.push(`unknown form code ${JSON.stringify(raw.code)}`);
  if (!isText(raw.title)) problems.push('"title" must be a non-empty string');
  const columns = raw.columns.map((c, i) => parseColumn(c, i + 1, problems));
  checkUnique(columns, problems);
  const identities = [
    ...columns.flatMap((c) => columnIdentities(c, columns, problems)),
    ...parseChecks(raw.checks, columns, problems),
  ];
  const evaluationOrder = problems.length === 0 ? orderComputed(columns, problems) : [];
  if (problems.length > 0) {
    throw new FormDefinitionError(template, problems);
  }
  return {
    code: raw.code as FormCode,
    title: raw.title as string,
    columns,
    identities,
    evaluationOrder,
  };
}

function parseColumn(raw: unknown, expected: number, problems: string[]): FormColumn {
  const c: Raw = isObject(raw) ? raw : {};
  for (const problem of [...shapeProblems(c, expected), ...roleProblems(c), ...valueProblems(c)]) {
    problems.push(`column ${expected}: ${problem}`);
  }
  const text = (v: unknown): string => (typeof v === 'string' ? v : '');
  const formula = typeof c.formula === 'string' ? c.formula : null;
  return {
    number: expected,
    key: text(c.key),
    header: text(c.header),
    parents: Array.isArray(c.parents) ? c.parents.filter(isText) : [],
    unit: (c.unit ?? 'count') as ColumnUnit,
    source: typeof c.source === 'string' ? c.source : null,
    formula,
    sumOf: formula === null ? null : (parseSums(formula)?.[0] ?? null),
  };
}

function shapeProblems(c: Raw, expected: number): string[] {
  const out = Object.keys(c)
    .filter((k) => !k.startsWith('$') && !COLUMN_PROPERTIES.has(k))
    .map((k) => `unknown property "${k}"`);
  if (c.number !== expected) {
    out.push(`"number" must be ${expected} (columns are numbered 1…N in order)`);
  }
  if (typeof c.key !== 'string' || !KEY_PATTERN.test(c.key)) out.push('"key" must be camelCase');
  if (!isText(c.header)) out.push('"header" must be a non-empty string');
  const parents = c.parents ?? [];
  if (!Array.isArray(parents) || !parents.every(isText)) out.push('"parents" must list headers');
  const unit = c.unit ?? 'count';
  if (!(COLUMN_UNITS as readonly unknown[]).includes(unit)) {
    out.push(`unknown unit ${JSON.stringify(unit)}`);
  }
  return out;
}

/** A column is text (Ghi chú), or filled from a figure (`source`), or computed (`formula`). */
function roleProblems(c: Raw): string[] {
  const out: string[] = [];
  const source = c.source ?? null;
  const formula = c.formula ?? null;
  if ((c.unit ?? 'count') === 'text') {
    if (source !== null || formula !== null) {
      out.push('a text column (Ghi chú) has neither "source" nor "formula"');
    }
  } else if ((source === null) === (formula === null)) {
    out.push('needs exactly one of "source" (a raw figure) or "formula" (a computed column)');
  }
  return out;
}

function valueProblems(c: Raw): string[] {
  const out: string[] = [];
  const source = c.source ?? null;
  if (source !== null && (typeof source !== 'string' || !SOURCE_PATTERN.test(source))) {
    out.push('"source" must be a dotted figure name such as complaints.inCompetence');
  }
  if ((c.formula ?? null) !== null && typeof c.formula !== 'string') {
    out.push('"formula" must be a string');
  }
  return out;
}

function checkUnique(columns: readonly FormColumn[], problems: string[]): void {
  const seen = new Map<string, number>();
  for (const c of columns) {
    for (const [what, value] of [
      ['key', c.key],
      ['source', c.source],
    ] as const) {
      if (value === null) continue;
      const first = seen.get(`${what}:${value}`);
      if (first === undefined) {
        seen.set(`${what}:${value}`, c.number);
      } else {
        problems.push(`columns ${first} and ${c.number}: same ${what} ${value}`);
      }
    }
  }
}
