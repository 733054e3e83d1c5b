import type { FigureKey } from '../domain/summary-shape';

/**
 * The petition figures of a summary from the month counts (migration CountPetitionsByMonth): the
 * same values as COUNT … FILTER over the row-by-row `petitions` source (figure-sources.ts), which
 * the drill-down lists keep using, read in far fewer rows. Each figure is a count of receipts or of
 * handlings dated in the period, or, for the carry-over, receipts before the period less handlings
 * before it (handled_on >= received_on is a CHECK, so a petition handled before the period was
 * received before it):
 *
 * - the calendar months wholly inside the period, and for the carry-over every month before the
 *   period's first month, from `petition_month_count`;
 * - the days of the period's partial months, and for the carry-over the days of its first month
 *   before `from`, row by row (index-only: the petition indexes on (agency_id, received_on) and
 *   (agency_id, handled_on) include what is counted).
 *
 * Each branch outputs (agency_id, carried, received, handled, eligible, in_competence, guided,
 * forwarded, urged, filed); the statement sums them (figure-sql.ts summarySql).
 */

// Month bounds of the period: full months are [FULL_FROM, FULL_TO); the period's other days are
// [from, LEAST(FULL_FROM, to + 1)) and [GREATEST(FULL_TO, FULL_FROM), to] — disjoint and, with
// the full months, exactly [from, to], even when the period lies within one month.
const FIRST_MONTH = `date_trunc('month', :from)::date`;
const FULL_FROM = `(CASE WHEN :from = ${FIRST_MONTH} THEN :from
  ELSE (${FIRST_MONTH} + interval '1 month')::date END)`;
const FULL_TO = `date_trunc('month', :to + 1)::date`;

const ZERO_HANDLING =
  '0 AS handled, 0 AS eligible, 0 AS in_competence, 0 AS guided, 0 AS forwarded, 0 AS urged, 0 AS filed';
const HANDLING = `1 AS handled, (p.is_eligible IS TRUE)::int AS eligible,
    (p.is_in_competence IS TRUE)::int AS in_competence, (p.outcome = 'guide')::int AS guided,
    (p.outcome = 'forward')::int AS forwarded, (p.outcome = 'urge')::int AS urged,
    (p.outcome = 'file')::int AS filed`;

/** Petitions (not split) of the scope whose `column` lies in [lo, hi). */
const rows = (column: string, lo: string, hi: string) => `FROM petition p
    WHERE p.agency_id = ANY($1) AND p.status <> 'split' AND p.${column} >= ${lo} AND p.${column} < ${hi}`;

const PARTIAL_DAYS = [
  [':from', `LEAST(${FULL_FROM}, :to + 1)`],
  [`GREATEST(${FULL_TO}, ${FULL_FROM})`, ':to + 1'],
] as const;

const BRANCHES = [
  // the full months
  `SELECT c.agency_id, 0 AS carried, c.received, c.handled, c.eligible, c.in_competence, c.guided,
    c.forwarded, c.urged, c.filed
    FROM petition_month_count c
   WHERE c.agency_id = ANY($1) AND c.month >= ${FULL_FROM} AND c.month < ${FULL_TO}`,
  // receipts and handlings on the days of the partial months
  ...PARTIAL_DAYS.flatMap(([lo, hi]) => [
    `SELECT p.agency_id, 0, 1, ${ZERO_HANDLING} ${rows('received_on', lo, hi)}`,
    `SELECT p.agency_id, 0, 0, ${HANDLING} ${rows('handled_on', lo, hi)}`,
  ]),
  // carried over: receipts less handlings, of the months before the first one, then of its days
  `SELECT c.agency_id, c.received - c.handled, 0, ${ZERO_HANDLING}
    FROM petition_month_count c WHERE c.agency_id = ANY($1) AND c.month < ${FIRST_MONTH}`,
  `SELECT p.agency_id, 1, 0, ${ZERO_HANDLING} ${rows('received_on', FIRST_MONTH, ':from')}`,
  `SELECT p.agency_id, -1, 0, ${ZERO_HANDLING} ${rows('handled_on', FIRST_MONTH, ':from')}`,
];

/** The counted rows of the petition figures ($1 agency ids, :from / :to the period). */
export const PETITION_COUNTS = BRANCHES.join('\n  UNION ALL\n  ');

/** What each petition figure sums over PETITION_COUNTS. */
export const PETITION_COUNT_OF: Readonly<Partial<Record<FigureKey, string>>> = {
  'petitions.total': 'r.carried + r.received',
  'petitions.carriedOver': 'r.carried',
  'petitions.received': 'r.received',
  'petitions.handled': 'r.handled',
  'petitions.eligible': 'r.eligible',
  'petitions.inCompetence': 'r.in_competence',
  'petitions.guided': 'r.guided',
  'petitions.forwarded': 'r.forwarded',
  'petitions.urged': 'r.urged',
  'petitions.filed': 'r.filed',
};
