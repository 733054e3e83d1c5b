import type { RuleDeadline, RuleSource } from '../../decisions/domain/rule-deadline';
import { Timeliness, timelinessOf } from '../../decisions/domain/timeliness';
import { compareLocalDates, isValidLocalDate, type LocalDate } from '../../legal/domain/local-date';
import { computePrelimCheckDeadline, computeTransferDeadline } from './denunciation-deadlines';
import {
  DenunciationErrorCode,
  type DenunciationViolation,
  throwIfViolated,
  violation,
} from './denunciation-errors';

/** Conditions for accepting a denunciation (Luật Tố cáo 2018, Điều 29 khoản 1). */
export enum DenunciationCondition {
  ProperForm = 'proper_form', // a: made as Điều 23 requires
  DenouncerCapacity = 'denouncer_capacity', // b: full civil capacity or a legal representative
  WithinCompetence = 'within_competence', // c: within the receiving body's competence
  IdentifiableViolation = 'identifiable_violation', // d: basis to identify violator and violation
  // d, second paragraph: a denunciation growing out of a lawfully resolved complaint, against the
  // person who resolved it, needs information or evidence of that person's violation
  EvidenceAgainstResolver = 'evidence_against_resolver',
}

export const DENUNCIATION_CONDITIONS: readonly DenunciationCondition[] =
  Object.values(DenunciationCondition);

/** The conditions an officer answers for every denunciation. */
export type BaseCondition = Exclude<
  DenunciationCondition,
  DenunciationCondition.EvidenceAgainstResolver
>;
export const BASE_CONDITIONS = DENUNCIATION_CONDITIONS.filter(
  (c): c is BaseCondition => c !== DenunciationCondition.EvidenceAgainstResolver,
);

/** Where the checklist sends the denunciation. */
export enum DenunciationRoute {
  Accept = 'accept',
  /** Not competent: transfer within D12 (Đ24 k2); the competent body checks the rest. */
  Transfer = 'transfer',
  /** Competent, but another condition fails: not accepted, with reasons (Đ24 k1). */
  Refuse = 'refuse',
}

export interface DenunciationAcceptanceInput extends RuleSource {
  /** Each of Đ29 k1 a–d, answered: true when the condition is met. */
  conditions: Readonly<Record<BaseCondition, boolean>>;
  arisesFromResolvedComplaint?: boolean;
  /** Required when `arisesFromResolvedComplaint`: evidence of the resolver's violation supplied. */
  evidenceAgainstResolver?: boolean;
  receivedOn: LocalDate;
  /** The preliminary check was extended to 10 working days (Đ24 k1). */
  prelimExtended?: boolean;
  today: LocalDate;
}

export interface DenunciationAcceptanceEvaluation {
  acceptable: boolean;
  failedConditions: DenunciationCondition[];
  route: DenunciationRoute;
  /** D11: last day to decide on acceptance. */
  prelimDueOn: LocalDate;
  prelim: RuleDeadline;
  /** Whether `today` is still within D11. */
  acceptanceTimeliness: Timeliness;
  /** D12, when the route is transfer. */
  transfer: RuleDeadline | null;
  evaluatedOn: LocalDate;
}

const CODE = DenunciationErrorCode.InputInvalid;

function problems(input: DenunciationAcceptanceInput): (DenunciationViolation | null)[] {
  const unanswered = BASE_CONDITIONS.filter((c) => typeof input.conditions?.[c] !== 'boolean');
  const evidenceMissing =
    input.arisesFromResolvedComplaint === true &&
    typeof input.evidenceAgainstResolver !== 'boolean';
  return [
    ...unanswered.map((c) => violation(CODE, `conditions.${c}`, 'conditionUnanswered')),
    evidenceMissing ? violation(CODE, 'evidenceAgainstResolver', 'required') : null,
    isValidLocalDate(input.receivedOn) ? null : violation(CODE, 'receivedOn', 'dateInvalid'),
    isValidLocalDate(input.today) ? null : violation(CODE, 'today', 'dateInvalid'),
  ];
}

function failedConditionsOf(input: DenunciationAcceptanceInput): DenunciationCondition[] {
  const failed: DenunciationCondition[] = BASE_CONDITIONS.filter((c) => !input.conditions[c]);
  if (input.arisesFromResolvedComplaint === true && input.evidenceAgainstResolver !== true) {
    failed.push(DenunciationCondition.EvidenceAgainstResolver); // Luật TC 2018 Đ29 k1 d
  }
  return failed;
}

function routeOf(failed: readonly DenunciationCondition[]): DenunciationRoute {
  if (failed.includes(DenunciationCondition.WithinCompetence)) return DenunciationRoute.Transfer;
  return failed.length === 0 ? DenunciationRoute.Accept : DenunciationRoute.Refuse;
}

/** The Điều 29 checklist of one denunciation, its route and the D11 (and D12) windows. */
export function evaluateDenunciationAcceptance(
  input: DenunciationAcceptanceInput,
): DenunciationAcceptanceEvaluation {
  throwIfViolated(...problems(input));
  throwIfViolated(
    compareLocalDates(input.receivedOn, input.today) > 0
      ? violation(CODE, 'today', 'evaluatedBeforeReceipt')
      : null,
  );
  const failedConditions = failedConditionsOf(input);
  const route = routeOf(failedConditions);
  const prelim = computePrelimCheckDeadline({ ...input, extended: input.prelimExtended === true });
  const prelimDueOn = prelim.dueOn as LocalDate; // D11 has no suspension
  const transfer = route === DenunciationRoute.Transfer ? computeTransferDeadline(input) : null;
  return {
    acceptable: failedConditions.length === 0,
    failedConditions,
    route,
    prelimDueOn,
    prelim,
    acceptanceTimeliness: timelinessOf(input.today, prelimDueOn),
    transfer,
    evaluatedOn: input.today,
  };
}
