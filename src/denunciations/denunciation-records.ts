import type { DenunciationCondition, DenunciationRoute } from './domain/denunciation-acceptance';
import type { WithdrawalContinuation } from './domain/denunciation-withdrawal';

/** Luật TC 2018 Đ29 k1 as recorded: every condition with its answer and the route it gave. */
export interface DenunciationChecklist {
  /** true where the condition is met. */
  conditions: Record<string, boolean>;
  arisesFromResolvedComplaint: boolean;
  failedConditions: DenunciationCondition[];
  route: DenunciationRoute;
  evaluatedOn: string;
}

/** A written withdrawal and Đ33's verdict on it. */
export interface WithdrawalRecord {
  on: string;
  entire: boolean;
  signsOfViolation: boolean;
  coerced: boolean;
  stopsCase: boolean;
  continuesBecause: WithdrawalContinuation[];
}
