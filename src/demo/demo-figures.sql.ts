// The scenario's own check of the figures it must reproduce (DESIGN §5 definitions), used until
// SummaryService exists. Reads record tables only — never person_identity or any identity field.
// $1 = from, $2 = to (local dates, inclusive), $3 = agency ids (the city's subtree).

export const DEMO_FIGURES_SQL = `
WITH k AS (
  SELECT c.accepted_on, COALESCE(d.issued_on, c.terminated_on) AS resolved_on
    FROM complaint_resolution c LEFT JOIN decision d ON d.id = c.decision_id
   WHERE c.agency_id = ANY($3::uuid[]) AND c.accepted_on IS NOT NULL
), t AS (
  SELECT r.accepted_on, COALESCE(d.issued_on, r.terminated_on) AS resolved_on
    FROM denunciation_resolution r LEFT JOIN decision d ON d.id = r.decision_id
   WHERE r.agency_id = ANY($3::uuid[]) AND r.accepted_on IS NOT NULL
), e AS (
  SELECT id, legal_effect_on, completed_on FROM enforcement_decision
   WHERE agency_id = ANY($3::uuid[]) AND kind IN ('complaint_first_round', 'complaint_second_round')
), p AS (
  SELECT i.type, g.amount, g.area, g.collectives, g.persons, g.cases
    FROM enforcement_progress g JOIN enforcement_item i ON i.id = g.item_id
    JOIN enforcement_decision ed ON ed.id = i.enforcement_decision_id
   WHERE ed.agency_id = ANY($3::uuid[]) AND g.voided_by_reopening_id IS NULL
     AND g."on" BETWEEN $1::date AND $2::date
)
SELECT
  (SELECT count(*) FROM reception_visit WHERE agency_id = ANY($3::uuid[]) AND visit_on BETWEEN $1::date AND $2::date)::int AS visits,
  (SELECT count(*) FROM reception_visit WHERE agency_id = ANY($3::uuid[]) AND is_delegation AND visit_on BETWEEN $1::date AND $2::date)::int AS delegations,
  (SELECT count(*) FROM petition WHERE agency_id = ANY($3::uuid[]) AND parent_id IS NULL AND received_on BETWEEN $1::date AND $2::date)::int AS petitions,
  (SELECT count(*) FROM k WHERE accepted_on <= $2::date AND (resolved_on IS NULL OR resolved_on >= $1::date))::int AS complaints_in_competence,
  (SELECT count(*) FROM k WHERE resolved_on BETWEEN $1::date AND $2::date)::int AS complaints_resolved,
  (SELECT count(*) FROM t WHERE accepted_on <= $2::date AND (resolved_on IS NULL OR resolved_on >= $1::date))::int AS denunciations_in_competence,
  (SELECT count(*) FROM t WHERE resolved_on BETWEEN $1::date AND $2::date)::int AS denunciations_resolved,
  (SELECT count(*) FROM e WHERE legal_effect_on <= $2::date AND (completed_on IS NULL OR completed_on >= $1::date))::int AS decisions_to_implement,
  (SELECT count(*) FROM e WHERE completed_on BETWEEN $1::date AND $2::date)::int AS decisions_completed,
  (SELECT COALESCE(sum(amount), 0)::text FROM p WHERE type = 'recover_money') AS money_to_state,
  (SELECT COALESCE(sum(area), 0)::text FROM p WHERE type = 'recover_land') AS land_to_state,
  (SELECT COALESCE(sum(amount), 0)::text FROM p WHERE type IN ('return_money_org', 'return_money_person')) AS money_returned,
  (SELECT COALESCE(sum(area), 0)::text FROM p WHERE type IN ('return_land_org', 'return_land_person')) AS land_returned,
  (SELECT COALESCE(sum(collectives), 0) FROM p WHERE type = 'discipline_org')::int AS collectives_disciplined,
  (SELECT COALESCE(sum(persons), 0) FROM p WHERE type = 'discipline_person')::int AS individuals_disciplined,
  (SELECT COALESCE(sum(cases), 0) FROM p WHERE type = 'refer_investigation')::int AS referred_cases
`;

export interface DemoFigures {
  visits: number;
  delegations: number;
  petitions: number;
  complaints_in_competence: number;
  complaints_resolved: number;
  denunciations_in_competence: number;
  denunciations_resolved: number;
  decisions_to_implement: number;
  decisions_completed: number;
  money_to_state: string;
  land_to_state: string;
  money_returned: string;
  land_returned: string;
  collectives_disciplined: number;
  individuals_disciplined: number;
  referred_cases: number;
}
