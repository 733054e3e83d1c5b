import type { TestApp } from './test-app';

// The rows an officer's intake wrote, comparable between two copies of the same records.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Values that differ between two copies of the same record: ids, numbers, codes, pseudonyms. */
const VARYING = new Set([
  'id',
  'visit_no',
  'book_no',
  'code',
  'pseudonym',
  'visitNo',
  'bookNo',
  'caseId',
  'petitionId',
  'visitId',
  'signatoryPersonIds',
  'created_at',
  'updated_at',
  'occurred_at',
  'seq',
  'mac',
]);

/** A row or JSON value with what differs between copies replaced by a placeholder. */
function normal(value: unknown, officer: string): unknown {
  if (Array.isArray(value)) return value.map((v) => normal(v, officer));
  if (value instanceof Date) return '<time>';
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value).sort(([a], [b]) => a.localeCompare(b))) {
      out[k] = VARYING.has(k) ? '<varies>' : normal(v, officer);
    }
    return out;
  }
  if (value === officer) return '<officer>';
  if (typeof value === 'string' && UUID.test(value)) return '<uuid>';
  return value;
}

/** Every row the officer's records wrote, table by table, normalised and sorted. */
export async function writtenBy(t: TestApp, officer: string) {
  const q = (sql: string) => t.dataSource.query<Record<string, unknown>[]>(sql, [officer]);
  const tables = {
    person: await q(`SELECT p.kind, p.agency_id, p.created_by, i.key_version,
                            i.id_number_hash IS NOT NULL AS hashed
                       FROM person p JOIN person_identity i ON i.person_id = p.id
                      WHERE p.created_by = $1`),
    case: await q(`SELECT * FROM "case" WHERE created_by = $1`),
    casePerson: await q(`SELECT count(*)::int AS n FROM case_person cp
                           JOIN "case" c ON c.id = cp.case_id WHERE c.created_by = $1`),
    visit: await q(`SELECT * FROM reception_visit WHERE created_by = $1`),
    visitPerson: await q(`SELECT vp.position, vp.role FROM reception_visit_person vp
                            JOIN reception_visit v ON v.id = vp.visit_id WHERE v.created_by = $1`),
    petition: await q(`SELECT * FROM petition WHERE created_by = $1`),
    signatory: await q(`SELECT s.position FROM petition_signatory s
                          JOIN petition p ON p.id = s.petition_id WHERE p.created_by = $1`),
    event: await q(`SELECT action, from_status, to_status, actor_id, legal_basis, data
                      FROM petition_event WHERE actor_id = $1`),
    link: await q(`SELECT record_type, agency_id, officer_id, role, is_confidential,
                          case_id IS NOT NULL AS has_case
                     FROM person_record_link WHERE officer_id = $1`),
    audit: await q(`SELECT actor_id, action, entity_type, agency_id, data
                      FROM audit_event WHERE actor_id = $1 AND action <> 'auth.login'`),
  };
  const sorted = (rows: Record<string, unknown>[]) =>
    rows.map((r) => JSON.stringify(normal(r, officer))).sort();
  return Object.fromEntries(Object.entries(tables).map(([k, rows]) => [k, sorted(rows)]));
}
