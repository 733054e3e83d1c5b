import { AgencyErrorCode, agencyError, throwIfViolated } from './agency-errors';
import {
  checkChildrenEndBy,
  checkClose,
  checkInterval,
  checkWithinParent,
  dayBefore,
  isValidOn,
} from './agency-validity';

const open = { validFrom: '2008-08-01', validTo: null };
const district = { validFrom: '2008-08-01', validTo: '2025-06-30' };

describe('validity of a unit in time (DESIGN.md §2, DOMAIN.md Product decision 7)', () => {
  it.each([
    ['2008-07-31', false],
    ['2008-08-01', true],
    ['2025-06-30', true],
    ['2025-07-01', false],
  ])('a district valid 2008-08-01…2025-06-30 (both inclusive) is valid on %s: %s', (d, valid) => {
    expect(isValidOn(district, d)).toBe(valid);
  });

  it('an open unit is valid on every day from its first', () => {
    expect(isValidOn(open, '2999-12-31')).toBe(true);
    expect(isValidOn(open, '2008-07-31')).toBe(false);
  });

  it.each([
    ['2025-07-01', '2025-06-30'],
    ['2024-03-01', '2024-02-29'],
    ['2025-01-01', '2024-12-31'],
  ])('the day before %s is %s', (date, before) => {
    expect(dayBefore(date)).toBe(before);
  });

  it('refuses an interval that ends before it starts, naming validTo; one day is fine', () => {
    expect(checkInterval({ validFrom: '2025-07-01', validTo: '2025-06-30' })).toEqual({
      code: AgencyErrorCode.InvalidValidity,
      field: 'validTo',
      rule: 'beforeValidFrom',
    });
    expect(checkInterval({ validFrom: '2025-07-01', validTo: '2025-07-01' })).toBeNull();
    expect(checkInterval(open)).toBeNull();
  });
});

describe('a unit cannot be valid outside its parent’s validity', () => {
  it('refuses a child that starts before its parent', () => {
    const v = checkWithinParent({ validFrom: '2008-07-31', validTo: null }, open);
    expect(v).toMatchObject({ code: AgencyErrorCode.OutsideParentValidity, field: 'validFrom' });
  });

  it('refuses an open child, or one ending later, under a parent that ends', () => {
    const child = { validFrom: '2010-01-01', validTo: null };
    expect(checkWithinParent(child, district)).toMatchObject({ field: 'validTo' });
    const later = { validFrom: '2010-01-01', validTo: '2025-07-01' };
    expect(checkWithinParent(later, district)).toMatchObject({ rule: 'endsAfterParent' });
  });

  it('accepts a child inside its parent, also on the parent’s first and last day', () => {
    expect(checkWithinParent(district, district)).toBeNull();
    expect(checkWithinParent({ validFrom: '2025-07-01', validTo: null }, open)).toBeNull();
  });

  it('names the request fields it is given (e.g. a merge successor)', () => {
    const fields = { validFrom: 'effectiveOn', validTo: 'effectiveOn' };
    const v = checkWithinParent({ validFrom: '2000-01-01', validTo: null }, open, fields);
    expect(v?.field).toBe('effectiveOn');
  });
});

describe('closing a unit', () => {
  it('refuses to close a unit that already ended (409)', () => {
    const v = checkClose(district, '2025-06-30');
    expect(v).toMatchObject({ code: AgencyErrorCode.AlreadyClosed });
    expect(v && agencyError(v).httpStatus).toBe(409);
  });

  it('refuses a last day before the first day, and accepts the first day itself', () => {
    expect(checkClose(open, '2008-07-31')).toMatchObject({ field: 'validTo' });
    expect(checkClose(open, '2008-08-01')).toBeNull();
  });

  it('refuses to end a parent while a child outlives it', () => {
    const children = [district, { validFrom: '2025-07-01', validTo: null }];
    expect(checkChildrenEndBy(children, '2025-06-30')).toMatchObject({
      code: AgencyErrorCode.HasActiveChildren,
    });
    expect(checkChildrenEndBy([district], '2025-06-30')).toBeNull();
    expect(checkChildrenEndBy([], '2000-01-01')).toBeNull();
  });
});

describe('agency errors', () => {
  it('throws the first violation as a coded AppError naming the field, in Vietnamese', () => {
    const v = checkInterval({ validFrom: '2025-07-01', validTo: '2025-01-01' });
    expect(() => throwIfViolated(null, v)).toThrow(
      expect.objectContaining({
        httpStatus: 400,
        code: 'AGENCY_INVALID_VALIDITY',
        message: 'Ngày hết hiệu lực không được trước ngày bắt đầu hiệu lực',
        errors: [expect.objectContaining({ field: 'validTo', code: 'beforeValidFrom' })],
      }),
    );
    expect(() => throwIfViolated(null, null)).not.toThrow();
  });
});
