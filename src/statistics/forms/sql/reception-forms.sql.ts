import {
  casesWhere,
  countWhere,
  type FigureExpressions,
  sumWhere,
  unitFiguresSql,
} from './unit-figures.sql';

// 01/TCD (DOMAIN §7.2: cols 4–29) and 02/TCD (cols 3–16). Reads reception_visit, reception_session,
// petition and petition_reply only: never a person or identity table.

const GROUPS = {
  regular: `f.grp = 'regular'`,
  head: `f.grp = 'head'`,
  authorised: `f.grp = 'authorised'`,
} as const;

/**
 * Visits by kind of reception (regular and online → thường xuyên; heads' → thủ trưởng; delegated →
 * ủy quyền), and the held sessions: a session at which visits were received by the deputy the head
 * authorised (kind `delegated`) is an "ủy quyền" session (col 21), any other held session the
 * head's own (col 12). The summary's `headSessions` counts both (col 12 + col 21).
 */
const TCD01_FACTS = `
  SELECT v.agency_id, 'visit' AS kind,
         CASE WHEN v.reception_kind IN ('head_periodic', 'head_unscheduled') THEN 'head'
              WHEN v.reception_kind = 'delegated' THEN 'authorised' ELSE 'regular' END AS grp,
         v.persons_count, v.is_delegation, v.case_id, v.is_first_time
    FROM reception_visit v
   WHERE v.agency_id = ANY($1::uuid[]) AND v.visit_on BETWEEN $3::date AND $4::date
  UNION ALL
  SELECT s.agency_id, 'session',
         CASE WHEN EXISTS (SELECT 1 FROM reception_visit d WHERE d.session_id = s.id
                              AND d.reception_kind = 'delegated') THEN 'authorised' ELSE 'head' END,
         0, false, NULL::uuid, NULL::boolean
    FROM reception_session s
   WHERE s.agency_id = ANY($1::uuid[]) AND s.status = 'held' AND s.held_on BETWEEN $3::date AND $4::date`;

function tcd01Figures(): FigureExpressions {
  const out: Record<string, string> = {};
  for (const [group, inGroup] of Object.entries(GROUPS)) {
    const visit = `f.kind = 'visit' AND ${inGroup}`;
    const delegation = `${visit} AND f.is_delegation`;
    out[`reception.${group}.visits`] = countWhere(visit);
    out[`reception.${group}.persons`] = sumWhere('f.persons_count', visit);
    out[`reception.${group}.casesFirstTime`] = casesWhere(`${visit} AND f.is_first_time`);
    out[`reception.${group}.casesRepeat`] = casesWhere(`${visit} AND NOT f.is_first_time`);
    out[`reception.${group}.delegations`] = countWhere(delegation);
    out[`reception.${group}.delegationPersons`] = sumWhere('f.persons_count', delegation);
    out[`reception.${group}.delegationCasesFirstTime`] = casesWhere(
      `${delegation} AND f.is_first_time`,
    );
    out[`reception.${group}.delegationCasesRepeat`] = casesWhere(
      `${delegation} AND NOT f.is_first_time`,
    );
  }
  out['reception.head.sessions'] = countWhere(`f.kind = 'session' AND ${GROUPS.head}`);
  out['reception.authorised.sessions'] = countWhere(`f.kind = 'session' AND ${GROUPS.authorised}`);
  return out;
}

/** 01/TCD: one row per unit + the total (unitId null). */
export const FORM_01_TCD_SQL = unitFiguresSql(TCD01_FACTS, tcd01Figures());

/**
 * Petitions received through citizen reception (petition.visit_id set) in the period and already
 * classified (in competence or not), with the replies received in the period to their transfers.
 */
const TCD02_FACTS = `
  SELECT p.agency_id, 'petition' AS kind, p.case_id,
         CASE WHEN p.type = 'complaint' THEN 'complaint'
              WHEN p.type = 'denunciation' THEN 'denunciation' ELSE 'feedback' END AS content,
         p.is_in_competence AS own, p.outcome
    FROM petition p
   WHERE p.agency_id = ANY($1::uuid[]) AND p.visit_id IS NOT NULL AND p.status <> 'split'
     AND p.received_on BETWEEN $3::date AND $4::date AND p.is_in_competence IS NOT NULL
  UNION ALL
  SELECT p.agency_id, 'reply', NULL::uuid, NULL, NULL::boolean, NULL
    FROM petition_reply r JOIN petition p ON p.id = r.petition_id
   WHERE p.agency_id = ANY($1::uuid[]) AND p.visit_id IS NOT NULL
     AND r.reply_on BETWEEN $3::date AND $4::date`;

const PETITION = `f.kind = 'petition'`;
const OUT = `${PETITION} AND NOT f.own`;

export const FORM_02_TCD_SQL = unitFiguresSql(TCD02_FACTS, {
  'receptionPetitions.complaints.petitions': countWhere(`${PETITION} AND f.content = 'complaint'`),
  'receptionPetitions.complaints.cases': casesWhere(`${PETITION} AND f.content = 'complaint'`),
  'receptionPetitions.denunciations.petitions': countWhere(
    `${PETITION} AND f.content = 'denunciation'`,
  ),
  'receptionPetitions.denunciations.cases': casesWhere(
    `${PETITION} AND f.content = 'denunciation'`,
  ),
  'receptionPetitions.feedback.petitions': countWhere(`${PETITION} AND f.content = 'feedback'`),
  'receptionPetitions.feedback.cases': casesWhere(`${PETITION} AND f.content = 'feedback'`),
  'receptionPetitions.inCompetence.petitions': countWhere(`${PETITION} AND f.own`),
  'receptionPetitions.inCompetence.cases': casesWhere(`${PETITION} AND f.own`),
  'receptionPetitions.outOfCompetence.petitions': countWhere(OUT),
  'receptionPetitions.outOfCompetence.guidedCases': casesWhere(`${OUT} AND f.outcome = 'guide'`),
  'receptionPetitions.outOfCompetence.forwardedCases': casesWhere(
    `${OUT} AND f.outcome IS DISTINCT FROM 'guide' AND f.outcome IS DISTINCT FROM 'urge'`,
  ),
  'receptionPetitions.outOfCompetence.urgedCases': casesWhere(`${OUT} AND f.outcome = 'urge'`),
  'receptionPetitions.forwardReplies': countWhere(`f.kind = 'reply'`),
});
