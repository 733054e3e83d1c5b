import { AgencyKind } from '../../agencies/domain/agency-enums';
import { administrativePlaceOf, type DocumentIssuer } from '../../reports';

/** What a document header needs of one agency. */
export interface IssuerAgency {
  code: string;
  name: string;
  kind: AgencyKind;
}

const upper = (text: string) => text.toLocaleUpperCase('vi');

/** NĐ 30/2020 symbol part: "UBND" for a people's committee, else the code's last segment. */
export function abbreviationOf(agency: IssuerAgency): string {
  if (agency.kind === AgencyKind.PeopleCommittee) return 'UBND';
  return agency.code.split('-').pop() ?? agency.code;
}

/** The issuer block of a document of `chain[0]`, from the agency up to the root of its tree. */
export function documentIssuerOf(chain: readonly IssuerAgency[]): DocumentIssuer {
  const [agency, parent] = chain;
  if (!agency) throw new Error('documentIssuerOf: empty agency chain');
  return {
    ...(parent ? { parent: upper(parent.name) } : {}),
    name: upper(agency.name),
    nameInText: agency.name,
    abbreviation: abbreviationOf(agency),
    // the locality of the nearest people's committee at or above the issuer (DOMAIN §8.2)
    place: administrativePlaceOf(chain),
  };
}
