import { ReceptionKind } from './reception-enums';
import { checkKind, checkSessionMatch, type KindFacts } from './reception-kind';
import { SessionStatus } from './reception-session-status';

const facts = (over: Partial<KindFacts>): KindFacts => ({
  kind: ReceptionKind.Regular,
  visitOn: '2026-03-10',
  hasPresidingHead: false,
  hasSession: false,
  ...over,
});

describe('online reception: Luật 136/2025/QH15 Điều 3a, in force from 1/7/2026', () => {
  it.each([
    ['2026-06-30', 'onlineBeforeInForce'],
    ['2026-07-01', null],
    ['2027-01-15', null],
  ])('an online visit on %s → %s', (visitOn, rule) => {
    const v = checkKind(facts({ kind: ReceptionKind.Online, visitOn }));
    expect(v?.rule ?? null).toBe(rule);
    if (v) expect(v.field).toBe('receptionKind');
  });
});

describe('who presides: Luật Tiếp công dân 2013 Điều 12, 13, 15, 18 (the head) and delegation', () => {
  it.each([
    [ReceptionKind.Regular, false, null],
    [ReceptionKind.Regular, true, 'presidingHeadNotAllowed'],
    [ReceptionKind.HeadUnscheduled, false, 'presidingHeadRequired'],
    [ReceptionKind.HeadUnscheduled, true, null],
    [ReceptionKind.Delegated, false, 'presidingHeadRequired'],
    [ReceptionKind.Delegated, true, null],
  ])('%s with a presiding head %s → %s', (kind, hasPresidingHead, rule) => {
    expect(checkKind(facts({ kind, hasPresidingHead }))?.rule ?? null).toBe(rule);
  });

  it.each([
    [ReceptionKind.HeadPeriodic, false, 'sessionRequired'],
    [ReceptionKind.HeadPeriodic, true, null],
    [ReceptionKind.HeadUnscheduled, true, null],
    [ReceptionKind.Regular, true, 'sessionNotAllowed'],
  ])('%s attached to a session %s → %s', (kind, hasSession, rule) => {
    const head = kind !== ReceptionKind.Regular;
    expect(checkKind(facts({ kind, hasSession, hasPresidingHead: head }))?.rule ?? null).toBe(rule);
  });
});

describe('a head visit attaches to a session of the same agency, on its day', () => {
  const session = {
    agencyId: 'A',
    status: SessionStatus.Planned,
    plannedOn: '2026-03-10',
    heldOn: null,
  };
  const visit = { agencyId: 'A', visitOn: '2026-03-10' };

  it.each([
    ['the planned day', session, visit, null],
    ['another agency', session, { ...visit, agencyId: 'B' }, 'sessionUnknown'],
    ['no such session', null, visit, 'sessionUnknown'],
    [
      'a cancelled session',
      { ...session, status: SessionStatus.Cancelled },
      visit,
      'sessionCancelled',
    ],
    ['another day', session, { ...visit, visitOn: '2026-03-11' }, 'sessionOtherDay'],
    [
      'the day it was held after a postponement',
      { ...session, status: SessionStatus.Held, heldOn: '2026-03-12' },
      { ...visit, visitOn: '2026-03-12' },
      null,
    ],
  ])('%s → %s', (_title, s, v, rule) => {
    expect(checkSessionMatch(s, v)?.rule ?? null).toBe(rule);
  });
});
