import type { LocalDate } from '../../legal/domain/local-date';

// Withdrawal and termination of a denunciation (Luật Tố cáo 2018, Điều 33, 34; DOMAIN §5.4).

export interface DenunciationWithdrawal {
  on: LocalDate;
  /** Đ33 k1: việc rút tố cáo phải được thực hiện bằng văn bản. */
  inWriting: boolean;
  /** All content withdrawn (Đ33 k2: a partial withdrawal leaves the rest to resolve). */
  entire: boolean;
  /** Đ33 k3: the resolver finds signs of a violation in the denounced conduct. */
  signsOfViolation: boolean;
  /** Đ33 k3: withdrawn under threat or bribery. */
  coerced: boolean;
  /** Đ33 k3: the denouncer used the denunciation to slander or harm the accused. */
  abusive?: boolean;
  /** Đ33 k5: other co-denouncers did not withdraw. */
  otherDenouncers?: boolean;
}

/** Why the case continues despite a withdrawal. */
export enum WithdrawalContinuation {
  Partial = 'partial',
  SignsOfViolation = 'signs_of_violation',
  Coerced = 'coerced',
  Abusive = 'abusive',
  OtherDenouncers = 'other_denouncers',
}

export interface WithdrawalAssessment {
  /** True when the resolver must terminate (đình chỉ); false when resolution continues. */
  stopsCase: boolean;
  continuesBecause: WithdrawalContinuation[];
}

/** Đ33: a written withdrawal stops the case only when none of the continuation reasons holds. */
export function assessWithdrawal(w: DenunciationWithdrawal): WithdrawalAssessment {
  const reasons: [boolean, WithdrawalContinuation][] = [
    [!w.entire, WithdrawalContinuation.Partial], // k2: phần còn lại tiếp tục giải quyết
    [w.signsOfViolation, WithdrawalContinuation.SignsOfViolation], // k3: có dấu hiệu vi phạm
    [w.coerced, WithdrawalContinuation.Coerced], // k3: bị đe dọa, mua chuộc
    [w.abusive === true, WithdrawalContinuation.Abusive], // k3: lợi dụng tố cáo để vu khống
    [w.otherDenouncers === true, WithdrawalContinuation.OtherDenouncers], // k5: nhiều người tố cáo
  ];
  const continuesBecause = reasons.filter(([holds]) => holds).map(([, reason]) => reason);
  return { stopsCase: continuesBecause.length === 0, continuesBecause };
}

export enum DenunciationTerminationCause {
  /** Đ33 k2, Đ34: the whole denunciation withdrawn (only through the withdraw action). */
  Withdrawn = 'withdrawn',
  /** Đ34: the accused individual died and the content concerns only their responsibility [M]. */
  AccusedDied = 'accused_died',
  /** Another cause the law provides for [M]. */
  Other = 'other',
}

export const DENUNCIATION_TERMINATION_CAUSES: readonly DenunciationTerminationCause[] =
  Object.values(DenunciationTerminationCause);

export interface DenunciationTermination {
  cause: DenunciationTerminationCause;
  on: LocalDate;
}
