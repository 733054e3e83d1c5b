import { Injectable } from '@nestjs/common';

import { Clock } from '../../common/time/clock';
import { DocumentIssuerService } from '../../reception/document-issuer.service';

/** Where and when an official form is issued: what its date line over the head's signature says. */
export interface FormIssue {
  /** The place of the agency tree ("Hà Nội"), as on every document of the agency (NĐ 30/2020). */
  place: string;
  /** The day the form is produced, as the oversight report is dated. */
  issuedOn: string;
}

/** The place-and-date of a form's XLSX/PDF: the agency's issuer block and today (the Clock). */
@Injectable()
export class FormIssueService {
  constructor(
    private readonly issuers: DocumentIssuerService,
    private readonly clock: Clock,
  ) {}

  async issue(agencyId: string): Promise<FormIssue> {
    const { issuer } = await this.issuers.issuerFor(agencyId);
    return { place: issuer.place, issuedOn: this.clock.today() };
  }
}
