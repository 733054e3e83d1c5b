import { Injectable } from '@nestjs/common';

import { AgenciesService } from '../agencies/agencies.service';
import type { DocumentIssuer } from '../reports';
import { documentIssuerOf, type IssuerAgency } from './documents/document-issuer';

/** Levels above any unit (commune → district → province). */
const MAX_DEPTH = 4;

/** The NĐ 30/2020 issuer block of an agency's documents, from the agency tree. */
@Injectable()
export class DocumentIssuerService {
  constructor(private readonly agencies: AgenciesService) {}

  async issuerFor(agencyId: string): Promise<{ issuer: DocumentIssuer; agencyName: string }> {
    const chain: IssuerAgency[] = [];
    let id: string | null = agencyId;
    while (id !== null && chain.length < MAX_DEPTH) {
      const agency = await this.agencies.get(id);
      chain.push({ code: agency.code, name: agency.name, kind: agency.kind });
      id = agency.parentId;
    }
    return { issuer: documentIssuerOf(chain), agencyName: chain[0]?.name ?? '' };
  }
}
