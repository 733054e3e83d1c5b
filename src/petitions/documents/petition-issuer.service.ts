import { Injectable } from '@nestjs/common';

import { AgenciesService } from '../../agencies/agencies.service';
import { documentIssuerOf, type IssuerAgency } from '../../reception/documents/document-issuer';
import type { DocumentIssuer } from '../../reports';

/** Levels above any unit (commune → district → province). */
const MAX_DEPTH = 4;

/**
 * The NĐ 30/2020 issuer block of an agency's documents, from the agency tree. Reuses the pure
 * `documentIssuerOf` of the reception desk's documents (the same rule for every issued document).
 */
@Injectable()
export class PetitionIssuerService {
  constructor(private readonly agencies: AgenciesService) {}

  async issuerFor(agencyId: string): Promise<DocumentIssuer> {
    const chain: IssuerAgency[] = [];
    let id: string | null = agencyId;
    while (id !== null && chain.length < MAX_DEPTH) {
      const agency = await this.agencies.get(id);
      chain.push({ code: agency.code, name: agency.name, kind: agency.kind });
      id = agency.parentId;
    }
    return documentIssuerOf(chain);
  }
}
