import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';

import { ResolutionEventEntity } from './resolution-event.entity';

export type NewResolutionEvent = Omit<ResolutionEventEntity, 'seq'>;

/** A timeline line: the event and the acting officer's name. */
export interface TimelineRow {
  seq: string;
  proceedingType: string;
  proceedingId: string;
  action: string;
  actorId: string | null;
  actorName: string | null;
  occurredAt: Date;
  actedOn: string;
  legalBasis: string;
  fromStatus: string | null;
  toStatus: string | null;
  data: Record<string, unknown>;
}

const TIMELINE_SQL = `
  SELECT e.seq::text AS seq, e.proceeding_type AS "proceedingType", e.proceeding_id AS "proceedingId",
         e.action, e.actor_id AS "actorId", o.full_name AS "actorName", e.occurred_at AS "occurredAt",
         e.acted_on::text AS "actedOn", e.legal_basis AS "legalBasis", e.from_status AS "fromStatus",
         e.to_status AS "toStatus", e.data
    FROM resolution_event e
    LEFT JOIN officer o ON o.id = e.actor_id
   WHERE e.case_id = $1 AND ($2::uuid[] IS NULL OR e.agency_id = ANY($2::uuid[]))
     AND ($3::uuid[] IS NULL OR e.proceeding_id = ANY($3))
   ORDER BY e.seq
   LIMIT 1000`;

/** Every query on resolution_event. */
@Injectable()
export class ResolutionEventsRepository {
  constructor(
    @InjectRepository(ResolutionEventEntity)
    private readonly repo: Repository<ResolutionEventEntity>,
  ) {}

  async insert(manager: EntityManager, row: NewResolutionEvent): Promise<void> {
    await manager.query(
      `INSERT INTO resolution_event (proceeding_type, proceeding_id, case_id, agency_id, action,
         actor_id, occurred_at, acted_on, legal_basis, from_status, to_status, data)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        row.proceedingType,
        row.proceedingId,
        row.caseId,
        row.agencyId,
        row.action,
        row.actorId,
        row.occurredAt,
        row.actedOn,
        row.legalBasis,
        row.fromStatus,
        row.toStatus,
        JSON.stringify(row.data),
      ],
    );
  }

  /** The events of a case in agencies of the scope (null = all), optionally of some proceedings. */
  timeline(
    caseId: string,
    agencyIds: string[] | null,
    proceedingIds: string[] | null,
  ): Promise<TimelineRow[]> {
    return this.repo.manager.query<TimelineRow[]>(TIMELINE_SQL, [caseId, agencyIds, proceedingIds]);
  }
}
