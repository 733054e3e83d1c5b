import { AppError } from '../../common/errors/app-error';
import { formatPercent } from '../../reports/format/vi-number';
import { completedOn, type TrackedItem } from './decision-completion';
import {
  completionRate,
  countDecisions,
  enforcementPeriodFigures,
  type PeriodDecision,
} from './enforcement-period';
import { EnforcementType as T, moneyEntry, moneyItem, tracked } from './enforcement-samples';
import type { ReportPeriod } from './report-period';

// Statutory quarters of 2025 under TT 01/2024/TT-TTCP (DOMAIN §7.1).
const Q1: ReportPeriod = { from: '2024-12-15', to: '2025-03-14' };
const Q2: ReportPeriod = { from: '2025-03-15', to: '2025-06-14' };
const Q3: ReportPeriod = { from: '2025-06-15', to: '2025-09-14' };

const decision = (legalEffectOn: string, items: TrackedItem[]) => ({
  legalEffectOn,
  completedOn: completedOn(items),
  items,
});

describe('carry-over (tồn đọng) and the period boundaries (DESIGN §5)', () => {
  it('carries an incomplete decision into every next period until it is complete', () => {
    const d = decision('2025-03-01', [tracked(moneyItem(T.RecoverMoney, '5000000'))]);
    expect(countDecisions([d], Q1)).toMatchObject({ newlyEffective: 1, carriedOver: 0 });
    expect(countDecisions([d], Q2)).toMatchObject({ newlyEffective: 0, carriedOver: 1 });
    expect(enforcementPeriodFigures([d], Q3)).toMatchObject({
      carriedOver: 1,
      completed: 0,
      stateMoneyToRecover: '5000000',
    });
  });

  it('counts a decision effective before the period and completed in it', () => {
    const items = [
      tracked(moneyItem(T.RecoverMoney, '5000000'), [moneyEntry('2025-05-05', '5000000')]),
    ];
    const d = decision('2024-11-01', items);
    expect(countDecisions([d], Q2)).toEqual({
      toImplement: 1,
      carriedOver: 1,
      newlyEffective: 0,
      completed: 1,
      completionRate: 1,
    });
  });

  it.each<[string, PeriodDecision, boolean, boolean, boolean]>([
    // label, decision, to implement, carried over, completed — for Q2 (15/3 → 14/6/2025)
    [
      'effective the day after the period',
      { legalEffectOn: '2025-06-15', completedOn: null },
      false,
      false,
      false,
    ],
    [
      'effective on the last day',
      { legalEffectOn: '2025-06-14', completedOn: null },
      true,
      false,
      false,
    ],
    [
      'effective on the first day',
      { legalEffectOn: '2025-03-15', completedOn: null },
      true,
      false,
      false,
    ],
    [
      'effective the day before',
      { legalEffectOn: '2025-03-14', completedOn: null },
      true,
      true,
      false,
    ],
    [
      'completed the day before',
      { legalEffectOn: '2025-01-10', completedOn: '2025-03-14' },
      false,
      false,
      false,
    ],
    [
      'completed on the first day',
      { legalEffectOn: '2025-01-10', completedOn: '2025-03-15' },
      true,
      true,
      true,
    ],
    [
      'completed on the last day',
      { legalEffectOn: '2025-01-10', completedOn: '2025-06-14' },
      true,
      true,
      true,
    ],
    [
      'completed the day after',
      { legalEffectOn: '2025-01-10', completedOn: '2025-06-15' },
      true,
      true,
      false,
    ],
    [
      'paid before legal effect, effective in the period',
      { legalEffectOn: '2025-04-01', completedOn: '2025-02-01' },
      true,
      false,
      true,
    ],
  ])('%s', (_label, d, toImplement, carriedOver, completed) => {
    expect(countDecisions([d], Q2)).toMatchObject({
      toImplement: Number(toImplement),
      carriedOver: Number(carriedOver),
      completed: Number(completed),
    });
  });

  it('credits a payment made before legal effect on the day of legal effect', () => {
    const items = [
      tracked(moneyItem(T.RecoverMoney, '5000000'), [moneyEntry('2025-02-01', '2000000')]),
    ];
    const d = decision('2025-04-01', items);
    expect(enforcementPeriodFigures([d], Q1)).toMatchObject({
      toImplement: 0,
      stateMoneyRecovered: '0',
    });
    expect(enforcementPeriodFigures([d], Q2)).toMatchObject({
      stateMoneyToRecover: '5000000',
      stateMoneyRecovered: '2000000',
    });
  });
});

describe('completion rate (DOMAIN §7.3; Product decision 3: unrounded in the API)', () => {
  it('Hà Nội 2017: 292 of 426 decisions carried out = 0.685446… = 68,54% (DOMAIN §9.1)', () => {
    // TT 03/2013 annual period 16/12/2016 → 15/12/2017; 300 carried over + 126 newly effective
    const period = { from: '2016-12-16', to: '2017-12-15' };
    const carried = Array.from({ length: 300 }, (_, i) => ({
      legalEffectOn: '2016-06-01',
      completedOn: i < 200 ? '2017-05-01' : null,
    }));
    const fresh = Array.from({ length: 126 }, (_, i) => ({
      legalEffectOn: '2017-03-01',
      completedOn: i < 92 ? '2017-12-15' : '2017-12-16',
    }));
    const notCounted = [
      { legalEffectOn: '2016-01-05', completedOn: '2016-12-15' }, // done before the period
      { legalEffectOn: '2017-12-16', completedOn: null }, // effective after it
    ];
    const counts = countDecisions([...carried, ...fresh, ...notCounted], period);
    expect(counts).toMatchObject({
      toImplement: 426,
      carriedOver: 300,
      newlyEffective: 126,
      completed: 292,
    });
    expect(counts.completionRate).toBe(292 / 426);
    expect(counts.completionRate).toBeCloseTo(0.685446, 6);
    expect(formatPercent(counts.completionRate ?? NaN, 2)).toBe('68,54%');
  });

  it('is null, not 0 or NaN, when nothing was to implement', () => {
    expect(completionRate(0, 0)).toBeNull();
    expect(completionRate(0, 5)).toBe(0);
  });

  it('refuses a period that ends before it starts: 400 naming `to`', () => {
    let error: unknown;
    try {
      countDecisions([], { from: '2025-03-15', to: '2025-03-14' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      httpStatus: 400,
      code: 'ENFORCEMENT_PERIOD_INVALID',
      errors: [expect.objectContaining({ field: 'to', code: 'toBeforeFrom' })],
    });
  });
});
