import type { FormColumn, FormIdentity } from './form-definition';
import { parseSums } from './form-formula-text';

// The formulas of a form template as identities (Σ left = Σ right) and the order in which the
// computed columns are filled; used by parseFormDefinition, which reports the problems.

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function termProblems(terms: readonly number[], columns: readonly FormColumn[]): string[] {
  const out: string[] = [];
  if (new Set(terms).size !== terms.length) out.push('repeats a column');
  for (const n of terms) {
    const target = columns[n - 1];
    if (target === undefined) out.push(`refers to column ${n}, which does not exist`);
    else if (target.unit !== 'count') out.push(`refers to column ${n}, which is not a count`);
  }
  return out;
}

export function columnIdentities(
  column: FormColumn,
  columns: readonly FormColumn[],
  problems: string[],
): FormIdentity[] {
  if (column.formula === null) return [];
  const where = `column ${column.number} formula "${column.formula}"`;
  const sums = parseSums(column.formula);
  if (sums === null) {
    problems.push(`${where}: write it as sums of column numbers, e.g. "4 + 13 + 22 = 9 + 11"`);
    return [];
  }
  if (column.unit !== 'count') problems.push(`${where}: only count columns are computed`);
  sums.forEach((terms) => {
    termProblems(terms, columns).forEach((p) => problems.push(`${where}: ${p}`));
    if (terms.includes(column.number)) problems.push(`${where}: refers to itself`);
  });
  return sums.map((right, i) => ({
    text: `${column.number} = ${right.join(' + ')}`,
    left: [column.number],
    right,
    kind: i === 0 ? 'definition' : 'check',
  }));
}

export function parseChecks(
  raw: unknown,
  columns: readonly FormColumn[],
  problems: string[],
): FormIdentity[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push('"checks" must be a list');
    return [];
  }
  return raw.flatMap((check: unknown, i): FormIdentity[] => {
    const text = isObject(check) ? check.formula : undefined;
    const sums = typeof text === 'string' ? parseSums(text) : null;
    if (sums === null || sums.length < 2) {
      problems.push(`check ${i + 1}: needs a "formula" such as "7 + 8 = 24 + 26 + 28"`);
      return [];
    }
    sums.forEach((terms) =>
      termProblems(terms, columns).forEach((p) => problems.push(`check ${i + 1}: ${p}`)),
    );
    const [left = [], ...rights] = sums;
    return rights.map((right) => ({
      text: `${left.join(' + ')} = ${right.join(' + ')}`,
      left,
      right,
      kind: 'check' as const,
    }));
  });
}

/** Topological order of the computed columns (depth-first); a cycle is a problem naming it. */
export function orderComputed(columns: readonly FormColumn[], problems: string[]): number[] {
  const order: number[] = [];
  const state = new Map<number, 'visiting' | 'done'>();
  const visit = (n: number, path: number[]): void => {
    const sumOf = columns[n - 1]?.sumOf;
    if (!sumOf || state.get(n) === 'done') return;
    if (state.get(n) === 'visiting') {
      problems.push(`formulas form a cycle: ${[...path.slice(path.indexOf(n)), n].join(' → ')}`);
      return;
    }
    state.set(n, 'visiting');
    sumOf.forEach((term) => visit(term, [...path, n]));
    state.set(n, 'done');
    order.push(n);
  };
  columns.forEach((c) => visit(c.number, []));
  return order;
}
