import { AgencyKind } from '../../agencies/domain/agency-enums';
import {
  type AdministrativeUnit,
  administrativeUnitOf,
  isNumbered,
  localityOf,
  nearestCommitteeOf,
  type PlaceUnit,
} from './administrative-place';

/**
 * The Party committee and the People's Committee of one administrative level: whom a report of
 * an agency at or under that level is addressed to ("Kính gửi"; "Như trên" under "Nơi nhận").
 */
export interface LocalAuthorities {
  /** `province`: a tỉnh or thành phố trực thuộc trung ương (no people's committee above it). */
  level: 'province' | 'local';
  /** "thành phố", "quận", "phường"; absent when the committee's name has no unit type. */
  unitType?: string;
  /** "Thành ủy Hà Nội", "Quận ủy Ba Đình", "Đảng ủy phường Ba Đình"; absent for an unknown type. */
  partyCommittee?: string;
  /** "Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân quận Ba Đình". */
  peopleCommittee: string;
  /**
   * The inspectorate the report is also sent to "(để b/c)", which compiles the reports of this
   * level: Thanh tra Chính phủ for a province's, the province's inspectorate ("Thanh tra thành
   * phố Hà Nội") for a district's or a commune's (DOMAIN §1.1: it compiles the province's
   * statistics).
   */
  reportsTo: string;
}

/** Thanh tra Chính phủ: receives the provinces' reports (DOMAIN §1.1). */
const GOVERNMENT_INSPECTORATE = 'Thanh tra Chính phủ';

// Điều lệ Đảng (2011) Điều 11.1: the Party's organisation follows the State's administrative
// units, so each local level has its Party committee (cấp ủy), named after the unit: "Tỉnh ủy …",
// "Thành ủy …" (province; also a thành phố at district level), "Quận ủy …", "Huyện ủy …",
// "Thị ủy …" (district), "Đảng ủy xã/phường/thị trấn …" (grassroots; from 1/7/2025 also
// "Đảng ủy đặc khu …") [M: names as used in practice, not checked against a text]. Hướng dẫn
// 36-HD/VPTW (2018) mục II.1.2: a cấp ủy is written by its exact name under the Điều lệ
// [V2: thuvienphapluat note on 36-HD/VPTW].
const DISTRICT_OR_PROVINCE_COMMITTEE: Readonly<Record<string, string>> = {
  tỉnh: 'Tỉnh ủy',
  'thành phố': 'Thành ủy',
  quận: 'Quận ủy',
  huyện: 'Huyện ủy',
  'thị xã': 'Thị ủy',
};
const GRASSROOTS = new Set(['xã', 'phường', 'thị trấn', 'đặc khu']);
const PROVINCE_TYPES = new Set(['tỉnh', 'thành phố']);

function partyCommitteeOf(unit: AdministrativeUnit, locality: string): string | undefined {
  if (!unit.type) return undefined;
  // a unit named by a number keeps its type: "Quận ủy Quận 1", "Đảng ủy Phường 7"
  if (GRASSROOTS.has(unit.type)) {
    return `Đảng ủy ${isNumbered(unit) ? locality : `${unit.type} ${unit.name}`}`;
  }
  const prefix = DISTRICT_OR_PROVINCE_COMMITTEE[unit.type];
  return prefix ? `${prefix} ${locality}` : undefined;
}

/**
 * The authorities a report of `chain[0]` goes to (the agency first, then the units above it):
 * the Party committee and the People's Committee of the nearest level at or above the agency
 * that has a people's committee — the city's for the city's bodies, a district's for the
 * district and its bodies (until 30/6/2025), a commune's or ward's for its own (DOMAIN §1.2).
 * Names come from the committee's name in the agency tree ("Ủy ban nhân dân quận Ba Đình"); a
 * chain without a committee takes its root, as the date line does.
 */
export function localAuthoritiesOf(chain: readonly PlaceUnit[]): LocalAuthorities {
  const { unit: committee, index } = nearestCommitteeOf(chain);
  const unit = administrativeUnitOf(committee.name);
  const partyCommittee = partyCommitteeOf(unit, localityOf(committee.name));
  const above = chain.slice(index + 1).some((u) => u.kind === AgencyKind.PeopleCommittee);
  const level = !above && unit.type && PROVINCE_TYPES.has(unit.type) ? 'province' : 'local';
  return {
    level,
    ...(unit.type ? { unitType: unit.type } : {}),
    ...(partyCommittee ? { partyCommittee } : {}),
    peopleCommittee: `Ủy ban nhân dân ${unit.type ? `${unit.type} ` : ''}${unit.name}`,
    reportsTo: level === 'province' ? GOVERNMENT_INSPECTORATE : provinceInspectorateOf(chain),
  };
}

/** "Thanh tra thành phố Hà Nội": the inspectorate of the topmost committee of the chain. */
function provinceInspectorateOf(chain: readonly PlaceUnit[]): string {
  const committees = chain.filter((u) => u.kind === AgencyKind.PeopleCommittee);
  const province = administrativeUnitOf((committees.at(-1) ?? chain.at(-1)!).name);
  return `Thanh tra ${province.type ? `${province.type} ` : ''}${province.name}`;
}
