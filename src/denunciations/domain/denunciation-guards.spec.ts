import { defaultCalendarForYear } from '../../legal/domain/holiday-calendar';
import { LEGAL_RULE_SEED } from '../../legal/domain/legal-rules.seed';
import { buildWorkingCalendar } from '../../legal/domain/working-calendar';
import {
  BASE_CONDITIONS,
  type BaseCondition,
  evaluateDenunciationAcceptance,
} from './denunciation-acceptance';
import {
  DenunciationAction as A,
  DenunciationComplexity as Complexity,
  type DenunciationContext,
  type DenunciationExtension,
  DenunciationKind,
  type DenunciationState,
  DenunciationStatus as S,
  nextDenunciationStatus,
} from './denunciation-status';
import {
  type DenunciationWithdrawal,
  DenunciationTerminationCause,
} from './denunciation-withdrawal';

const source = {
  rules: LEGAL_RULE_SEED,
  calendar: buildWorkingCalendar([2026].flatMap(defaultCalendarForYear)),
};

function at(status: S, resumeTo: S | null = null, prelimExtended = false): DenunciationState {
  return { status, kind: DenunciationKind.First, resumeTo, prelimExtended };
}

function evaluation(failing: readonly string[]) {
  const conditions = Object.fromEntries(BASE_CONDITIONS.map((c) => [c, !failing.includes(c)]));
  return evaluateDenunciationAcceptance({
    ...source,
    conditions: conditions as Record<BaseCondition, boolean>,
    receivedOn: '2026-03-02',
    today: '2026-03-05',
  });
}

function refusal(state: DenunciationState, action: A, context: DenunciationContext) {
  try {
    nextDenunciationStatus(state, action, context);
  } catch (error) {
    const e = error as { httpStatus: number; code: string; errors: { field: string }[] };
    return { status: e.httpStatus, code: e.code, fields: e.errors.map((x) => x.field) };
  }
  throw new Error('expected a refusal');
}

const next = (state: DenunciationState, action: A, context: DenunciationContext = {}) =>
  nextDenunciationStatus(state, action, context);

describe('preliminary check extended once, to 10 working days (Luật Tố cáo 2018 Điều 24 khoản 1)', () => {
  it('extends once, then refuses with DENUNCIATION_EXTENSION_LIMIT', () => {
    const extended = next(at(S.PrelimCheck), A.ExtendPrelimCheck).state;
    expect(extended).toEqual(at(S.PrelimCheck, null, true));
    expect(refusal(extended, A.ExtendPrelimCheck, {})).toMatchObject({
      status: 409,
      code: 'DENUNCIATION_EXTENSION_LIMIT',
    });
  });

  it('keeps the extension flag through acceptance', () => {
    const accepted = next(at(S.PrelimCheck, null, true), A.Accept, { acceptance: evaluation([]) });
    expect(accepted.state.prelimExtended).toBe(true);
  });
});

describe('acceptance conditions route the denunciation (Luật TC 2018 Điều 24, 29)', () => {
  it('refuses to accept when conditions fail, naming each (409)', () => {
    const acceptance = evaluation(['proper_form', 'identifiable_violation']);
    expect(refusal(at(S.PrelimCheck), A.Accept, { acceptance })).toEqual({
      status: 409,
      code: 'DENUNCIATION_NOT_ACCEPTABLE',
      fields: ['conditions.proper_form', 'conditions.identifiable_violation'],
    });
  });

  it.each([
    [A.RefuseAcceptance, [], 'refuse when everything is met'],
    [A.RefuseAcceptance, ['within_competence'], 'refuse what must be transferred'],
    [A.Transfer, [], 'transfer a competent case'],
    [A.Transfer, ['proper_form'], 'transfer when only the form fails'],
  ] as const)('%s with failing %j is refused (%s)', (action, failing, _why) => {
    const acceptance = evaluation([...failing]);
    expect(refusal(at(S.PrelimCheck), action, { acceptance })).toMatchObject({
      status: 409,
      code: 'DENUNCIATION_ROUTE_MISMATCH',
    });
  });

  it('transfers an out-of-competence denunciation and refuses a competent one that fails', () => {
    const transfer = { acceptance: evaluation(['within_competence', 'proper_form']) };
    expect(next(at(S.PrelimCheck), A.Transfer, transfer).state.status).toBe(S.Transferred);
    const refuse = { acceptance: evaluation(['denouncer_capacity']) };
    expect(next(at(S.PrelimCheck), A.RefuseAcceptance, refuse).state.status).toBe(S.NotAccepted);
  });
});

describe('anonymous denunciations are not processed as denunciations (Luật TC 2018 Điều 25)', () => {
  it.each([true, false])('specific information %s → usable as information %s', (specific) => {
    const anonymity = { denouncerIdentified: false, specificInformation: specific };
    const result = next(at(S.PrelimCheck), A.MarkAnonymous, { anonymity });
    expect(result.state.status).toBe(S.AnonymousNotProcessed);
    expect(result.usableAsInformation).toBe(specific);
  });

  it('refuses when the denouncer is identified (409)', () => {
    const anonymity = { denouncerIdentified: true, specificInformation: true };
    expect(refusal(at(S.PrelimCheck), A.MarkAnonymous, { anonymity }).code).toBe(
      'DENUNCIATION_DENOUNCER_IDENTIFIED',
    );
  });
});

describe('at most two extensions of the resolution, each a reasoned decision (Luật TC 2018 Điều 30)', () => {
  const extension = (overrides: Partial<DenunciationExtension> = {}) => ({
    extension: {
      decidedOn: '2026-03-30',
      reason: 'Vụ việc liên quan nhiều cơ quan',
      currentDueOn: '2026-04-01',
      complexity: Complexity.Complex,
      ...overrides,
    },
  });

  it('a complex case extends once (k2), not twice (k3)', () => {
    expect(next(at(S.Verifying), A.Extend, extension()).state.status).toBe(S.Extended1);
    expect(refusal(at(S.Extended1), A.Extend, extension())).toEqual({
      status: 409,
      code: 'DENUNCIATION_NOT_COMPLEX_ENOUGH',
      fields: ['extension.complexity'],
    });
  });

  it('an ordinary case does not extend', () => {
    const ctx = extension({ complexity: Complexity.Normal });
    expect(refusal(at(S.Verifying), A.Extend, ctx).code).toBe('DENUNCIATION_NOT_COMPLEX_ENOUGH');
  });

  it('an especially complex case extends twice, never a third time', () => {
    const ctx = extension({ complexity: Complexity.EspeciallyComplex });
    expect(next(at(S.Extended1), A.Extend, ctx).state.status).toBe(S.Extended2);
    expect(refusal(at(S.Extended2), A.Extend, ctx)).toEqual({
      status: 409,
      code: 'DENUNCIATION_EXTENSION_LIMIT',
      fields: ['status'],
    });
  });

  it.each([
    [{ decidedOn: '2026-04-02' }, 409, 'extension.decidedOn'],
    [{ reason: '   ' }, 400, 'extension.reason'],
    [{ currentDueOn: '2026-04-31' }, 400, 'extension.currentDueOn'],
  ])('refuses %j (%i on %s)', (overrides, status, field) => {
    expect(refusal(at(S.Verifying), A.Extend, extension(overrides))).toMatchObject({
      status,
      fields: [field],
    });
  });

  it('a suspended case cannot be extended (resume first)', () => {
    const suspended = at(S.Suspended, S.Extended1);
    expect(refusal(suspended, A.Extend, extension()).code).toBe('DENUNCIATION_INVALID_TRANSITION');
  });
});

describe('withdrawal does not stop a case with signs of violation (Luật TC 2018 Điều 33)', () => {
  const withdrawal = (overrides: Partial<DenunciationWithdrawal> = {}) => ({
    withdrawal: {
      on: '2026-03-20',
      inWriting: true,
      entire: true,
      signsOfViolation: false,
      coerced: false,
      ...overrides,
    },
  });

  it('a written, entire, free withdrawal terminates the case', () => {
    const result = next(at(S.Verifying), A.Withdraw, withdrawal());
    expect(result.state.status).toBe(S.Terminated);
    expect(result.withdrawal).toEqual({ stopsCase: true, continuesBecause: [] });
    expect(result.termination).toEqual({ cause: 'withdrawn', on: '2026-03-20' });
  });

  it.each([
    [{ signsOfViolation: true }, ['signs_of_violation']],
    [{ entire: false }, ['partial']],
    [{ coerced: true, abusive: true }, ['coerced', 'abusive']],
    [{ otherDenouncers: true }, ['other_denouncers']],
  ])('%j: the case continues in its status because %j', (overrides, reasons) => {
    const result = next(at(S.Extended1), A.Withdraw, withdrawal(overrides));
    expect(result.state).toEqual(at(S.Extended1));
    expect(result.withdrawal).toEqual({ stopsCase: false, continuesBecause: reasons });
    expect(result.termination).toBeNull();
  });

  it.each([
    [{ inWriting: false }, 'withdrawal.inWriting'],
    [{ signsOfViolation: undefined }, 'withdrawal.signsOfViolation'],
    [{ on: '20/03/2026' }, 'withdrawal.on'],
  ])('refuses %j (400 on %s)', (overrides, field) => {
    const ctx = withdrawal(overrides);
    expect(refusal(at(S.Verifying), A.Withdraw, ctx)).toMatchObject({
      status: 400,
      fields: [field],
    });
  });

  it('there is nothing to withdraw after the conclusion', () => {
    expect(refusal(at(S.Concluded), A.Withdraw, withdrawal()).code).toBe(
      'DENUNCIATION_INVALID_TRANSITION',
    );
  });
});

describe('suspension, resumption and termination (Luật TC 2018 Điều 34)', () => {
  it.each([S.Accepted, S.Verifying, S.Extended1, S.Extended2])(
    'suspended from %s, resumed to it',
    (s) => {
      const suspended = next(at(s), A.Suspend).state;
      expect(suspended).toEqual(at(S.Suspended, s));
      expect(next(suspended, A.Resume).state).toEqual(at(s));
    },
  );

  it('terminates when the accused died; withdrawals go through withdraw', () => {
    const died = {
      termination: { on: '2026-03-20', cause: DenunciationTerminationCause.AccusedDied },
    };
    expect(next(at(S.Verifying), A.Terminate, died).termination).toEqual(died.termination);
    const withdrawn = {
      termination: { on: '2026-03-20', cause: DenunciationTerminationCause.Withdrawn },
    };
    expect(refusal(at(S.Verifying), A.Terminate, withdrawn).fields).toEqual(['termination.cause']);
  });

  it('concluding needs a verification report (Điều 35)', () => {
    expect(refusal(at(S.Verifying), A.Conclude, {}).code).toBe(
      'DENUNCIATION_VERIFICATION_REPORT_REQUIRED',
    );
  });
});

describe('the result notice to the denouncer (Luật TC 2018 Điều 35 khoản 2)', () => {
  it('is issued once, after the conclusion or its handling, keeping the status', () => {
    const ctx = { resultNotified: false };
    expect(next(at(S.Concluded), A.NotifyResult, ctx).state).toEqual(at(S.Concluded));
    expect(next(at(S.Handled), A.NotifyResult, ctx).state).toEqual(at(S.Handled));
    expect(refusal(at(S.Handled), A.NotifyResult, { resultNotified: true })).toEqual({
      status: 409,
      code: 'DENUNCIATION_RESULT_ALREADY_NOTIFIED',
      fields: ['status'],
    });
    expect(refusal(at(S.Verifying), A.NotifyResult, ctx).code).toBe(
      'DENUNCIATION_INVALID_TRANSITION',
    );
  });

  it('must precede the closing of the file', () => {
    expect(refusal(at(S.Handled), A.Close, { resultNotified: false })).toEqual({
      status: 409,
      code: 'DENUNCIATION_RESULT_NOT_NOTIFIED',
      fields: ['resultNotice'],
    });
    expect(next(at(S.Handled), A.Close, { resultNotified: true }).state.status).toBe(S.Closed);
  });
});
