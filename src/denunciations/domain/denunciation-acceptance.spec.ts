import { defaultCalendarForYear } from '../../legal/domain/holiday-calendar';
import { LEGAL_RULE_SEED } from '../../legal/domain/legal-rules.seed';
import { buildWorkingCalendar } from '../../legal/domain/working-calendar';
import {
  BASE_CONDITIONS,
  type BaseCondition,
  type DenunciationAcceptanceInput,
  evaluateDenunciationAcceptance,
} from './denunciation-acceptance';

const source = {
  rules: LEGAL_RULE_SEED,
  calendar: buildWorkingCalendar([2026].flatMap(defaultCalendarForYear)),
};
const MET = Object.fromEntries(BASE_CONDITIONS.map((c) => [c, true])) as Record<
  BaseCondition,
  boolean
>;

function input(overrides: Partial<DenunciationAcceptanceInput> = {}): DenunciationAcceptanceInput {
  return {
    ...source,
    conditions: MET,
    receivedOn: '2026-02-12',
    today: '2026-02-13',
    ...overrides,
  };
}

describe('acceptance conditions of Luật Tố cáo 2018 Điều 29 khoản 1, checked item by item', () => {
  it.each([
    [{}, [], 'accept'],
    [{ proper_form: false }, ['proper_form'], 'refuse'],
    [{ denouncer_capacity: false }, ['denouncer_capacity'], 'refuse'],
    [{ within_competence: false }, ['within_competence'], 'transfer'],
    [
      { within_competence: false, identifiable_violation: false },
      ['within_competence', 'identifiable_violation'],
      'transfer',
    ],
  ])('%j not met → failed %j, route %s', (unmet, failed, route) => {
    const result = evaluateDenunciationAcceptance(input({ conditions: { ...MET, ...unmet } }));
    expect(result).toMatchObject({
      acceptable: failed.length === 0,
      failedConditions: failed,
      route,
    });
  });

  it.each([
    [true, [], 'accept'],
    [false, ['evidence_against_resolver'], 'refuse'],
  ])(
    'against the resolver of a lawfully resolved complaint, evidence %s → %j',
    (evidence, failed, route) => {
      const result = evaluateDenunciationAcceptance(
        input({ arisesFromResolvedComplaint: true, evidenceAgainstResolver: evidence }),
      );
      expect(result).toMatchObject({ failedConditions: failed, route });
    },
  );

  it.each([
    [{ conditions: { ...MET, proper_form: undefined } }, 'conditions.proper_form'],
    [{ arisesFromResolvedComplaint: true }, 'evidenceAgainstResolver'],
    [{ receivedOn: '2026-02-30' }, 'receivedOn'],
    [{ today: '2026-02-11' }, 'today'],
  ])('bad input %j → 400 on %s', (overrides, field) => {
    expect(() =>
      evaluateDenunciationAcceptance(input(overrides as Partial<DenunciationAcceptanceInput>)),
    ).toThrow(
      expect.objectContaining({
        httpStatus: 400,
        code: 'DENUNCIATION_INPUT_INVALID',
        errors: [expect.objectContaining({ field })],
      }),
    );
  });
});

describe('preliminary check D11 and transfer D12 (Luật TC 2018 Điều 24 khoản 1, 2)', () => {
  // Thu 12/02: Fri 13 (1), 14–22 weekend + Tết skipped, 23–27 (6), Mon 02/03 (7); extended: 03–05/03 (10)
  it.each([
    [false, '2026-03-02', '2026-03-02', 'on_time'],
    [false, '2026-03-02', '2026-03-03', 'late'],
    [true, '2026-03-05', '2026-03-05', 'on_time'],
  ])('extended %s → decide by %s; evaluated %s: %s', (prelimExtended, due, today, timeliness) => {
    const result = evaluateDenunciationAcceptance(input({ prelimExtended, today }));
    expect(result.prelimDueOn).toBe(due);
    expect(result.acceptanceTimeliness).toBe(timeliness);
  });

  it('gives the transfer deadline only when the route is transfer (Fri 13/02 + Tết → Thu 26/02)', () => {
    const transfer = evaluateDenunciationAcceptance(
      input({ conditions: { ...MET, within_competence: false } }),
    );
    expect(transfer.transfer?.dueOn).toBe('2026-02-26');
    expect(evaluateDenunciationAcceptance(input()).transfer).toBeNull();
  });
});
