import { Injectable } from '@nestjs/common';

import { AgencyRepository } from './agency.repository';
import type { ScopeViewer } from './domain/agency-scope';

/**
 * Record scope for other modules (DESIGN.md §7), computed in SQL with WITH RECURSIVE; the pure
 * reference definition is domain/agency-scope.ts. Without `asOf`, the subtree spans all time
 * (a city leader still sees the records of districts that ended on 30/6/2025).
 */
@Injectable()
export class AgencyScopeService {
  constructor(private readonly agencies: AgencyRepository) {}

  async visibleAgencyIds(viewer: ScopeViewer, asOf?: string): Promise<string[]> {
    if (!viewer.seesSubtree) return [viewer.agencyId];
    const ids = await this.agencies.subtreeIds(viewer.agencyId, asOf ?? null);
    return ids.length > 0 ? ids : [viewer.agencyId];
  }

  async isVisible(viewer: ScopeViewer, agencyId: string, asOf?: string): Promise<boolean> {
    if (agencyId === viewer.agencyId) return true;
    if (!viewer.seesSubtree) return false;
    return (await this.visibleAgencyIds(viewer, asOf)).includes(agencyId);
  }
}
