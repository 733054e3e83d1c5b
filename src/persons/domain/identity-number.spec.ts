import { isSearchableIdNumber, isValidIdNumber, normaliseIdNumber } from './identity-number';
import { IdType } from './person-enums';

describe('normalising an ID number (one number, however it is written)', () => {
  it.each([
    ['0010 8900 1234', '001089001234'],
    ['  001.089.001.234 ', '001089001234'],
    ['b1234567', 'B1234567'],
    ['0101234567-001', '0101234567-001'],
    ['\t0010\u00a089001234\n', '001089001234'],
  ])('%j → %j', (raw, normalised) => {
    expect(normaliseIdNumber(raw)).toBe(normalised);
  });
});

describe('ID number formats (NĐ 137/2015/NĐ-CP Điều 13; TT 105/2020/TT-BTC Điều 5)', () => {
  it.each([
    [IdType.Cccd, '001089001234', true],
    [IdType.Cccd, '0010 8900 1234', true],
    [IdType.Cccd, '00108900123', false],
    [IdType.Cccd, '0010890012345', false],
    [IdType.Cccd, '00108900123A', false],
    [IdType.Cmnd, '012345678', true],
    [IdType.Cmnd, '001089001234', true],
    [IdType.Cmnd, '0123456789', false],
    [IdType.Passport, 'B1234567', true],
    [IdType.Passport, 'c123456', true],
    [IdType.Passport, 'AB12', false],
    [IdType.Passport, 'B1234567890', false],
    [IdType.Passport, 'B-123456', false],
    [IdType.TaxCode, '0101234567', true],
    [IdType.TaxCode, '0101234567-001', true],
    [IdType.TaxCode, '010123456', false],
  ])('%s %j is valid: %s', (type, number, valid) => {
    expect(isValidIdNumber(type, number)).toBe(valid);
  });

  it('accepts for search any number shaped like some document, and nothing else', () => {
    expect(isSearchableIdNumber('0010 8900 1234')).toBe(true);
    expect(isSearchableIdNumber('b1234567')).toBe(true);
    expect(isSearchableIdNumber('12345')).toBe(false);
    expect(isSearchableIdNumber('Nguyễn Văn A')).toBe(false);
  });
});
