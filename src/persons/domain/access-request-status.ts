/** An investigator's request to read a person's identity (DESIGN.md §7; Luật Tố cáo 2018 Điều 56). */
export enum AccessRequestStatus {
  Requested = 'requested',
  Approved = 'approved',
  Refused = 'refused',
}

export enum AccessRequestAction {
  Approve = 'approve',
  Refuse = 'refuse',
}

export const ACCESS_REQUEST_STATUSES: readonly AccessRequestStatus[] =
  Object.values(AccessRequestStatus);

/** A request is decided once, by a leader; a decided request never changes again. */
const TRANSITIONS: Readonly<
  Record<AccessRequestStatus, Partial<Record<AccessRequestAction, AccessRequestStatus>>>
> = {
  [AccessRequestStatus.Requested]: {
    [AccessRequestAction.Approve]: AccessRequestStatus.Approved,
    [AccessRequestAction.Refuse]: AccessRequestStatus.Refused,
  },
  [AccessRequestStatus.Approved]: {},
  [AccessRequestStatus.Refused]: {},
};

/** The status after the action, or null when the action is not allowed from this status. */
export function nextAccessRequestStatus(
  status: AccessRequestStatus,
  action: AccessRequestAction,
): AccessRequestStatus | null {
  return TRANSITIONS[status][action] ?? null;
}

/** How long an approved request lets its investigator read the identity, unless the leader says. */
export const IDENTITY_GRANT_DAYS = 30;
/** The approving leader may grant 1 to 30 whole days: never longer than the default. */
export const MIN_IDENTITY_GRANT_DAYS = 1;
export const MAX_IDENTITY_GRANT_DAYS = IDENTITY_GRANT_DAYS;
const MS_PER_DAY = 86_400_000;

export function isGrantDaysAllowed(days: number): boolean {
  return (
    Number.isInteger(days) && days >= MIN_IDENTITY_GRANT_DAYS && days <= MAX_IDENTITY_GRANT_DAYS
  );
}

/** The end of a grant of `days` × 24 hours from the approval instant. */
export function grantExpiresAt(approvedAt: Date, days = IDENTITY_GRANT_DAYS): Date {
  if (!isGrantDaysAllowed(days)) throw new RangeError(`Grant length out of range: ${days}`);
  return new Date(approvedAt.getTime() + days * MS_PER_DAY);
}

/** A request is a record: it says why (DESIGN.md §7). Counted without surrounding blanks. */
export const MIN_ACCESS_REASON_LENGTH = 10;

export function isAccessReasonSufficient(reason: string): boolean {
  return [...reason.trim()].length >= MIN_ACCESS_REASON_LENGTH;
}
