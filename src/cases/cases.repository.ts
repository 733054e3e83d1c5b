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

/** Every query on `case` and `case_person`. */
@Injectable()
export class CasesRepository {
  constructor(@InjectRepository(CaseEntity) private readonly repo: Repository<CaseEntity>) {}

  async insert(manager: EntityManager, values: NewCase): Promise<CaseEntity> {
    const result = await manager.insert(CaseEntity, values);
    const id = (result.identifiers[0] as { id: string }).id;
    return manager.findOneByOrFail(CaseEntity, { id });
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
