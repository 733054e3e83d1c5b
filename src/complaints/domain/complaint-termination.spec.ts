import type { LegalRuleVersion } from '../../legal/domain/legal-rule';
import { LEGAL_RULE_KN_136 } from '../../legal/domain/legal-rules-kn136.seed';
import {
  finalWithdrawalBarring,
  isWithdrawalFinalOn,
  isWithdrawnContentReconsiderable,
  type PriorWithdrawal,
} from './complaint-termination';

describe('rule W1 in force on the withdrawal day (Luật số 136/2025/QH15, in force 1/7/2026)', () => {
  it.each([
    ['2025-12-31', false],
    ['2026-06-30', false],
    ['2026-07-01', true],
    ['2027-03-15', true],
  ])('withdrawn on %s → withdrawal final: %s', (on, final) => {
    expect(isWithdrawalFinalOn(LEGAL_RULE_KN_136, on)).toBe(final);
  });

  it('reads the date from the rule data: a version ended by a later law no longer bars', () => {
    const ended: LegalRuleVersion[] = [{ ...LEGAL_RULE_KN_136[0]!, effectiveTo: '2030-12-31' }];
    expect(isWithdrawalFinalOn(ended, '2030-12-31')).toBe(true);
    expect(isWithdrawalFinalOn(ended, '2031-01-01')).toBe(false);
    expect(isWithdrawalFinalOn([], '2027-01-01')).toBe(false);
  });
});

describe('withdrawn content is reconsidered only before W1 or when coerced (Luật KN 2011 Điều 10; Luật 136/2025/QH15)', () => {
  it.each([
    [false, false, true],
    [false, true, true],
    [true, false, false],
    [true, true, true],
  ])('rule in force %s, coerced %s → reconsiderable %s', (final, coerced, expected) => {
    expect(isWithdrawnContentReconsiderable(final, coerced)).toBe(expected);
  });
});

describe('accepting a new complaint in a case with a final withdrawal (Luật 136/2025/QH15: không được xem xét lại, trừ bị đe dọa, ép buộc)', () => {
  const w = (id: string, reconsiderable: boolean | null): PriorWithdrawal => ({
    complaintId: id,
    withdrawnOn: '2026-07-02',
    reconsiderable,
  });

  it('bars the acceptance when an earlier withdrawal is not reconsiderable', () => {
    expect(finalWithdrawalBarring([w('a', true), w('b', false)], false)).toEqual(w('b', false));
  });

  it('does not bar when every withdrawal may be reconsidered, or there is none', () => {
    expect(finalWithdrawalBarring([w('a', true), w('c', null)], false)).toBeNull();
    expect(finalWithdrawalBarring([], false)).toBeNull();
  });

  it('does not bar when the new complaint records that the withdrawal was coerced', () => {
    expect(finalWithdrawalBarring([w('b', false)], true)).toBeNull();
  });
});
