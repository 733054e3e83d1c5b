import type { MonthContext } from './month-plan';
import { bookNo, counterUpsert, lit, weighted } from './sql-helpers';

/**
 * Complaint and denunciation proceedings of the petitions proposed for acceptance (temp table
 * bench_r): ~5 % not accepted, a few withdrawn, most decided or concluded 15–60 days after
 * acceptance (some late), ~9 % only 60–300 days after (long overdue meanwhile), ~1 % never — so the
 * backlog carried into a year stays near the published one (Hà Nội 2017: 81.4 % of the complaints
 * in competence resolved) instead of growing by a tenth of the intake every year.
 */
export function proceedingPlanSql(ctx: MonthContext): string {
  const { sql, today } = ctx;
  const t = `date ${lit(today)}`;
  const r = (salt: number) => sql.r('gp', 500 + salt);
  return `CREATE TEMP TABLE bench_r AS
  WITH b AS (
    SELECT gp, id AS petition_id, case_id, agency_id, proc AS kind, handled_on AS received_on,
      is_anonymous, ${sql.uid('proceeding', 'gp')} AS id, ${r(1)} AS r_accept, ${r(2)} AS r_path,
      ${r(3)} AS r_complex, ${r(4)} AS r_time, ${r(5)} AS r_status, ${r(6)} AS r_outcome,
      ${r(7)} AS r_measures
      FROM bench_p WHERE proc IS NOT NULL),
  a AS (
    SELECT b.*, CASE WHEN r_accept < 0.95 THEN LEAST(${t}, received_on + 3 + floor(r_time * 9)::int) END
        AS accepted_on, r_complex < 0.15 AS complex
      FROM b),
  d AS (
    SELECT a.*,
      accepted_on + CASE WHEN kind = 'complaint' THEN (CASE WHEN complex THEN 45 ELSE 30 END)
                         ELSE (CASE WHEN complex THEN 60 ELSE 30 END) END AS due_on0,
      CASE WHEN accepted_on IS NULL THEN 'not_accepted'
           WHEN r_path < (CASE WHEN kind = 'complaint' THEN 0.08 ELSE 0.05 END) THEN 'withdrawn'
           WHEN r_path < 0.99 THEN 'decided' ELSE 'pending' END AS path0,
      CASE WHEN r_path < (CASE WHEN kind = 'complaint' THEN 0.08 ELSE 0.05 END)
           THEN accepted_on + 10 + floor(r_time * 30)::int
           WHEN r_path < 0.90 THEN accepted_on + 15 + floor(r_time * 45)::int
           ELSE accepted_on + 60 + floor(r_time * 240)::int END AS end_on0
      FROM a),
  e AS (
    SELECT d.*, CASE WHEN path0 IN ('withdrawn', 'decided') AND end_on0 > ${t} THEN 'pending'
                     ELSE path0 END AS path
      FROM d)
  SELECT e.*, CASE WHEN path IN ('withdrawn', 'decided') THEN end_on0 END AS end_on,
    due_on0 + CASE WHEN kind = 'denunciation' AND path = 'pending' AND r_complex < 0.3 THEN 30 ELSE 0 END
      AS due_on,
    CASE WHEN path = 'decided' THEN (CASE WHEN kind = 'complaint'
      THEN ${weighted('r_outcome', [
        ['right', 20],
        ['partly_right', 25],
        ['wrong', 55],
      ])}
      ELSE ${weighted('r_outcome', [
        ['right', 15],
        ['partly_right', 25],
        ['wrong', 60],
      ])} END) END AS outcome,
    CASE WHEN path = 'decided' THEN end_on0 + CASE WHEN kind = 'complaint' THEN 30 ELSE 0 END END
      AS legal_effect_on,
    CASE WHEN path = 'decided' THEN ${sql.uid('decision', 'gp')} END AS decision_id
    FROM e`;
}

/** Decisions (complaint decisions, denunciation conclusions), numbered per register and year. */
export function decisionsSql(ctx: MonthContext): string {
  const { sql } = ctx;
  const docType = `CASE WHEN kind = 'complaint' THEN 'decision' ELSE 'conclusion' END`;
  const numbered = (scope: string, type: string) => `SELECT decision_id,
      ${bookNo(scope, 'bench_r.agency_id', 'extract(year FROM bench_r.end_on)::int', 'end_on, decision_id')} AS no
      FROM bench_r WHERE decision_id IS NOT NULL AND ${docType} = '${type}'`;
  return `CREATE TEMP TABLE bench_d AS
    SELECT r.*, extract(year FROM end_on)::int AS yr, n.no FROM bench_r r
      JOIN (${numbered('document.decision', 'decision')} UNION ALL
            ${numbered('document.conclusion', 'conclusion')}) n USING (decision_id);
    ANALYZE bench_d;
    INSERT INTO decision (id, agency_id, case_id, proceeding_type, proceeding_id, kind, document_type,
        register_year, register_no, number_symbol, issued_on, signer_id, signer_name, signer_title,
        outcome, content_conclusion, reasoning, legal_effect_on, timeliness, due_on, created_at, updated_at)
    SELECT decision_id, agency_id, case_id, kind, id,
      CASE WHEN kind = 'complaint' THEN 'complaint_first_round' ELSE 'denunciation_conclusion' END,
      ${docType}, yr, no,
      no || CASE WHEN kind = 'complaint' THEN '/QĐ-GQKN' ELSE '/KL-GQTC' END, end_on,
      ${sql.officer('agency_id', 3)}, 'Lãnh đạo (dữ liệu đo hiệu năng)', 'Chủ tịch Ủy ban nhân dân',
      outcome, CASE WHEN kind = 'complaint' THEN outcome END,
      'Căn cứ kết quả xác minh (dữ liệu đo hiệu năng)', legal_effect_on,
      CASE WHEN end_on <= due_on THEN 'on_time' ELSE 'late' END, due_on,
      end_on::timestamptz, end_on::timestamptz
      FROM bench_d ORDER BY bench_d.end_on, bench_d.decision_id;
    ${counterUpsert('document.decision', `SELECT agency_id, yr, no FROM bench_d WHERE kind = 'complaint'`)};
    ${counterUpsert('document.conclusion', `SELECT agency_id, yr, no FROM bench_d WHERE kind = 'denunciation'`)}`;
}

export function resolutionsSql(ctx: MonthContext): string {
  const { sql, today } = ctx;
  const t = `date ${lit(today)}`;
  const ts = (d: string) => `(${d})::timestamptz`;
  return `INSERT INTO complaint_resolution (id, agency_id, case_id, petition_id, round, status,
        is_complex, complex_reason, received_on, acceptance_due_on, acceptance_explanation,
        acceptance_timeliness, accepted_on, due_on, due_rule_key, due_rule_version,
        verification_lead_id, has_verification_report, termination_cause, terminated_on,
        withdrawal_reconsiderable, decision_id, created_by, created_at, updated_at)
    SELECT id, agency_id, case_id, petition_id, 'first',
      CASE path WHEN 'not_accepted' THEN 'not_accepted' WHEN 'withdrawn' THEN 'terminated'
        WHEN 'decided' THEN (CASE WHEN legal_effect_on > ${t} THEN 'decided'
                                  WHEN r_status < 0.5 THEN 'closed' ELSE 'legally_effective' END)
        ELSE (CASE WHEN r_status < 0.4 THEN 'accepted' WHEN r_status < 0.8 THEN 'verifying' ELSE 'drafting' END) END,
      complex, CASE WHEN complex THEN 'Nhiều nội dung, liên quan nhiều cơ quan' END,
      received_on, received_on + 10, '[]'::jsonb,
      CASE WHEN accepted_on IS NOT NULL THEN (CASE WHEN accepted_on <= received_on + 10 THEN 'on_time' ELSE 'late' END) END,
      accepted_on, due_on, CASE WHEN accepted_on IS NOT NULL THEN 'K1' END,
      CASE WHEN accepted_on IS NOT NULL THEN 1 END,
      CASE WHEN accepted_on IS NOT NULL THEN ${sql.officer('agency_id', 2)} END, path = 'decided',
      CASE WHEN path = 'withdrawn' THEN 'withdrawn' END, CASE WHEN path = 'withdrawn' THEN end_on END,
      CASE WHEN path = 'withdrawn' THEN false END, decision_id, ${sql.officer('agency_id', 2)},
      ${ts('received_on')}, ${ts('COALESCE(end_on, accepted_on, received_on)')}
      FROM bench_r WHERE kind = 'complaint' ORDER BY bench_r.received_on, bench_r.id;
    INSERT INTO denunciation_resolution (id, agency_id, case_id, petition_id, kind, status,
        is_anonymous, complexity, received_on, prelim_due_on, prelim_explanation, acceptance_timeliness,
        accepted_on, notice_due_on, due_on, due_rule_key, due_rule_version, extension_count,
        verification_lead_id, has_verification_report, concluded_on, handled_on, handling_note,
        termination_cause, terminated_on, decision_id, created_by, created_at, updated_at)
    SELECT id, agency_id, case_id, petition_id, 'first',
      CASE path WHEN 'not_accepted' THEN 'not_accepted' WHEN 'withdrawn' THEN 'terminated'
        WHEN 'decided' THEN (CASE WHEN r_status < 0.5 AND end_on + 15 <= ${t} THEN 'closed'
                                  WHEN r_status < 0.8 AND end_on + 15 <= ${t} THEN 'handled' ELSE 'concluded' END)
        ELSE (CASE WHEN r_complex < 0.3 THEN 'extended_1' WHEN r_status < 0.3 THEN 'accepted' ELSE 'verifying' END) END,
      is_anonymous, CASE WHEN complex THEN 'complex' ELSE 'normal' END, received_on, received_on + 7,
      '[]'::jsonb,
      CASE WHEN accepted_on IS NOT NULL THEN (CASE WHEN accepted_on <= received_on + 7 THEN 'on_time' ELSE 'late' END) END,
      accepted_on, accepted_on + 5, due_on, CASE WHEN accepted_on IS NOT NULL THEN 'T1' END,
      CASE WHEN accepted_on IS NOT NULL THEN 1 END,
      CASE WHEN path = 'pending' AND r_complex < 0.3 THEN 1 ELSE 0 END,
      CASE WHEN accepted_on IS NOT NULL THEN ${sql.officer('agency_id', 2)} END, path = 'decided',
      CASE WHEN path = 'decided' THEN end_on END,
      CASE WHEN path = 'decided' AND r_status < 0.8 AND end_on + 15 <= ${t} THEN end_on + 15 END,
      CASE WHEN path = 'decided' AND r_status < 0.8 AND end_on + 15 <= ${t}
           THEN 'Đã xử lý theo kết luận (dữ liệu đo hiệu năng)' END,
      CASE WHEN path = 'withdrawn' THEN 'withdrawn' END, CASE WHEN path = 'withdrawn' THEN end_on END,
      decision_id, ${sql.officer('agency_id', 2)},
      ${ts('received_on')}, ${ts('COALESCE(end_on, accepted_on, received_on)')}
      FROM bench_r WHERE kind = 'denunciation' ORDER BY bench_r.received_on, bench_r.id`;
}
