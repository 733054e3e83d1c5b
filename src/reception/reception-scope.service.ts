import { Injectable } from '@nestjs/common';

import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { receptionMessagesVi } from '../common/i18n/reception-messages.vi';
import { AccessScopeService } from '../scope/access-scope.service';

const AGENCY = receptionMessagesVi.agencyNotFound;

/** The agencies a reception request may touch, from the viewer's scope (DESIGN.md §7). */
@Injectable()
export class ReceptionScopeService {
  constructor(private readonly scope: AccessScopeService) {}

  /** The viewer's scope (null = all), optionally narrowed to one agency and its subtree. */
  agencyFilter(viewer: AuthenticatedOfficer, agencyId?: string): Promise<string[] | null> {
    return this.scope.agencyFilter(viewer, agencyId);
  }

  /** One agency the viewer may act for: the given one (in scope, else 404) or their own. */
  async oneAgency(viewer: AuthenticatedOfficer, agencyId?: string): Promise<string> {
    if (agencyId === undefined || agencyId === viewer.agencyId) return viewer.agencyId;
    await this.scope.assertVisible(viewer, agencyId, AGENCY);
    return agencyId;
  }

  canSee(viewer: AuthenticatedOfficer, agencyId: string): Promise<boolean> {
    return this.scope.canSee(viewer, agencyId);
  }
}
