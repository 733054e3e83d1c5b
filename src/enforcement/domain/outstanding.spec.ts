import {
  EnforcementType as T,
  landEntry,
  landItem,
  moneyEntry,
  moneyItem,
  sampleItem,
  tracked,
} from './enforcement-samples';
import { backlog, isOutstanding, sortBacklog } from './outstanding';

describe('outstanding decisions (tồn đọng, DOMAIN §6.2): legally effective and not complete', () => {
  const old = {
    id: 'old',
    legalEffectOn: '2023-01-10',
    items: [tracked(moneyItem(T.RecoverMoney, '5000000'), [moneyEntry('2023-05-01', '1000000')])],
  };
  const large = {
    id: 'large',
    legalEffectOn: '2025-01-10',
    items: [
      tracked(moneyItem(T.ReturnMoneyPerson, '900000000')),
      tracked(landItem(T.RecoverLand, '2982.5'), [landEntry('2025-02-01', '0.5')]),
    ],
  };
  const done = {
    id: 'done',
    legalEffectOn: '2024-01-10',
    items: [tracked(moneyItem(T.RecoverMoney, '1000'), [moneyEntry('2024-02-01', '1000')])],
  };
  const future = {
    id: 'future',
    legalEffectOn: '2026-01-01',
    items: [tracked(moneyItem(T.RecoverMoney, '1'))],
  };
  const overdue = {
    id: 'overdue',
    legalEffectOn: '2024-06-01',
    items: [tracked(sampleItem({ type: T.DisciplinePerson, persons: 1 }, { dueOn: '2024-12-31' }))],
  };
  const at = '2025-06-30';

  it('lists only decisions effective on or before the day and not complete at its end', () => {
    const list = backlog([old, large, done, future, overdue], at);
    expect(list.map((e) => e.decision.id)).toEqual(['old', 'large', 'overdue']);
  });

  it('gives the age in days, the open and overdue items and what is still to collect', () => {
    const [first, second, third] = backlog([old, large, overdue], at);
    expect(first).toMatchObject({
      ageDays: 902,
      openItems: 1,
      moneyOutstanding: '4000000',
      landOutstanding: '0',
    });
    expect(second).toMatchObject({
      ageDays: 171,
      openItems: 2,
      moneyOutstanding: '900000000',
      landOutstanding: '2982',
    });
    expect(third).toMatchObject({
      ageDays: 394,
      openItems: 1,
      overdueItems: 1,
      moneyOutstanding: '0',
    });
  });

  it('reads progress as of the day: a decision completed later was outstanding then', () => {
    expect(isOutstanding(done, '2024-01-31')).toBe(true);
    expect(isOutstanding(done, '2024-02-01')).toBe(false);
    expect(backlog([old], '2023-04-30')[0]?.moneyOutstanding).toBe('5000000');
  });

  it('sorts by age (oldest first) and by amount outstanding (largest first), or the reverse', () => {
    const list = backlog([old, large, overdue], at);
    const ids = (entries: typeof list) => entries.map((e) => e.decision.id);
    expect(ids(sortBacklog(list, 'age'))).toEqual(['old', 'overdue', 'large']);
    expect(ids(sortBacklog(list, 'age', 'asc'))).toEqual(['large', 'overdue', 'old']);
    expect(ids(sortBacklog(list, 'amount'))).toEqual(['large', 'old', 'overdue']);
    expect(ids(sortBacklog(list, 'amount', 'asc'))).toEqual(['overdue', 'old', 'large']);
    expect(ids(list)).toEqual(['old', 'large', 'overdue']); // the input is not reordered
  });

  it('breaks ties on money by land area, then by age', () => {
    const a = {
      id: 'a',
      legalEffectOn: '2025-01-01',
      items: [tracked(landItem(T.RecoverLand, '10'))],
    };
    const b = {
      id: 'b',
      legalEffectOn: '2025-02-01',
      items: [tracked(landItem(T.RecoverLand, '20'))],
    };
    const c = {
      id: 'c',
      legalEffectOn: '2024-02-01',
      items: [tracked(landItem(T.RecoverLand, '20'))],
    };
    const sorted = sortBacklog(backlog([a, b, c], at), 'amount');
    expect(sorted.map((e) => e.decision.id)).toEqual(['c', 'b', 'a']);
  });
});
