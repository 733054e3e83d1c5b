import { resolvedLateSql } from '../../figures/resolved-late.sql';
import {
  casesWhere,
  countWhere,
  type FigureExpressions,
  sumWhere,
  unitFiguresSql,
} from './unit-figures.sql';

// 01/KQGQ (DOMAIN §7.2: cols 2–26) and 03/KQGQ (cols 2–31), with the summary's definitions
// (DESIGN §5): in competence = accepted on or before `to` and not resolved before `from`;
// resolved = by decision (conclusion), by withdrawal or terminated, dated in the period. Amounts
// and persons come from the measures of the decisions issued in the period. Reads the proceedings,
// decision and decision_measure only: never a person or identity table.

/** One row per measure of the decisions of the given kinds issued in the period. */
function measureFacts(kinds: string, blank: string): string {
  return `
  SELECT d.agency_id, 'measure' AS kind, d.id AS case_id, ${blank},
         m.type, m.amount, m.area, m.collectives, m.persons, m.officials, m.beneficiaries
    FROM decision d JOIN decision_measure m ON m.decision_id = d.id
   WHERE d.agency_id = ANY($1::uuid[]) AND d.kind IN (${kinds})
     AND d.issued_on BETWEEN $3::date AND $4::date`;
}

const MEASURE_COLUMNS = `NULL::text AS type, NULL::numeric AS amount, NULL::numeric AS area,
  NULL::int AS collectives, NULL::int AS persons, NULL::int AS officials, NULL::int AS beneficiaries`;

const M = (type: string) => `f.kind = 'measure' AND f.type = '${type}'`;
const RETURN_ORG = `f.kind = 'measure' AND f.type IN ('return_money_org', 'return_land_org')`;
const RETURN_PERSON = `f.kind = 'measure' AND f.type IN ('return_money_person', 'return_land_person')`;

function measureFigures(prefix: string): Record<string, string> {
  return {
    [`${prefix}.toStateRecommendedMoney`]: sumWhere('f.amount', M('recover_money')),
    [`${prefix}.toStateRecommendedLand`]: sumWhere('f.area', M('recover_land')),
    [`${prefix}.returnRecommendedOrganisationsMoney`]: sumWhere('f.amount', M('return_money_org')),
    [`${prefix}.returnRecommendedOrganisationsLand`]: sumWhere('f.area', M('return_land_org')),
    [`${prefix}.returnRecommendedIndividualsMoney`]: sumWhere('f.amount', M('return_money_person')),
    [`${prefix}.returnRecommendedIndividualsLand`]: sumWhere('f.area', M('return_land_person')),
    [`${prefix}.rightsRestoredOrganisations`]: sumWhere('f.beneficiaries', RETURN_ORG),
    [`${prefix}.rightsRestoredIndividuals`]: sumWhere('f.beneficiaries', RETURN_PERSON),
    [`${prefix}.disciplineRecommendedPersons`]: sumWhere('f.persons', M('discipline_person')),
    [`${prefix}.disciplineRecommendedOfficials`]: sumWhere('f.officials', M('discipline_person')),
    // Cases referred: decisions with a referral measure (one decision resolves one case).
    [`${prefix}.referredToInvestigationCases`]: casesWhere(M('refer_investigation')),
    [`${prefix}.referredToInvestigationPersons`]: sumWhere('f.persons', M('refer_investigation')),
    [`${prefix}.referredToInvestigationOfficials`]: sumWhere(
      'f.officials',
      M('refer_investigation'),
    ),
  };
}

/** The decisions that resolve a complaint; a withdrawal or termination is its own decision kind. */
const DECIDING_KINDS = `'complaint_first_round', 'complaint_second_round'`;

const COMPLAINT_FACTS = `
  SELECT c.agency_id, 'case' AS kind, c.case_id, c.round, c.accepted_on < $3::date AS carried,
         r.resolved_on BETWEEN $3::date AND $4::date AS resolved,
         r.by_decision, c.termination_cause AS cause, d.outcome,
         ${resolvedLateSql({
           byDecision: 'r.by_decision',
           decisionTimeliness: 'd.timeliness',
           endedOn: 'r.resolved_on',
           dueOn: 'c.due_on',
         })} AS late,
         ${MEASURE_COLUMNS}
    FROM complaint_resolution c
    LEFT JOIN decision d ON d.id = c.decision_id
   CROSS JOIN LATERAL (SELECT COALESCE(d.kind IN (${DECIDING_KINDS}), false) AS by_decision) k
   CROSS JOIN LATERAL (SELECT k.by_decision,
                              CASE WHEN k.by_decision THEN d.issued_on ELSE c.terminated_on END
                                AS resolved_on) r
   WHERE c.agency_id = ANY($1::uuid[]) AND c.accepted_on <= $4::date
     AND (r.resolved_on IS NULL OR r.resolved_on >= $3::date)
  UNION ALL ${measureFacts(
    DECIDING_KINDS,
    `NULL, NULL::boolean, NULL::boolean, NULL::boolean, NULL, NULL, NULL::boolean`,
  )}`;

const C = `f.kind = 'case'`;
const DECIDED = `${C} AND f.resolved AND f.by_decision`;
const WITHDRAWN = `${C} AND f.resolved AND NOT f.by_decision AND f.cause = 'withdrawn'`;
const ENDED = `${C} AND f.resolved AND (f.by_decision OR f.cause = 'withdrawn')`;

const kqgq01: FigureExpressions = {
  'complaints.petitions.carriedOver': countWhere(`${C} AND f.carried`),
  'complaints.petitions.received': countWhere(`${C} AND NOT f.carried`),
  'complaints.inCompetence': casesWhere(C),
  'complaints.resolvedByWithdrawal': casesWhere(WITHDRAWN),
  ...measureFigures('complaints'),
  'complaints.firstRound.right': casesWhere(
    `${DECIDED} AND f.round = 'first' AND f.outcome = 'right'`,
  ),
  'complaints.firstRound.wrong': casesWhere(
    `${DECIDED} AND f.round = 'first' AND f.outcome = 'wrong'`,
  ),
  'complaints.firstRound.partlyRight': casesWhere(
    `${DECIDED} AND f.round = 'first' AND f.outcome = 'partly_right'`,
  ),
  'complaints.secondRound.upheld': casesWhere(
    `${DECIDED} AND f.round = 'second' AND f.outcome = 'upheld_first'`,
  ),
  'complaints.secondRound.annulledOrAmended': casesWhere(
    `${DECIDED} AND f.round = 'second' AND f.outcome = 'annulled_or_amended_first'`,
  ),
  // Cols 25–26: every case resolved on the form (cols 5 + 6), withdrawals included (check 5 + 6 =
  // 25 + 26); the summary's onTime/late add the complaints terminated for another cause.
  'complaints.onTime': casesWhere(`${ENDED} AND NOT f.late`),
  'complaints.late': casesWhere(`${ENDED} AND f.late`),
};
export const FORM_01_KQGQ_SQL = unitFiguresSql(COMPLAINT_FACTS, kqgq01);

const DENUNCIATION_FACTS = `
  SELECT c.agency_id, 'case' AS kind, c.case_id, c.kind = 're_resolution' AS follow_up,
         c.accepted_on < $3::date AS carried,
         r.resolved_on BETWEEN $3::date AND $4::date AS resolved,
         c.concluded_on IS NOT NULL AS by_decision, c.termination_cause AS cause,
         d.content_conclusion AS outcome,
         ${resolvedLateSql({
           byDecision: 'c.concluded_on IS NOT NULL',
           decisionTimeliness: 'd.timeliness',
           endedOn: 'r.resolved_on',
           dueOn: 'c.due_on',
         })} AS late,
         ${MEASURE_COLUMNS}
    FROM denunciation_resolution c
    LEFT JOIN decision d ON d.id = c.decision_id
   CROSS JOIN LATERAL (SELECT COALESCE(c.concluded_on, c.terminated_on) AS resolved_on) r
   WHERE c.agency_id = ANY($1::uuid[]) AND c.accepted_on <= $4::date
     AND (r.resolved_on IS NULL OR r.resolved_on >= $3::date)
  UNION ALL ${measureFacts(
    `'denunciation_conclusion'`,
    `NULL::boolean, NULL::boolean, NULL::boolean, NULL::boolean, NULL, NULL, NULL::boolean`,
  )}`;

const CONCLUDED = `${C} AND f.resolved AND f.by_decision`;
const TERMINATED = `${C} AND f.resolved AND NOT f.by_decision`;
const RESOLVED = `${C} AND f.resolved`;

const kqgq03: FigureExpressions = {
  'denunciations.petitions.carriedOver': countWhere(`${C} AND f.carried`),
  'denunciations.petitions.received': countWhere(`${C} AND NOT f.carried`),
  'denunciations.inCompetence': casesWhere(C),
  'denunciations.inCompetenceFollowUp': casesWhere(`${C} AND f.follow_up`),
  'denunciations.concludedFirstTime': casesWhere(`${CONCLUDED} AND NOT f.follow_up`),
  'denunciations.resolvedByWithdrawal': casesWhere(`${TERMINATED} AND f.cause = 'withdrawn'`),
  'denunciations.terminated': casesWhere(`${TERMINATED} AND f.cause IS DISTINCT FROM 'withdrawn'`),
  ...measureFigures('denunciations'),
  'denunciations.right': casesWhere(`${CONCLUDED} AND f.outcome = 'right'`),
  'denunciations.followUp.right': casesWhere(
    `${CONCLUDED} AND f.follow_up AND f.outcome = 'right'`,
  ),
  'denunciations.wrong': casesWhere(`${CONCLUDED} AND f.outcome = 'wrong'`),
  'denunciations.followUp.wrong': casesWhere(
    `${CONCLUDED} AND f.follow_up AND f.outcome = 'wrong'`,
  ),
  'denunciations.partlyRight': casesWhere(`${CONCLUDED} AND f.outcome = 'partly_right'`),
  'denunciations.followUp.partlyRight': casesWhere(
    `${CONCLUDED} AND f.follow_up AND f.outcome = 'partly_right'`,
  ),
  // Cols 30–31: every resolved case (6 = 30 + 31), as the summary's onTime/late.
  'denunciations.onTime': casesWhere(`${RESOLVED} AND NOT f.late`),
  'denunciations.late': casesWhere(`${RESOLVED} AND f.late`),
};
export const FORM_03_KQGQ_SQL = unitFiguresSql(DENUNCIATION_FACTS, kqgq03);
