import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';

import { CaseEntity } from './case.entity';
import type { CaseField, ContentType } from './domain/case-enums';

export interface NewCase {
  agencyId: string;
  code: string;
  openedOn: string;
  contentType: ContentType;
  field: CaseField;
  summary: string;
  respondent: string | null;
  isConfidential: boolean;
  createdBy: string;
}

export interface CaseCandidateRow {
  id: string;
  code: string;
  openedOn: string;
  contentType: ContentType;
  field: CaseField;
  summary: string;
  respondent: string | null;
  isConfidential: boolean;
  sharedPersons: number;
  isSameContentType: boolean;
}

export interface CandidateFilter {
  agencyId: string;
  personIds: readonly string[];
  contentType: ContentType | null;
  limit: number;
}

// Same person(s) first, the same content type before others, then the most recent.
// (The petitions issue adds summary similarity with unaccent / pg_trgm.)
const CANDIDATES_SQL = `
  SELECT c.id, c.code, c.opened_on::text AS "openedOn", c.content_type AS "contentType",
         c.field, c.summary, c.respondent, c.is_confidential AS "isConfidential",
         count(*)::int AS "sharedPersons",
         (c.content_type = $3) IS TRUE AS "isSameContentType"
    FROM case_person cp
    JOIN "case" c ON c.id = cp.case_id
   WHERE cp.person_id = ANY($2::uuid[]) AND c.agency_id = $1
   GROUP BY c.id
   ORDER BY "isSameContentType" DESC, "sharedPersons" DESC, c.opened_on DESC, c.id DESC
   LIMIT $4`;

/** Every column of CaseEntity, under its property name (dates as 'YYYY-MM-DD', as TypeORM reads them). */
const INSERT_CASE_SQL = `
  WITH c AS (
    INSERT INTO "case" (id, agency_id, code, opened_on, content_type, field, summary, respondent,
                        is_confidential, created_by)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
    RETURNING id, agency_id AS "agencyId", code, opened_on::text AS "openedOn",
              content_type AS "contentType", field, summary, respondent,
              is_confidential AS "isConfidential", merged_into_id AS "mergedIntoId",
              merged_at AS "mergedAt", created_by AS "createdBy", version,
              created_at AS "createdAt", updated_at AS "updatedAt"),
  persons AS (
    INSERT INTO case_person (case_id, person_id)
    SELECT c.id, unnest($11::uuid[]) FROM c ON CONFLICT DO NOTHING)
  SELECT * FROM c`;

/** Every query on `case` and `case_person`. */
@Injectable()
export class CasesRepository {
  constructor(@InjectRepository(CaseEntity) private readonly repo: Repository<CaseEntity>) {}

  /** The case and its persons, in one statement that returns the stored row (no read-back). */
  async insert(
    manager: EntityManager,
    values: NewCase,
    personIds: readonly string[],
  ): Promise<CaseEntity> {
    const rows = await manager.query<CaseEntity[]>(INSERT_CASE_SQL, [
      randomUUID(),
      values.agencyId,
      values.code,
      values.openedOn,
      values.contentType,
      values.field,
      values.summary,
      values.respondent,
      values.isConfidential,
      values.createdBy,
      [...new Set(personIds)],
    ]);
    return Object.assign(new CaseEntity(), rows[0]);
  }

  findById(id: string, manager?: EntityManager): Promise<CaseEntity | null> {
    return (manager ?? this.repo.manager).findOneBy(CaseEntity, { id });
  }

  /**
   * Locks the case row until the transaction ends (serialises visits of one case), FOR NO KEY
   * UPDATE: a petition registered to the case meanwhile takes the foreign key's KEY SHARE lock
   * after its book number, and FOR UPDATE would make that wait a deadlock with a visit holding
   * the case and waiting for the same book.
   */
  lockById(manager: EntityManager, id: string): Promise<CaseEntity | null> {
    return manager
      .createQueryBuilder(CaseEntity, 'c')
      .setLock('for_no_key_update')
      .where('c.id = :id', { id })
      .getOne();
  }

  async addPersons(manager: EntityManager, caseId: string, personIds: readonly string[]) {
    if (personIds.length === 0) return;
    await manager.query(
      `INSERT INTO case_person (case_id, person_id)
       SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [caseId, [...new Set(personIds)]],
    );
  }

  findCandidates(manager: EntityManager, filter: CandidateFilter): Promise<CaseCandidateRow[]> {
    return manager.query<CaseCandidateRow[]>(CANDIDATES_SQL, [
      filter.agencyId,
      [...new Set(filter.personIds)],
      filter.contentType,
      filter.limit,
    ]);
  }
}
