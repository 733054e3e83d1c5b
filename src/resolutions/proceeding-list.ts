import { fieldInvalid } from '../common/errors/common-errors';
import { isLocalDateString } from '../common/http/is-local-date.decorator';
import { decodeCursor, encodeCursor } from '../common/http/page';
import { messagesVi, validationMessageVi } from '../common/i18n/messages.vi';
import type { FigureKey } from '../statistics/domain/summary-shape';
import { figureCondition } from '../statistics/figures/figure-list-filter';

/**
 * The list of one proceeding table (GET /complaints, GET /denunciations): the viewer's agencies
 * (an investigator: only the proceedings assigned to them), newest receipt first, keyset on
 * (received_on, id). With a statistics figure, exactly the proceedings it counts over [from, to]
 * (figure-list-filter.ts); otherwise from/to bound the receipt day.
 */
export interface ProceedingListFilter {
  /** null = every agency. */
  agencyIds: readonly string[] | null;
  /** An investigator's id: only their assignments (lead or member); null = no such limit. */
  assignedTo: string | null;
  from?: string;
  to?: string;
  figure?: FigureKey;
  /** Equality filters: [column of `p`, value]; undefined values are ignored. */
  equal: readonly (readonly [string, unknown])[];
  cursor?: string;
  limit: number;
}

export interface ListQuery {
  readonly sql: string;
  readonly params: unknown[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The (received_on, id) after which the page starts; 400 naming `cursor` for a foreign one. */
function cursorKey(cursor: string | undefined): [string, string] | null {
  if (cursor === undefined) return null;
  const values = decodeCursor(cursor, 2);
  const [on, id] = values ?? [];
  if (!isLocalDateString(on) || typeof id !== 'string' || !UUID.test(id)) {
    const message = messagesVi.fieldMessage('cursor', validationMessageVi('matches', []));
    throw fieldInvalid('cursor', 'matches', message);
  }
  return [on, id];
}

/** The cursor of the page that follows `row`. */
export const proceedingCursor = (row: { receivedOn: string; id: string }): string =>
  encodeCursor([row.receivedOn, row.id]);

type Param = (value: unknown) => string;

/** The viewer's agencies and, for an investigator, their assignments. */
function scopeWhere(f: ProceedingListFilter, p: Param): string[] {
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

/** The figure's records, or the receipt days; then the equality filters. */
function filterWhere(f: ProceedingListFilter, p: Param): string[] {
  const where: string[] = [];
  if (f.figure) where.push(figureCondition('p', f.figure, f, p));
  else {
    if (f.from) where.push(`p.received_on >= ${p(f.from)}`);
    if (f.to) where.push(`p.received_on <= ${p(f.to)}`);
  }
  for (const [column, value] of f.equal) {
    if (value !== undefined) where.push(`${column} = ${p(value)}`);
  }
  return where;
}

/**
 * `select` (FROM <table> p …, no WHERE) with the filter's WHERE, order and limit (limit + 1 rows,
 * for toPage). Every value is a parameter; column names come from the caller's constants.
 */
export function proceedingListQuery(select: string, f: ProceedingListFilter): ListQuery {
  const after = cursorKey(f.cursor);
  const params: unknown[] = [];
  const p: Param = (value) => `$${params.push(value)}`;
  const where = [...scopeWhere(f, p), ...filterWhere(f, p)];
  if (after) where.push(`(p.received_on, p.id) < (${p(after[0])}::date, ${p(after[1])}::uuid)`);
  const sql = `${select}
    ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY p.received_on DESC, p.id DESC LIMIT ${p(f.limit + 1)}`;
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
