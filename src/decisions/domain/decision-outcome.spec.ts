import { throwIfDecisionInvalid } from './decision-errors';
import {
  DECISION_KINDS,
  DECISION_OUTCOMES,
  DecisionKind as K,
  DecisionOutcome as O,
  validateOutcome,
} from './decision-outcome';

const ALLOWED: Record<K, O[]> = {
  [K.ComplaintFirstRound]: [O.Right, O.PartlyRight, O.Wrong],
  [K.ComplaintSecondRound]: [O.UpheldFirst, O.AnnulledOrAmendedFirst],
  [K.DenunciationConclusion]: [O.Right, O.PartlyRight, O.Wrong],
};

describe('outcome of each kind of decision (Luật Khiếu nại 2011 Điều 31, 40; Luật Tố cáo 2018 Điều 35)', () => {
  const pairs = DECISION_KINDS.flatMap((k) => DECISION_OUTCOMES.map((o) => [k, o] as const));

  it.each(pairs)('%s with outcome %s', (kind, outcome) => {
    const problems = validateOutcome({ kind, outcome });
    expect(problems).toEqual(
      ALLOWED[kind].includes(outcome)
        ? []
        : [{ field: 'outcome', code: 'notForKind', message: expect.any(String) }],
    );
  });
});

describe('deliberately false denunciation (Luật Tố cáo 2018 Điều 9 khoản 2, Điều 35)', () => {
  it.each([
    [K.DenunciationConclusion, O.Wrong, []],
    [K.DenunciationConclusion, O.PartlyRight, ['onlyWithWrong']],
    [K.DenunciationConclusion, O.Right, ['onlyWithWrong']],
    [K.ComplaintFirstRound, O.Wrong, ['onlyForDenunciation']],
  ])('%s, %s, flagged → %j', (kind, outcome, codes) => {
    const problems = validateOutcome({ kind, outcome, deliberatelyFalse: true });
    expect(problems.map((p) => p.code)).toEqual(codes);
    expect(problems.every((p) => p.field === 'deliberatelyFalse')).toBe(true);
  });

  it('an unflagged conclusion never complains about the flag', () => {
    const input = { kind: K.DenunciationConclusion, outcome: O.Right, deliberatelyFalse: false };
    expect(validateOutcome(input)).toEqual([]);
  });
});

describe('round 2: upholds or annuls round 1, with an optional conclusion on the content (DOMAIN §4.7)', () => {
  it.each([
    [K.ComplaintSecondRound, O.AnnulledOrAmendedFirst, O.PartlyRight, []],
    [K.ComplaintSecondRound, O.UpheldFirst, O.UpheldFirst, ['notAConclusion']],
    [K.ComplaintFirstRound, O.Right, O.Right, ['onlyForSecondRound']],
  ])('%s %s, content %s → %j', (kind, outcome, contentConclusion, codes) => {
    const problems = validateOutcome({ kind, outcome, contentConclusion });
    expect(problems.map((p) => p.code)).toEqual(codes);
  });
});

describe('decision errors', () => {
  it('throws DECISION_OUTCOME_INVALID (400) with outcome and measure problems together', () => {
    const outcome = validateOutcome({ kind: K.ComplaintSecondRound, outcome: O.Right });
    const measures = [{ field: 'measures.0.amount', code: 'money', message: 'x' }];
    expect(() => throwIfDecisionInvalid(outcome, measures)).toThrow(
      expect.objectContaining({
        httpStatus: 400,
        code: 'DECISION_OUTCOME_INVALID',
        errors: [expect.objectContaining({ field: 'outcome' }), measures[0]],
      }),
    );
    expect(() => throwIfDecisionInvalid([], measures)).toThrow(
      expect.objectContaining({ code: 'DECISION_MEASURES_INVALID' }),
    );
    expect(() => throwIfDecisionInvalid([], [])).not.toThrow();
  });
});
