import { AgencyKind } from '../../agencies/domain/agency-enums';

/** What the place of the date line needs of one unit of the agency tree. */
export interface PlaceUnit {
  name: string;
  kind: AgencyKind;
}

const COMMITTEE = /^(?:(?:Ủy|Uỷ) ban nhân dân|UBND)\s+/iu;
const UNIT_TYPE = /^(thành phố|tỉnh|quận|huyện|thị xã|thị trấn|phường|xã|đặc khu)\s+(.+)$/iu;

const capitalised = (text: string) =>
  `${text.charAt(0).toLocaleUpperCase('vi')}${text.slice(1).toLocaleLowerCase('vi')}`;

/**
 * The official name of the administrative unit a people's committee governs, as the date line
 * writes it (NĐ 30/2020/NĐ-CP, Phụ lục I: "tên gọi chính thức của đơn vị hành chính" without
 * its type): "Ủy ban nhân dân thành phố Hà Nội" → "Hà Nội", "Ủy ban nhân dân phường Ba Đình" →
 * "Ba Đình". A unit named by a number keeps its full name ("Phường 7", "Quận 1"), as the same
 * rule requires; so does one named after a person or a historical event, which a name alone
 * cannot tell (the agency tree has no place field): such a unit prints its short name.
 */
export function localityOf(committeeName: string): string {
  const unit = committeeName.normalize('NFC').trim().replace(COMMITTEE, '');
  const typed = UNIT_TYPE.exec(unit);
  if (!typed) return unit;
  const name = typed[2]!;
  return /^\d+$/.test(name) ? `${capitalised(typed[1]!)} ${name}` : name;
}

/**
 * Địa danh of the place-and-date line ("Ba Đình, ngày …"; NĐ 30/2020/NĐ-CP, Phụ lục I; DOMAIN
 * §8.2): the locality where the issuing agency sits — that of the nearest people's committee at
 * or above it in `chain` (the agency first, then its parents): a commune or ward's committee
 * writes its own name, a district's inspectorate the district's, the city's inspectorate,
 * departments and board the city's ("Hà Nội"). A chain without a committee falls back to its root.
 */
export function administrativePlaceOf(chain: readonly PlaceUnit[]): string {
  const root = chain[chain.length - 1];
  if (!root) throw new RangeError('administrativePlaceOf: empty agency chain');
  const committee = chain.find((unit) => unit.kind === AgencyKind.PeopleCommittee) ?? root;
  return localityOf(committee.name);
}
