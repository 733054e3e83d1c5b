import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { CaseField, ContentType } from '../cases/domain/case-enums';
import {
  type DateIdKey,
  type DateIdKeyset,
  decodeDateIdCursor,
  keysetAfter,
  keysetOrderLimit,
} from '../common/pagination/keyset';
import { Where } from '../common/pagination/sql-where';
import type { HandlingOutcome, PetitionSource, PetitionStatus } from './domain/petition-enums';
import { LATE_OUTCOME_SQL as LATE_OUTCOME } from './outcome-timeliness.sql';
import { PETITION_ROW_SELECT, type PetitionRow } from './petition-row.sql';
import { CURRENT_DUE_SQL as DUE, IN_WORKLIST_SQL as IN_WORKLIST } from './petition-worklist.sql';
import { figureCondition } from '../statistics/figures/figure-list-filter';
import type { FigureKey } from '../statistics/domain/summary-shape';
import type { ReplyRow } from './petition-replies.repository';

export interface PetitionListFilter {
  /** null = every agency. */
  agencyIds: readonly string[] | null;
  today: string;
  from?: string;
  to?: string;
  source?: PetitionSource;
  type?: ContentType;
  field?: CaseField;
  outcome?: HandlingOutcome;
  status?: PetitionStatus;
  overdue?: boolean;
  /** The outcome missed its legal period (D1; a denunciation's D11, or D12 when forwarded). */
  late?: boolean;
  officerId?: string;
  handlerId?: string;
  text?: string;
  /** A statistics figure: from/to are its period, not a received-date filter. */
  figure?: FigureKey;
  cursor?: string;
  limit: number;
}

export interface WorklistFilter {
  agencyIds: readonly string[] | null;
  today: string;
  /** Open petitions due on or before this day (and not before today, unless overdue). */
  dueBy?: string;
  overdue?: boolean;
  handlerId?: string;
  cursor?: string;
  limit: number;
}

/** The list: newest receipt first (ix_petition__agency_id__received_on__id and its kin). */
const BY_RECEIPT: DateIdKeyset = { on: 'p.received_on', id: 'p.id', order: 'DESC' };
/** The worklists: soonest current due date first (the due-date expression indexes, 1767225739000). */
const BY_DUE: DateIdKeyset = { on: DUE, id: 'p.id', order: 'ASC' };

/** LIKE pattern of the search text: its own % and _ are literal. */
const likeOf = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function scoped(w: Where, agencyIds: readonly string[] | null): void {
  if (agencyIds && agencyIds.length === 1) w.add((p) => `p.agency_id = ${p(agencyIds[0])}`);
  else if (agencyIds) w.add((p) => `p.agency_id = ANY(${p(agencyIds)}::uuid[])`);
}

/** Deadlines: overdue (still open) and late (done after its period). */
function timeWhere(w: Where, f: PetitionListFilter): void {
  // DESIGN §4: overdue is computed from the due date and today, never stored.
  if (f.overdue === true) w.add((p) => `${IN_WORKLIST} AND ${DUE} < ${p(f.today)}`);
  if (f.overdue === false) w.add((p) => `NOT (${IN_WORKLIST} AND ${DUE} < ${p(f.today)})`);
  // A step done after its period (domain/outcome-timeliness.ts): recorded, then found here.
  if (f.late === true) w.parts.push(LATE_OUTCOME);
  if (f.late === false) w.parts.push(`${LATE_OUTCOME} IS NOT TRUE`);
}

function listWhere(f: PetitionListFilter, after: DateIdKey | null): Where {
  const w = new Where();
  scoped(w, f.agencyIds);
  if (f.figure) w.add((p) => figureCondition('p', f.figure!, f, p));
  else {
    if (f.from) w.add((p) => `p.received_on >= ${p(f.from)}`);
    if (f.to) w.add((p) => `p.received_on <= ${p(f.to)}`);
  }
  const equal: [string, unknown][] = [
    ['p.source', f.source],
    ['p.type', f.type],
    ['p.field', f.field],
    ['p.outcome', f.outcome],
    ['p.status', f.status],
    ['p.created_by', f.officerId],
    ['p.handler_id', f.handlerId],
  ];
  for (const [column, value] of equal) {
    if (value !== undefined) w.add((p) => `${column} = ${p(value)}`);
  }
  timeWhere(w, f);
  if (f.text) w.add((p) => `search_text(p.summary) LIKE search_text(${p(likeOf(f.text!))})`);
  if (after) w.add((p) => keysetAfter(BY_RECEIPT, after, p));
  return w;
}

function worklistWhere(f: WorklistFilter, after: DateIdKey | null): Where {
  const w = new Where();
  scoped(w, f.agencyIds);
  w.parts.push(IN_WORKLIST);
  if (f.handlerId) w.add((p) => `p.handler_id = ${p(f.handlerId)}`);
  if (f.overdue === true) w.add((p) => `${DUE} < ${p(f.today)}`);
  if (f.dueBy) w.add((p) => `${DUE} BETWEEN ${p(f.today)} AND ${p(f.dueBy)}`);
  if (after) w.add((p) => keysetAfter(BY_DUE, after, p));
  return w;
}

/** Reads of petitions for lists, worklists and the detail view (one query per page). */
@Injectable()
export class PetitionListRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findRow(id: string, manager?: EntityManager): Promise<PetitionRow | null> {
    const rows = await (manager ?? this.dataSource.manager).query<PetitionRow[]>(
      `${PETITION_ROW_SELECT} WHERE p.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** One page (limit + 1 rows), newest first; 400 naming `cursor` for a foreign cursor. */
  list(f: PetitionListFilter): Promise<PetitionRow[]> {
    return this.page(listWhere(f, decodeDateIdCursor(f.cursor)), BY_RECEIPT, f.limit);
  }

  /**
   * Petitions in the worklists (open, or a denunciation awaiting acceptance under D11) by their
   * current due date, soonest first (keyset on that date, id).
   */
  worklist(f: WorklistFilter): Promise<PetitionRow[]> {
    return this.page(worklistWhere(f, decodeDateIdCursor(f.cursor)), BY_DUE, f.limit);
  }

  private page(w: Where, keyset: DateIdKeyset, limit: number): Promise<PetitionRow[]> {
    const tail = keysetOrderLimit(keyset, limit, w.param);
    return this.dataSource.query<PetitionRow[]>(
      `${PETITION_ROW_SELECT} ${w.toString()} ${tail}`,
      w.params,
    );
  }

  /** The parts of a split petition, in order (detail view). */
  parts(parentId: string): Promise<PetitionRow[]> {
    return this.dataSource.query<PetitionRow[]>(
      `${PETITION_ROW_SELECT} WHERE p.parent_id = $1 ORDER BY p.part_no`,
      [parentId],
    );
  }

  /** Replies received for the petition (forwarded), oldest first: the detail view's list. */
  replies(petitionId: string): Promise<ReplyRow[]> {
    return this.dataSource.query<ReplyRow[]>(
      `SELECT id, from_body AS "fromBody", reply_no AS "replyNo", reply_on::text AS "replyOn",
              summary, created_at AS "createdAt"
         FROM petition_reply WHERE petition_id = $1 ORDER BY reply_on, created_at`,
      [petitionId],
    );
  }
}
