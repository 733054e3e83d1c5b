import {
  type DateIdKeyset,
  decodeDateIdCursor,
  keysetAfter,
  keysetOrderLimit,
  keysetPage,
  type SqlParam,
} from '../common/pagination/keyset';
import type { Page } from '../common/http/page';
import type { FigureKey } from '../statistics/domain/summary-shape';
import { figureCondition } from '../statistics/figures/figure-list-filter';

/**
 * The list of one proceeding table (GET /complaints, GET /denunciations): the viewer's agencies
 * (an investigator: only the proceedings assigned to them), newest receipt first, keyset on
 * (received_on, id) — the indexes of migration 1767225740000. With a statistics figure, exactly
 * the proceedings it counts over [from, to] (figure-list-filter.ts); otherwise from/to bound the
 * receipt day.
 */
export interface ProceedingListFilter {
  /** null = every agency. */
  agencyIds: readonly string[] | null;
  /** An investigator's id: only their assignments (lead or member); null = no such limit. */
  assignedTo: string | null;
  from?: string;
  to?: string;
  figure?: FigureKey;
  cursor?: string;
  limit: number;
}

/** What sets one kind of proceeding's list apart: its table, its own columns, its filters. */
export interface ProceedingListKind<F extends ProceedingListFilter> {
  readonly table: 'complaint_resolution' | 'denunciation_resolution';
  /** Columns of `p` only this kind shows, after the petition id (`p.round`). */
  readonly columns: readonly string[];
  /** Equality filters: [column of `p`, value]; undefined values are ignored. */
  equal(f: F): readonly (readonly [string, unknown])[];
}

/** The columns every proceeding list line selects, whatever its kind (no person). */
export interface ProceedingListRow<S extends string> extends ProceedingListEndRow {
  id: string;
  agencyId: string;
  caseId: string;
  caseCode: string;
  petitionId: string;
  status: S;
  receivedOn: string;
  acceptedOn: string | null;
  dueOn: string | null;
}

export interface ListQuery {
  readonly sql: string;
  readonly params: unknown[];
}

const BY_RECEIPT: DateIdKeyset = { on: 'p.received_on', id: 'p.id', order: 'DESC' };

/** The page of list lines (limit + 1 rows fetched), its cursor after the last line's receipt. */
export const proceedingListPage = <R extends { receivedOn: string; id: string }>(
  rows: R[],
  limit: number,
): Page<R> => keysetPage(rows, limit, (r) => [r.receivedOn, r.id]);

/** FROM the kind's table with the case (its code) and the decision issued; no WHERE. */
function listSelect<F extends ProceedingListFilter>(kind: ProceedingListKind<F>): string {
  return `
  SELECT p.id, p.agency_id AS "agencyId", p.case_id AS "caseId", k.code AS "caseCode",
         p.petition_id AS "petitionId", ${kind.columns.join(', ')}, p.status,
         p.received_on::text AS "receivedOn",
         p.accepted_on::text AS "acceptedOn", p.due_on::text AS "dueOn",
         p.termination_cause AS "terminationCause", p.terminated_on::text AS "terminatedOn",
         d.id AS "decisionId", d.kind AS "decisionKind", d.number_symbol AS "decisionNumberSymbol",
         d.issued_on::text AS "decisionIssuedOn"
    FROM ${kind.table} p
    JOIN "case" k ON k.id = p.case_id
    LEFT JOIN decision d ON d.id = p.decision_id`;
}

/** The viewer's agencies and, for an investigator, their assignments. */
function scopeWhere(f: ProceedingListFilter, p: SqlParam): string[] {
  const where: string[] = [];
  const ids = f.agencyIds;
  if (ids && ids.length === 1) where.push(`p.agency_id = ${p(ids[0])}`);
  else if (ids) where.push(`p.agency_id = ANY(${p(ids)}::uuid[])`);
  if (f.assignedTo !== null) {
    const me = p(f.assignedTo);
    where.push(`(p.verification_lead_id = ${me} OR ${me} = ANY(p.verification_member_ids))`);
  }
  return where;
}

/** The figure's records, or the receipt days; then the kind's equality filters. */
function filterWhere<F extends ProceedingListFilter>(
  kind: ProceedingListKind<F>,
  f: F,
  p: SqlParam,
): string[] {
  const where: string[] = [];
  if (f.figure) where.push(figureCondition('p', f.figure, f, p));
  else {
    if (f.from) where.push(`p.received_on >= ${p(f.from)}`);
    if (f.to) where.push(`p.received_on <= ${p(f.to)}`);
  }
  for (const [column, value] of kind.equal(f)) {
    if (value !== undefined) where.push(`${column} = ${p(value)}`);
  }
  return where;
}

/**
 * One page (limit + 1 rows) of the kind's list for the filter; 400 naming `cursor` for a cursor
 * this service did not make. Every value is a parameter; column names come from the kind.
 */
export function proceedingListQuery<F extends ProceedingListFilter>(
  kind: ProceedingListKind<F>,
  f: F,
): ListQuery {
  const after = decodeDateIdCursor(f.cursor);
  const params: unknown[] = [];
  const p: SqlParam = (value) => `$${params.push(value)}`;
  const where = [...scopeWhere(f, p), ...filterWhere(kind, f, p)];
  if (after) where.push(keysetAfter(BY_RECEIPT, after, p));
  const sql = `${listSelect(kind)}
    ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
    ${keysetOrderLimit(BY_RECEIPT, f.limit, p)}`;
  return { sql, params };
}

/** The end columns every proceeding list line selects: a termination, or the decision issued. */
export interface ProceedingListEndRow {
  terminationCause: string | null;
  terminatedOn: string | null;
  decisionId: string | null;
  decisionKind: string | null;
  decisionNumberSymbol: string | null;
  decisionIssuedOn: string | null;
}

/** A list line's `termination` and `decision` (null when the proceeding has none). */
export function proceedingListEnd(r: ProceedingListEndRow) {
  const termination =
    r.terminationCause === null || r.terminatedOn === null
      ? null
      : { cause: r.terminationCause, on: r.terminatedOn };
  const decision =
    r.decisionId === null
      ? null
      : {
          id: r.decisionId,
          kind: r.decisionKind!,
          numberSymbol: r.decisionNumberSymbol!,
          issuedOn: r.decisionIssuedOn!,
        };
  return { termination, decision };
}
