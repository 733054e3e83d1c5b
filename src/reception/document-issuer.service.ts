import { Injectable } from '@nestjs/common';

import { AgenciesService } from '../agencies/agencies.service';
import type { DocumentIssuer } from '../reports';
import { documentIssuerOf, type IssuerAgency } from './documents/document-issuer';

/** Levels above any unit (commune → district → province). */
const MAX_DEPTH = 4;

/**
 * The NĐ 30/2020 issuer block of an agency's documents, from the agency tree (one query for the
 * unit and the units above it). Every module that issues documents provides it.
 */
@Injectable()
export class DocumentIssuerService {
  constructor(private readonly agencies: AgenciesService) {}

  async issuerFor(agencyId: string): Promise<{ issuer: DocumentIssuer; agencyName: string }> {
    const chain: IssuerAgency[] = await this.agencies.ancestry(agencyId, MAX_DEPTH);
    return { issuer: documentIssuerOf(chain), agencyName: chain[0]!.name };
  }
}
