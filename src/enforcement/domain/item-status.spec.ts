import { EnforcementType as T } from './enforcement-item';
import {
  disciplineEntry,
  landEntry,
  landItem,
  moneyEntry,
  moneyItem,
  sampleItem,
} from './enforcement-samples';
import {
  itemAchieved,
  itemCompletedOn,
  itemOutstanding,
  ItemStatus,
  itemStatus,
  progressUpTo,
} from './item-status';
import { formatDong, toDong } from './money';

describe('item status, computed from progress (DOMAIN §6.2)', () => {
  const item = moneyItem(T.RecoverMoney, '100000000');

  it('is not started, in progress, then completed on the day the amount is reached', () => {
    const first = moneyEntry('2025-02-01', '40000000');
    const second = moneyEntry('2025-04-10', '60000000');
    expect(itemStatus(item, [])).toBe(ItemStatus.NotStarted);
    expect(itemStatus(item, [first])).toBe(ItemStatus.InProgress);
    expect(itemOutstanding(item, [first])).toBe(60_000_000n);
    expect(itemStatus(item, [first, second])).toBe(ItemStatus.Completed);
    expect(itemCompletedOn(item, [first, second])).toBe('2025-04-10');
    expect(itemOutstanding(item, [first, second])).toBe(0n);
  });

  it('dates completion by the running total in date order, whatever the recording order', () => {
    const late = moneyEntry('2025-05-01', '50000000');
    const early = moneyEntry('2025-03-01', '50000000');
    expect(itemCompletedOn(item, [late, early])).toBe('2025-05-01');
    const lastRecordedFirst = [moneyEntry('2025-05-01', '100000000'), early];
    expect(itemCompletedOn(item, lastRecordedFirst)).toBe('2025-05-01');
  });

  it('completes a land item when the area is reached, in exact hundredths', () => {
    const land = landItem(T.RecoverLand, '0.3');
    const entries = [landEntry('2025-01-01', '0.1'), landEntry('2025-01-02', '0.2')];
    expect(itemAchieved(land, entries)).toBe(30n);
    expect(itemCompletedOn(land, entries)).toBe('2025-01-02');
  });

  it('completes a discipline item when the measure taken is recorded', () => {
    const discipline = sampleItem({ type: T.DisciplinePerson, persons: 2 });
    expect(itemStatus(discipline, [])).toBe(ItemStatus.NotStarted);
    expect(itemCompletedOn(discipline, [disciplineEntry('2025-05-20', 2, 1)])).toBe('2025-05-20');
    expect(itemAchieved(discipline, [])).toBeNull();
  });

  it('reads the progress as it stood at the end of a day', () => {
    const entries = [moneyEntry('2025-02-01', '40000000'), moneyEntry('2025-04-10', '60000000')];
    expect(itemStatus(item, progressUpTo(entries, '2025-04-09'))).toBe(ItemStatus.InProgress);
    expect(itemStatus(item, progressUpTo(entries, '2025-04-10'))).toBe(ItemStatus.Completed);
  });

  it('counts no drift over 10,000 progress entries of 1,234,567 đồng', () => {
    const big = moneyItem(T.ReturnMoneyPerson, formatDong(toDong('1234567') * 10_000n));
    const entries = Array.from({ length: 10_000 }, (_, i) =>
      moneyEntry(`2025-0${1 + (i % 9)}-01`, '1234567'),
    );
    expect(formatDong(itemAchieved(big, entries) ?? -1n)).toBe('12345670000');
    expect(itemStatus(big, entries)).toBe(ItemStatus.Completed);
    expect(itemStatus(big, entries.slice(1))).toBe(ItemStatus.InProgress);
    expect(itemOutstanding(big, entries.slice(1))).toBe(1_234_567n);
  });

  it('counts no drift over 10,000 land entries of 0.01 m²', () => {
    const land = landItem(T.ReturnLandOrg, '100');
    const entries = Array.from({ length: 10_000 }, () => landEntry('2025-01-01', '0.01'));
    expect(itemAchieved(land, entries)).toBe(10_000n);
    expect(itemCompletedOn(land, entries)).toBe('2025-01-01');
    expect(itemCompletedOn(land, entries.slice(1))).toBeNull();
  });
});
