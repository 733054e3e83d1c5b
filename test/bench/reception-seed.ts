import { randomUUID } from 'node:crypto';

import type { DataSource } from 'typeorm';

import type { AppConfig } from '../../src/config/app-config';
import { IdentityCipher } from '../../src/persons/identity-cipher';

/** The seeded volume: 20k visits, half of them at the bench officer's agency. */
export const SEED_VISITS = 20_000;
const AGENCIES = 10;
const BATCH = 2_000;
const MARKER = 'bench-reception';

interface SeedAgencies {
  own: string;
  all: string[];
}

async function agencies(ds: DataSource): Promise<SeedAgencies> {
  const own = await ds.query<{ id: string }[]>(`SELECT id FROM agency WHERE code = 'HN-TTTP'`);
  const communes = await ds.query<{ id: string }[]>(
    `SELECT id FROM agency WHERE level = 'commune' ORDER BY code LIMIT ${AGENCIES - 1}`,
  );
  const ownId = own[0]!.id;
  return { own: ownId, all: [ownId, ...communes.map((c) => c.id)] };
}

/** One seeded person's columns: id, pseudonym, agency, recorder, sealed identity, key version. */
function personRow(cipher: IdentityCipher, i: number, s: PersonSeed): unknown[] {
  const id = randomUUID();
  const sealed = cipher.seal(id, {
    fullName: `Công dân đo hiệu năng ${i}`,
    idType: null,
    idNumber: null,
    idIssuedOn: null,
    idIssuedPlace: null,
    dateOfBirth: null,
    address: `Số ${i} phố Đo Hiệu Năng, Hà Nội`,
    phone: null,
    email: null,
  });
  return [
    id,
    `CD-2025-B${i}`,
    s.agencyOf(i),
    s.officerId,
    sealed.identitySealed,
    sealed.keyVersion,
  ];
}

interface PersonSeed {
  officerId: string;
  agencyOf: (i: number) => string;
}

const PERSONS_SQL = `
  WITH p AS (
    INSERT INTO person (id, kind, pseudonym, agency_id, created_by)
    SELECT id, 'citizen', ps, ag, off
      FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[]) AS t(id, ps, ag, off)
    RETURNING id)
  INSERT INTO person_identity (person_id, identity_sealed, key_version)
  SELECT id, sealed, kv FROM unnest($1::uuid[], $5::text[], $6::int[]) AS t(id, sealed, kv)`;

/** Persons with sealed identities (the vault's own cipher), recorded by the bench officer. */
async function seedPersons(ds: DataSource, cipher: IdentityCipher, s: PersonSeed) {
  const ids: string[] = [];
  for (let from = 0; from < SEED_VISITS; from += BATCH) {
    const cols: unknown[][] = [[], [], [], [], [], []];
    for (let i = from; i < from + BATCH; i++) {
      const row = personRow(cipher, i, s);
      ids.push(row[0] as string);
      row.forEach((v, c) => cols[c]!.push(v));
    }
    await ds.query(PERSONS_SQL, cols);
  }
  return ids;
}

const VISITS_SQL = `
  WITH base AS (
    SELECT g AS i, ($2::uuid[])[g + 1] AS person_id,
           CASE WHEN g % 2 = 0 THEN ($1::uuid[])[1]
                ELSE ($1::uuid[])[2 + g % (array_length($1::uuid[], 1) - 1)] END AS agency_id,
           timestamptz '2024-01-02 01:00:00+00' + g * interval '57 minutes' AS received_at
      FROM generate_series(0, $3::int - 1) g),
  rows AS MATERIALIZED (
    SELECT b.*, gen_random_uuid() AS visit_id, gen_random_uuid() AS case_id,
           (b.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS visit_on,
           (ARRAY['complaint', 'denunciation', 'petition', 'feedback'])[1 + b.i % 4] AS content_type,
           (ARRAY['explained', 'resolved_on_spot', 'assigned_for_check'])[1 + b.i % 3] AS outcome,
           1 + b.i % 7 AS persons
      FROM base b),
  numbered AS (
    SELECT r.*, extract(year FROM r.visit_on)::int AS book_year,
           row_number() OVER (PARTITION BY r.agency_id, extract(year FROM r.visit_on) ORDER BY r.i) AS visit_no
      FROM rows r),
  cases AS (
    INSERT INTO "case" (id, agency_id, code, opened_on, content_type, field, summary, created_by)
    SELECT case_id, agency_id, 'VV-B-' || i, visit_on, content_type, 'admin_land_housing',
           '${MARKER} ' || i, $4 FROM numbered),
  visits AS (
    INSERT INTO reception_visit (id, agency_id, book_year, visit_no, received_at, visit_on,
        reception_kind, receiving_officer_id, persons_count, is_delegation, content_type, field,
        summary, outcome, case_id, is_first_time, created_by)
    SELECT visit_id, agency_id, book_year, visit_no, received_at, visit_on, 'regular', $4, persons,
           persons >= 5, content_type, 'admin_land_housing', 'Nội dung đo hiệu năng ' || i, outcome,
           case_id, true, $4 FROM numbered)
  INSERT INTO reception_visit_person (visit_id, position, person_id, role)
  SELECT visit_id, 0, person_id, 'visitor' FROM numbered`;

/**
 * 20k visits (one case and one person each) over 2024–2026 at 10 agencies, half at HN-TTTP,
 * seeded in SQL (not through the API), then VACUUM ANALYZE. Returns false when already seeded.
 */
export async function seedReception(ds: DataSource, config: AppConfig, officerId: string) {
  const found = await ds.query<{ n: string }[]>(
    `SELECT count(*) AS n FROM "case" WHERE summary LIKE '${MARKER} %'`,
  );
  if (Number(found[0]?.n) > 0) return false;
  const a = await agencies(ds);
  const agencyOf = (i: number) => (i % 2 === 0 ? a.own : a.all[1 + (i % (a.all.length - 1))]!);
  const persons = await seedPersons(ds, new IdentityCipher(config), { officerId, agencyOf });
  await ds.query(VISITS_SQL, [a.all, persons, SEED_VISITS, officerId]);
  await ds.query(
    `INSERT INTO record_counter (scope, agency_id, year, last_value)
     SELECT 'reception_visit', agency_id, book_year, max(visit_no) FROM reception_visit
      GROUP BY agency_id, book_year
     ON CONFLICT (scope, agency_id, year) DO UPDATE SET last_value = GREATEST(record_counter.last_value, EXCLUDED.last_value)`,
  );
  await ds.query('VACUUM ANALYZE');
  return true;
}
