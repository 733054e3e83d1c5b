import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';

import { Clock } from '../common/time/clock';
import { updateWithVersion } from '../database/optimistic-update';
import { petitionErrors } from './domain/petition-errors';
import { PetitionEntity } from './petition.entity';

export type NewPetition = Omit<
  PetitionEntity,
  'id' | 'status' | 'version' | 'createdAt' | 'updatedAt'
>;

/**
 * One history row (petition_event). `data` holds ids, codes and dates only. Its time is the
 * application's `Clock`, as the step's audit row and the resolution events (never the database's
 * `now()`: the case timeline, the audit trail and the resolution timeline agree).
 */
export interface NewPetitionEvent {
  petitionId: string;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  actorId: string | null;
  legalBasis: string | null;
  data: Record<string, unknown>;
}

/**
 * Writes and row reads of `petition`, `petition_signatory`, `petition_event` and
 * `petition_step_body`.
 */
@Injectable()
export class PetitionsRepository {
  constructor(
    @InjectRepository(PetitionEntity) private readonly repo: Repository<PetitionEntity>,
    private readonly clock: Clock,
  ) {}

  /** The row, created at the application's `Clock` (as its first history row and audit row). */
  async insert(manager: EntityManager, values: NewPetition): Promise<PetitionEntity> {
    const result = await manager.insert(PetitionEntity, { ...values, createdAt: this.clock.now() });
    const id = (result.identifiers[0] as { id: string }).id;
    return manager.findOneByOrFail(PetitionEntity, { id });
  }

  findById(id: string, manager?: EntityManager): Promise<PetitionEntity | null> {
    return (manager ?? this.repo.manager).findOneBy(PetitionEntity, { id });
  }

  /** The row, locked until the transaction ends (handling actions run one at a time). */
  lockById(manager: EntityManager, id: string): Promise<PetitionEntity | null> {
    return manager
      .createQueryBuilder(PetitionEntity, 'p')
      .setLock('pessimistic_write')
      .where('p.id = :id', { id })
      .getOne();
  }

  /** `UPDATE … WHERE id AND version` (optimistic locking); 409 STALE_VERSION when it moved on. */
  async update(
    manager: EntityManager,
    petition: { id: string; version: number },
    set: Readonly<Record<string, unknown>>,
  ): Promise<void> {
    await updateWithVersion(manager, {
      table: 'petition',
      id: petition.id,
      version: petition.version,
      set,
      notFound: petitionErrors.notFound,
    });
  }

  async insertSignatories(
    manager: EntityManager,
    petitionId: string,
    personIds: readonly string[],
  ): Promise<void> {
    if (personIds.length === 0) return;
    await manager.query(
      `INSERT INTO petition_signatory (petition_id, position, person_id)
       SELECT $1, t.ord - 1, t.person_id FROM unnest($2::uuid[]) WITH ORDINALITY AS t(person_id, ord)`,
      [petitionId, personIds],
    );
  }

  /** Writes the history row; returns its id. */
  async insertEvent(manager: EntityManager, e: NewPetitionEvent): Promise<string> {
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO petition_event
         (petition_id, action, from_status, to_status, actor_id, legal_basis, data, occurred_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        e.petitionId,
        e.action,
        e.fromStatus,
        e.toStatus,
        e.actorId,
        e.legalBasis,
        e.data,
        this.clock.now(),
      ],
    );
    return rows[0]!.id;
  }

  /**
   * The competent body a step names and the note typed on it, beside its history row
   * (petition_step_body): typed text, never in the history or audit row's data.
   */
  async insertStepText(
    manager: EntityManager,
    b: { eventId: string; petitionId: string; body: string | null; note: string | null },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO petition_step_body (event_id, petition_id, body, note) VALUES ($1, $2, $3, $4)`,
      [b.eventId, b.petitionId, b.body, b.note],
    );
  }

  /** The latest history row of `action` on this petition (e.g. its D11 extension), or null. */
  async lastEvent(
    manager: EntityManager,
    petitionId: string,
    action: string,
  ): Promise<{ actorId: string | null; occurredAt: Date; data: Record<string, unknown> } | null> {
    const rows = await manager.query<
      { actorId: string | null; occurredAt: Date; data: Record<string, unknown> }[]
    >(
      `SELECT actor_id AS "actorId", occurred_at AS "occurredAt", data FROM petition_event
        WHERE petition_id = $1 AND action = $2 ORDER BY occurred_at DESC, seq DESC LIMIT 1`,
      [petitionId, action],
    );
    return rows[0] ?? null;
  }

  /**
   * Has this content of the case (or of a case merged into it) been guided already — by another
   * petition, or at the reception desk (a visit of the same content type with outcome guided)?
   * TT 05/2021: a matter is guided once; later copies are filed.
   */
  async wasGuided(manager: EntityManager, caseId: string, type: string): Promise<boolean> {
    const rows = await manager.query<{ found: boolean }[]>(
      `WITH family AS (SELECT c.id FROM "case" c WHERE c.id = $1 OR c.merged_into_id = $1)
       SELECT EXISTS (
         SELECT 1 FROM petition p
          WHERE p.case_id IN (SELECT id FROM family) AND p.type = $2 AND p.outcome = 'guide'
       ) OR EXISTS (
         SELECT 1 FROM reception_visit v
          WHERE v.case_id IN (SELECT id FROM family) AND v.content_type = $2
            AND v.outcome = 'guided'
       ) AS found`,
      [caseId, type],
    );
    return rows[0]?.found === true;
  }

  /** An active petition handler of this agency. */
  async isHandlerOf(manager: EntityManager, officerId: string, agencyId: string): Promise<boolean> {
    const rows = await manager.query<{ found: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM officer WHERE id = $1 AND agency_id = $2
                        AND NOT is_disabled AND 'petition_handler' = ANY(roles)) AS found`,
      [officerId, agencyId],
    );
    return rows[0]?.found === true;
  }

  /** The parts of a split petition, in order. */
  listParts(manager: EntityManager, parentId: string): Promise<PetitionEntity[]> {
    return manager.find(PetitionEntity, { where: { parentId }, order: { partNo: 'ASC' } });
  }

  /** Person ids of the signatories, in order. */
  async signatoryIds(manager: EntityManager, petitionId: string): Promise<string[]> {
    const rows = await manager.query<{ person_id: string }[]>(
      `SELECT person_id FROM petition_signatory WHERE petition_id = $1 ORDER BY position`,
      [petitionId],
    );
    return rows.map((r) => r.person_id);
  }
}
