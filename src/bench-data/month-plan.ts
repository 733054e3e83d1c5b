import { byOutcomeSql, outcomeSql, statusOfOutcome } from './petition-outcomes';
import type { BenchMonth } from './scales';
import { type BenchSql, bookNo, lit, localTime, pick, weighted } from './sql-helpers';

export interface MonthContext {
  sql: BenchSql;
  month: BenchMonth;
  today: string;
  /** Weights of the agency classes; an empty class has weight 0. */
  weights: { province: number; district: number; commune: number };
}

export const BENCH_TYPES = [
  ['complaint', 45],
  ['denunciation', 12],
  ['petition', 25],
  ['feedback', 15],
  ['mixed', 3],
] as const;

export const BENCH_SOURCES = [
  ['post', 40],
  ['forwarded_by_agency', 18],
  ['online', 10],
  ['central', 4],
  ['national_assembly_deputy', 4],
  ['peoples_council', 3],
  ['fatherland_front', 2],
  ['press', 2],
  ['leader_assigned', 2],
  ['direct', 13],
  ['other', 2],
] as const;

const FIELDS = [
  ['admin_land_housing', 55],
  ['admin_policy', 14],
  ['admin_civil_service', 5],
  ['admin_other', 10],
  ['corruption', 5],
  ['judicial', 5],
  ['party_mass_org', 2],
  ['other', 4],
] as const;

const SUMMARIES = [
  'Khiếu nại quyết định thu hồi đất',
  'Khiếu nại về mức bồi thường, hỗ trợ tái định cư',
  'Tố cáo cán bộ địa chính nhũng nhiễu khi cấp giấy chứng nhận quyền sử dụng đất',
  'Tố cáo hành vi xây dựng trái phép trên đất nông nghiệp',
  'Kiến nghị sửa chữa đường giao thông bị hư hỏng',
  'Phản ánh tiếng ồn và ô nhiễm từ cơ sở sản xuất',
  'Đề nghị xem xét lại chế độ chính sách người có công',
  'Khiếu nại quyết định xử phạt vi phạm hành chính trong lĩnh vực xây dựng',
  'Tố cáo sai phạm trong quản lý, sử dụng quỹ đất công',
  'Kiến nghị cấp giấy chứng nhận quyền sử dụng đất còn chậm',
];

const PLACES = [
  'tại tổ dân phố số 3',
  'tại thôn Đông',
  'tại khu tái định cư',
  'tại dự án mở rộng đường',
  'tại khu đô thị mới',
  'tại chợ dân sinh',
  'tại cụm công nghiệp',
  'tại khu tập thể cũ',
];

const RESPONDENTS = [
  'Ủy ban nhân dân cấp xã',
  'Ủy ban nhân dân cấp huyện',
  'Cán bộ địa chính - xây dựng',
  'Ban quản lý dự án',
  'Chủ tịch Ủy ban nhân dân cấp xã',
  'Đội trật tự xây dựng',
];

const SENDERS = [
  'Văn phòng Đoàn đại biểu Quốc hội',
  'Ban Tiếp công dân Trung ương',
  'Ủy ban Mặt trận Tổ quốc',
  'Thanh tra Chính phủ',
  'Báo Hà Nội Mới',
];

const NOT_ACCEPTABLE = [
  'not_directly_concerned',
  'not_signed',
  'limitation_expired',
  'second_decision_exists',
  'court_accepted',
];

/** SQL for the agency of a row (weighted class, then uniform within it; pools are $1–$3). */
function agencyPick(ctx: MonthContext, r1: string, r2: string): string {
  const { province, district, commune } = ctx.weights;
  const total = province + district + commune;
  const p = (province / total).toFixed(4);
  const pd = ((province + district) / total).toFixed(4);
  const at = (n: number) => `($${n}::uuid[])[1 + floor(${r2} * cardinality($${n}::uuid[]))::int]`;
  return `(CASE WHEN ${r1} < ${p} THEN ${at(1)} WHEN ${r1} < ${pd} THEN ${at(2)} ELSE ${at(3)} END)`;
}

/** A day of the month, Sundays moved to the Friday before (received dates through the month). */
function dayOfMonth(ctx: MonthContext, r: string): string {
  const { from, to, days } = ctx.month;
  const d0 = `LEAST(date ${lit(to)}, date ${lit(from)} + floor(${r} * ${days})::int)`;
  return `(CASE WHEN extract(isodow FROM ${d0}) = 7 THEN GREATEST(date ${lit(from)}, ${d0} - 2) ELSE ${d0} END)`;
}

/** Index of a person: mostly one first seen this month, else anyone seen before. */
function personPick(ctx: MonthContext, r1: string, r2: string): string {
  const { personBase, persons } = ctx.month;
  // Up to 5 consecutive persons are listed from the picked one: keep them inside the range.
  return `(CASE WHEN ${r1} < 0.7 OR ${personBase} < 6
    THEN ${personBase} + floor(${r2} * ${Math.max(persons - 5, 1)})::bigint
    ELSE floor(${r2} * ${personBase - 5})::bigint END)`;
}

/** Visits of the month that are recorded as a petition (received for handling). */
export function linkedVisits(month: BenchMonth): number {
  return Math.min(Math.floor(month.petitions * 0.13), month.visits);
}

export function personsSql(ctx: MonthContext): string {
  const { sql, month } = ctx;
  return `INSERT INTO person (id, kind, pseudonym, agency_id, created_by, created_at)
    SELECT ${sql.person('i')}, CASE WHEN ${sql.r('i', 1)} < 0.96 THEN 'citizen' ELSE 'organisation' END,
           'BD${sql.seed}-' || lpad(i::text, 9, '0'), a, ${sql.officer('a', 1)},
           ${localTime(`date ${lit(month.from)}`, '8')}
      FROM (SELECT i, ${agencyPick(ctx, sql.r('i', 2), sql.r('i', 3))} AS a
              FROM generate_series(${month.personBase}::bigint, ${month.personBase + month.persons - 1}) i) t`;
}

/**
 * The month's petitions as a plan (temp table bench_p): agency, date, classification, handling
 * outcome and status by age (recent ones still open, ~1 % left open past their due date).
 */
export function petitionPlanSql(ctx: MonthContext): string {
  const { sql, month, today } = ctx;
  const g = 'g';
  const r = (salt: number) => sql.r(g, 100 + salt);
  const link = linkedVisits(month);
  const age = `(date ${lit(today)} - received_on)`;
  return `CREATE TEMP TABLE bench_p AS
  SELECT x.*, ${bookNo('petition', 'x.agency_id', 'x.book_year', 'x.received_on, x.gp')} AS book_no FROM (
  WITH b AS (
    SELECT g AS gp, g - ${month.petitionBase} AS k, ${sql.uid('petition', g)} AS id,
           ${sql.uid('case', `'p' || ${g}`)} AS case_id,
           ${agencyPick(ctx, r(1), r(2))} AS agency_id, ${dayOfMonth(ctx, r(3))} AS received_on,
           ${weighted(r(4), BENCH_TYPES)} AS type,
           CASE WHEN g - ${month.petitionBase} < ${link} THEN 'direct' ELSE ${weighted(r(5), BENCH_SOURCES)} END AS source,
           ${weighted(r(6), FIELDS)} AS field,
           ${weighted(r(7), [
             ['one', 85],
             ['many', 10],
             ['other', 5],
           ])} AS signatory_kind,
           ${r(8)} AS r_open, ${r(9)} AS r_outcome, ${r(10)} AS r_days, ${r(11)} AS r_misc,
           ${pick(r(12), SUMMARIES)} || ' ' || ${pick(r(13), PLACES)} AS summary,
           ${pick(r(14), RESPONDENTS)} AS respondent, ${pick(r(15), SENDERS)} AS sender,
           ${personPick(ctx, r(16), r(17))} AS person0, 2 + floor(${r(18)} * 3)::int AS many_n,
           ${r(19)} AS r_proc, ${r(20)} AS r_time
      FROM generate_series(${month.petitionBase}::bigint, ${month.petitionBase + month.petitions - 1}) g),
  h AS (
    SELECT b.*, CASE WHEN ${age} > 25 THEN r_open >= 0.01 WHEN ${age} >= 4 THEN r_open < ${age} / 25.0
                ELSE false END AS handled,
           type = 'denunciation' AND signatory_kind = 'other' AS is_anonymous
      FROM b),
  o AS (
    SELECT h.*, ${outcomeSql()} AS outcome
      FROM h)
  SELECT o.*, extract(year FROM received_on)::int AS book_year,
    CASE WHEN outcome IS NULL THEN NULL
         ELSE LEAST(date ${lit(today)}, received_on + 2 + floor(r_days * 13)::int) END AS handled_on,
    CASE WHEN outcome IS NULL THEN (CASE WHEN ${age} >= 2 THEN 'checked' ELSE 'received' END)
      ELSE ${byOutcomeSql((o) => lit(statusOfOutcome(o)))} END AS status,
    CASE WHEN outcome = 'propose_acceptance' THEN type END AS proc,
    ${pick('r_misc', NOT_ACCEPTABLE)} AS ground
    FROM o) x`;
}

const KINDS = [
  ['regular', 82],
  ['head_periodic', 9],
  ['head_unscheduled', 2],
  ['delegated', 2],
  ['online', 5],
] as const;

const VISIT_OUTCOMES = [
  ['guided', 32],
  ['explained', 30],
  ['forwarded', 12],
  ['resolved_on_spot', 8],
  ['assigned_for_check', 8],
  ['received_for_handling', 8],
  ['refused', 2],
] as const;

/**
 * The month's visits (temp table bench_v): the first visits record the petitions of source
 * `direct`; ~5 % are delegations (5–40 persons); ~20 % come back on an earlier case.
 */
export function visitPlanSql(ctx: MonthContext): string {
  const { sql, month } = ctx;
  const g = 'g';
  const r = (salt: number) => sql.r(g, 300 + salt);
  const link = linkedVisits(month);
  return `CREATE TEMP TABLE bench_v AS
  SELECT x.*, extract(year FROM x.visit_on)::int AS book_year,
    ${bookNo('reception_visit', 'x.agency_id', 'extract(year FROM x.visit_on)::int', 'x.visit_on, x.gv')} AS visit_no
  FROM (
  WITH b AS (
    SELECT g AS gv, g - ${month.visitBase} AS k, ${sql.uid('visit', g)} AS id,
      ${r(1)} AS r_kind, ${r(2)} AS r_count, ${r(3)} AS r_outcome, ${r(4)} AS r_repeat, ${r(5)} AS r_time,
      ${agencyPick(ctx, r(6), r(7))} AS agency0, ${dayOfMonth(ctx, r(8))} AS day0,
      ${weighted(r(9), BENCH_TYPES)} AS type0, ${weighted(r(10), FIELDS)} AS field0,
      ${personPick(ctx, r(11), r(12))} AS person_pick, ${r(13)} AS r_case,
      ${pick(r(14), SUMMARIES)} || ' ' || ${pick(r(15), PLACES)} AS summary0
      FROM generate_series(${month.visitBase}::bigint, ${month.visitBase + month.visits - 1}) g),
  j AS (
    SELECT b.*, p.id AS petition_id, COALESCE(p.agency_id, agency0) AS agency_id,
      COALESCE(p.received_on, day0) AS day1, COALESCE(p.type, type0) AS content_type,
      COALESCE(p.field, field0) AS field, COALESCE(p.summary, summary0) AS summary,
      COALESCE(p.person0, person_pick) AS person0, p.case_id AS petition_case,
      CASE WHEN p.id IS NOT NULL THEN 'regular' ELSE ${weighted('r_kind', KINDS)} END AS reception_kind,
      CASE WHEN r_count < 0.80 THEN 1 WHEN r_count < 0.95 THEN 2 + floor((r_count - 0.80) * 20)::int
           ELSE 5 + floor((r_count - 0.95) * 700)::int END AS persons_count
      FROM b LEFT JOIN bench_p p ON p.k = b.k AND b.k < ${link}),
  s AS (
    SELECT j.*, ${sql.uid('session', `j.agency_id::text || '${month.from}'`)} AS session_id0,
      LEAST(date ${lit(month.to)}, date ${lit(month.from)} + 14) AS session_day FROM j)
  SELECT s.*,
    CASE WHEN reception_kind = 'head_periodic' AND session_day <= date ${lit(month.to)}
         THEN session_id0 END AS session_id,
    CASE WHEN reception_kind = 'head_periodic' THEN session_day ELSE day1 END AS visit_on,
    CASE WHEN petition_id IS NOT NULL THEN 'received_for_handling'
         ELSE ${weighted(
           'r_outcome',
           VISIT_OUTCOMES.filter(([o]) => o !== 'received_for_handling'),
         )} END AS outcome,
    CASE WHEN petition_id IS NOT NULL THEN petition_case
         WHEN r_repeat < 0.2 AND ${month.petitionBase} > 0
         THEN ${sql.uid('case', `'p' || floor(r_case * ${month.petitionBase})::bigint`)}
         ELSE ${sql.uid('case', `'v' || gv`)} END AS case_id,
    petition_id IS NOT NULL OR NOT (r_repeat < 0.2 AND ${month.petitionBase} > 0) AS is_first_time
    FROM s) x`;
}
