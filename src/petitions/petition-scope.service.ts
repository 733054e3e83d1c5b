import { Injectable } from '@nestjs/common';

import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { AccessScopeService } from '../scope/access-scope.service';

/** The agencies a petition request may touch, from the viewer's scope (DESIGN.md §7). */
@Injectable()
export class PetitionScopeService {
  constructor(private readonly scope: AccessScopeService) {}

  /** The viewer's scope (null = all), optionally narrowed to one agency and its subtree. */
  agencyFilter(viewer: AuthenticatedOfficer, agencyId?: string): Promise<string[] | null> {
    return this.scope.agencyFilter(viewer, agencyId);
  }

  canSee(viewer: AuthenticatedOfficer, agencyId: string): Promise<boolean> {
    return this.scope.canSee(viewer, agencyId);
  }

  agencyIdsFor(viewer: AuthenticatedOfficer): Promise<string[] | null> {
    return this.scope.agencyIdsFor(viewer);
  }
}
