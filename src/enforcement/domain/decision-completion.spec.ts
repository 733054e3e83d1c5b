import { completedOn, decisionComplete } from './decision-completion';
import { EnforcementType as T } from './enforcement-item';
import { disciplineEntry, moneyEntry, moneyItem, sampleItem, tracked } from './enforcement-samples';

describe('thực hiện dứt điểm: a decision is complete when all its items are (DOMAIN §6.2)', () => {
  const money = moneyItem(T.RecoverMoney, '5000000');
  const discipline = sampleItem({ type: T.DisciplinePerson, persons: 1 });

  it('is not complete while one item is open', () => {
    const items = [tracked(money, [moneyEntry('2025-03-01', '5000000')]), tracked(discipline)];
    expect(decisionComplete(items)).toBe(false);
    expect(completedOn(items)).toBeNull();
  });

  it('is complete on the day its last item was completed, whatever the item order', () => {
    const items = [
      tracked(discipline, [disciplineEntry('2025-05-20', 1)]),
      tracked(money, [moneyEntry('2025-03-01', '5000000')]),
    ];
    expect(decisionComplete(items)).toBe(true);
    expect(completedOn(items)).toBe('2025-05-20');
  });

  it('a decision with no item is never complete (the service tracks at least one item)', () => {
    expect(decisionComplete([])).toBe(false);
    expect(completedOn([])).toBeNull();
  });
});
