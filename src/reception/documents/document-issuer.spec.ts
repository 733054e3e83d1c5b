import { AgencyKind } from '../../agencies/domain/agency-enums';
import { documentIssuerOf } from './document-issuer';

const city = {
  code: 'HN',
  name: 'Ủy ban nhân dân thành phố Hà Nội',
  kind: AgencyKind.PeopleCommittee,
};
const inspectorate = {
  code: 'HN-TTTP',
  name: 'Thanh tra thành phố Hà Nội',
  kind: AgencyKind.Inspectorate,
};

describe('the issuer block of a reception document (NĐ 30/2020, Phụ lục I)', () => {
  it('names the parent body above the issuer, in capitals, with the place of the root unit', () => {
    expect(documentIssuerOf([inspectorate, city])).toEqual({
      parent: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI',
      name: 'THANH TRA THÀNH PHỐ HÀ NỘI',
      nameInText: 'Thanh tra thành phố Hà Nội',
      abbreviation: 'TTTP',
      place: 'Hà Nội',
    });
  });

  it('a people’s committee without a parent signs as UBND', () => {
    expect(documentIssuerOf([city])).toMatchObject({ abbreviation: 'UBND', place: 'Hà Nội' });
    expect(documentIssuerOf([city]).parent).toBeUndefined();
  });

  it.each([
    ['Ủy ban nhân dân tỉnh Lạng Sơn', 'Lạng Sơn'],
    ['Ủy ban nhân dân phường Ba Đình', 'Ba Đình'],
  ])('%s → %s', (name, place) => {
    const unit = { code: 'X', name, kind: AgencyKind.PeopleCommittee };
    expect(documentIssuerOf([unit, city]).place).toBe(place);
  });

  it('a ward’s or district’s bodies are dated from their own locality, not the city’s (DOMAIN §8.2)', () => {
    const ward = {
      code: 'HN-P-BD',
      name: 'Ủy ban nhân dân phường Ba Đình',
      kind: AgencyKind.PeopleCommittee,
    };
    const wardInspectorate = {
      code: 'HN-Q-BD-TT',
      name: 'Thanh tra quận Ba Đình',
      kind: AgencyKind.Inspectorate,
    };
    expect(documentIssuerOf([ward, city]).place).toBe('Ba Đình');
    expect(documentIssuerOf([wardInspectorate, ward, city]).place).toBe('Ba Đình');
    expect(documentIssuerOf([inspectorate, city]).place).toBe('Hà Nội');
  });
});
