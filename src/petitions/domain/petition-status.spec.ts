import { HandlingOutcome, PETITION_STATUSES, PetitionStatus as S } from './petition-enums';
import {
  nextPetitionStatus,
  outcomeOfAction,
  PETITION_ACTIONS,
  PetitionAction as A,
} from './petition-status';

/** Every allowed move, written out once more by hand: the table must say exactly this. */
const ALLOWED: readonly [S, A, S][] = [
  // TT 05/2021/TT-TTCP: the conditions are checked (phân loại) before an outcome is chosen.
  [S.Received, A.Check, S.Checked],
  // Luật Tố cáo 2018 Điều 24(1): the preliminary check may be extended to 10 working days.
  [S.Received, A.ExtendCheck, S.Received],
  [S.Received, A.ReturnMisrouted, S.Returned],
  [S.Received, A.File, S.Filed],
  [S.Received, A.Split, S.Split],
  [S.Checked, A.Check, S.Checked],
  [S.Checked, A.ExtendCheck, S.Checked],
  [S.Checked, A.ProposeAcceptance, S.ProposedForAcceptance],
  [S.Checked, A.ProposeResolution, S.ProposedForResolution],
  [S.Checked, A.NotAcceptable, S.NotAccepted],
  [S.Checked, A.Guide, S.Guided],
  [S.Checked, A.Forward, S.Forwarded],
  [S.Checked, A.Urge, S.Urged],
  [S.Checked, A.ReturnOriginals, S.Returned],
  [S.Checked, A.ReturnMisrouted, S.Returned],
  [S.Checked, A.ReferInvestigation, S.Referred],
  [S.Checked, A.ReferParty, S.Referred],
  [S.Checked, A.File, S.Filed],
  [S.Checked, A.Split, S.Split],
  // Luật Khiếu nại 2011 Điều 27; Luật Tố cáo 2018 Điều 29: acceptance (thụ lý) by the resolver.
  [S.ProposedForAcceptance, A.Accept, S.Accepted],
  // 01/XLD column 26: replies to forwarded petitions are recorded.
  [S.Forwarded, A.RecordReply, S.Forwarded],
  [S.Urged, A.Urge, S.Urged],
  [S.Urged, A.RecordReply, S.Urged],
  [S.Referred, A.RecordReply, S.Referred],
];

const key = (s: S, a: A) => `${s} × ${a}`;
const allowed = new Map(ALLOWED.map(([s, a, to]) => [key(s, a), to]));
const everyPair = PETITION_STATUSES.flatMap((s) => PETITION_ACTIONS.map((a) => [s, a] as const));

describe('petition handling transitions (TT 05/2021/TT-TTCP; Luật KN 2011 Điều 11, 27; Luật TC 2018 Điều 24–25, 29)', () => {
  it.each(everyPair)('%s × %s', (status, action) => {
    expect(nextPetitionStatus(status, action)).toBe(allowed.get(key(status, action)) ?? null);
  });

  it('lists every allowed move once', () => {
    expect(allowed.size).toBe(ALLOWED.length);
  });

  it('closes a petition once an outcome is chosen: accepted, not accepted, guided, returned, filed and split take no further action', () => {
    for (const status of [S.Accepted, S.NotAccepted, S.Guided, S.Returned, S.Filed, S.Split]) {
      expect(PETITION_ACTIONS.filter((a) => nextPetitionStatus(status, a) !== null)).toEqual([]);
    }
  });
});

describe('actions that record an outcome (DOMAIN §3.5)', () => {
  it.each(Object.values(HandlingOutcome))('%s is an action', (outcome) => {
    expect(outcomeOfAction(outcome as string as A)).toBe(outcome);
  });

  it.each([A.Check, A.ExtendCheck, A.Split, A.Accept, A.RecordReply])(
    '%s records no outcome',
    (action) => {
      expect(outcomeOfAction(action)).toBeNull();
    },
  );
});
