import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';

import type { ContentType } from '../cases/domain/case-enums';
import {
  type DateIdKey,
  type DateIdKeyset,
  decodeDateIdCursor,
  keysetAfter,
  keysetOrderLimit,
} from '../common/pagination/keyset';
import { Where } from '../common/pagination/sql-where';
import type { ReceptionKind, VisitorRole, VisitOutcome } from './domain/reception-enums';
import { ReceptionVisitEntity } from './reception-visit.entity';
import { VISIT_ROW_SELECT, type VisitRow } from './visit-row.sql';
import type { FigureKey } from '../statistics/domain/summary-shape';
import { figureCondition } from '../statistics/figures/figure-list-filter';

export type NewVisit = Omit<
  ReceptionVisitEntity,
  'version' | 'createdAt' | 'updatedAt' | 'previousVisitOn'
>;

/** A document handed over at a visit, as stored (absent fields as null). */
export interface NewVisitDocument {
  title: string;
  pages: number | null;
  copies: number | null;
  original: boolean | null;
  note: string | null;
}

export interface VisitListFilter {
  /** null = every agency. */
  agencyIds: readonly string[] | null;
  from?: string;
  to?: string;
  receptionKind?: ReceptionKind;
  contentType?: ContentType;
  outcome?: VisitOutcome;
  isDelegation?: boolean;
  officerId?: string;
  /** The head's session (ix_reception_visit__session_id). */
  sessionId?: string;
  /** A statistics figure: from/to are its period, not a visit-date filter. */
  figure?: FigureKey;
  cursor?: string;
  limit: number;
}

/** Newest day first (ix_reception_visit__agency_id__visit_on__id and its kin). */
const BY_VISIT_DAY: DateIdKeyset = { on: 'v.visit_on', id: 'v.id', order: 'DESC' };

function listWhere(f: VisitListFilter, after: DateIdKey | null): Where {
  const w = new Where();
  const ids = f.agencyIds;
  if (ids && ids.length === 1) w.add((p) => `v.agency_id = ${p(ids[0])}`);
  else if (ids) w.add((p) => `v.agency_id = ANY(${p(ids)}::uuid[])`);
  if (f.figure) w.add((p) => figureCondition('v', f.figure!, f, p));
  else {
    if (f.from) w.add((p) => `v.visit_on >= ${p(f.from)}`);
    if (f.to) w.add((p) => `v.visit_on <= ${p(f.to)}`);
  }
  const equal: [string, unknown][] = [
    ['v.reception_kind', f.receptionKind],
    ['v.content_type', f.contentType],
    ['v.outcome', f.outcome],
    ['v.is_delegation', f.isDelegation],
    ['v.receiving_officer_id', f.officerId],
    ['v.session_id', f.sessionId],
  ];
  for (const [column, value] of equal) {
    if (value !== undefined) w.add((p) => `${column} = ${p(value)}`);
  }
  if (after) w.add((p) => keysetAfter(BY_VISIT_DAY, after, p));
  return w;
}

/** Every query on reception_visit, reception_visit_person and reception_visit_document. */
@Injectable()
export class VisitsRepository {
  constructor(
    @InjectRepository(ReceptionVisitEntity)
    private readonly repo: Repository<ReceptionVisitEntity>,
  ) {}

  async insert(manager: EntityManager, values: NewVisit): Promise<void> {
    await manager.insert(ReceptionVisitEntity, values);
  }

  async insertVisitors(
    manager: EntityManager,
    visitId: string,
    visitors: readonly { personId: string; role: VisitorRole }[],
  ): Promise<void> {
    await manager.query(
      `INSERT INTO reception_visit_person (visit_id, position, person_id, role)
       SELECT $1, t.ord - 1, t.person_id, t.role
         FROM unnest($2::uuid[], $3::varchar[]) WITH ORDINALITY AS t(person_id, role, ord)`,
      [visitId, visitors.map((v) => v.personId), visitors.map((v) => v.role)],
    );
  }

  /** The documents handed over, in the order given (position 0, 1, …). */
  async insertDocuments(
    manager: EntityManager,
    visitId: string,
    documents: readonly NewVisitDocument[],
  ): Promise<void> {
    if (documents.length === 0) return;
    await manager.query(
      `INSERT INTO reception_visit_document (visit_id, position, title, pages, copies, original, note)
       SELECT $1, t.ord - 1, t.title, t.pages, t.copies, t.original, t.note
         FROM unnest($2::varchar[], $3::integer[], $4::smallint[], $5::boolean[], $6::varchar[])
              WITH ORDINALITY AS t(title, pages, copies, original, note, ord)`,
      [
        visitId,
        documents.map((d) => d.title),
        documents.map((d) => d.pages),
        documents.map((d) => d.copies),
        documents.map((d) => d.original),
        documents.map((d) => d.note),
      ],
    );
  }

  /** Is there already a visit of this case at this agency (then the new one is a repeat)? */
  async hasVisitOfCase(manager: EntityManager, caseId: string, agencyId: string) {
    const rows = await manager.query<{ found: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM reception_visit WHERE case_id = $1 AND agency_id = $2) AS found`,
      [caseId, agencyId],
    );
    return rows[0]?.found === true;
  }

  async findRow(id: string, manager?: EntityManager): Promise<VisitRow | null> {
    const rows = await (manager ?? this.repo.manager).query<VisitRow[]>(
      `${VISIT_ROW_SELECT} WHERE v.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** One page (limit + 1 rows), newest first; 400 naming `cursor` for a foreign cursor. */
  list(f: VisitListFilter): Promise<VisitRow[]> {
    const w = listWhere(f, decodeDateIdCursor(f.cursor));
    const tail = keysetOrderLimit(BY_VISIT_DAY, f.limit, w.param);
    return this.repo.manager.query<VisitRow[]>(
      `${VISIT_ROW_SELECT} ${w.toString()} ${tail}`,
      w.params,
    );
  }

  /** The reception book of one agency for a period, in book order (year, STT). */
  book(agencyId: string, from: string, to: string, max: number): Promise<VisitRow[]> {
    return this.repo.manager.query<VisitRow[]>(
      `${VISIT_ROW_SELECT}
        WHERE v.agency_id = $1 AND v.visit_on BETWEEN $2 AND $3
        ORDER BY v.book_year, v.visit_no LIMIT $4`,
      [agencyId, from, to, max],
    );
  }
}
