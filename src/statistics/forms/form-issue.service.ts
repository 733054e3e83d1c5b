import { Injectable } from '@nestjs/common';

import { AgenciesService } from '../../agencies/agencies.service';
import { Clock } from '../../common/time/clock';
import { documentIssuerOf } from '../../reception/documents/document-issuer';
import {
  administrativePlaceOf,
  type DocumentIssuer,
  type LocalAuthorities,
  localAuthoritiesOf,
} from '../../reports';

/** Where and when an official form is issued: what its date line over the head's signature says. */
export interface FormIssue {
  /**
   * The locality where the issuing agency sits (NĐ 30/2020, Phụ lục I; DOMAIN §8.2): "Ba Đình"
   * for a ward's committee, "Hà Nội" for the city's bodies.
   */
  place: string;
  /** The day the form is produced, as the oversight report is dated. */
  issuedOn: string;
}

/** Who issues a report, to whom ("Kính gửi") and when. */
export interface ReportIssue {
  issuer: DocumentIssuer;
  authorities: LocalAuthorities;
  issuedOn: string;
}

/** Levels read above the agency: unit → district → province, with room to spare. */
const ISSUER_LEVELS = 6;

/**
 * The place-and-date of a form's XLSX/PDF and the issuer block of the oversight report: from the
 * agency and the units above it (one query) and today (the Clock).
 */
@Injectable()
export class FormIssueService {
  constructor(
    private readonly agencies: AgenciesService,
    private readonly clock: Clock,
  ) {}

  async issue(agencyId: string): Promise<FormIssue> {
    const chain = await this.agencies.ancestry(agencyId, ISSUER_LEVELS);
    return { place: administrativePlaceOf(chain), issuedOn: this.clock.today() };
  }

  /**
   * The NĐ 30/2020 issuer block of a report of the agency, with the agency's own place, and the
   * authorities of its level the report is addressed to.
   */
  async documentIssue(agencyId: string): Promise<ReportIssue> {
    const chain = await this.agencies.ancestry(agencyId, ISSUER_LEVELS);
    return {
      issuer: { ...documentIssuerOf(chain), place: administrativePlaceOf(chain) },
      authorities: localAuthoritiesOf(chain),
      issuedOn: this.clock.today(),
    };
  }
}
