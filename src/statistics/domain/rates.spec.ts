import { formatPercent } from '../../reports/format/vi-number';
import {
  completionRate,
  handlingRate,
  onTimeShare,
  outcomeShares,
  rateDifference,
  ratio,
  relativeChange,
  resolutionRate,
  resolvedCount,
  roundHalfUp,
  roundPercent,
  withdrawalShare,
} from './rates';

describe('Hà Nội 2017 rates (DOMAIN §9.1), unrounded in the API, rounded half-up for display', () => {
  it('complaints: 1.911 resolved of 2.348 in competence = 0,81388… → 81,4%', () => {
    const rate = resolutionRate({ resolved: 1911, inCompetence: 2348 });
    expect(rate).toBeCloseTo(0.813884, 6);
    expect(roundPercent(rate!, 1)).toBe(81.4);
    expect(formatPercent(rate!, 1)).toBe('81,4%');
  });

  it('denunciations: 554 of 801 = 0,69163… → 69,2%', () => {
    const rate = resolutionRate({ resolved: 554, inCompetence: 801 });
    expect(rate).toBeCloseTo(0.691635, 6);
    expect(roundPercent(rate!, 1)).toBe(69.2);
    expect(formatPercent(rate!, 1)).toBe('69,2%');
  });

  it('complaint decisions completed: 292 of 426 = 0,68544… → 68,54% (two decimals, as published)', () => {
    const rate = completionRate({ completed: 292, toImplement: 426 });
    expect(rate).toBeCloseTo(0.685446, 6);
    expect(roundPercent(rate!, 2)).toBe(68.54);
    expect(formatPercent(rate!, 2)).toBe('68,54%');
  });
});

describe('resolved includes decisions, withdrawals and terminations (Product decision 3)', () => {
  it('adds the three ways a case ends', () => {
    expect(
      resolvedCount({ resolvedByDecision: 122, resolvedByWithdrawal: 66, terminated: 3 }),
    ).toBe(191);
  });

  it('Hải Phòng: 188 of 211 complaint cases resolved, 66 of them by withdrawal (DOMAIN §7.3)', () => {
    expect(resolutionRate({ resolved: 188, inCompetence: 211 })).toBeCloseTo(0.891, 3);
    expect(withdrawalShare({ resolvedByWithdrawal: 66, resolved: 188 })).toBeCloseTo(0.351, 3);
  });
});

describe('shares of right / partly right / wrong use the cases resolved by decision', () => {
  it('Hải Phòng: 5 right, 6 partly right, 111 wrong of 122 decided → 9,0% right or partly right', () => {
    const shares = outcomeShares({ right: 5, partlyRight: 6, wrong: 111, resolvedByDecision: 122 });
    expect(shares.right).toBeCloseTo(5 / 122, 12);
    expect(shares.partlyRight).toBeCloseTo(6 / 122, 12);
    expect(shares.wrong).toBeCloseTo(111 / 122, 12);
    expect(roundPercent(shares.rightOrPartlyRight!, 1)).toBe(9);
  });

  it('are all null when nothing was decided, even if cases were withdrawn', () => {
    expect(outcomeShares({ right: 0, partlyRight: 0, wrong: 0, resolvedByDecision: 0 })).toEqual({
      right: null,
      partlyRight: null,
      wrong: null,
      rightOrPartlyRight: null,
    });
  });
});

describe('every rate is null for a zero denominator, never 0 nor NaN', () => {
  it.each([
    ['resolutionRate', () => resolutionRate({ resolved: 0, inCompetence: 0 })],
    ['completionRate', () => completionRate({ completed: 0, toImplement: 0 })],
    ['onTimeShare', () => onTimeShare({ onTime: 0, late: 0 })],
    ['withdrawalShare', () => withdrawalShare({ resolvedByWithdrawal: 0, resolved: 0 })],
    ['handlingRate', () => handlingRate({ handled: 0, total: 0 })],
    ['relativeChange', () => relativeChange(5, 0)],
    ['ratio', () => ratio(0, 0)],
  ])('%s', (_, rate) => {
    expect(rate()).toBeNull();
  });

  it('but 0 resolved of 10 is a real 0', () => {
    expect(resolutionRate({ resolved: 0, inCompetence: 10 })).toBe(0);
  });

  it('refuses negative or non-finite counts (a bug upstream, not a rate)', () => {
    expect(() => ratio(-1, 3)).toThrow(RangeError);
    expect(() => ratio(1, Number.NaN)).toThrow(RangeError);
    expect(() => onTimeShare({ onTime: 1, late: -1 })).toThrow(RangeError);
  });
});

describe('on-time share, handling rate', () => {
  it('on time ÷ (on time + late) (01/KQGQ cols 25–26)', () => {
    expect(onTimeShare({ onTime: 90, late: 10 })).toBe(0.9);
  });

  it('Hà Nội 2024–25: 47.710 handled of 50.520 petitions (DOMAIN §7.3)', () => {
    expect(roundPercent(handlingRate({ handled: 47710, total: 50520 })!, 1)).toBe(94.4);
  });
});

describe('comparisons between periods', () => {
  it.each([
    [2348, 2000, 0.174],
    [1500, 2000, -0.25],
    [0, 10, -1],
    [7, 7, 0],
  ])('%i against %i changes by %d', (current, previous, change) => {
    expect(relativeChange(current, previous)).toBeCloseTo(change, 12);
  });

  it('compares two rates by their difference in percentage points', () => {
    expect(rateDifference(0.814, 0.78)).toBeCloseTo(0.034, 12);
    expect(rateDifference(0.814, null)).toBeNull();
    expect(rateDifference(null, 0.5)).toBeNull();
  });
});

describe('roundHalfUp rounds the decimal as written, half away from zero', () => {
  it.each([
    [81.38841567291311, 1, 81.4],
    [68.54460093896714, 2, 68.54],
    [1.005, 2, 1.01], // 1.005 is 1.00499999… as a float; rounded as written
    [2.45, 1, 2.5],
    [-2.45, 1, -2.5],
    [0.125, 2, 0.13],
    [1234.5, 0, 1235],
    [-0.04, 1, 0],
    [5, 2, 5],
    [1e-7, 2, 0],
    [1e21, 2, 1e21],
  ])('roundHalfUp(%d, %i) = %d', (x, decimals, expected) => {
    expect(roundHalfUp(x, decimals)).toBe(expected);
  });

  it.each([
    [0.68545, 2, 68.55], // 0.68545 × 100 is 68.54499… as a float
    [0.8138841567291312, 1, 81.4],
    [0.0005, 1, 0.1],
  ])('roundPercent(%d, %i) = %d', (rate, decimals, expected) => {
    expect(roundPercent(rate, decimals)).toBe(expected);
  });

  it('never returns -0', () => {
    expect(Object.is(roundHalfUp(-0.001, 1), 0)).toBe(true);
  });

  it('refuses bad decimals and non-finite numbers', () => {
    expect(() => roundHalfUp(1, -1)).toThrow(RangeError);
    expect(() => roundHalfUp(1, 1.5)).toThrow(RangeError);
    expect(() => roundHalfUp(Number.POSITIVE_INFINITY, 1)).toThrow(RangeError);
  });
});
