import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The petition figures of a period (01/XLD; figure-sources.ts) are counts of two events: a receipt
 * (received_on) and a handling (handled_on, with its eligibility, competence and outcome); the
 * carried-over petitions are the receipts before the period less the handlings before it. Over 10
 * years of a nation's data (DESIGN §10 P6) counting them row by row read 5M petitions per summary.
 *
 * `petition_month_count` holds those counts per agency and calendar month, so a summary reads the
 * months wholly inside the period (and, for the carry-over, before it) from here, and only the
 * partial months at its ends row by row (figures/petition-counts.sql.ts).
 *
 * - Kept by a trigger, whatever writes the petition: every change of a column the counts follow
 *   appends a delta row (−old, +new contribution), so writers never wait on a shared counter row.
 *   `compact_petition_month_count()` folds each (agency, month)'s rows into one (the
 *   PetitionCountCompactor calls it; a read gets the same sums before or after).
 * - A split petition counts through its parts, never itself (as in the row-by-row source).
 * - `handled_on >= received_on` is now a CHECK: a petition is handled on or after the day it was
 *   received (handling is recorded on the clock's day, receipt is never in the future), and the
 *   carry-over subtraction relies on it.
 */
const COUNTERS = [
  'received',
  'handled',
  'eligible',
  'in_competence',
  'guided',
  'forwarded',
  'urged',
  'filed',
];
const SUMS = COUNTERS.map((c) => `sum("${c}")::int`).join(', ');
const NON_ZERO = COUNTERS.map((c) => `sum("${c}") <> 0`).join(' OR ');

/** The rows one petition contributes, for OLD or NEW, times `sign`. */
function parts(row: 'OLD' | 'NEW', sign: '-1' | '1'): string {
  const r = (c: string) => `${row}.${c}`;
  const flag = (test: string) => `${sign} * (${test})::int`;
  return `SELECT ${r('agency_id')} AS agency_id, date_trunc('month', ${r('received_on')})::date AS month,
      ${sign} AS received, 0 AS handled, 0 AS eligible, 0 AS in_competence, 0 AS guided,
      0 AS forwarded, 0 AS urged, 0 AS filed
     WHERE ${r('status')} <> 'split'
    UNION ALL
    SELECT ${r('agency_id')}, date_trunc('month', ${r('handled_on')})::date, 0, ${sign},
      ${flag(`${r('is_eligible')} IS TRUE`)}, ${flag(`${r('is_in_competence')} IS TRUE`)},
      ${flag(`${r('outcome')} IS NOT DISTINCT FROM 'guide'`)},
      ${flag(`${r('outcome')} IS NOT DISTINCT FROM 'forward'`)},
      ${flag(`${r('outcome')} IS NOT DISTINCT FROM 'urge'`)},
      ${flag(`${r('outcome')} IS NOT DISTINCT FROM 'file'`)}
     WHERE ${r('status')} <> 'split' AND ${r('handled_on')} IS NOT NULL`;
}

const FOLLOWED = [
  'agency_id',
  'received_on',
  'handled_on',
  'is_eligible',
  'is_in_competence',
  'outcome',
];

const DELTA_FUNCTION = `CREATE FUNCTION petition_month_count_delta() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD.status = 'split') = (NEW.status = 'split')
     AND ${FOLLOWED.map((c) => `OLD.${c} IS NOT DISTINCT FROM NEW.${c}`).join('\n     AND ')} THEN
    RETURN NULL;
  END IF;
  INSERT INTO petition_month_count (agency_id, month, ${COUNTERS.join(', ')})
  SELECT agency_id, month, ${SUMS}
    FROM (${parts('OLD', '-1')}
    UNION ALL
    ${parts('NEW', '1')}) d
   WHERE agency_id IS NOT NULL
   GROUP BY agency_id, month
  HAVING ${NON_ZERO};
  RETURN NULL;
END $$`;

const COMPACT_FUNCTION = `CREATE FUNCTION compact_petition_month_count() RETURNS integer
  LANGUAGE sql AS $$
  WITH folded AS (
    DELETE FROM petition_month_count c
     USING (SELECT agency_id, month FROM petition_month_count
             GROUP BY agency_id, month HAVING count(*) > 1) g
     WHERE c.agency_id = g.agency_id AND c.month = g.month
    RETURNING c.*),
  sums AS (
    INSERT INTO petition_month_count (agency_id, month, ${COUNTERS.join(', ')})
    SELECT agency_id, month, ${SUMS} FROM folded GROUP BY agency_id, month
    HAVING ${NON_ZERO}
    RETURNING 1)
  SELECT count(*)::int FROM folded
$$`;

// Recounts every month from the petitions: the backfill, and a bulk load that paused the trigger
// (bench:data). Not while others write petitions (their deltas could be counted twice or lost).
const REBUILD_FUNCTION = `CREATE FUNCTION rebuild_petition_month_count() RETURNS void
  LANGUAGE sql AS $$
  DELETE FROM petition_month_count;
  INSERT INTO petition_month_count (agency_id, month, ${COUNTERS.join(', ')})
  SELECT agency_id, month, ${SUMS} FROM (
    SELECT agency_id, date_trunc('month', received_on)::date AS month, 1 AS received, 0 AS handled,
      0 AS eligible, 0 AS in_competence, 0 AS guided, 0 AS forwarded, 0 AS urged, 0 AS filed
      FROM petition WHERE status <> 'split'
    UNION ALL
    SELECT agency_id, date_trunc('month', handled_on)::date, 0, 1, (is_eligible IS TRUE)::int,
      (is_in_competence IS TRUE)::int, (outcome = 'guide')::int, (outcome = 'forward')::int,
      (outcome = 'urge')::int, (outcome = 'file')::int
      FROM petition WHERE status <> 'split' AND handled_on IS NOT NULL) d
  GROUP BY agency_id, month;
$$`;

export class CountPetitionsByMonth1767225850000 implements MigrationInterface {
  name = 'CountPetitionsByMonth1767225850000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "petition" ADD CONSTRAINT "ck_petition__handled_after_received"
         CHECK ("handled_on" >= "received_on")`,
    );
    await q.query(`CREATE TABLE "petition_month_count" (
      "agency_id" uuid NOT NULL,
      "month" date NOT NULL,
      ${COUNTERS.map((c) => `"${c}" integer NOT NULL`).join(',\n      ')},
      CONSTRAINT "ck_petition_month_count__month" CHECK ("month" = date_trunc('month', "month")))`);
    await q.query(
      `CREATE INDEX "ix_petition_month_count__agency_id__month"
         ON "petition_month_count" ("agency_id", "month")`,
    );
    await q.query(REBUILD_FUNCTION);
    await q.query(`SELECT rebuild_petition_month_count()`);
    await q.query(DELTA_FUNCTION);
    await q.query(COMPACT_FUNCTION);
    await q.query(
      `CREATE TRIGGER "tr_petition__month_count" AFTER INSERT OR UPDATE OR DELETE ON "petition"
         FOR EACH ROW EXECUTE FUNCTION petition_month_count_delta()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "tr_petition__month_count" ON "petition"`);
    await q.query(`DROP FUNCTION compact_petition_month_count()`);
    await q.query(`DROP FUNCTION rebuild_petition_month_count()`);
    await q.query(`DROP FUNCTION petition_month_count_delta()`);
    await q.query(`DROP TABLE "petition_month_count"`);
    await q.query(`ALTER TABLE "petition" DROP CONSTRAINT "ck_petition__handled_after_received"`);
  }
}
