import type { MonthContext } from './month-plan';
import { lit, weighted } from './sql-helpers';

const MEASURES = [
  ['recover_money', 30],
  ['return_money_person', 18],
  ['recover_land', 10],
  ['return_land_person', 5],
  ['discipline_person', 15],
  ['discipline_org', 8],
  ['refer_investigation', 2],
  ['other', 12],
] as const;

/**
 * Measures of the decisions that found the complaint or denunciation (partly) right, and their
 * enforcement once legally effective: 80 % completed 20–200 days later, 19 % 200–300 days later,
 * 1 % never (in progress or not started until then). So a year's decisions to implement are its
 * own plus a backlog that ages out, and ~68 % of them are completed in the year, as published
 * (Hà Nội 2017: 292 of 426), instead of a third of every year's decisions piling up for ever.
 */
export function enforcementSql(ctx: MonthContext): string {
  const { sql, today } = ctx;
  const t = `date ${lit(today)}`;
  const r = (e: string, salt: number) => sql.r(e, 700 + salt);
  const DONE_AFTER = `(CASE WHEN ${r('d.gp', 10)} < 0.80 THEN 20 + floor(${r('d.gp', 11)} * 180)::int
      WHEN ${r('d.gp', 10)} < 0.99 THEN 200 + floor(${r('d.gp', 11)} * 100)::int END)`;
  const money = `type IN ('recover_money', 'return_money_person')`;
  const land = `type IN ('recover_land', 'return_land_person')`;
  return `CREATE TEMP TABLE bench_m AS
    SELECT d.decision_id, d.agency_id, d.legal_effect_on, d.kind, d.end_on, d.no, d.gp, n AS position,
      ${sql.uid('measure', `d.gp || ':' || n`)} AS id,
      ${weighted(r('d.gp * 8 + n', 1), MEASURES)} AS type, ${r('d.gp * 8 + n', 2)} AS r_size,
      ${r('d.gp * 8 + n', 3)} AS r_state
      FROM bench_d d, generate_series(1, 1 + floor(d.r_measures * 3)::int) n
     WHERE d.outcome IN ('right', 'partly_right');
    ANALYZE bench_m;
    INSERT INTO decision_measure (id, decision_id, position, type, amount, area, collectives, persons,
        officials, beneficiaries, note, created_at)
    SELECT id, decision_id, position, type,
      CASE WHEN ${money} THEN (5 + floor(r_size * 1995)::bigint) * 1000000 END,
      CASE WHEN ${land} THEN round((20 + r_size * 1980)::numeric, 2) END,
      CASE WHEN type = 'discipline_org' THEN 1 + floor(r_size * 3)::int END,
      CASE WHEN type IN ('discipline_person', 'refer_investigation') THEN 1 + floor(r_size * 4)::int END,
      CASE WHEN type = 'discipline_person' THEN 1 END,
      CASE WHEN type IN ('return_money_person', 'return_land_person') THEN 1 + floor(r_size * 5)::int END,
      CASE WHEN type = 'other' THEN 'Biện pháp khác (dữ liệu đo hiệu năng)' END, end_on::timestamptz
      FROM bench_m ORDER BY bench_m.end_on, bench_m.id;
    CREATE TEMP TABLE bench_e AS
    SELECT d.decision_id, ${sql.uid('enforcement', 'd.gp')} AS id, d.agency_id, d.kind, d.no, d.end_on,
      d.legal_effect_on,
      CASE WHEN d.legal_effect_on + ${DONE_AFTER} <= ${t} THEN d.legal_effect_on + ${DONE_AFTER} END
        AS completed_on
      FROM bench_d d WHERE d.outcome IN ('right', 'partly_right') AND d.legal_effect_on <= ${t};
    ANALYZE bench_e;
    INSERT INTO enforcement_decision (id, agency_id, decision_id, kind, source, number_symbol, issued_on,
        legal_effect_on, enforcement_started_on, completed_on, created_by, created_at, updated_at)
    SELECT id, agency_id, decision_id,
      CASE WHEN kind = 'complaint' THEN 'complaint_first_round' ELSE 'denunciation_conclusion' END, 'system',
      no || CASE WHEN kind = 'complaint' THEN '/QĐ-GQKN' ELSE '/KL-GQTC' END, end_on, legal_effect_on,
      legal_effect_on, completed_on, ${sql.officer('agency_id', 2)}, legal_effect_on::timestamptz,
      COALESCE(completed_on, legal_effect_on)::timestamptz
      FROM bench_e ORDER BY bench_e.legal_effect_on, bench_e.id;
    CREATE TEMP TABLE bench_i AS
    SELECT ${sql.uid('item', 'm.id')} AS id, e.id AS enforcement_id, m.id AS measure_id, m.agency_id,
      m.position, m.type, dm.amount, dm.area, dm.collectives, dm.persons, dm.officials, dm.beneficiaries,
      e.legal_effect_on, e.completed_on,
      CASE WHEN e.completed_on IS NOT NULL THEN 'completed' WHEN m.r_state < 0.5 THEN 'in_progress'
           ELSE 'not_started' END AS status
      FROM bench_m m JOIN bench_e e USING (decision_id) JOIN decision_measure dm ON dm.id = m.id;
    ANALYZE bench_i;
    INSERT INTO enforcement_item (id, enforcement_decision_id, measure_id, agency_id, position, type,
        amount, area, collectives, persons, officials, beneficiaries, responsible_body, due_on, status,
        completed_on, created_at, updated_at)
    SELECT id, enforcement_id, measure_id, agency_id, position, type, amount, area, collectives, persons,
      officials, beneficiaries, 'Ủy ban nhân dân cấp xã nơi có đất', legal_effect_on + 90, status,
      completed_on, legal_effect_on::timestamptz, COALESCE(completed_on, legal_effect_on)::timestamptz
      FROM bench_i ORDER BY bench_i.legal_effect_on, bench_i.id;
    INSERT INTO enforcement_progress (id, item_id, "on", amount, area, unit, document_ref, note,
        collectives, persons, officials, cases, created_by, created_at)
    SELECT ${sql.uid('progress', 'id')}, id,
      COALESCE(completed_on, LEAST(${t}, legal_effect_on + 30)),
      CASE WHEN status = 'completed' THEN amount ELSE NULLIF(round(amount * 0.4), 0) END,
      CASE WHEN status = 'completed' THEN area ELSE NULLIF(round(area * 0.4, 2), 0) END,
      CASE WHEN amount IS NOT NULL THEN 'VND' WHEN area IS NOT NULL THEN 'm2' END,
      'BB-' || position || '/' || extract(year FROM legal_effect_on), 'Dữ liệu đo hiệu năng',
      CASE WHEN status = 'completed' THEN collectives END,
      CASE WHEN status = 'completed' AND type = 'discipline_person' THEN persons END,
      CASE WHEN status = 'completed' AND type = 'discipline_person' THEN officials END,
      CASE WHEN status = 'completed' AND type = 'refer_investigation' THEN 1 END,
      ${sql.officer('agency_id', 2)}, COALESCE(completed_on, LEAST(${t}, legal_effect_on + 30))::timestamptz
      FROM bench_i WHERE status <> 'not_started' ORDER BY 3, 1`;
}
