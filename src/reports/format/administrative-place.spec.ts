import { AgencyKind } from '../../agencies/domain/agency-enums';
import { administrativePlaceOf, localityOf, type PlaceUnit } from './administrative-place';

// NĐ 30/2020/NĐ-CP, Phụ lục I (địa danh ghi trên văn bản; DOMAIN §8.2): the place on the date line
// is the official name of the administrative unit where the issuing agency sits, without the
// unit type; a unit named by a number keeps its full name.

const pc = (name: string): PlaceUnit => ({ name, kind: AgencyKind.PeopleCommittee });
const city = pc('Ủy ban nhân dân thành phố Hà Nội');
const district = pc('Ủy ban nhân dân quận Ba Đình');
const ward = pc('Ủy ban nhân dân phường Ba Đình');

describe('the place of the date line (NĐ 30/2020, Phụ lục I)', () => {
  it.each([
    ['Ủy ban nhân dân thành phố Hà Nội', 'Hà Nội'],
    ['Ủy ban nhân dân tỉnh Lạng Sơn', 'Lạng Sơn'],
    ['Ủy ban nhân dân quận Ba Đình', 'Ba Đình'],
    ['Ủy ban nhân dân thị xã Sơn Tây', 'Sơn Tây'],
    ['Ủy ban nhân dân phường Ba Đình', 'Ba Đình'],
    ['Ủy ban nhân dân xã Sóc Sơn', 'Sóc Sơn'],
    ['Ủy ban nhân dân thị trấn Đông Anh', 'Đông Anh'],
    ['Ủy ban nhân dân đặc khu Phú Quốc', 'Phú Quốc'],
    ['UBND phường Ngọc Hà', 'Ngọc Hà'],
    ['Uỷ ban nhân dân xã Sóc Sơn', 'Sóc Sơn'],
    ['Ủy ban nhân dân phường 7', 'Phường 7'],
    ['Ủy ban nhân dân quận 1', 'Quận 1'],
    ['Thành phố Hà Nội', 'Hà Nội'],
  ])('%s → %s', (name, place) => {
    expect(localityOf(name)).toBe(place);
  });

  it('a commune or ward writes its own name, not the city’s', () => {
    expect(administrativePlaceOf([ward, city])).toBe('Ba Đình');
    expect(administrativePlaceOf([pc('Ủy ban nhân dân xã Sóc Sơn'), city])).toBe('Sóc Sơn');
  });

  it('a body under a committee writes that committee’s locality', () => {
    const inspectorate = { name: 'Thanh tra thành phố Hà Nội', kind: AgencyKind.Inspectorate };
    const board = { name: 'Ban Tiếp công dân quận Ba Đình', kind: AgencyKind.ReceptionBoard };
    expect(administrativePlaceOf([inspectorate, city])).toBe('Hà Nội');
    expect(administrativePlaceOf([board, district, city])).toBe('Ba Đình');
    expect(administrativePlaceOf([city])).toBe('Hà Nội');
  });

  it('falls back to the root of a chain without a committee, and refuses an empty chain', () => {
    const root = { name: 'Thành phố Hà Nội', kind: AgencyKind.Other };
    expect(administrativePlaceOf([{ name: 'Phòng A', kind: AgencyKind.Department }, root])).toBe(
      'Hà Nội',
    );
    expect(() => administrativePlaceOf([])).toThrow(RangeError);
  });
});
