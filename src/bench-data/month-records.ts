import type { MonthContext } from './month-plan';
import {
  byOutcomeSql,
  CHECK_OF_OUTCOME,
  DISPATCHED_SQL,
  OUTCOMES_WITH_BODY,
} from './petition-outcomes';
import { bookNo, counterUpsert, lit, localTime } from './sql-helpers';

/** One held periodic session (tiếp định kỳ của người đứng đầu) per agency that has such visits. */
export function sessionsSql(ctx: MonthContext): string {
  const { sql } = ctx;
  return `INSERT INTO reception_session (id, agency_id, head_name, head_title, planned_on, place,
      status, held_on, created_by, created_at)
    SELECT DISTINCT ON (session_id) session_id, agency_id, 'Người đứng đầu (dữ liệu đo hiệu năng)',
      'Chủ tịch Ủy ban nhân dân', session_day, 'Trụ sở tiếp công dân', 'held', session_day,
      ${sql.officer('agency_id', 1)}, ${localTime('session_day', '7')}
      FROM bench_v WHERE session_id IS NOT NULL ORDER BY session_id`;
}

/** Cases opened this month: one per petition and per first visit not recorded as a petition. */
export function casesSql(ctx: MonthContext): string {
  const { sql } = ctx;
  const src = `SELECT case_id AS id, agency_id, received_on AS opened_on, type AS content_type, field,
        summary, CASE WHEN type IN ('complaint', 'denunciation') THEN respondent END AS respondent,
        type = 'denunciation' AS is_confidential
      FROM bench_p
    UNION ALL
    SELECT case_id, agency_id, visit_on, content_type, field, summary, NULL, content_type = 'denunciation'
      FROM bench_v WHERE petition_id IS NULL AND is_first_time`;
  return `CREATE TEMP TABLE bench_c AS
    SELECT c.*, extract(year FROM opened_on)::int AS yr,
      ${bookNo('case', 'c.agency_id', 'extract(year FROM c.opened_on)::int', 'c.opened_on, c.id')} AS no
      FROM (${src}) c;
    ANALYZE bench_c;
    INSERT INTO "case" (id, agency_id, code, opened_on, content_type, field, summary, respondent,
        is_confidential, created_by, created_at, updated_at)
    SELECT id, agency_id, 'VV-' || yr || '-' || lpad(no::text, 5, '0'), opened_on, content_type, field,
      summary, respondent, is_confidential, ${sql.officer('agency_id', 1)},
      ${localTime('opened_on', '8')}, ${localTime('opened_on', '8')}
      FROM bench_c ORDER BY bench_c.opened_on, bench_c.id;
    ${counterUpsert('case', 'SELECT agency_id, yr, no FROM bench_c')}`;
}

export function petitionsSql(ctx: MonthContext): string {
  const { sql, month } = ctx;
  const forwarded = DISPATCHED_SQL;
  const handler = sql.officer('agency_id', 2);
  return `INSERT INTO petition (id, agency_id, book_year, book_no, received_on, source, type, field, summary,
        case_id, visit_id, is_anonymous, handling_due_on, handling_rule_key, handling_rule_version,
        status, created_by, created_at, updated_at, sender_body, dispatch_no, dispatch_on, respondent,
        signatory_kind, check_due_on, due_on, handler_id, is_eligible, is_in_competence,
        resolution_status, outcome, handled_on, outcome_body, not_acceptable_ground,
        denouncer_notified_on)
    SELECT id, agency_id, book_year, book_no, received_on, source, type, field, summary, case_id,
      CASE WHEN k < ${Math.min(Math.floor(month.petitions * 0.13), month.visits)}
           THEN ${sql.uid('visit', `${month.visitBase} + k`)} END,
      is_anonymous, received_on + 14, 'D1', CASE WHEN received_on >= date '2025-07-01' THEN 2 ELSE 1 END,
      status, ${sql.officer('agency_id', 1)}, ${localTime('received_on', '8 + r_time * 9')},
      ${localTime('COALESCE(handled_on, received_on)', '16')},
      CASE WHEN ${forwarded} THEN sender END,
      CASE WHEN ${forwarded} THEN (1 + floor(r_misc * 900)::int) || '/CV' END,
      CASE WHEN ${forwarded} THEN received_on - 3 END,
      CASE WHEN type IN ('complaint', 'denunciation') THEN respondent END,
      signatory_kind, received_on + 7, received_on + 14,
      CASE WHEN status <> 'received' THEN ${handler} END,
      CASE WHEN outcome IS NULL THEN (CASE WHEN status = 'checked' THEN true END)
           ELSE ${byOutcomeSql((o) => String(CHECK_OF_OUTCOME[o].eligible))} END,
      ${byOutcomeSql((o) => String(CHECK_OF_OUTCOME[o].inCompetence))},
      CASE WHEN outcome IS NOT NULL AND type IN ('complaint', 'denunciation')
           THEN (CASE WHEN r_misc < 0.75 THEN 'not_resolved' WHEN r_misc < 0.92 THEN 'resolved_first'
                      ELSE 'resolving' END) END,
      outcome, handled_on,
      CASE WHEN outcome IN (${OUTCOMES_WITH_BODY.map(lit).join(', ')})
           THEN 'Cơ quan có thẩm quyền giải quyết' END,
      CASE WHEN outcome = 'not_acceptable' THEN ground END,
      -- Luật Tố cáo 2018 Điều 24(2): the denouncer is told of the transfer (nobody to tell if anonymous)
      CASE WHEN outcome = 'forward' AND type = 'denunciation' AND NOT is_anonymous THEN handled_on END
      FROM bench_p ORDER BY bench_p.received_on, bench_p.gp;
    ${counterUpsert('petition', 'SELECT agency_id, book_year AS yr, book_no AS no FROM bench_p')};
    INSERT INTO petition_signatory (petition_id, position, person_id)
    SELECT id, n, ${sql.person('person0 + n')} FROM bench_p,
      generate_series(0, CASE signatory_kind WHEN 'one' THEN 0 WHEN 'many' THEN many_n - 1 ELSE -1 END) n;
    INSERT INTO case_person (case_id, person_id, created_at)
    SELECT case_id, ${sql.person('person0')}, ${localTime('received_on', '9')} FROM bench_p
     WHERE signatory_kind <> 'other'`;
}

export function visitsSql(ctx: MonthContext): string {
  const { sql } = ctx;
  const head = `reception_kind IN ('head_periodic', 'head_unscheduled', 'delegated')`;
  return `INSERT INTO reception_visit (id, agency_id, book_year, visit_no, received_at, visit_on,
        reception_kind, receiving_officer_id, presiding_head_name, presiding_head_title, session_id,
        persons_count, is_delegation, content_type, field, summary, outcome, refusal_ground,
        refusal_notice_no, refusal_notice_on, guided_to, forwarded_to, guidance_reason, case_id,
        is_first_time, petition_id, created_by, created_at, updated_at)
    SELECT id, agency_id, book_year, visit_no, ${localTime('visit_on', '7.5 + r_time * 9')}, visit_on,
      reception_kind, ${sql.officer('agency_id', 1)},
      CASE WHEN ${head} THEN 'Người đứng đầu (dữ liệu đo hiệu năng)' END,
      CASE WHEN ${head} THEN 'Chủ tịch Ủy ban nhân dân' END, session_id,
      persons_count, persons_count >= 5, content_type, field, summary, outcome,
      CASE WHEN outcome = 'refused' THEN (CASE WHEN r_case < 0.5 THEN 'repeated_resolved_matter'
        ELSE 'threatening_or_disruptive' END) END,
      CASE WHEN outcome = 'refused' AND r_case < 0.5 THEN (1 + floor(r_time * 500)::int) || '/TB-TCD' END,
      CASE WHEN outcome = 'refused' AND r_case < 0.5 THEN visit_on END,
      CASE WHEN outcome = 'guided' THEN 'Tòa án nhân dân hoặc cơ quan có thẩm quyền' END,
      CASE WHEN outcome = 'forwarded' THEN 'Cơ quan có thẩm quyền giải quyết' END,
      CASE WHEN outcome = 'guided' THEN 'Nội dung không thuộc thẩm quyền giải quyết của cơ quan' END,
      case_id, is_first_time, petition_id, ${sql.officer('agency_id', 1)},
      ${localTime('visit_on', '8')}, ${localTime('visit_on', '8')}
      FROM bench_v ORDER BY bench_v.visit_on, bench_v.gv;
    ${counterUpsert('reception_visit', 'SELECT agency_id, book_year AS yr, visit_no AS no FROM bench_v')};
    INSERT INTO reception_visit_person (visit_id, position, person_id, role)
    SELECT id, n, ${sql.person('person0 + n')},
      CASE WHEN persons_count >= 5 THEN 'representative' WHEN n = 0 THEN 'visitor' ELSE 'member' END
      FROM bench_v, generate_series(0, LEAST(persons_count, 5) - 1) n`;
}

export const DROP_TEMP = `DROP TABLE IF EXISTS bench_p, bench_v, bench_c, bench_r, bench_d, bench_m, bench_e, bench_i`;

export { lit };
