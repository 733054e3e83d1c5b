import { Role } from '../../auth/role';
import { scopeKindOf } from './scope-kind';

describe('agency scope of an officer (DESIGN.md §7)', () => {
  it.each([
    [[Role.ReceptionOfficer], 'own'],
    [[Role.PetitionHandler, Role.Investigator], 'own'],
    [[Role.Leader], 'subtree'],
    [[Role.Oversight], 'subtree'],
    [[Role.Investigator, Role.Leader], 'subtree'],
    [[Role.Admin], 'all'],
  ] as const)('%j sees %s', (roles, kind) => {
    expect(scopeKindOf(roles)).toBe(kind);
  });
});
