import { ReportBucket as B } from '../../../petitions/domain/petition-enums';
import { REPORT_BUCKET_JOIN } from './report-bucket.sql';
import { casesWhere, countWhere, type FigureExpressions, unitFiguresSql } from './unit-figures.sql';

// 01/XLD (DOMAIN §7.2: cols 2–26), 02/XLD (complaints), 03/XLD (denunciations), 04/XLD (kiến nghị,
// phản ánh). Population: petitions carried over (received before `from`, not handled before it)
// and received in the period; a petition split into parts counts through its parts. Handled =
// handled on or before `to`; classification columns count handled, eligible petitions (đủ điều
// kiện xử lý). The result columns (thuộc / không thuộc thẩm quyền) count the petition's report bucket,
// generated from the domain's `reportBucketOf` (report-bucket.sql.ts). Reads petition and
// petition_reply only: never a person or identity table.

const CONTENT = `CASE WHEN p.type = 'complaint' THEN 'complaint'
  WHEN p.type = 'denunciation' THEN 'denunciation' ELSE 'feedback' END`;

/**
 * A follow-up denunciation because the earlier one ran out of time (Luật Tố cáo 2018 Điều 37 k1:
 * "quá thời hạn quy định mà tố cáo không được giải quyết"): when the petition arrived, a
 * denunciation proceeding of the same case had passed its due date without conclusion or end.
 */
const EARLIER_OVERDUE = `EXISTS (SELECT 1 FROM denunciation_resolution r
   WHERE r.case_id = p.case_id AND r.due_on < p.received_on
     AND (r.concluded_on IS NULL OR r.concluded_on >= p.received_on)
     AND (r.terminated_on IS NULL OR r.terminated_on >= p.received_on))`;

function petitionFacts(typeCondition: string, earlierOverdue = 'false'): string {
  return `
  SELECT p.agency_id, 'petition' AS kind, p.case_id, ${CONTENT} AS content, p.signatory_kind AS signed,
         p.received_on < $3::date AS carried,
         (p.handled_on IS NOT NULL AND p.handled_on <= $4::date) AS handled,
         p.is_eligible IS TRUE AS eligible, b.bucket, p.resolution_status AS rs, p.field,
         ${earlierOverdue} AS earlier_overdue
    FROM petition p ${REPORT_BUCKET_JOIN}
   WHERE p.agency_id = ANY($1::uuid[]) AND p.status <> 'split' AND p.received_on <= $4::date
     AND (p.received_on >= $3::date OR p.handled_on IS NULL OR p.handled_on >= $3::date)
     AND ${typeCondition}
  UNION ALL
  SELECT p.agency_id, 'reply', NULL::uuid, NULL, NULL, NULL::boolean, NULL::boolean, NULL::boolean,
         NULL, NULL, NULL, NULL::boolean
    FROM petition_reply r JOIN petition p ON p.id = r.petition_id
   WHERE p.agency_id = ANY($1::uuid[]) AND r.reply_on BETWEEN $3::date AND $4::date
     AND ${typeCondition}`;
}

const P = `f.kind = 'petition'`;
/** Handled in the period's reach and eligible (đủ điều kiện xử lý). */
const E = `${P} AND f.handled AND f.eligible`;
/** Handled and counted in one result column of the forms (its report bucket). */
const IN = (bucket: B): string => `${P} AND f.handled AND f.bucket = '${bucket}'`;
const GUIDED = IN(B.Guided);
const URGED = IN(B.Urged);
const FORWARDED = IN(B.Forwarded);
const RESOLVED_FIRST = `f.rs = 'resolved_first'`;
const RESOLVED_MORE = `f.rs IN ('resolved_many', 'court_judgment')`;
const NOT_RESOLVED = `(f.rs IS NULL OR f.rs = 'not_resolved')`;

function intake(prefix: string, kinds: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, signed] of Object.entries(kinds)) {
    out[`${prefix}.carriedOver.${key}`] = countWhere(`${P} AND f.carried AND ${signed}`);
    out[`${prefix}.received.${key}`] = countWhere(`${P} AND NOT f.carried AND ${signed}`);
  }
  return out;
}

const THREE_WAY = {
  multipleSignatories: `f.signed = 'many'`,
  singleSignatory: `f.signed = 'one'`,
  other: `f.signed = 'other'`,
};
/** 02/XLD has no "đơn khác" column: a complaint is always signed, 'other' goes with one signatory. */
const TWO_WAY = { multipleSignatories: `f.signed = 'many'`, singleSignatory: `f.signed <> 'many'` };

const xld01: FigureExpressions = {
  ...intake('petitions', THREE_WAY),
  'petitions.handled': countWhere(`${P} AND f.handled`),
  'petitions.eligible.cases': casesWhere(E),
  'petitions.eligible.complaints': countWhere(`${E} AND f.content = 'complaint'`),
  'petitions.eligible.denunciations': countWhere(`${E} AND f.content = 'denunciation'`),
  'petitions.eligible.feedback': countWhere(`${E} AND f.content = 'feedback'`),
  'petitions.eligible.resolvedOnce': countWhere(`${E} AND ${RESOLVED_FIRST}`),
  'petitions.eligible.resolvedRepeatedly': countWhere(`${E} AND ${RESOLVED_MORE}`),
  'petitions.eligible.beingResolved': countWhere(`${E} AND f.rs = 'resolving'`),
  'petitions.eligible.notResolved': countWhere(`${E} AND ${NOT_RESOLVED}`),
  'petitions.inCompetence.complaints': countWhere(IN(B.InCompetenceComplaint)),
  'petitions.inCompetence.denunciations': countWhere(IN(B.InCompetenceDenunciation)),
  'petitions.inCompetence.feedback': countWhere(IN(B.InCompetencePetition)),
  'petitions.outOfCompetence.guided': countWhere(GUIDED),
  'petitions.outOfCompetence.forwarded': countWhere(FORWARDED),
  'petitions.outOfCompetence.urged': countWhere(URGED),
  'petitions.forwardReplies': countWhere(`f.kind = 'reply'`),
};
export const FORM_01_XLD_SQL = unitFiguresSql(petitionFacts('true'), xld01);

function handledAndEligible(prefix: string): Record<string, string> {
  return {
    [`${prefix}.handled.carriedOver`]: countWhere(`${P} AND f.handled AND f.carried`),
    [`${prefix}.handled.received`]: countWhere(`${P} AND f.handled AND NOT f.carried`),
    [`${prefix}.eligible.petitions`]: countWhere(E),
    [`${prefix}.forwardReplies`]: countWhere(`f.kind = 'reply'`),
  };
}

/** Eligible cases by field (lĩnh vực); columns count vụ việc. */
const fieldCases = (prefix: string, fields: Record<string, string>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(fields).map(([key, values]) => [
      `${prefix}.eligible.${key}`,
      casesWhere(`${E} AND f.field IN (${values})`),
    ]),
  );

const xld02: FigureExpressions = {
  ...intake('complaintPetitions', TWO_WAY),
  ...handledAndEligible('complaintPetitions'),
  ...fieldCases('complaintPetitions', {
    administrativePolicy: `'admin_policy'`,
    administrativeLandAndHousing: `'admin_land_housing'`,
    administrativeOther: `'admin_civil_service', 'admin_other'`,
    judicial: `'judicial'`,
    partyAndMassOrganisations: `'party_mass_org'`,
    otherFields: `'corruption', 'other'`,
  }),
  'complaintPetitions.status.resolvedFirstRound': casesWhere(`${E} AND ${RESOLVED_FIRST}`),
  'complaintPetitions.status.resolvedSecondRound': casesWhere(`${E} AND f.rs = 'resolved_many'`),
  'complaintPetitions.status.courtJudgment': casesWhere(`${E} AND f.rs = 'court_judgment'`),
  'complaintPetitions.status.beingResolved': casesWhere(`${E} AND f.rs = 'resolving'`),
  'complaintPetitions.status.notResolved': casesWhere(`${E} AND ${NOT_RESOLVED}`),
  // A complaint about a matter already resolved once is a second-round complaint (Luật KN Điều 7).
  'complaintPetitions.inCompetence.firstRound': casesWhere(
    `${IN(B.InCompetenceComplaint)} AND f.rs IS DISTINCT FROM 'resolved_first'`,
  ),
  'complaintPetitions.inCompetence.secondRound': casesWhere(
    `${IN(B.InCompetenceComplaint)} AND ${RESOLVED_FIRST}`,
  ),
  'complaintPetitions.outOfCompetence.guided': casesWhere(GUIDED),
  'complaintPetitions.outOfCompetence.forwarded': casesWhere(FORWARDED),
  'complaintPetitions.outOfCompetence.urged': casesWhere(URGED),
};
export const FORM_02_XLD_SQL = unitFiguresSql(petitionFacts(`p.type = 'complaint'`), xld02);

const FOLLOW_UP = `f.rs IN ('resolved_first', 'resolved_many', 'court_judgment')`;
const FIRST_TIME_GUARD = `COALESCE(f.rs IN ('resolved_first', 'resolved_many', 'court_judgment'), false)`;
const xld03: FigureExpressions = {
  ...intake('denunciationPetitions', THREE_WAY),
  ...handledAndEligible('denunciationPetitions'),
  ...fieldCases('denunciationPetitions', {
    administrativePolicy: `'admin_policy'`,
    administrativeLandAndHousing: `'admin_land_housing'`,
    administrativeCivilService: `'admin_civil_service'`,
    administrativeOther: `'admin_other'`,
    corruption: `'corruption'`,
    judicial: `'judicial'`,
    partyAndMassOrganisations: `'party_mass_org'`,
    otherFields: `'other'`,
  }),
  'denunciationPetitions.status.notResolvedWithinTime': casesWhere(
    `${E} AND ${NOT_RESOLVED} AND NOT f.earlier_overdue`,
  ),
  'denunciationPetitions.status.beingResolved': casesWhere(`${E} AND f.rs = 'resolving'`),
  'denunciationPetitions.status.followUpOverdue': casesWhere(
    `${E} AND ${NOT_RESOLVED} AND f.earlier_overdue`,
  ),
  'denunciationPetitions.status.followUpConcluded': casesWhere(`${E} AND ${FOLLOW_UP}`),
  'denunciationPetitions.inCompetence.firstTime': casesWhere(
    `${IN(B.InCompetenceDenunciation)} AND NOT ${FIRST_TIME_GUARD}`,
  ),
  'denunciationPetitions.inCompetence.followUp': casesWhere(
    `${IN(B.InCompetenceDenunciation)} AND ${FOLLOW_UP}`,
  ),
  'denunciationPetitions.outOfCompetence.guided': casesWhere(GUIDED),
  'denunciationPetitions.outOfCompetence.forwarded': casesWhere(FORWARDED),
  'denunciationPetitions.outOfCompetence.urged': casesWhere(URGED),
};
export const FORM_03_XLD_SQL = unitFiguresSql(
  petitionFacts(`p.type = 'denunciation'`, EARLIER_OVERDUE),
  xld03,
);

const xld04: FigureExpressions = {
  ...intake('feedbackPetitions', THREE_WAY),
  ...handledAndEligible('feedbackPetitions'),
  ...fieldCases('feedbackPetitions', {
    policy: `'admin_policy', 'admin_civil_service'`,
    land: `'admin_land_housing'`,
    judicial: `'judicial'`,
    otherFields: `'admin_other', 'corruption', 'party_mass_org', 'other'`,
  }),
  'feedbackPetitions.status.resolved': casesWhere(`${E} AND ${FOLLOW_UP}`),
  'feedbackPetitions.status.beingResolved': casesWhere(`${E} AND f.rs = 'resolving'`),
  'feedbackPetitions.status.notResolved': casesWhere(`${E} AND ${NOT_RESOLVED}`),
  'feedbackPetitions.inCompetence': casesWhere(IN(B.InCompetencePetition)),
  // 04/XLD has no "hướng dẫn" column: the domain counts such petitions as forwarded (chuyển đơn).
  'feedbackPetitions.outOfCompetence.forwarded': casesWhere(FORWARDED),
  'feedbackPetitions.outOfCompetence.urged': casesWhere(URGED),
};
export const FORM_04_XLD_SQL = unitFiguresSql(
  petitionFacts(`p.type IN ('petition', 'feedback', 'mixed')`),
  xld04,
);
