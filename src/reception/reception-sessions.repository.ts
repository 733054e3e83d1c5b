import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';

import type { Page } from '../common/http/page';
import { decodeDateIdCursor, keysetPage } from '../common/pagination/keyset';
import { SessionStatus } from './domain/reception-session-status';
import { ReceptionSessionEntity } from './reception-session.entity';

export interface NewSession {
  agencyId: string;
  headName: string;
  headTitle: string;
  plannedOn: string;
  place: string;
  createdBy: string;
}

export interface SessionListFilter {
  agencyIds: string[] | null;
  from?: string;
  to?: string;
  status?: SessionStatus;
  limit: number;
  cursor?: string;
}

export interface SessionDayRow {
  status: SessionStatus;
  plannedOn: string;
  heldOn: string | null;
}

const PERIOD_SESSIONS_SQL = `
  SELECT status, planned_on::text AS "plannedOn", held_on::text AS "heldOn"
    FROM reception_session
   WHERE agency_id = $1
     AND (planned_on BETWEEN $2 AND $3 OR held_on BETWEEN $2 AND $3)`;

/** Every query on reception_session. */
@Injectable()
export class ReceptionSessionsRepository {
  constructor(
    @InjectRepository(ReceptionSessionEntity)
    private readonly repo: Repository<ReceptionSessionEntity>,
  ) {}

  async insert(manager: EntityManager, values: NewSession): Promise<ReceptionSessionEntity> {
    const result = await manager.insert(ReceptionSessionEntity, values);
    const id = (result.identifiers[0] as { id: string }).id;
    return manager.findOneByOrFail(ReceptionSessionEntity, { id });
  }

  findById(id: string, manager?: EntityManager): Promise<ReceptionSessionEntity | null> {
    return (manager ?? this.repo.manager).findOneBy(ReceptionSessionEntity, { id });
  }

  /** The session, locked until the caller's transaction ends (a state change is decided on it). */
  lockById(manager: EntityManager, id: string): Promise<ReceptionSessionEntity | null> {
    return manager.findOne(ReceptionSessionEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /**
   * Keyset pagination by (planned_on desc, id desc); scope filtered in SQL; 400 naming `cursor`
   * for a cursor this service did not make.
   */
  async list(f: SessionListFilter): Promise<Page<ReceptionSessionEntity>> {
    const after = decodeDateIdCursor(f.cursor);
    const qb = this.repo
      .createQueryBuilder('s')
      .orderBy('s.planned_on', 'DESC')
      .addOrderBy('s.id', 'DESC');
    if (f.agencyIds) qb.andWhere('s.agency_id = ANY(:agencyIds)', { agencyIds: f.agencyIds });
    if (f.from) qb.andWhere('s.planned_on >= :from', { from: f.from });
    if (f.to) qb.andWhere('s.planned_on <= :to', { to: f.to });
    if (f.status) qb.andWhere('s.status = :status', { status: f.status });
    if (after) qb.andWhere('(s.planned_on, s.id) < (:on, :id)', { on: after[0], id: after[1] });
    const rows = await qb.limit(f.limit + 1).getMany();
    return keysetPage(rows, f.limit, (s) => [s.plannedOn, s.id]);
  }

  /**
   * Session id → number of visits recorded in it, for a page of sessions in ONE grouped query
   * (ix_reception_visit__session_id); sessions without a visit are absent.
   */
  async visitCounts(
    sessionIds: readonly string[],
    manager?: EntityManager,
  ): Promise<Map<string, number>> {
    if (sessionIds.length === 0) return new Map();
    const rows = await (manager ?? this.repo.manager).query<{ id: string; n: string }[]>(
      `SELECT session_id AS id, count(*)::text AS n FROM reception_visit
        WHERE session_id = ANY($1::uuid[]) GROUP BY session_id`,
      [sessionIds],
    );
    return new Map(rows.map((r) => [r.id, Number(r.n)]));
  }

  /** Sessions of one agency planned or held within [from, to]. */
  inPeriod(agencyId: string, from: string, to: string): Promise<SessionDayRow[]> {
    return this.repo.manager.query<SessionDayRow[]>(PERIOD_SESSIONS_SQL, [agencyId, from, to]);
  }
}
