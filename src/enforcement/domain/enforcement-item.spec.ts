import { AppError } from '../../common/errors/app-error';
import {
  Beneficiary,
  beneficiaryOf,
  EnforcementType as T,
  isQuantityItem,
  itemFromMeasure,
  ItemKind,
  itemKind,
  QuantityUnit,
  requiredQuantity,
  unitOf,
} from './enforcement-item';

describe('enforcement items: one per recommended measure (DOMAIN §6.1, §12 EnforcementType)', () => {
  it.each([
    [T.RecoverMoney, ItemKind.Money, QuantityUnit.Vnd, Beneficiary.State],
    [T.RecoverLand, ItemKind.Land, QuantityUnit.SquareMetre, Beneficiary.State],
    [T.ReturnMoneyOrg, ItemKind.Money, QuantityUnit.Vnd, Beneficiary.Organisation],
    [T.ReturnLandOrg, ItemKind.Land, QuantityUnit.SquareMetre, Beneficiary.Organisation],
    [T.ReturnMoneyPerson, ItemKind.Money, QuantityUnit.Vnd, Beneficiary.Individual],
    [T.ReturnLandPerson, ItemKind.Land, QuantityUnit.SquareMetre, Beneficiary.Individual],
    [T.DisciplineOrg, ItemKind.Discipline, null, null],
    [T.DisciplinePerson, ItemKind.Discipline, null, null],
    [T.ReferInvestigation, ItemKind.Referral, null, null],
    [T.Other, ItemKind.Other, null, null],
  ])('%s is measured as %s, in %p, for %p', (type, kind, unit, beneficiary) => {
    expect(itemKind(type)).toBe(kind);
    expect(unitOf(type)).toBe(unit);
    expect(beneficiaryOf(type)).toBe(beneficiary);
    expect(isQuantityItem(type)).toBe(unit !== null);
  });

  it('creates an item from a recommended measure and reads its required amount exactly', () => {
    const money = itemFromMeasure('i1', { type: T.RecoverMoney, amount: '2600000000' });
    const land = itemFromMeasure('i2', {
      type: T.ReturnLandPerson,
      area: '840.5',
      beneficiaries: 2,
    });
    const discipline = itemFromMeasure('i3', { type: T.DisciplineOrg, collectives: 64 });
    expect(money).toEqual({
      id: 'i1',
      type: T.RecoverMoney,
      required: { amount: '2600000000' },
      reopenings: [],
    });
    expect(requiredQuantity(money)).toBe(2_600_000_000n);
    expect(requiredQuantity(land)).toBe(84_050n);
    expect(requiredQuantity(discipline)).toBeNull();
  });

  it('keeps the responsible body and due date', () => {
    const item = itemFromMeasure(
      'i1',
      { type: T.Other, description: 'Rút kinh nghiệm' },
      { responsibleBody: 'UBND phường Cửa Nam', dueOn: '2025-06-30' },
    );
    expect(item).toMatchObject({ responsibleBody: 'UBND phường Cửa Nam', dueOn: '2025-06-30' });
  });

  it('refuses a measure without the quantity its type needs: 400 naming required.<field>', () => {
    let error: unknown;
    try {
      itemFromMeasure('i1', { type: T.ReturnLandOrg, amount: '1000' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      httpStatus: 400,
      code: 'ENFORCEMENT_ITEM_INVALID',
      errors: [
        expect.objectContaining({ field: 'required.amount', code: 'notAllowed' }),
        expect.objectContaining({ field: 'required.area', code: 'required' }),
      ],
    });
  });

  it('refuses an unknown type, naming `type`', () => {
    const measure = { type: 'fine' as T, amount: '1' };
    expect(() => itemFromMeasure('i1', measure)).toThrow(
      expect.objectContaining({ errors: [expect.objectContaining({ field: 'type' })] }),
    );
  });
});
