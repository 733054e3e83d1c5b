import { Permission as P } from './permission';
import { Role } from './role';

/**
 * The one role → permission table. Its spec states the rules in sentences; a route's permission
 * must appear here for some role or nobody can call it.
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly P[]>> = {
  // Accounts, agencies, calendar and rules; never case content (DESIGN.md §7).
  [Role.Admin]: [
    P.AuthSelf,
    P.AgencyRead,
    P.AgencyManage,
    P.OfficerRead,
    P.OfficerManage,
    P.AuditRead,
    P.AuditVerify,
    P.LegalRead,
    P.LegalManage,
  ],
  // The desk registers persons and reads the identities it recorded or handles.
  [Role.ReceptionOfficer]: [
    P.AuthSelf,
    P.AgencyRead,
    P.LegalRead,
    P.PersonCreate,
    P.PersonRead,
    P.IdentityRead,
    P.ReceptionRead,
    P.ReceptionWrite,
    P.PetitionRead,
    P.PetitionWrite,
    P.CaseRead,
  ],
  [Role.PetitionHandler]: [
    P.AuthSelf,
    P.AgencyRead,
    P.LegalRead,
    P.PersonCreate,
    P.PersonRead,
    P.IdentityRead,
    P.ReceptionRead,
    P.ResolutionRead,
    P.PetitionRead,
    P.PetitionWrite,
    P.PetitionHandle,
    P.CaseRead,
  ],
  // Works on redacted copies; reads an identity only after a leader approved a request.
  [Role.Investigator]: [
    P.AuthSelf,
    P.AgencyRead,
    P.LegalRead,
    P.PersonRead,
    P.IdentityRead,
    P.IdentityRequest,
    P.ReceptionRead,
    P.ResolutionRead,
    P.ResolutionAct,
    P.PetitionRead,
    P.CaseRead,
    P.EnforcementRead,
    P.EnforcementRecord,
  ],
  // Approves acceptance, extensions, decisions; grants identity access; reads the audit trail.
  [Role.Leader]: [
    P.AuthSelf,
    P.AgencyRead,
    P.OfficerRead,
    P.AuditRead,
    P.LegalRead,
    P.PersonRead,
    P.IdentityRead,
    P.IdentityGrant,
    P.ReceptionRead,
    P.ReceptionSessionManage,
    P.ResolutionRead,
    P.ResolutionAct,
    P.ResolutionApprove,
    P.PetitionRead,
    P.PetitionAssign,
    P.CaseRead,
    P.CaseMerge,
    P.EnforcementRead,
    P.EnforcementRecord,
    P.EnforcementManage,
    P.EnforcementReport,
    P.StatisticsRead,
    P.ReportRead,
    P.ReportWrite,
  ],
  // Statistics and reports only; never personal data.
  [Role.Oversight]: [
    P.AuthSelf,
    P.AgencyRead,
    P.LegalRead,
    P.EnforcementReport,
    P.StatisticsRead,
    P.ReportRead,
  ],
};

export function permissionsOf(roles: readonly Role[]): Set<P> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}

export function hasPermission(roles: readonly Role[], permission: P): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}
