import { HandlingOutcome, PetitionStatus as S } from './petition-enums';

export { PetitionStatus } from './petition-enums';

/**
 * Named actions of petition handling (xử lý đơn, TT 05/2021/TT-TTCP). The outcome actions carry
 * the same code as their HandlingOutcome; `accept` is taken by the resolution modules (thụ lý).
 */
export enum PetitionAction {
  Check = 'check',
  ExtendCheck = 'extend_check',
  ProposeAcceptance = 'propose_acceptance',
  ProposeResolution = 'propose_resolution',
  NotAcceptable = 'not_acceptable',
  Guide = 'guide',
  Forward = 'forward',
  Urge = 'urge',
  ReturnOriginals = 'return_originals',
  ReturnMisrouted = 'return_misrouted',
  ReferInvestigation = 'refer_investigation',
  ReferParty = 'refer_party',
  File = 'file',
  Split = 'split',
  Accept = 'accept',
  RecordReply = 'record_reply',
}

export const PETITION_ACTIONS: readonly PetitionAction[] = Object.values(PetitionAction);

type A = PetitionAction;
const A = PetitionAction;

/** Outcomes chosen once the conditions were checked (TT 05/2021: phân loại, then xử lý). */
const AFTER_CHECK: Partial<Record<A, S>> = {
  [A.Check]: S.Checked, // a check may be corrected before the outcome is chosen
  [A.ExtendCheck]: S.Checked, // Luật TC 2018 Điều 24(1): 7 working days, extendable to 10
  [A.ProposeAcceptance]: S.ProposedForAcceptance, // Luật KN 2011 Điều 27; Luật TC 2018 Điều 29
  [A.ProposeResolution]: S.ProposedForResolution, // TT 05/2021: kiến nghị, phản ánh in competence
  [A.NotAcceptable]: S.NotAccepted, // Luật KN 2011 Điều 11: notice of non-acceptance
  [A.Guide]: S.Guided, // TT 05/2021: a complaint outside competence is guided once
  [A.Forward]: S.Forwarded, // Luật TC 2018 Điều 24(2); TT 05/2021: chuyển đơn
  [A.Urge]: S.Urged, // TT 05/2021: đôn đốc a subordinate's overdue matter
  [A.ReturnOriginals]: S.Returned, // TT 05/2021: original papers go back to the sender
  [A.ReturnMisrouted]: S.Returned, // forwarded to us without competence: sent back
  [A.ReferInvestigation]: S.Referred, // signs of a crime: investigation body / procuracy
  [A.ReferParty]: S.Referred, // Party-discipline matter of a Party member
  [A.File]: S.Filed, // TT 05/2021: lưu đơn (not eligible, duplicate, guided before)
  [A.Split]: S.Split, // DOMAIN §3.4: a mixed petition is split by content
};

/** `Record<Status, Partial<Record<Action, Status>>>`: every allowed move; anything else is 409. */
export const PETITION_TRANSITIONS: Readonly<Record<S, Partial<Record<A, S>>>> = {
  [S.Received]: {
    [A.Check]: S.Checked,
    [A.ExtendCheck]: S.Received,
    [A.ReturnMisrouted]: S.Returned,
    [A.File]: S.Filed, // a later copy of a matter already handled is filed without a new check
    [A.Split]: S.Split,
  },
  [S.Checked]: AFTER_CHECK,
  // Luật KN 2011 Điều 27, Luật TC 2018 Điều 29: the competent person decides on acceptance.
  [S.ProposedForAcceptance]: { [A.Accept]: S.Accepted },
  [S.ProposedForResolution]: {},
  [S.Accepted]: {},
  [S.NotAccepted]: {},
  [S.Guided]: {},
  // 01/XLD column 26: replies received for forwarded petitions are counted.
  [S.Forwarded]: { [A.RecordReply]: S.Forwarded },
  [S.Urged]: { [A.Urge]: S.Urged, [A.RecordReply]: S.Urged },
  [S.Returned]: {},
  [S.Referred]: { [A.RecordReply]: S.Referred },
  [S.Filed]: {},
  [S.Split]: {},
};

/** The status after `action`, or null when the move is not allowed. */
export function nextPetitionStatus(status: S, action: A): S | null {
  return PETITION_TRANSITIONS[status][action] ?? null;
}

/** The outcome an action records, or null for actions that are not an outcome. */
export function outcomeOfAction(action: A): HandlingOutcome | null {
  const values: readonly string[] = Object.values(HandlingOutcome);
  return values.includes(action) ? (action as string as HandlingOutcome) : null;
}
