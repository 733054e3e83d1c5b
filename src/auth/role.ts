/** Officer roles (DESIGN.md §7). Labels: common/i18n/enum-labels.vi.ts. */
export enum Role {
  Admin = 'admin',
  ReceptionOfficer = 'reception_officer',
  PetitionHandler = 'petition_handler',
  Investigator = 'investigator',
  Leader = 'leader',
  Oversight = 'oversight',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** Roles that see their agency's whole subtree, not only their own agency (DESIGN.md §7). */
export const SUBTREE_ROLES: readonly Role[] = [Role.Leader, Role.Oversight];

/** Roles that must confirm a TOTP code at login (DESIGN.md §7). */
export const TOTP_REQUIRED_ROLES: readonly Role[] = [Role.Admin, Role.Leader];
