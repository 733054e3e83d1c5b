import { randomUUID } from 'node:crypto';

import type { DataSource } from 'typeorm';

import type { AppConfig } from '../../src/config/app-config';
import { IdentityCipher } from '../../src/persons/identity-cipher';

/** City scale for P4 (DESIGN §10 asks 1M; 200k keeps `npm run bench` to minutes). */
export const SEED_PETITIONS = 200_000;
const PERSONS = 2_000;
const AGENCIES = 40;
const MARKER = 'bench-petitions';

const SUMMARIES = [
  'Khiếu nại quyết định thu hồi đất của Ủy ban nhân dân phường',
  'Tố cáo cán bộ địa chính nhận tiền khi cấp giấy chứng nhận quyền sử dụng đất',
  'Kiến nghị sửa chữa đường giao thông nông thôn bị hư hỏng',
  'Phản ánh tiếng ồn từ quán karaoke kéo dài đến nửa đêm',
  'Khiếu nại về mức bồi thường, hỗ trợ tái định cư',
  'Tố cáo hành vi xây dựng trái phép trên đất nông nghiệp',
  'Đề nghị xem xét lại chế độ chính sách người có công',
  'Phản ánh ô nhiễm môi trường từ cơ sở sản xuất',
];

/** Persons with sealed identities (the vault's own cipher), recorded by the bench officer. */
async function seedPersons(
  ds: DataSource,
  config: AppConfig,
  officer: { id: string; agencyId: string },
) {
  const cipher = new IdentityCipher(config);
  const cols: unknown[][] = [[], [], [], []];
  for (let i = 0; i < PERSONS; i++) {
    const id = randomUUID();
    const sealed = cipher.seal(id, {
      fullName: `Người gửi đơn đo hiệu năng ${i}`,
      idType: null,
      idNumber: null,
      idIssuedOn: null,
      idIssuedPlace: null,
      dateOfBirth: null,
      address: `Số ${i} phố Đo Hiệu Năng, Hà Nội`,
      phone: null,
      email: null,
    });
    [id, `CD-2016-P${i}`, sealed.identitySealed, sealed.keyVersion].forEach((v, c) =>
      cols[c]!.push(v),
    );
  }
  await ds.query(
    `WITH p AS (
       INSERT INTO person (id, kind, pseudonym, agency_id, created_by)
       SELECT id, 'citizen', ps, $5, $6 FROM unnest($1::uuid[], $2::text[]) AS t(id, ps) RETURNING id)
     INSERT INTO person_identity (person_id, identity_sealed, key_version)
     SELECT id, sealed, kv FROM unnest($1::uuid[], $3::text[], $4::int[]) AS t(id, sealed, kv)`,
    [...cols, officer.agencyId, officer.id],
  );
  return cols[0] as string[];
}

/**
 * Petitions over 10 years (4/1/2016 – 9/3/2026) in time order (research B.2: data generated out of time
 * order misleads the planner), 30 % at HN-TTTP, one case each, one signatory each, most handled.
 */
const PETITIONS_SQL = `
  WITH base AS MATERIALIZED (
    SELECT g AS i, date '2016-01-04' + (g::bigint * 3717 / $3::int)::int AS received_on,
           CASE WHEN g % 10 < 3 THEN ($1::uuid[])[1]
                ELSE ($1::uuid[])[2 + g % (array_length($1::uuid[], 1) - 1)] END AS agency_id,
           gen_random_uuid() AS id, gen_random_uuid() AS case_id,
           (ARRAY['complaint', 'denunciation', 'petition', 'feedback'])[1 + g % 4] AS type,
           (ARRAY['post', 'direct', 'forwarded_by_agency', 'press', 'online'])[1 + g % 5] AS source
      FROM generate_series(0, $3::int - 1) g),
  numbered AS (
    SELECT b.*, extract(year FROM b.received_on)::int AS book_year,
           row_number() OVER (PARTITION BY b.agency_id, extract(year FROM b.received_on) ORDER BY b.i)
             + COALESCE((SELECT rc.last_value FROM record_counter rc
                          WHERE rc.scope = 'petition' AND rc.agency_id = b.agency_id
                            AND rc.year = extract(year FROM b.received_on)), 0) AS book_no
      FROM base b),
  cases AS (
    INSERT INTO "case" (id, agency_id, code, opened_on, content_type, field, summary, created_by)
    SELECT case_id, agency_id, 'VV-P-' || i, received_on, type, 'other', '${MARKER} ' || i, $4 FROM numbered),
  petitions AS (
    INSERT INTO petition (id, agency_id, book_year, book_no, received_on, source, type, field, summary,
        signatory_kind, case_id, handling_due_on, handling_rule_key, handling_rule_version, due_on,
        status, outcome, handled_on, created_by, created_at)
    SELECT id, agency_id, book_year, book_no, received_on, source, type, 'other',
           ($5::text[])[1 + i % array_length($5::text[], 1)] || ' (' || i || ')', 'one', case_id,
           received_on + 14, 'D1', 2, received_on + 14,
           CASE WHEN received_on > date '2026-02-01' THEN 'received' WHEN i % 7 = 0 THEN 'filed' ELSE 'guided' END,
           CASE WHEN received_on > date '2026-02-01' THEN NULL WHEN i % 7 = 0 THEN 'file' ELSE 'guide' END,
           CASE WHEN received_on > date '2026-02-01' THEN NULL ELSE received_on + 7 END,
           $4, received_on::timestamptz
      FROM numbered)
  INSERT INTO petition_signatory (petition_id, position, person_id)
  SELECT id, 0, ($2::uuid[])[1 + i % array_length($2::uuid[], 1)] FROM numbered`;

/** Seeds once per database (returns false when already there), then VACUUM ANALYZE. */
export async function seedPetitions(
  ds: DataSource,
  config: AppConfig,
  officer: { id: string; agencyId: string },
): Promise<boolean> {
  const found = await ds.query<{ n: string }[]>(
    `SELECT count(*) AS n FROM "case" WHERE summary LIKE '${MARKER} %'`,
  );
  if (Number(found[0]?.n) > 0) return false;
  const others = await ds.query<{ id: string }[]>(
    `SELECT id FROM agency WHERE id <> $1 ORDER BY code LIMIT ${AGENCIES - 1}`,
    [officer.agencyId],
  );
  const persons = await seedPersons(ds, config, officer);
  const agencies = [officer.agencyId, ...others.map((a) => a.id)];
  // One session without the app's statement timeout: the 200,000-row insert and VACUUM are long.
  const session = ds.createQueryRunner();
  try {
    await session.query('SET statement_timeout = 0');
    await session.query(PETITIONS_SQL, [agencies, persons, SEED_PETITIONS, officer.id, SUMMARIES]);
    await session.query(
      `INSERT INTO record_counter (scope, agency_id, year, last_value)
       SELECT 'petition', agency_id, book_year, max(book_no) FROM petition GROUP BY agency_id, book_year
       ON CONFLICT (scope, agency_id, year)
       DO UPDATE SET last_value = GREATEST(record_counter.last_value, EXCLUDED.last_value)`,
    );
    await session.query('VACUUM ANALYZE');
    await session.query('RESET statement_timeout');
  } finally {
    await session.release();
  }
  return true;
}
