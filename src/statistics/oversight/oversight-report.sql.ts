/**
 * The two statements the oversight report adds to the summary figures. Both read only case,
 * petition and visit tables (never person_identity, identity_access_request or any name or
 * contact column) and run in the read-only, jit-off snapshot of readStatistics.
 */

/**
 * Biểu đồ 2 — monthly intake trend: petitions received (01/XLD cols 5–7, split petitions counted
 * through their parts as in the summary) and visits (01/TCD col 1) per report month, in ONE grouped
 * statement. $1 agency ids, $2 from, $3 to, $4 days to shift back before date_trunc (statutory
 * cut-off − 1; 0 for calendar months), see domain/monthly-intake.ts.
 */
export const MONTHLY_INTAKE_SQL = `
  SELECT 'petitions' AS series, to_char(date_trunc('month', p.received_on - $4::int), 'YYYY-MM-DD') AS month,
    count(*)::int AS n
  FROM petition p
  WHERE p.agency_id = ANY($1::uuid[]) AND p.status <> 'split'
    AND p.received_on BETWEEN $2::date AND $3::date
  GROUP BY 2
  UNION ALL
  SELECT 'visits', to_char(date_trunc('month', v.visit_on - $4::int), 'YYYY-MM-DD'), count(*)::int
  FROM reception_visit v
  WHERE v.agency_id = ANY($1::uuid[]) AND v.visit_on BETWEEN $2::date AND $3::date
  GROUP BY 2`;

/**
 * Biểu đồ 3 — backlog age: complaint and denunciation proceedings pending at the end of the
 * period (the `pending` figure of 01/KQGQ and 03/KQGQ: accepted on or before $2 and not resolved —
 * by decision or conclusion, withdrawal or termination — by $2), bucketed by days since
 * acceptance: ≤ $3, ≤ $4, ≤ $5, more. $1 agency ids, $2 the period's last day.
 */
export const BACKLOG_AGE_SQL = `
  WITH proceedings AS (
    SELECT c.accepted_on, COALESCE(c.terminated_on, CASE WHEN d.kind IN ('complaint_first_round',
      'complaint_second_round') THEN d.issued_on END) AS resolved_on
    FROM complaint_resolution c
    LEFT JOIN decision d ON d.id = c.decision_id
    WHERE c.agency_id = ANY($1::uuid[]) AND c.accepted_on <= $2::date
    UNION ALL
    SELECT x.accepted_on, COALESCE(x.terminated_on, x.concluded_on)
    FROM denunciation_resolution x
    WHERE x.agency_id = ANY($1::uuid[]) AND x.accepted_on <= $2::date
  ), pending AS (
    SELECT $2::date - accepted_on AS age FROM proceedings
    WHERE resolved_on IS NULL OR resolved_on > $2::date
  )
  SELECT count(*) FILTER (WHERE age <= $3)::int AS up_to_30,
    count(*) FILTER (WHERE age > $3 AND age <= $4)::int AS from_31_to_60,
    count(*) FILTER (WHERE age > $4 AND age <= $5)::int AS from_61_to_90,
    count(*) FILTER (WHERE age > $5)::int AS over_90
  FROM pending`;
