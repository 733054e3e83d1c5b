import { Permission } from './permission';
import { Role } from './role';
import { ROLE_PERMISSIONS, hasPermission, permissionsOf } from './role-permissions';

describe('role → permission table (DESIGN.md §7)', () => {
  it('every permission is held by at least one role, so no route is unreachable', () => {
    const held = permissionsOf(Object.values(Role));
    for (const permission of Object.values(Permission)) expect(held).toContain(permission);
  });

  it('only admins manage accounts, agencies, the calendar and the deadline rules', () => {
    for (const permission of [
      Permission.OfficerManage,
      Permission.AgencyManage,
      Permission.LegalManage,
    ]) {
      const holders = Object.values(Role).filter((r) => hasPermission([r], permission));
      expect(holders).toEqual([Role.Admin]);
    }
  });

  it('oversight reads no accounts and no audit trail (it holds no personal data at all)', () => {
    const oversight = ROLE_PERMISSIONS[Role.Oversight];
    expect(oversight).not.toContain(Permission.OfficerRead);
    expect(oversight).not.toContain(Permission.AuditRead);
  });

  it('leaders and admins read the audit trail; desk staff and investigators do not', () => {
    expect(hasPermission([Role.Leader], Permission.AuditRead)).toBe(true);
    expect(hasPermission([Role.Admin], Permission.AuditRead)).toBe(true);
    expect(hasPermission([Role.ReceptionOfficer], Permission.AuditRead)).toBe(false);
    expect(hasPermission([Role.Investigator], Permission.AuditRead)).toBe(false);
  });

  it('oversight never holds identity.read, nor any other person or identity permission', () => {
    const identityPermissions = [
      Permission.PersonCreate,
      Permission.PersonRead,
      Permission.IdentityRead,
      Permission.IdentityRequest,
      Permission.IdentityGrant,
    ];
    for (const permission of identityPermissions) {
      expect(hasPermission([Role.Oversight], permission)).toBe(false);
      // Admin never reads identity either: accounts, agencies and rules, not case content.
      expect(hasPermission([Role.Admin], permission)).toBe(false);
    }
  });

  it('only investigators request identity access, and only leaders grant it (Luật Tố cáo Điều 56)', () => {
    const holders = (p: Permission) => Object.values(Role).filter((r) => hasPermission([r], p));
    expect(holders(Permission.IdentityRequest)).toEqual([Role.Investigator]);
    expect(holders(Permission.IdentityGrant)).toEqual([Role.Leader]);
  });

  it('the desk (reception officers and petition handlers) registers persons', () => {
    const holders = Object.values(Role).filter((r) => hasPermission([r], Permission.PersonCreate));
    expect(holders.sort()).toEqual([Role.PetitionHandler, Role.ReceptionOfficer].sort());
  });

  it('only reception officers record visits at the desk (Luật Tiếp công dân 2013)', () => {
    const holders = Object.values(Role).filter((r) =>
      hasPermission([r], Permission.ReceptionWrite),
    );
    expect(holders).toEqual([Role.ReceptionOfficer]);
  });

  it('leaders plan and hold the head reception sessions (Luật Tiếp công dân 2013 Điều 12, 13, 15, 18)', () => {
    const holders = Object.values(Role).filter((r) =>
      hasPermission([r], Permission.ReceptionSessionManage),
    );
    expect(holders).toEqual([Role.Leader]);
  });

  it('desk staff, handlers, investigators and leaders read visits; oversight (statistics only) and admins do not', () => {
    const readers = Object.values(Role).filter((r) => hasPermission([r], Permission.ReceptionRead));
    expect(readers.sort()).toEqual(
      [Role.ReceptionOfficer, Role.PetitionHandler, Role.Investigator, Role.Leader].sort(),
    );
    for (const role of [Role.Oversight, Role.Admin]) {
      for (const p of [
        Permission.ReceptionRead,
        Permission.ReceptionWrite,
        Permission.ReceptionSessionManage,
      ]) {
        expect(hasPermission([role], p)).toBe(false);
      }
    }
  });

  it('only leaders approve acceptance, assignments, extensions and decisions (DESIGN.md §7)', () => {
    const holders = Object.values(Role).filter((r) =>
      hasPermission([r], Permission.ResolutionApprove),
    );
    expect(holders).toEqual([Role.Leader]);
  });

  it('investigators and leaders work on proceedings; investigators only on those assigned to them', () => {
    const holders = Object.values(Role).filter((r) => hasPermission([r], Permission.ResolutionAct));
    expect(holders.sort()).toEqual([Role.Investigator, Role.Leader].sort());
  });

  it('petition handlers follow the proceedings they proposed; oversight and admins see none', () => {
    const readers = Object.values(Role).filter((r) =>
      hasPermission([r], Permission.ResolutionRead),
    );
    expect(readers.sort()).toEqual([Role.PetitionHandler, Role.Investigator, Role.Leader].sort());
    for (const role of [Role.Oversight, Role.Admin, Role.ReceptionOfficer]) {
      expect(hasPermission([role], Permission.ResolutionAct)).toBe(false);
      expect(hasPermission([role], Permission.ResolutionApprove)).toBe(false);
    }
  });

  it('every signed-in role may read its own account', () => {
    for (const role of Object.values(Role)) {
      expect(hasPermission([role], Permission.AuthSelf)).toBe(true);
    }
  });

  it('petition handlers handle petitions (xử lý đơn); nobody else does', () => {
    const holders = Object.values(Role).filter((r) =>
      hasPermission([r], Permission.PetitionHandle),
    );
    expect(holders).toEqual([Role.PetitionHandler]);
  });

  it('the desk and petition handlers register petitions; leaders assign them to a handler', () => {
    const writers = Object.values(Role).filter((r) => hasPermission([r], Permission.PetitionWrite));
    expect(writers.sort()).toEqual([Role.PetitionHandler, Role.ReceptionOfficer].sort());
    const assigners = Object.values(Role).filter((r) =>
      hasPermission([r], Permission.PetitionAssign),
    );
    expect(assigners).toEqual([Role.Leader]);
  });

  it('desk staff, handlers, investigators and leaders read petitions and cases; oversight and admins never do', () => {
    const expected = [
      Role.ReceptionOfficer,
      Role.PetitionHandler,
      Role.Investigator,
      Role.Leader,
    ].sort();
    for (const p of [Permission.PetitionRead, Permission.CaseRead]) {
      expect(
        Object.values(Role)
          .filter((r) => hasPermission([r], p))
          .sort(),
      ).toEqual(expected);
    }
    const petitionPermissions = [
      Permission.PetitionRead,
      Permission.PetitionWrite,
      Permission.PetitionHandle,
      Permission.PetitionAssign,
      Permission.CaseRead,
      Permission.CaseMerge,
    ];
    for (const role of [Role.Oversight, Role.Admin]) {
      for (const p of petitionPermissions) expect(hasPermission([role], p)).toBe(false);
    }
  });

  it('only leaders merge cases (vụ việc)', () => {
    const holders = Object.values(Role).filter((r) => hasPermission([r], Permission.CaseMerge));
    expect(holders).toEqual([Role.Leader]);
  });

  it('investigators and leaders record enforcement; only leaders open, reopen and import it (issue 8)', () => {
    const holders = (p: Permission) => Object.values(Role).filter((r) => hasPermission([r], p));
    expect(holders(Permission.EnforcementRecord).sort()).toEqual(
      [Role.Investigator, Role.Leader].sort(),
    );
    expect(holders(Permission.EnforcementManage)).toEqual([Role.Leader]);
  });

  it('leaders and oversight read the 02/04 KQGQ enforcement figures; oversight sees no items', () => {
    const holders = (p: Permission) => Object.values(Role).filter((r) => hasPermission([r], p));
    expect(holders(Permission.EnforcementReport).sort()).toEqual(
      [Role.Leader, Role.Oversight].sort(),
    );
    expect(hasPermission([Role.Oversight], Permission.EnforcementRead)).toBe(false);
  });
});
