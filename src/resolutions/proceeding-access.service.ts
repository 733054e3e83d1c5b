import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { Role } from '../auth/role';
import { AppError } from '../common/errors/app-error';
import { notFound, validationFailed } from '../common/errors/common-errors';
import type { FieldError } from '../common/errors/error-body';
import { resolutionMessagesVi as m } from '../common/i18n/resolution-labels.vi';
import { OfficersService } from '../officers/officers.service';
import { AccessScopeService } from '../scope/access-scope.service';
import { type Assignment, canSeeProceeding, seesOnlyAssigned } from './domain/proceeding-access';

/** What access needs to know about a proceeding. */
export interface GuardedProceeding extends Assignment {
  agencyId: string;
}

/** The verification team of an assignment request. */
export interface TeamInput {
  leadId: string;
  memberIds: readonly string[];
}

const TEAM_ROLES: readonly Role[] = [Role.Investigator, Role.Leader];

/**
 * Who may see and act on a proceeding (DESIGN §7): the agency scope, then the assignment rule of
 * domain/proceeding-access.ts. Outside either, the proceeding answers 404 like a missing one.
 */
@Injectable()
export class ProceedingAccessService {
  constructor(
    private readonly scope: AccessScopeService,
    private readonly officers: OfficersService,
  ) {}

  /** Throws 404 (`entity`) unless the viewer sees the proceeding. */
  async assertVisible(
    viewer: AuthenticatedOfficer,
    proceeding: GuardedProceeding | null,
    entity: string,
  ): Promise<void> {
    if (!proceeding || !(await this.scope.canSee(viewer, proceeding.agencyId))) {
      throw notFound(entity);
    }
    if (!canSeeProceeding(viewer, proceeding)) throw notFound(entity);
  }

  /**
   * The agency ids of the viewer's scope (null = all), narrowed to `agencyId` and its subtree when
   * given (404 outside the scope, like a missing agency), and whether only assignments count.
   */
  async listScope(viewer: AuthenticatedOfficer, agencyId?: string) {
    return {
      agencyIds: await this.scope.agencyFilter(viewer, agencyId),
      assignedTo: seesOnlyAssigned(viewer) ? viewer.id : null,
    };
  }

  /** Luật KN Đ29, Luật TC Đ31: the team are officers of the resolving agency (400 naming who). */
  async checkTeam(
    viewer: AuthenticatedOfficer,
    agencyId: string,
    team: TeamInput,
    manager: EntityManager,
  ): Promise<void> {
    const ids: [string, string][] = [
      ['leadId', team.leadId],
      ...team.memberIds.map((id, i): [string, string] => [`memberIds.${i}`, id]),
    ];
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    for (const [field, id] of ids) {
      const problem = seen.has(id)
        ? 'assigneeDuplicate'
        : await this.problemOf(viewer, agencyId, id, manager);
      seen.add(id);
      if (problem) errors.push({ field, code: problem, message: m[problem] });
    }
    if (errors.length > 0) throw validationFailed(errors);
  }

  /** Full names of officers for a document (lead first); unknown ids are skipped. */
  async namesOf(viewer: AuthenticatedOfficer, ids: readonly string[]): Promise<string[]> {
    const names: string[] = [];
    for (const id of ids) {
      const officer = await this.visibleOfficer(viewer, id);
      if (officer) names.push(officer.fullName);
    }
    return names;
  }

  private async problemOf(
    viewer: AuthenticatedOfficer,
    agencyId: string,
    officerId: string,
    manager: EntityManager,
  ): Promise<'assigneeNotInAgency' | 'assigneeNotInvestigator' | null> {
    const officer = await this.visibleOfficer(viewer, officerId, manager);
    if (!officer || officer.isDisabled || officer.agencyId !== agencyId) {
      return 'assigneeNotInAgency';
    }
    return officer.roles.some((r) => TEAM_ROLES.includes(r)) ? null : 'assigneeNotInvestigator';
  }

  /** The officer, or null where the viewer's scope does not hold them (the 404 of OfficersService). */
  private async visibleOfficer(viewer: AuthenticatedOfficer, id: string, manager?: EntityManager) {
    try {
      return await this.officers.getVisible(viewer, id, manager);
    } catch (error) {
      if (error instanceof AppError && error.httpStatus === 404) return null;
      throw error;
    }
  }
}
