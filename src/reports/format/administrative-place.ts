import { AgencyKind } from '../../agencies/domain/agency-enums';

/** What the place of the date line needs of one unit of the agency tree. */
export interface PlaceUnit {
  name: string;
  kind: AgencyKind;
}

/** An administrative unit as a people's committee's name gives it: "quận" + "Ba Đình". */
export interface AdministrativeUnit {
  /** The unit type in lower case ("thành phố", "quận", "phường"); absent when the name has none. */
  type?: string;
  /** The name after the type ("Ba Đình", "7"), or the whole name when there is no type. */
  name: string;
}

const COMMITTEE = /^(?:(?:Ủy|Uỷ) ban nhân dân|UBND)\s+/iu;
const UNIT_TYPE = /^(thành phố|tỉnh|quận|huyện|thị xã|thị trấn|phường|xã|đặc khu)\s+(.+)$/iu;

const capitalised = (text: string) =>
  `${text.charAt(0).toLocaleUpperCase('vi')}${text.slice(1).toLocaleLowerCase('vi')}`;

/** "Ủy ban nhân dân quận Ba Đình" (or "Quận Ba Đình") → { type: "quận", name: "Ba Đình" }. */
export function administrativeUnitOf(committeeName: string): AdministrativeUnit {
  const unit = committeeName.normalize('NFC').trim().replace(COMMITTEE, '');
  const typed = UNIT_TYPE.exec(unit);
  if (!typed) return { name: unit };
  return { type: typed[1]!.toLocaleLowerCase('vi'), name: typed[2]! };
}

/** A unit named by a number ("Phường 7", "Quận 1") is written with its type (NĐ 30/2020, Phụ lục I). */
export const isNumbered = (unit: AdministrativeUnit): boolean => /^\d+$/.test(unit.name);

/**
 * The official name of the administrative unit a people's committee governs, as the date line
 * writes it (NĐ 30/2020/NĐ-CP, Phụ lục I: "tên gọi chính thức của đơn vị hành chính" without
 * its type): "Ủy ban nhân dân thành phố Hà Nội" → "Hà Nội", "Ủy ban nhân dân phường Ba Đình" →
 * "Ba Đình". A unit named by a number keeps its full name ("Phường 7", "Quận 1"), as the same
 * rule requires; so does one named after a person or a historical event, which a name alone
 * cannot tell (the agency tree has no place field): such a unit prints its short name.
 */
export function localityOf(committeeName: string): string {
  const unit = administrativeUnitOf(committeeName);
  return unit.type && isNumbered(unit) ? `${capitalised(unit.type)} ${unit.name}` : unit.name;
}

/**
 * The nearest people's committee at or above the agency in `chain` (the agency first, then its
 * parents), with the index where it stands; a chain without a committee gives its root.
 */
export function nearestCommitteeOf<T extends PlaceUnit>(
  chain: readonly T[],
): { unit: T; index: number } {
  const found = chain.findIndex((unit) => unit.kind === AgencyKind.PeopleCommittee);
  const index = found >= 0 ? found : chain.length - 1;
  const unit = chain[index];
  if (!unit) throw new RangeError('administrativePlaceOf: empty agency chain');
  return { unit, index };
}

/**
 * Địa danh of the place-and-date line ("Ba Đình, ngày …"; NĐ 30/2020/NĐ-CP, Phụ lục I; DOMAIN
 * §8.2): the locality where the issuing agency sits — that of the nearest people's committee at
 * or above it in `chain` (the agency first, then its parents): a commune or ward's committee
 * writes its own name, a district's inspectorate the district's, the city's inspectorate,
 * departments and board the city's ("Hà Nội"). A chain without a committee falls back to its root.
 */
export function administrativePlaceOf(chain: readonly PlaceUnit[]): string {
  return localityOf(nearestCommitteeOf(chain).unit.name);
}
