import type { AuditEntry } from '../audit/audit-entry';
import type { ActionContext } from '../auth/action-context';
import type { AgencyEntity } from './agency.entity';

export type AgencyAction = 'agency.create' | 'agency.rename' | 'agency.close' | 'agency.merge';

/** The audit row of a change to a unit; the unit is its own scope (agencyId = its id). */
export function agencyAuditEntry(
  ctx: ActionContext,
  action: AgencyAction,
  agency: Pick<AgencyEntity, 'id'>,
  data: Record<string, unknown>,
): AuditEntry {
  return {
    actorId: ctx.actor?.id ?? null,
    action,
    entityType: 'agency',
    entityId: agency.id,
    agencyId: agency.id,
    requestId: ctx.requestId,
    data,
  };
}
