import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { GrantFacts, PersonLinkFacts } from './domain/identity-access';
import type { PersonKind, PersonRecordType } from './domain/person-enums';
import type { SealedIdentity } from './identity-cipher';
import type {
  AccessFactsQuery,
  NewPersonRow,
  PersonAccessRow,
  PersonLinkRow,
  RecordLinkRow,
  RecordRef,
  SealedIdentityRow,
} from './person-rows';

interface AccessDbRow {
  id: string;
  kind: PersonKind;
  pseudonym: string;
  agency_id: string;
  created_by: string | null;
  links: PersonLinkFacts[];
  record_links: RecordLinkRow[];
  grants: (Omit<GrantFacts, 'expiresAt'> & { expiresAt: string })[];
}

/** A person is in a scope when recorded by, or linked to a record of, one of its agencies (SQL; `inScope('$n')`). */
const IN_SCOPE = `($SCOPE::uuid[] IS NULL OR p.agency_id = ANY($SCOPE::uuid[])
  OR EXISTS (SELECT 1 FROM person_record_link sl
              WHERE sl.person_id = p.id AND sl.agency_id = ANY($SCOPE::uuid[])))`;
export const inScope = (param: string) => IN_SCOPE.replaceAll('$SCOPE', param);

/**
 * ONE statement for any number of persons and records: each person with the distinct (agency,
 * officer, confidential) triples of all its links, its links to the records asked about (one
 * index probe per pair), and the viewer's unexpired approved requests for it.
 */
const ACCESS_FACTS_SQL = `
  WITH asked AS (
    SELECT DISTINCT t.person_id, t.record_type, t.record_id
      FROM unnest($3::uuid[], $4::varchar[], $5::uuid[]) AS t(person_id, record_type, record_id))
  SELECT p.id, p.kind, p.pseudonym, p.agency_id, p.created_by,
         COALESCE(l.links, '[]'::jsonb) AS links,
         COALESCE(r.record_links, '[]'::jsonb) AS record_links,
         COALESCE(g.grants, '[]'::jsonb) AS grants
    FROM person p
    LEFT JOIN LATERAL (
      SELECT jsonb_agg(DISTINCT jsonb_build_object('agencyId', agency_id,
               'officerId', officer_id, 'isConfidential', is_confidential)) AS links
        FROM person_record_link WHERE person_id = p.id) l ON true
    LEFT JOIN LATERAL (
      SELECT jsonb_agg(jsonb_build_object('recordType', k.record_type, 'recordId', k.record_id,
               'agencyId', k.agency_id, 'officerId', k.officer_id,
               'isConfidential', k.is_confidential, 'caseId', k.case_id)) AS record_links
        FROM asked a JOIN person_record_link k
          ON k.record_type = a.record_type AND k.record_id = a.record_id AND k.person_id = a.person_id
       WHERE a.person_id = p.id) r ON true
    LEFT JOIN LATERAL (
      SELECT jsonb_agg(jsonb_build_object('recordType', record_type, 'recordId', record_id,
               'caseId', case_id, 'agencyId', requester_agency_id,
               'expiresAt', expires_at)) AS grants
        FROM identity_access_request
       WHERE person_id = p.id AND requester_id = $2 AND status = 'approved'
         AND expires_at > $6) g ON true
   WHERE p.id = ANY($1::uuid[])`;

/** Every query on person, person_identity and person_record_link. */
@Injectable()
export class PersonsRepository {
  async nextPseudonymSerial(manager: EntityManager): Promise<string> {
    const rows = await manager.query<{ n: string }[]>(
      `SELECT nextval('person_pseudonym_seq')::text AS n`,
    );
    return rows[0]!.n;
  }

  /** The person and its sealed identity, in one statement. */
  async insertPerson(
    manager: EntityManager,
    row: NewPersonRow,
    identity: SealedIdentity,
  ): Promise<void> {
    await manager.query(
      `WITH p AS (
         INSERT INTO person (id, kind, pseudonym, agency_id, created_by)
         VALUES ($1, $2, $3, $4, $5) RETURNING id)
       INSERT INTO person_identity (person_id, identity_sealed, id_number_hash, key_version)
       SELECT p.id, $6, $7, $8 FROM p`,
      [
        row.id,
        row.kind,
        row.pseudonym,
        row.agencyId,
        row.createdBy,
        identity.identitySealed,
        identity.idNumberHash,
        identity.keyVersion,
      ],
    );
  }

  /**
   * Persons whose ID number has one of these blind indexes, oldest first, and — unless `scope` is
   * undefined — only those in that scope (null = every agency). No decryption.
   */
  findByIdNumberHashes(
    manager: EntityManager,
    hashes: readonly string[],
    options: { limit: number; scope?: readonly string[] | null },
  ): Promise<{ id: string; pseudonym: string; agencyId: string }[]> {
    const scoped = options.scope !== undefined;
    return manager.query(
      `SELECT p.id, p.pseudonym, p.agency_id AS "agencyId" FROM person_identity i JOIN person p ON p.id = i.person_id
        WHERE i.id_number_hash = ANY($1::char(64)[]) AND (NOT $3::boolean OR ${inScope('$4')})
        ORDER BY p.created_at, p.id LIMIT $2`,
      [hashes, options.limit, scoped, scoped ? options.scope : null],
    );
  }

  /** Of these persons, those in the scope (recorded by, or linked to, one of its agencies). */
  async inScope(
    manager: EntityManager,
    personIds: readonly string[],
    scope: readonly string[] | null,
  ): Promise<Set<string>> {
    if (personIds.length === 0) return new Set();
    const rows = await manager.query<{ id: string }[]>(
      `SELECT p.id FROM person p WHERE p.id = ANY($1::uuid[]) AND ${inScope('$2')}`,
      [personIds, scope],
    );
    return new Set(rows.map((r) => r.id));
  }

  async accessFacts(manager: EntityManager, q: AccessFactsQuery): Promise<PersonAccessRow[]> {
    if (q.personIds.length === 0) return [];
    const rows = await manager.query<AccessDbRow[]>(ACCESS_FACTS_SQL, [
      q.personIds,
      q.viewerId,
      q.records.map((r) => r.personId),
      q.records.map((r) => r.recordType),
      q.records.map((r) => r.recordId),
      q.now,
    ]);
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      pseudonym: r.pseudonym,
      agencyId: r.agency_id,
      createdBy: r.created_by,
      links: r.links,
      recordLinks: r.record_links,
      grants: r.grants.map((g) => ({ ...g, expiresAt: new Date(g.expiresAt) })),
    }));
  }

  /**
   * The agency of the person's link to this record, or of a link carrying this case, if one lies
   * in the scope (null = every agency); else null — missing and out of scope look the same.
   */
  async targetAgency(
    manager: EntityManager,
    personId: string,
    target: { record: RecordRef | null; caseId: string | null; scope: readonly string[] | null },
  ): Promise<string | null> {
    const rows = await manager.query<{ agency_id: string }[]>(
      `SELECT l.agency_id FROM person_record_link l
        WHERE l.person_id = $1
          AND (($2::varchar IS NOT NULL AND l.record_type = $2 AND l.record_id = $3::uuid)
               OR ($4::uuid IS NOT NULL AND l.case_id = $4::uuid))
          AND ($5::uuid[] IS NULL OR l.agency_id = ANY($5::uuid[]))
        ORDER BY l.created_at, l.id LIMIT 1`,
      [
        personId,
        target.record?.recordType ?? null,
        target.record?.recordId ?? null,
        target.caseId,
        target.scope,
      ],
    );
    return rows[0]?.agency_id ?? null;
  }

  /** The sealed identities of these persons (to be opened only for those the viewer may read). */
  async sealedIdentities(
    manager: EntityManager,
    personIds: readonly string[],
  ): Promise<SealedIdentityRow[]> {
    if (personIds.length === 0) return [];
    const rows = await manager.query<
      {
        person_id: string;
        identity_sealed: string;
        id_number_hash: string | null;
        key_version: number;
      }[]
    >(
      `SELECT person_id, identity_sealed, id_number_hash, key_version FROM person_identity
        WHERE person_id = ANY($1::uuid[])`,
      [personIds],
    );
    return rows.map((r) => ({
      personId: r.person_id,
      identitySealed: r.identity_sealed,
      idNumberHash: r.id_number_hash,
      keyVersion: r.key_version,
    }));
  }

  /** Idempotent: linking again updates the officer and the confidentiality of the link. */
  async upsertLink(manager: EntityManager, link: PersonLinkRow): Promise<void> {
    await manager.query(
      `INSERT INTO person_record_link
         (person_id, record_type, record_id, agency_id, officer_id, role, is_confidential, case_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (record_type, record_id, person_id, role) DO UPDATE
         SET agency_id = EXCLUDED.agency_id, officer_id = EXCLUDED.officer_id,
             is_confidential = EXCLUDED.is_confidential,
             case_id = COALESCE(EXCLUDED.case_id, person_record_link.case_id)`,
      [
        link.personId,
        link.recordType,
        link.recordId,
        link.agencyId,
        link.officerId,
        link.role,
        link.isConfidential,
        link.caseId,
      ],
    );
  }

  /** The persons linked to a record, with their role and pseudonym (no identity). */
  linksOf(
    manager: EntityManager,
    record: { recordType: PersonRecordType; recordId: string },
  ): Promise<{ personId: string; role: string; pseudonym: string }[]> {
    return manager.query(
      `SELECT l.person_id AS "personId", l.role, p.pseudonym
         FROM person_record_link l JOIN person p ON p.id = l.person_id
        WHERE l.record_type = $1 AND l.record_id = $2
        ORDER BY l.created_at, l.person_id`,
      [record.recordType, record.recordId],
    );
  }

  /** A record changed hands: its new officer now handles every person linked to it. */
  async setRecordOfficer(
    manager: EntityManager,
    record: { recordType: PersonRecordType; recordId: string; officerId: string | null },
  ): Promise<number> {
    const rows = await manager.query<{ id: string }[]>(
      `WITH changed AS (UPDATE person_record_link SET officer_id = $3
        WHERE record_type = $1 AND record_id = $2 RETURNING id) SELECT id FROM changed`,
      [record.recordType, record.recordId, record.officerId],
    );
    return rows.length;
  }
}
