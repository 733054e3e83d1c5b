import { AppError } from '../../common/errors/app-error';
import { EnforcementType as T, QuantityUnit } from './enforcement-item';
import type { ProgressInput } from './enforcement-progress';
import { landItem, moneyEntry, moneyItem, sampleItem } from './enforcement-samples';
import { ItemStatus } from './item-status';
import { recordProgress } from './record-progress';

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

const fieldsOf = (e: AppError) => e.errors.map((x) => `${x.field}:${x.code}`);

const money = moneyItem(T.RecoverMoney, '100000000');
const land = landItem(T.ReturnLandPerson, '250.5', 1);
const base = { id: 'e1', on: '2025-04-10', documentRef: 'Biên lai 0012345' };
const cash = (amount: string, extra: Partial<ProgressInput> = {}) => ({
  ...base,
  amount,
  unit: QuantityUnit.Vnd,
  ...extra,
});

describe('recording progress (Luật KN 2011 Điều 44–45; NĐ 124/2020; Luật TC 2018 Điều 44)', () => {
  it('records a payment and returns the entry as stored, with the item still open', () => {
    const result = recordProgress(money, [], cash('40000000', { note: '  Nộp lần 1 ' }));
    expect(result).toEqual({
      entry: { ...base, amount: '40000000', unit: 'VND', note: 'Nộp lần 1' },
      status: ItemStatus.InProgress,
      completedOn: null,
    });
  });

  it('completes the item when the amount is reached', () => {
    const paid = [moneyEntry('2025-02-01', '40000000')];
    const result = recordProgress(money, paid, cash('60000000'));
    expect(result).toMatchObject({ status: ItemStatus.Completed, completedOn: '2025-04-10' });
  });

  it('stores a land area in its canonical form (840.50 → 840.5)', () => {
    const input = { ...base, amount: '100.50', unit: QuantityUnit.SquareMetre };
    expect(recordProgress(land, [], input).entry.amount).toBe('100.5');
  });

  describe('bad input is a 400 ENFORCEMENT_PROGRESS_INVALID naming each field', () => {
    it.each<[string, Partial<ProgressInput>, string[]]>([
      ['a negative amount', { amount: '-5' }, ['amount:notPositive']],
      ['a zero amount', { amount: '0' }, ['amount:notPositive']],
      ['an amount with separators', { amount: '1.000.000' }, ['amount:moneyFormat']],
      ['an amount with decimals', { amount: '12.5' }, ['amount:moneyFormat']],
      ['no amount', { amount: null }, ['amount:required']],
      ['the unit of land on a money item', { unit: 'm2' }, ['unit:unitMismatch']],
      ['no unit', { unit: undefined }, ['unit:required']],
      ['a discipline measure on a money item', { measure: 'Khiển trách' }, ['measure:notAllowed']],
      ['persons on a money item', { persons: 2 }, ['persons:notAllowed']],
      ['an impossible date', { on: '2025-02-30' }, ['on:date']],
      ['a date in the future', { on: '2025-12-31' }, ['on:dateInFuture']],
      ['a date before legal effect', { on: '2024-12-31' }, ['on:dateBeforeLegalEffect']],
      ['no document reference', { documentRef: '  ' }, ['documentRef:blank']],
      ['a very long note', { note: 'x'.repeat(2001) }, ['note:tooLong']],
    ])('%s', (_label, change, expected) => {
      const options = { today: '2025-06-01', legalEffectOn: '2025-01-10' };
      const error = thrown(() => recordProgress(money, [], cash('1000', change), options));
      expect(error.httpStatus).toBe(400);
      expect(error.code).toBe('ENFORCEMENT_PROGRESS_INVALID');
      expect(fieldsOf(error)).toEqual(expected);
    });

    it('names the unit when m² is given as VND on a land item', () => {
      const input = { ...base, amount: '10', unit: QuantityUnit.Vnd };
      expect(fieldsOf(thrown(() => recordProgress(land, [], input)))).toEqual([
        'unit:unitMismatch',
      ]);
    });

    it('refuses more than 2 decimals of m²', () => {
      const input = { ...base, amount: '10.125', unit: QuantityUnit.SquareMetre };
      expect(fieldsOf(thrown(() => recordProgress(land, [], input)))).toEqual([
        'amount:areaFormat',
      ]);
    });
  });

  describe('never more than required without an explicit over-collection note', () => {
    const paid = [moneyEntry('2025-02-01', '90000000')];

    it('refuses 10,000,001 đồng when 10,000,000 remain: 400 naming amount and the note', () => {
      const error = thrown(() => recordProgress(money, paid, cash('10000001')));
      expect(error).toMatchObject({
        httpStatus: 400,
        code: 'ENFORCEMENT_OVER_COLLECTION',
        details: { required: '100000000', achieved: '90000000', remaining: '10000000' },
      });
      expect(fieldsOf(error)).toEqual(['amount:overCollection', 'overCollectionNote:required']);
      expect(error.message).toContain('còn lại 10000000');
    });

    it('accepts it with the note, and the item is complete', () => {
      const input = cash('10000001', { overCollectionNote: 'Nộp cả tiền lãi chậm nộp' });
      const result = recordProgress(money, paid, input);
      expect(result.status).toBe(ItemStatus.Completed);
      expect(result.entry.overCollectionNote).toBe('Nộp cả tiền lãi chậm nộp');
    });

    it('accepts exactly the remaining amount without a note', () => {
      expect(recordProgress(money, paid, cash('10000000')).status).toBe(ItemStatus.Completed);
    });
  });

  it('refuses any progress on a completed item: 409 ENFORCEMENT_ITEM_COMPLETED', () => {
    const paid = [moneyEntry('2025-02-01', '100000000')];
    const error = thrown(() =>
      recordProgress(money, paid, cash('1', { amount: 'not even valid' })),
    );
    expect(error).toMatchObject({ httpStatus: 409, code: 'ENFORCEMENT_ITEM_COMPLETED' });
  });

  describe('action items complete when the action is recorded', () => {
    it('discipline of individuals: the measure taken and the persons handled', () => {
      const item = sampleItem({ type: T.DisciplinePerson, persons: 2, officials: 1 });
      const input = { ...base, measure: 'Cảnh cáo', persons: 2, officials: 1 };
      const result = recordProgress(item, [], input);
      expect(result).toMatchObject({ status: ItemStatus.Completed, completedOn: '2025-04-10' });
      expect(result.entry).toEqual({ ...base, measure: 'Cảnh cáo', persons: 2, officials: 1 });
    });

    it.each<[string, Partial<ProgressInput>, string[]]>([
      ['no measure', { measure: undefined }, ['measure:required']],
      ['no persons', { persons: undefined }, ['persons:required']],
      ['0 persons', { persons: 0 }, ['persons:countPositive']],
      ['more officials than persons', { officials: 3 }, ['officials:officialsExceedPersons']],
      ['a fractional count', { persons: 1.5 }, ['persons:count']],
      ['an amount', { amount: '1000', unit: 'VND' }, ['amount:notAllowed', 'unit:notAllowed']],
    ])('discipline of individuals refuses %s', (_label, change, expected) => {
      const item = sampleItem({ type: T.DisciplinePerson, persons: 2 });
      const input = { ...base, measure: 'Cảnh cáo', persons: 2, officials: 1, ...change };
      expect(fieldsOf(thrown(() => recordProgress(item, [], input)))).toEqual(expected);
    });

    it('discipline of collectives: the measure and the collectives handled', () => {
      const item = sampleItem({ type: T.DisciplineOrg, collectives: 3 });
      const input = { ...base, measure: 'Kiểm điểm rút kinh nghiệm', collectives: 3 };
      expect(recordProgress(item, [], input).status).toBe(ItemStatus.Completed);
      const bad = { ...base, measure: 'Kiểm điểm', persons: 3 };
      expect(fieldsOf(thrown(() => recordProgress(item, [], bad)))).toEqual([
        'collectives:required',
        'persons:notAllowed',
      ]);
    });

    it('referral: the prosecution result, which may be no prosecution at all', () => {
      const item = sampleItem({ type: T.ReferInvestigation, persons: 2 });
      const prosecuted = recordProgress(item, [], { ...base, cases: 1, persons: 2, officials: 1 });
      expect(prosecuted.status).toBe(ItemStatus.Completed);
      const none = recordProgress(item, [], {
        ...base,
        cases: 0,
        persons: 0,
        note: 'Không khởi tố',
      });
      expect(none.status).toBe(ItemStatus.Completed);
      const bad = { ...base, cases: -1 };
      expect(fieldsOf(thrown(() => recordProgress(item, [], bad)))).toEqual([
        'persons:required',
        'cases:count',
      ]);
    });

    it('other measures: the action taken', () => {
      const item = sampleItem({ type: T.Other, description: 'Rút kinh nghiệm' });
      const done = recordProgress(item, [], { ...base, action: 'Đã tổ chức họp rút kinh nghiệm' });
      expect(done.status).toBe(ItemStatus.Completed);
      expect(fieldsOf(thrown(() => recordProgress(item, [], base)))).toEqual(['action:required']);
    });
  });
});
