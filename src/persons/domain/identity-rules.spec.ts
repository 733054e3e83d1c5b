import { identityViolations, normaliseIdentity } from './identity-rules';
import { IdType, PersonKind } from './person-enums';

const TODAY = '2026-03-10';
const base = { fullName: ' Trần Văn Bình ', idType: IdType.Cccd, idNumber: '0010 8900 1234' };
const check = (over: object, kind = PersonKind.Citizen) =>
  identityViolations(kind, normaliseIdentity({ ...base, ...over }), TODAY);

describe('normalising what the desk typed', () => {
  it('trims, turns blanks into null and normalises the ID number', () => {
    expect(normaliseIdentity({ ...base, address: '   ', phone: ' 0912 345 678 ' })).toEqual({
      fullName: 'Trần Văn Bình',
      idType: IdType.Cccd,
      idNumber: '001089001234',
      idIssuedOn: null,
      idIssuedPlace: null,
      dateOfBirth: null,
      address: null,
      phone: '0912 345 678',
      email: null,
    });
  });
});

describe('identity rules (DOMAIN.md §2.2: name, address, ID document with issue date and place)', () => {
  it('accepts a complete, consistent identity', () => {
    expect(check({ dateOfBirth: '1989-02-03', idIssuedOn: '2021-04-01' })).toEqual([]);
  });

  it('accepts a person known by name only (e.g. a delegation member)', () => {
    expect(check({ idType: null, idNumber: null })).toEqual([]);
  });

  it.each([
    [{ fullName: '   ' }, 'fullName', 'required'],
    [{ idNumber: '00108900123' }, 'idNumber', 'format'],
    [{ idType: null }, 'idType', 'idTypeRequired'],
    [{ idNumber: '  ' }, 'idNumber', 'idNumberRequired'],
    [{ idType: IdType.TaxCode, idNumber: '0101234567' }, 'idType', 'taxCodeForOrganisation'],
    [{ dateOfBirth: '2026-03-11' }, 'dateOfBirth', 'inFuture'],
    [{ idIssuedOn: '2026-03-11' }, 'idIssuedOn', 'inFuture'],
    [{ dateOfBirth: '1990-01-01', idIssuedOn: '1989-12-31' }, 'idIssuedOn', 'beforeBirth'],
  ])('refuses %j, naming %s (%s)', (over, field, rule) => {
    expect(check(over)).toEqual([{ field, rule }]);
  });

  it('accepts today as a date of birth or issue, and a tax code for an organisation', () => {
    expect(check({ dateOfBirth: TODAY, idIssuedOn: TODAY })).toEqual([]);
    const org = { idType: IdType.TaxCode, idNumber: '0101234567-001' };
    expect(check(org, PersonKind.Organisation)).toEqual([]);
  });
});
