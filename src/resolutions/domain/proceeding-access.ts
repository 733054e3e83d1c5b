import { Role } from '../../auth/role';

// Who sees and works on a proceeding (DESIGN §7): leaders approve in their scope; petition
// handlers follow the proceedings they proposed in their scope; an investigator works only on the
// proceedings whose verification was assigned to them (lead or member) — any other is, for them,
// not there at all (404, like a record outside scope).

export interface Viewer {
  id: string;
  roles: readonly Role[];
}

export interface Assignment {
  leadId: string | null;
  memberIds: readonly string[];
}

/** Roles that see every proceeding of the agencies in their scope. */
const SCOPE_WIDE: readonly Role[] = [Role.Leader, Role.PetitionHandler];

export function isAssigned(viewerId: string, assignment: Assignment): boolean {
  return assignment.leadId === viewerId || assignment.memberIds.includes(viewerId);
}

/** May this viewer (already known to be in scope) see the proceeding? */
export function canSeeProceeding(viewer: Viewer, assignment: Assignment): boolean {
  if (viewer.roles.some((r) => SCOPE_WIDE.includes(r))) return true;
  return viewer.roles.includes(Role.Investigator) && isAssigned(viewer.id, assignment);
}

/** Does the worklist/list of this viewer only hold the proceedings assigned to them? */
export function seesOnlyAssigned(viewer: Viewer): boolean {
  return !viewer.roles.some((r) => SCOPE_WIDE.includes(r));
}
