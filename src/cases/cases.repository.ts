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
  /** Who asks: decides which same-person matches on a secret part may be shown (see below). */
  viewer: CandidateViewer;
}

/** What the candidate search needs to know of the viewer (decided by the caller's identity rules). */
export interface CandidateViewer {
  /** The viewer's id when at the desk (only a desk officer's own records open an identity); else null. */
  deskOfficerId: string | null;
  /** A leader: reads the identities of the records of their agency. */
  isLeader: boolean;
}

/**
 * Surviving cases of the agency raised by the given persons (case_person): same content type
 * first, then the most given persons, then the most recent. A merged case is never proposed: a
 * person's link to it leads to the case it was merged into, followed along merged_into_id to the
 * end of the chain (a merge moves nothing, docs/petitions.md "Merge"; the merged case's records
 * count for the survivor as in src/petitions/case-matching.sql.ts). Luật Tố cáo 2018 Điều 8,
 * 9(1)(b), 47: a person's part in a case is secret when the case, or a merged case through which
 * the person is linked to it, is a denunciation or mixed one, or a record of theirs in it or in a
 * case merged into it is confidential; proposing that case for that person would tell the viewer
 * that they denounced. Such a match counts only for a leader ($6) or for the desk officer ($5) of
 * one of those confidential records in this agency — the rule of shownPersonMatches
 * (src/petitions/domain/case-match.ts, the same-person match of GET /petitions/case-candidates).
 * A case with no match the viewer may be shown is not proposed (persons are the only criterion
 * here), and sharedPersons counts the distinct shown persons of the surviving case.
 * $1 agency (the viewer's), $2 person ids, $3 content type, $4 limit, $5 viewer at the desk (or
 * null), $6 the viewer is a leader.
 */
const CANDIDATES_SQL = `
  WITH RECURSIVE member AS (
    SELECT cp.case_id, cp.person_id, c.is_confidential
      FROM case_person cp JOIN "case" c ON c.id = cp.case_id
     WHERE cp.person_id = ANY($2::uuid[]) AND c.agency_id = $1),
  -- The persons' confidential records: a visit's link names its case, a petition's link is found
  -- through the petition.
  secret_link AS (
    SELECT COALESCE(lp.case_id, l.case_id) AS case_id, l.person_id, l.officer_id, l.agency_id
      FROM person_record_link l
      LEFT JOIN petition lp ON l.record_type = 'petition' AND lp.id = l.record_id
     WHERE l.person_id = ANY($2::uuid[]) AND l.is_confidential),
  -- Each case reached, followed along merged_into_id (UNION: a cycle would end the walk).
  chain (start_id, at_id) AS (
    SELECT case_id, case_id FROM member
    UNION
    SELECT case_id, case_id FROM secret_link WHERE case_id IS NOT NULL
    UNION
    SELECT ch.start_id, c.merged_into_id
      FROM chain ch JOIN "case" c ON c.id = ch.at_id WHERE c.merged_into_id IS NOT NULL),
  survivor AS (
    SELECT ch.start_id, ch.at_id AS case_id
      FROM chain ch JOIN "case" c ON c.id = ch.at_id
     WHERE c.merged_into_id IS NULL AND c.agency_id = $1),
  -- One row per surviving case and person; secret when any link of the person on the way is.
  person_cases AS (
    SELECT s.case_id, m.person_id, bool_or(m.is_confidential) AS is_confidential
      FROM member m JOIN survivor s ON s.start_id = m.case_id
     GROUP BY s.case_id, m.person_id),
  secret_links AS (
    SELECT s.case_id, sl.person_id, sl.officer_id, sl.agency_id
      FROM secret_link sl JOIN survivor s ON s.start_id = sl.case_id),
  shown AS (
    SELECT pc.case_id, pc.person_id FROM person_cases pc JOIN "case" c ON c.id = pc.case_id
     WHERE $6::boolean
        OR NOT (c.is_confidential OR pc.is_confidential OR EXISTS (
                  SELECT 1 FROM secret_links sl
                   WHERE sl.case_id = pc.case_id AND sl.person_id = pc.person_id))
        OR EXISTS (
             SELECT 1 FROM secret_links sl
              WHERE sl.case_id = pc.case_id AND sl.person_id = pc.person_id
                AND sl.officer_id = $5::uuid AND sl.agency_id = $1))
  SELECT c.id, c.code, c.opened_on::text AS "openedOn", c.content_type AS "contentType",
         c.field, c.summary, c.respondent, c.is_confidential AS "isConfidential",
         count(*)::int AS "sharedPersons",
         (c.content_type = $3) IS TRUE AS "isSameContentType"
    FROM shown s
    JOIN "case" c ON c.id = s.case_id
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
      filter.viewer.deskOfficerId,
      filter.viewer.isLeader,
    ]);
  }
}
