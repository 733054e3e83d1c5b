import { ReceptionKind, VisitOutcome } from './reception-enums';
import { ReceptionErrorCode } from './reception-errors';
import { RECEPTION_SYSTEM_START } from './system-start';
import {
  checkCaseChoice,
  checkVisit,
  checkVisitAfterStart,
  checkVisitTime,
  type VisitFacts,
} from './visit-rules';

const now = new Date('2026-03-10T02:00:00Z');

const valid = (): VisitFacts => ({
  receivedAt: new Date('2026-03-10T01:30:00Z'),
  now,
  kind: {
    kind: ReceptionKind.Regular,
    visitOn: '2026-03-10',
    hasPresidingHead: false,
    hasSession: false,
  },
  group: { personsCount: 1, isDelegation: false, listedCount: 1, representatives: [] },
  outcome: {
    outcome: VisitOutcome.Explained,
    refusalGround: null,
    refusalNotice: null,
    visitOn: '2026-03-10',
    guidedTo: null,
    guidanceReason: null,
    forwardedTo: null,
  },
  caseChoice: { caseId: null, newCase: true, hasRespondent: false },
});

describe('a visit is dated no earlier than the system start (an older date is an input error)', () => {
  it('accepts the first day and any later one', () => {
    expect(RECEPTION_SYSTEM_START).toBe('2000-01-01');
    expect(checkVisitAfterStart('2000-01-01')).toBeNull();
    expect(checkVisitAfterStart('2026-03-10')).toBeNull();
  });

  it('refuses 1900 and the last day of 1999, naming receivedAt', () => {
    for (const visitOn of ['1900-01-01', '1999-12-31']) {
      expect(checkVisitAfterStart(visitOn)).toEqual({
        code: ReceptionErrorCode.DateBeforeSystemStart,
        field: 'receivedAt',
        rule: 'dateBeforeSystemStart',
      });
    }
    const old = valid();
    old.receivedAt = new Date('1900-03-10T01:30:00Z');
    old.kind.visitOn = '1900-03-10';
    old.outcome.visitOn = '1900-03-10';
    expect(checkVisit(old)?.rule).toBe('dateBeforeSystemStart');
  });
});

describe('a visit is recorded after it happened (Clock)', () => {
  it('accepts the past and the present, and a few minutes of clock skew', () => {
    expect(checkVisitTime(new Date('2026-03-09T09:00:00Z'), now)).toBeNull();
    expect(checkVisitTime(now, now)).toBeNull();
    expect(checkVisitTime(new Date(now.getTime() + 60_000), now)).toBeNull();
  });

  it('refuses a time in the future, naming receivedAt', () => {
    expect(checkVisitTime(new Date('2026-03-11T01:00:00Z'), now)).toEqual({
      code: ReceptionErrorCode.DateInFuture,
      field: 'receivedAt',
      rule: 'dateInFuture',
    });
  });
});

describe('a visit links to one case (DESIGN.md §2 Case)', () => {
  it.each([
    [{ caseId: 'c', newCase: false, hasRespondent: false }, null],
    [{ caseId: null, newCase: true, hasRespondent: true }, null],
    [{ caseId: null, newCase: false, hasRespondent: false }, 'caseChoiceRequired'],
    [{ caseId: 'c', newCase: true, hasRespondent: false }, 'caseChoiceRequired'],
    [{ caseId: 'c', newCase: false, hasRespondent: true }, 'respondentOnlyForNewCase'],
  ])('%o → %s', (choice, rule) => {
    expect(checkCaseChoice(choice)?.rule ?? null).toBe(rule);
  });
});

describe('all rules of a new visit', () => {
  it('accepts a valid regular visit', () => {
    expect(checkVisit(valid())).toBeNull();
  });

  it('reports the time before the kind, the group, the outcome and the case', () => {
    const f = valid();
    f.receivedAt = new Date('2027-01-01T00:00:00Z');
    f.kind.kind = ReceptionKind.Online;
    f.group.isDelegation = true;
    expect(checkVisit(f)?.field).toBe('receivedAt');
    f.receivedAt = now;
    expect(checkVisit(f)?.field).toBe('receptionKind');
    f.kind.kind = ReceptionKind.Regular;
    expect(checkVisit(f)?.field).toBe('isDelegation');
  });
});
