import type { FigureKey } from '../domain/summary-shape';
import type { FigureSource } from './figure-sources';

/**
 * One definition per figure (DESIGN §5 "every figure can be drilled down"): a predicate over the
 * rows of its source (`r.<column>`, `:from`/`:to` for the period — constants only, never user
 * input) and an optional quantity summed for `sum` figures. A figure counts rows of its source
 * (a vụ việc seen at reception is counted through one of its visits). The summary counts
 * (COUNT/SUM … FILTER) and the drill-down lists are both built from these (figure-sql.ts), so a
 * drilled list adds up to its figure by construction.
 */
export interface FigureDefinition {
  readonly source: FigureSource;
  readonly where: string;
  /** SQL expression summed over the records (persons, đồng, m², collectives …). */
  readonly quantity?: string;
}

type Definitions = Readonly<Record<FigureKey, FigureDefinition>>;

const visits = (where: string, extra: Partial<FigureDefinition> = {}): FigureDefinition => ({
  source: 'visits',
  where,
  ...extra,
});

// Vụ việc seen at reception (01/TCD cols 6–7, "tiếp lần đầu / nhiều lần"): a visit opens its
// (case, agency) pair's count in the period when the visit before it on that case at that agency
// is none (first time) or dated before the period (repeat); later visits of the pair in the
// period are not counted again.
const FIRST_TIME = 'r.previous_visit_on IS NULL';
const REPEAT = 'r.previous_visit_on < :from';

// Petitions handled in the period (01/XLD col 8) and their results (cols 9, 18, 23–25).
const HANDLED = 'r.handled_on BETWEEN :from AND :to';
const petitions = (where: string): FigureDefinition => ({ source: 'petitions', where });

// Proceedings (01/KQGQ, 03/KQGQ): the source holds the cases in competence.
const RESOLVED = 'r.resolved_on <= :to';
const DECIDED = 'r.decided_on <= :to';
const PENDING = '(r.resolved_on IS NULL OR r.resolved_on > :to)';
function resolution(source: 'complaints' | 'denunciations') {
  const d = (where: string): FigureDefinition => ({ source, where });
  return {
    inCompetence: d('TRUE'),
    carriedOver: d('r.accepted_on < :from'),
    accepted: d('r.accepted_on >= :from'),
    resolved: d(RESOLVED),
    resolvedByDecision: d(DECIDED),
    resolvedByWithdrawal: d(`${RESOLVED} AND r.termination_cause = 'withdrawn'`),
    right: d(`${DECIDED} AND r.finding = 'right'`),
    partlyRight: d(`${DECIDED} AND r.finding = 'partly_right'`),
    wrong: d(`${DECIDED} AND r.finding = 'wrong'`),
    // Chấp hành thời hạn of every resolved case, withdrawals and terminations included
    // (resolved-late.sql.ts; 01/KQGQ cols 25–26, 03/KQGQ cols 30–31): onTime + late = resolved.
    onTime: d(`${RESOLVED} AND NOT r.late`),
    late: d(`${RESOLVED} AND r.late`),
    pending: d(PENDING),
    // Quá hạn at the end of the period: still pending and its deadline passed before `to`.
    overdue: d(`${PENDING} AND r.due_on < :to`),
  } as const;
}

const COMPLAINT_KINDS = `r.kind IN ('complaint_first_round', 'complaint_second_round')`;
const CONCLUSION_KIND = `r.kind = 'denunciation_conclusion'`;
const decisions = (where: string): FigureDefinition => ({ source: 'enforcementDecisions', where });

// Items of decisions to implement (period-amounts.ts): "recommended" = still to do at the start
// of the period; "collected / returned" and the action counts = entries dated in the period.
const DUE = 'GREATEST(r.required - r.done_before, 0)';
const items = (types: readonly string[], quantity: string): FigureDefinition => ({
  source: 'enforcementItems',
  where: `r.type IN (${types.map((t) => `'${t}'`).join(', ')})`,
  quantity,
});
const RETURN_MONEY = ['return_money_org', 'return_money_person'];
const RETURN_LAND = ['return_land_org', 'return_land_person'];
const DISCIPLINE = ['discipline_org', 'discipline_person'];

const prefix = <P extends string, T extends Record<string, FigureDefinition>>(p: P, defs: T) =>
  Object.fromEntries(Object.entries(defs).map(([k, v]) => [`${p}.${k}`, v])) as {
    [K in keyof T & string as `${P}.${K}`]: FigureDefinition;
  };

export const FIGURE_DEFINITIONS: Definitions = {
  'reception.visits': visits('TRUE'),
  'reception.persons': visits('TRUE', { quantity: 'r.persons_count' }),
  'reception.cases': visits(`(${FIRST_TIME} OR ${REPEAT})`),
  'reception.casesFirstTime': visits(FIRST_TIME),
  'reception.casesRepeat': visits(REPEAT),
  'reception.delegations': visits('r.is_delegation'),
  'reception.delegationPersons': visits('r.is_delegation', { quantity: 'r.persons_count' }),
  'reception.headSessions': { source: 'sessions', where: 'TRUE' },
  'petitions.total': petitions('TRUE'),
  'petitions.carriedOver': petitions('r.received_on < :from'),
  'petitions.received': petitions('r.received_on >= :from'),
  'petitions.handled': petitions(HANDLED),
  'petitions.eligible': petitions(`${HANDLED} AND r.is_eligible`),
  'petitions.inCompetence': petitions(`${HANDLED} AND r.is_in_competence`),
  'petitions.guided': petitions(`${HANDLED} AND r.outcome = 'guide'`),
  'petitions.forwarded': petitions(`${HANDLED} AND r.outcome = 'forward'`),
  'petitions.urged': petitions(`${HANDLED} AND r.outcome = 'urge'`),
  'petitions.filed': petitions(`${HANDLED} AND r.outcome = 'file'`),
  ...prefix('complaints', resolution('complaints')),
  ...prefix('denunciations', resolution('denunciations')),
  'enforcement.complaintDecisions.toImplement': decisions(COMPLAINT_KINDS),
  'enforcement.complaintDecisions.completed': decisions(`${COMPLAINT_KINDS} AND r.done_on <= :to`),
  'enforcement.denunciationConclusions.toImplement': decisions(CONCLUSION_KIND),
  'enforcement.denunciationConclusions.completed': decisions(
    `${CONCLUSION_KIND} AND r.done_on <= :to`,
  ),
  'enforcement.moneyToStateRecommended': items(['recover_money'], DUE),
  'enforcement.moneyToStateCollected': items(['recover_money'], 'r.done_in'),
  'enforcement.moneyReturnRecommended': items(RETURN_MONEY, DUE),
  'enforcement.moneyReturned': items(RETURN_MONEY, 'r.done_in'),
  'enforcement.landToStateRecommended': items(['recover_land'], DUE),
  'enforcement.landToStateCollected': items(['recover_land'], 'r.done_in'),
  'enforcement.landReturnRecommended': items(RETURN_LAND, DUE),
  'enforcement.landReturned': items(RETURN_LAND, 'r.done_in'),
  'enforcement.collectivesDisciplined': items(DISCIPLINE, 'r.collectives_in'),
  'enforcement.individualsDisciplined': items(DISCIPLINE, 'r.persons_in'),
  // Đã khởi tố — số vụ / số người (02/KQGQ cols 17–18, 04/KQGQ cols 22–23): the prosecution
  // results recorded in the period on the referral items, Σ of the entries' `cases` / `persons`
  // as period-amounts.ts adds them. One referral may end in several criminal cases, or in none.
  'enforcement.referredToInvestigationCases': items(['refer_investigation'], 'r.cases_in'),
  'enforcement.referredToInvestigationPersons': items(['refer_investigation'], 'r.persons_in'),
};

export function figureDefinition(key: FigureKey): FigureDefinition {
  return FIGURE_DEFINITIONS[key];
}

/**
 * The predicate a record must meet to be counted: a `sum` figure lists only the records that add
 * something (quantity > 0), which changes no sum.
 */
export function figurePredicate(def: FigureDefinition): string {
  return def.quantity === undefined ? def.where : `(${def.where}) AND (${def.quantity}) > 0`;
}
