import { Injectable } from '@nestjs/common';

import { AgencyScopeService } from '../agencies/agency-scope.service';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { notFound } from '../common/errors/common-errors';
import { receptionMessagesVi } from '../common/i18n/reception-messages.vi';
import { scopeKindOf } from './domain/scope-kind';

/**
 * Set-based record scope for the signed-in officer: lists filter by these ids in SQL; a record
 * outside scope is 404. Leaders and oversight see their agency's subtree over all time (records
 * of districts that ended on 30/6/2025 stay visible to the city), others their own agency.
 */
@Injectable()
export class AccessScopeService {
  constructor(private readonly agencies: AgencyScopeService) {}

  /** null = every agency (admin accounts management only; admins hold no case permissions). */
  async agencyIdsFor(officer: AuthenticatedOfficer): Promise<string[] | null> {
    const kind = scopeKindOf(officer.roles);
    if (kind === 'all') return null;
    return this.agencies.visibleAgencyIds({
      agencyId: officer.agencyId,
      seesSubtree: kind === 'subtree',
    });
  }

  async canSee(officer: AuthenticatedOfficer, agencyId: string): Promise<boolean> {
    const ids = await this.agencyIdsFor(officer);
    return ids === null || ids.includes(agencyId);
  }

  /**
   * The officer's scope (null = all), narrowed to `agencyId` and its subtree when given (a list's
   * agency filter): an agency outside the scope is the same 404 as a missing one.
   */
  async agencyFilter(officer: AuthenticatedOfficer, agencyId?: string): Promise<string[] | null> {
    const scope = await this.agencyIdsFor(officer);
    if (agencyId === undefined) return scope;
    if (scope && !scope.includes(agencyId)) throw notFound(receptionMessagesVi.agencyNotFound);
    const subtree = await this.agencies.visibleAgencyIds({ agencyId, seesSubtree: true });
    if (!scope) return subtree;
    const visible = new Set(scope);
    return subtree.filter((id) => visible.has(id));
  }

  /** Throws the same 404 as a missing record, so existence is not revealed. */
  async assertVisible(officer: AuthenticatedOfficer, agencyId: string, entity: string) {
    if (!(await this.canSee(officer, agencyId))) throw notFound(entity);
  }
}
