import { ReceptionErrorCode as E, type ReceptionViolation, violation } from './reception-errors';

/** A head's reception session (kỳ tiếp): planned, then held or cancelled (DOMAIN.md §2.1). */
export enum SessionStatus {
  Planned = 'planned',
  Held = 'held',
  Cancelled = 'cancelled',
}

export enum SessionAction {
  Hold = 'hold',
  Cancel = 'cancel',
}

export const SESSION_STATUSES: readonly SessionStatus[] = Object.values(SessionStatus);
export const SESSION_ACTIONS: readonly SessionAction[] = Object.values(SessionAction);

/** Held and cancelled are final: a held session is a fact the compliance report counts. */
export const SESSION_TRANSITIONS: Readonly<
  Record<SessionStatus, Partial<Record<SessionAction, SessionStatus>>>
> = {
  [SessionStatus.Planned]: {
    [SessionAction.Hold]: SessionStatus.Held,
    [SessionAction.Cancel]: SessionStatus.Cancelled,
  },
  [SessionStatus.Held]: {},
  [SessionStatus.Cancelled]: {},
};

/** The status after the action, or null when the action is not allowed from `status`. */
export function nextSessionStatus(
  status: SessionStatus,
  action: SessionAction,
): SessionStatus | null {
  return SESSION_TRANSITIONS[status][action] ?? null;
}

/** A session is marked held after the day it took place: never on a day still to come. */
export function checkHeldOn(heldOn: string, today: string): ReceptionViolation | null {
  return heldOn > today ? violation(E.SessionInvalid, 'heldOn', 'heldInFuture') : null;
}
