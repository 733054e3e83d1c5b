import { enforcementImportMessagesVi as m } from '../../common/i18n/enforcement-import-messages.vi';
import { normalizeLabel } from './import-columns';
import type { HeaderMap } from './import-row';
import type { RowError, ValidRow } from './import-table';

// Re-imports and repeated rows (issue 8). A decision is identified by its issuer, its number and
// symbol and its issue year: registers are numbered per issuing body and restart each year (NĐ
// 30/2020 Điều 15), so the same number of the same body in the same year is the same decision.
// Within a file, one decision may have several rows (one per item), but the same item twice is a
// repeated row. A decision already tracked (imported before, or issued in the system) is refused:
// every row of it is named, and the import stays all-or-nothing.

/** The decision's natural key: issuer | number and symbol | issue year (case and spacing ignored). */
export function decisionKey(d: { issuerCode: string; number: string; issuedOn: string }): string {
  return [normalizeLabel(d.issuerCode), normalizeLabel(d.number), d.issuedOn.slice(0, 4)].join('|');
}

/** The same key for a decision already stored, found by its agency. */
export function storedDecisionKey(agencyId: string, numberSymbol: string, year: number): string {
  return [agencyId, normalizeLabel(numberSymbol), String(year)].join('|');
}

function itemKey(r: ValidRow): string {
  const { type, required, responsibleBody, dueOn } = r.item;
  const sorted = Object.entries(required).sort(([a], [b]) => a.localeCompare(b));
  const body = responsibleBody === null ? null : normalizeLabel(responsibleBody);
  return JSON.stringify([decisionKey(r.decision), type, sorted, body, dueOn]);
}

const numberHeader = (header: HeaderMap) =>
  header.columns.get('decisionNumber')?.header ?? 'decisionNumber';

/** Rows repeating an earlier row of the file: same decision and same item (type, amounts, body, due). */
export function repeatedRowErrors(rows: readonly ValidRow[], header: HeaderMap): RowError[] {
  const first = new Map<string, number>();
  const errors: RowError[] = [];
  for (const r of rows) {
    const key = itemKey(r);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, r.row);
    else {
      errors.push({
        row: r.row,
        field: numberHeader(header),
        code: 'duplicateRow',
        message: m.cell.duplicateRow(earlier),
      });
    }
  }
  return errors;
}

/**
 * Rows of decisions already tracked: `agencyOf` gives the issuer's agency id, `stored` the keys of
 * the agencies' tracked decisions (storedDecisionKey).
 */
export function alreadyTrackedErrors(
  rows: readonly ValidRow[],
  agencyOf: (issuerCode: string) => string | undefined,
  stored: ReadonlySet<string>,
  field: string,
): RowError[] {
  return rows.flatMap((r) => {
    const agencyId = agencyOf(r.decision.issuerCode);
    if (agencyId === undefined) return [];
    const year = Number(r.decision.issuedOn.slice(0, 4));
    const key = storedDecisionKey(agencyId, r.decision.number, year);
    if (!stored.has(key)) return [];
    return [{ row: r.row, field, code: 'alreadyTracked', message: m.cell.alreadyTracked }];
  });
}
