import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { AccessRequestStatus } from './domain/access-request-status';
import type { PersonRecordType } from './domain/person-enums';
import { IdentityAccessRequestEntity } from './identity-access-request.entity';

export interface NewAccessRequest {
  personId: string;
  requesterId: string;
  reason: string;
  recordType: PersonRecordType | null;
  recordId: string | null;
  caseId: string | null;
  /** The agency of the record or case. */
  agencyId: string;
  requesterAgencyId: string;
}

/** A request locked for a decision, with the agency its requester belongs to now. */
export interface DecidableRequest {
  id: string;
  personId: string;
  requesterId: string;
  status: AccessRequestStatus;
  version: number;
  agencyId: string | null;
  requesterAgencyId: string | null;
  requesterAgencyNow: string;
}

export interface AccessRequestListFilter {
  /**
   * The viewer's scope: requests for a record or case of these agencies (older requests naming
   * none: about persons recorded in, or linked to, these agencies).
   */
  agencyIds: readonly string[] | null;
  status: AccessRequestStatus | null;
  /** Keyset: strictly older than (created_at as `::text`, id). */
  before: readonly [createdAt: string, id: string] | null;
  limit: number;
}

/** A request as lists and responses show it: with the person's pseudonym, never the identity. */
export interface AccessRequestView {
  id: string;
  personId: string;
  pseudonym: string;
  requesterId: string;
  reason: string;
  recordType: PersonRecordType | null;
  recordId: string | null;
  caseId: string | null;
  agencyId: string | null;
  status: AccessRequestStatus;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  expiresAt: Date | null;
  createdAt: Date;
  version: number;
  /** created_at at full (microsecond) precision, for the keyset cursor. */
  cursorAt: string;
}

const SELECT_VIEW = `
  SELECT r.id, r.person_id AS "personId", p.pseudonym, r.requester_id AS "requesterId", r.reason,
         r.record_type AS "recordType", r.record_id AS "recordId", r.case_id AS "caseId",
         r.agency_id AS "agencyId", r.status, r.decided_by AS "decidedBy", r.decided_at AS "decidedAt",
         r.decision_note AS "decisionNote", r.expires_at AS "expiresAt",
         r.created_at AS "createdAt", r.version, r.created_at::text AS "cursorAt"
    FROM identity_access_request r JOIN person p ON p.id = r.person_id`;

/** Scope, status and keyset filters are parameters; each is skipped when its parameter is null. */
const LIST_SQL = `${SELECT_VIEW}
   WHERE ($1::uuid[] IS NULL OR r.agency_id = ANY($1::uuid[])
          OR (r.agency_id IS NULL AND (p.agency_id = ANY($1::uuid[]) OR EXISTS (
                SELECT 1 FROM person_record_link l
                 WHERE l.person_id = p.id AND l.agency_id = ANY($1::uuid[])))))
     AND ($2::varchar IS NULL OR r.status = $2::varchar)
     AND ($3::timestamptz IS NULL OR (r.created_at, r.id) < ($3::timestamptz, $4::uuid))
   ORDER BY r.created_at DESC, r.id DESC
   LIMIT $5`;

/** Every query on identity_access_request. */
@Injectable()
export class IdentityAccessRequestsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, values: NewAccessRequest): Promise<string> {
    const result = await manager.insert(IdentityAccessRequestEntity, values);
    return (result.identifiers[0] as { id: string }).id;
  }

  /**
   * The request, locked (FOR UPDATE) until the deciding transaction ends, so that its status and
   * version are checked on the row the decision is written to; with its requester's agency now.
   */
  async lockForDecision(manager: EntityManager, id: string): Promise<DecidableRequest | null> {
    const rows = await manager.query<DecidableRequest[]>(
      `SELECT r.id, r.person_id AS "personId", r.requester_id AS "requesterId", r.status,
              r.version, r.agency_id AS "agencyId", r.requester_agency_id AS "requesterAgencyId",
              o.agency_id AS "requesterAgencyNow"
         FROM identity_access_request r JOIN officer o ON o.id = r.requester_id
        WHERE r.id = $1
          FOR UPDATE OF r`,
      [id],
    );
    return rows[0] ?? null;
  }

  async findView(manager: EntityManager, id: string): Promise<AccessRequestView | null> {
    const rows = await manager.query<AccessRequestView[]>(`${SELECT_VIEW} WHERE r.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Newest first, filtered by the viewer's scope in SQL: one page plus one row. */
  list(filter: AccessRequestListFilter): Promise<AccessRequestView[]> {
    return this.dataSource.query<AccessRequestView[]>(LIST_SQL, [
      filter.agencyIds,
      filter.status,
      filter.before?.[0] ?? null,
      filter.before?.[1] ?? null,
      filter.limit + 1,
    ]);
  }
}
