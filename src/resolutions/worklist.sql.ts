// The worklist of complaint and denunciation proceedings (issue 7): one branch per proceeding
// table, each filtered by the viewer's scope and assignment before the UNION, ordered by the
// current deadline (keyset: due key, id). Reads the proceedings' tables, never identities.
//
// Parameters: $1 agency ids (null = all), $2 viewer id, $3 assigned only (investigators),
// $4 mine, $5 due-within horizon (null = off), $6 today, $7 overdue only, $8 awaiting approval
// only, $9 type (null = both), $10 cursor due key, $11 cursor id, $12 limit + 1, $13 the viewer
// approves (holds resolution.approve): "awaiting approval" means awaiting *their* approval, so it
// is false on every line, and the filter keeps none, for a viewer who approves nothing.

const CURRENT_COMPLAINT = `
  CASE WHEN p.status = 'received' THEN 'D4'
       WHEN p.status IN ('accepted', 'verifying', 'dialogue', 'drafting', 'suspended') THEN p.due_rule_key END`;
const COMPLAINT_DUE = `
  CASE WHEN p.status = 'received' THEN p.acceptance_due_on
       WHEN p.status IN ('accepted', 'verifying', 'dialogue', 'drafting') THEN p.due_on END`;
const COMPLAINT_EXPLANATION = `
  CASE WHEN p.status = 'received' THEN p.acceptance_explanation
       WHEN p.status IN ('accepted', 'verifying', 'dialogue', 'drafting', 'suspended') THEN p.due_explanation END`;
const COMPLAINT_AWAITING = `p.status IN ('received', 'accepted', 'drafting')`;

const CURRENT_DENUNCIATION = `
  CASE WHEN p.status IN ('received', 'prelim_check') THEN 'D11'
       WHEN p.status IN ('accepted', 'verifying', 'extended_1', 'extended_2', 'suspended') THEN p.due_rule_key END`;
const DENUNCIATION_DUE = `
  CASE WHEN p.status IN ('received', 'prelim_check') THEN p.prelim_due_on
       WHEN p.status IN ('accepted', 'verifying', 'extended_1', 'extended_2') THEN p.due_on END`;
const DENUNCIATION_EXPLANATION = `
  CASE WHEN p.status IN ('received', 'prelim_check') THEN p.prelim_explanation
       WHEN p.status IN ('accepted', 'verifying', 'extended_1', 'extended_2', 'suspended') THEN p.due_explanation END`;
const DENUNCIATION_AWAITING = `(p.status IN ('prelim_check', 'accepted')
  OR (p.status IN ('verifying', 'extended_1', 'extended_2') AND p.has_verification_report))`;

interface Branch {
  type: string;
  table: string;
  variant: string;
  ruleKey: string;
  due: string;
  explanation: string;
  awaiting: string;
}

const branch = (b: Branch) => `
  SELECT '${b.type}'::text AS type, p.id, p.case_id AS "caseId", k.code AS "caseCode",
         p.agency_id AS "agencyId", ${b.variant}::text AS variant, p.status,
         (p.verification_lead_id = $2 OR $2 = ANY(p.verification_member_ids)) AS "assignedToMe",
         ($13 AND ${b.awaiting}) AS "awaitingApproval",
         ${b.ruleKey} AS "ruleKey", p.due_rule_version AS "ruleVersion",
         (${b.due})::text AS "dueOn", ${b.explanation} AS explanation,
         p.due_remaining_days AS "remainingDays",
         COALESCE(${b.due}, DATE '9999-12-31')::text AS "dueKey"
    FROM ${b.table} p
    JOIN "case" k ON k.id = p.case_id
   WHERE ($9::text IS NULL OR $9 = '${b.type}')
     AND ($1::uuid[] IS NULL OR p.agency_id = ANY($1::uuid[]))
     AND (NOT $3 OR p.verification_lead_id = $2 OR $2 = ANY(p.verification_member_ids))
     AND (NOT $4 OR p.verification_lead_id = $2 OR $2 = ANY(p.verification_member_ids)
          OR p.created_by = $2)
     AND ($5::date IS NULL OR (${b.due}) BETWEEN $6::date AND $5::date)
     AND (NOT $7 OR (${b.due}) < $6::date)
     AND (NOT $8 OR ($13 AND ${b.awaiting}))`;

export const WORKLIST_SQL = `
  SELECT * FROM (
    ${branch({
      type: 'complaint',
      table: 'complaint_resolution',
      variant: 'p.round',
      ruleKey: CURRENT_COMPLAINT,
      due: COMPLAINT_DUE,
      explanation: COMPLAINT_EXPLANATION,
      awaiting: COMPLAINT_AWAITING,
    })}
    UNION ALL
    ${branch({
      type: 'denunciation',
      table: 'denunciation_resolution',
      variant: 'p.kind',
      ruleKey: CURRENT_DENUNCIATION,
      due: DENUNCIATION_DUE,
      explanation: DENUNCIATION_EXPLANATION,
      awaiting: DENUNCIATION_AWAITING,
    })}
  ) w
  WHERE ($10::text IS NULL OR ("dueKey", id) > ($10::text, $11::uuid))
  ORDER BY "dueKey", id
  LIMIT $12`;
