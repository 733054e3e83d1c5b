import { AgencyKind } from '../../agencies/domain/agency-enums';
import { localAuthoritiesOf } from './local-authorities';

// Whom a report is addressed to ("Kính gửi", NĐ 30/2020 Phụ lục I ô 9b; DOMAIN §8.2): the
// Party committee and the People's Committee of the nearest level at or above the agency that has
// a people's committee (DOMAIN §1.2: three levels until 30/6/2025, two from 1/7/2025). The Party
// committee is the cấp ủy of that unit (Điều lệ Đảng 2011 Điều 11.1: Party organisation follows
// the administrative units): Tỉnh ủy, Thành ủy; Quận ủy, Huyện ủy, Thị ủy; Đảng ủy xã / phường /
// thị trấn / đặc khu — written by its exact name (Hướng dẫn 36-HD/VPTW 2018 mục II.1.2).

const pc = (name: string) => ({ name, kind: AgencyKind.PeopleCommittee });
const city = pc('Ủy ban nhân dân thành phố Hà Nội');
const district = pc('Ủy ban nhân dân quận Ba Đình');

describe('the Party committee and People’s Committee a report goes to', () => {
  it.each([
    ['Ủy ban nhân dân quận Ba Đình', 'Quận ủy Ba Đình', 'Ủy ban nhân dân quận Ba Đình'],
    ['Ủy ban nhân dân huyện Sóc Sơn', 'Huyện ủy Sóc Sơn', 'Ủy ban nhân dân huyện Sóc Sơn'],
    ['Ủy ban nhân dân thị xã Sơn Tây', 'Thị ủy Sơn Tây', 'Ủy ban nhân dân thị xã Sơn Tây'],
    ['Ủy ban nhân dân thành phố Thủ Đức', 'Thành ủy Thủ Đức', 'Ủy ban nhân dân thành phố Thủ Đức'],
    ['Ủy ban nhân dân phường Ba Đình', 'Đảng ủy phường Ba Đình', 'Ủy ban nhân dân phường Ba Đình'],
    ['Ủy ban nhân dân xã Sóc Sơn', 'Đảng ủy xã Sóc Sơn', 'Ủy ban nhân dân xã Sóc Sơn'],
    [
      'Ủy ban nhân dân thị trấn Đông Anh',
      'Đảng ủy thị trấn Đông Anh',
      'Ủy ban nhân dân thị trấn Đông Anh',
    ],
    [
      'Ủy ban nhân dân đặc khu Phú Quốc',
      'Đảng ủy đặc khu Phú Quốc',
      'Ủy ban nhân dân đặc khu Phú Quốc',
    ],
    ['UBND phường Ngọc Hà', 'Đảng ủy phường Ngọc Hà', 'Ủy ban nhân dân phường Ngọc Hà'],
    ['Ủy ban nhân dân quận 1', 'Quận ủy Quận 1', 'Ủy ban nhân dân quận 1'],
    ['Ủy ban nhân dân phường 7', 'Đảng ủy Phường 7', 'Ủy ban nhân dân phường 7'],
  ])('a unit under the city, %s: %s and %s', (name, party, people) => {
    expect(localAuthoritiesOf([pc(name), city])).toMatchObject({
      level: 'local',
      partyCommittee: party,
      peopleCommittee: people,
    });
  });

  it('the city’s bodies and the city itself: Thành ủy Hà Nội, at the province level', () => {
    const inspectorate = { name: 'Thanh tra thành phố Hà Nội', kind: AgencyKind.Inspectorate };
    const expected = {
      level: 'province',
      unitType: 'thành phố',
      partyCommittee: 'Thành ủy Hà Nội',
      peopleCommittee: 'Ủy ban nhân dân thành phố Hà Nội',
      reportsTo: 'Thanh tra Chính phủ',
    };
    expect(localAuthoritiesOf([inspectorate, city])).toEqual(expected);
    expect(localAuthoritiesOf([city])).toEqual(expected);
    expect(localAuthoritiesOf([pc('Ủy ban nhân dân tỉnh Lạng Sơn')])).toMatchObject({
      level: 'province',
      partyCommittee: 'Tỉnh ủy Lạng Sơn',
    });
  });

  it('a district’s body and an old commune go to their own level, never to the city’s', () => {
    const board = { name: 'Ban Tiếp công dân quận Ba Đình', kind: AgencyKind.ReceptionBoard };
    expect(localAuthoritiesOf([board, district, city])).toMatchObject({
      level: 'local',
      partyCommittee: 'Quận ủy Ba Đình',
      peopleCommittee: 'Ủy ban nhân dân quận Ba Đình',
    });
    expect(localAuthoritiesOf([pc('Ủy ban nhân dân phường Phúc Xá'), district, city])).toEqual({
      level: 'local',
      unitType: 'phường',
      partyCommittee: 'Đảng ủy phường Phúc Xá',
      peopleCommittee: 'Ủy ban nhân dân phường Phúc Xá',
      reportsTo: 'Thanh tra thành phố Hà Nội',
    });
  });

  // DOMAIN §1.1: the provincial inspectorate compiles the province's statistics and Thanh tra
  // Chính phủ receives the provinces' reports, so a report is copied "(để b/c)" one level up.
  it('is copied to the inspectorate that compiles its level: the province’s, or Thanh tra Chính phủ', () => {
    const wardInspectorate = { name: 'Thanh tra quận Ba Đình', kind: AgencyKind.Inspectorate };
    expect(localAuthoritiesOf([wardInspectorate, district, city]).reportsTo).toBe(
      'Thanh tra thành phố Hà Nội',
    );
    expect(localAuthoritiesOf([pc('Ủy ban nhân dân phường Ba Đình'), city]).reportsTo).toBe(
      'Thanh tra thành phố Hà Nội',
    );
    const langSon = pc('Ủy ban nhân dân tỉnh Lạng Sơn');
    expect(localAuthoritiesOf([pc('Ủy ban nhân dân xã Mẫu Sơn'), langSon]).reportsTo).toBe(
      'Thanh tra tỉnh Lạng Sơn',
    );
    expect(localAuthoritiesOf([langSon]).reportsTo).toBe('Thanh tra Chính phủ');
  });

  it('a committee name without a unit type has no Party committee; a chain without a committee takes its root', () => {
    expect(localAuthoritiesOf([pc('Ủy ban nhân dân Côn Đảo'), city])).toEqual({
      level: 'local',
      peopleCommittee: 'Ủy ban nhân dân Côn Đảo',
      reportsTo: 'Thanh tra thành phố Hà Nội',
    });
    const root = { name: 'Thành phố Hà Nội', kind: AgencyKind.Other };
    const department = { name: 'Phòng A', kind: AgencyKind.Department };
    expect(localAuthoritiesOf([department, root])).toMatchObject({
      level: 'province',
      partyCommittee: 'Thành ủy Hà Nội',
    });
    expect(() => localAuthoritiesOf([])).toThrow(RangeError);
  });
});
