import { resolvedLateSql } from './resolved-late.sql';

/**
 * The base row sets the figures are defined over (DESIGN §5, DOMAIN §7). Each is one SELECT over
 * one table (joined only to non-identity tables: decision, enforcement items and progress) with
 * the parameters $1 = agency ids (uuid[]), $2 = from, $3 = to. Every source outputs `id`,
 * `agency_id`, `ref` (the record's book number or document number) and `on` (its date), plus the
 * columns its figures test. A source keeps only the rows some figure of it can count, so each
 * figure is a predicate over the source's rows (figure-definitions.ts).
 *
 * Never add person_identity, identity_access_request or any name/contact column here.
 */
export type FigureSource =
  | 'visits'
  | 'sessions'
  | 'petitions'
  | 'complaints'
  | 'denunciations'
  | 'enforcementDecisions'
  | 'enforcementItems';

export const FIGURE_SOURCES: readonly FigureSource[] = [
  'visits',
  'sessions',
  'petitions',
  'complaints',
  'denunciations',
  'enforcementDecisions',
  'enforcementItems',
];

/** `:from` / `:to` in the SQL texts below and in the predicates stand for the typed parameters. */
export function bindPeriod(sql: string): string {
  return sql.replace(/:from\b/g, '$2::date').replace(/:to\b/g, '$3::date');
}

// Lượt tiếp in the period (01/TCD cols 1–2, 8–9), and through them the vụ việc seen at reception:
// a (case, agency) pair with visits in the period counts once, by its first visit in the period,
// the one whose previous visit (reception_visit.previous_visit_on, same case and agency) is null
// or before the period. First-time when that previous visit is null (the agency had never received
// the case before), repeat otherwise, so cases = first-time + repeat. Index-only: (visit_on, id)
// INCLUDE the counted columns (migrations CoverVisitStatistics, LinkVisitsOfACase).
const VISITS = `
  SELECT v.id, v.agency_id, v.book_year || '/' || v.visit_no AS ref, v.visit_on AS "on",
    v.persons_count, v.is_delegation, v.previous_visit_on
  FROM reception_visit v
  WHERE v.agency_id = ANY($1) AND v.visit_on BETWEEN :from AND :to`;

// Kỳ tiếp định kỳ of heads held in the period (01/TCD col 12).
const SESSIONS = `
  SELECT s.id, s.agency_id, NULL::text AS ref, s.held_on AS "on"
  FROM reception_session s
  WHERE s.agency_id = ANY($1) AND s.status = 'held' AND s.held_on BETWEEN :from AND :to`;

// Đơn (01/XLD): received in the period, or carried over (received before it and not handled
// before it). A split petition counts through its parts, never itself. Three disjoint branches,
// each an index-only range scan of a covering index (migration CoverPetitionStatistics): received
// in the period (agency_id, received_on, id); carried over and handled since (agency_id,
// handled_on); carried over and not handled (handled_on IS NULL, same index).
const PETITION_COLUMNS = `p.id, p.agency_id, p.book_year || '/' || p.book_no AS ref,
    p.received_on AS "on", p.received_on, p.handled_on, p.is_eligible, p.is_in_competence, p.outcome`;
const PETITION_BRANCH = `SELECT ${PETITION_COLUMNS} FROM petition p
  WHERE p.agency_id = ANY($1) AND p.status <> 'split'`;
const PETITIONS = `
  ${PETITION_BRANCH} AND p.received_on BETWEEN :from AND :to
  UNION ALL
  ${PETITION_BRANCH} AND p.received_on < :from AND p.handled_on >= :from
  UNION ALL
  ${PETITION_BRANCH} AND p.received_on < :from AND p.handled_on IS NULL`;

// Proceedings in competence (DESIGN §5): accepted on or before `to` and not resolved before
// `from`. Resolved = by decision or conclusion, by withdrawal, or terminated (Product decision 3);
// `resolved_on` is that day, kept on the row by the database (migration IndexProceedingPeriods).
// Two disjoint branches, each an index range: resolved since `from`, and still open — never the
// proceedings resolved before the period, which over the years are most of the table.
function proceedings(table: string, decidedOn: string, finding: string): string {
  const branch = (resolved: string) => `
    SELECT c.id, c.agency_id, d.number_symbol AS ref, c.accepted_on AS "on", c.accepted_on,
      c.due_on, c.termination_cause, ${decidedOn} AS decided_on, c.resolved_on,
      CASE WHEN c.terminated_on IS NULL THEN ${finding} END AS finding,
      ${resolvedLateSql({
        byDecision: 'c.terminated_on IS NULL',
        decisionTimeliness: 'd.timeliness',
        endedOn: 'c.terminated_on',
        dueOn: 'c.due_on',
      })} AS late
    FROM ${table} c
    LEFT JOIN decision d ON d.id = c.decision_id
    WHERE c.agency_id = ANY($1) AND c.accepted_on <= :to AND ${resolved}`;
  return `${branch('c.resolved_on >= :from')}
  UNION ALL${branch('c.resolved_on IS NULL')}`;
}

const COMPLAINTS = proceedings(
  'complaint_resolution',
  `CASE WHEN c.terminated_on IS NULL
     AND d.kind IN ('complaint_first_round', 'complaint_second_round') THEN d.issued_on END`,
  `CASE WHEN d.outcome IN ('right', 'partly_right', 'wrong') THEN d.outcome
     ELSE d.content_conclusion END`,
);

const DENUNCIATIONS = proceedings(
  'denunciation_resolution',
  `CASE WHEN c.terminated_on IS NULL THEN c.concluded_on END`,
  `CASE WHEN d.kind = 'denunciation_conclusion' THEN d.outcome END`,
);

// Decisions to implement (enforcement-period.ts isToImplement): legally effective on or before
// `to` and not complete before `from`; completion counts no earlier than the legal effect. Two
// disjoint index ranges (migration IndexProceedingPeriods): still open, and done since `from`.
const DONE_ON = 'GREATEST(ed.completed_on, ed.legal_effect_on)';
// only the columns the sources read: the branches are not pulled up, so ed.* would carry them all
const DECISION_COLUMNS = `ed.id, ed.agency_id, ed.number_symbol, ed.legal_effect_on, ed.completed_on,
    ed.kind`;
const TO_IMPLEMENT = `
  SELECT ${DECISION_COLUMNS} FROM enforcement_decision ed
  WHERE ed.agency_id = ANY($1) AND ed.legal_effect_on <= :to AND ed.completed_on IS NULL
  UNION ALL
  SELECT ${DECISION_COLUMNS} FROM enforcement_decision ed
  WHERE ed.agency_id = ANY($1) AND ed.legal_effect_on <= :to AND ed.completed_on IS NOT NULL
    AND ${DONE_ON} >= :from`;

const ENFORCEMENT_DECISIONS = `
  SELECT ed.id, ed.agency_id, ed.number_symbol AS ref, ed.legal_effect_on AS "on", ed.kind,
    CASE WHEN ed.completed_on IS NOT NULL THEN ${DONE_ON} END AS done_on
  FROM (${TO_IMPLEMENT}) ed`;

// Items of the decisions to implement with their progress (period-amounts.ts): valid entries
// only, each dated no earlier than the legal effect; "phải" = required − done before `from`.
const VALID = `p.voided_by_reopening_id IS NULL`;
const ENTRY_DAY = `GREATEST(p."on", ed.legal_effect_on)`;
const IN_PERIOD = `${VALID} AND ${ENTRY_DAY} BETWEEN :from AND :to`;
const ENFORCEMENT_ITEMS = `
  SELECT i.id, ed.agency_id, ed.number_symbol || ' #' || i.position AS ref,
    ed.legal_effect_on AS "on", i.type, COALESCE(i.amount, i.area, 0) AS required,
    COALESCE(SUM(COALESCE(p.amount, p.area)) FILTER (WHERE ${VALID} AND ${ENTRY_DAY} < :from), 0)
      AS done_before,
    COALESCE(SUM(COALESCE(p.amount, p.area)) FILTER (WHERE ${IN_PERIOD}), 0) AS done_in,
    COALESCE(SUM(p.collectives) FILTER (WHERE ${IN_PERIOD}), 0) AS collectives_in,
    COALESCE(SUM(p.persons) FILTER (WHERE ${IN_PERIOD}), 0) AS persons_in,
    COALESCE(SUM(p.cases) FILTER (WHERE ${IN_PERIOD}), 0) AS cases_in
  FROM (${TO_IMPLEMENT}) ed
  JOIN enforcement_item i ON i.enforcement_decision_id = ed.id
  LEFT JOIN enforcement_progress p ON p.item_id = i.id
  GROUP BY i.id, ed.agency_id, ed.number_symbol, ed.legal_effect_on`;

const SOURCES: Readonly<Record<FigureSource, string>> = {
  visits: VISITS,
  sessions: SESSIONS,
  petitions: PETITIONS,
  complaints: COMPLAINTS,
  denunciations: DENUNCIATIONS,
  enforcementDecisions: ENFORCEMENT_DECISIONS,
  enforcementItems: ENFORCEMENT_ITEMS,
};

/** The source's SELECT with its period bound to $2/$3. */
export function sourceSql(source: FigureSource): string {
  return bindPeriod(SOURCES[source]);
}
