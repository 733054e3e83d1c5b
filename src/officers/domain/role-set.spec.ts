import { Role } from '../../auth/role';
import { assertNotSelf, assertRoleSet, roleSetProblem } from './role-set';

describe('role sets (DESIGN.md §7: admin holds no case content)', () => {
  it.each([
    [[Role.Admin], null],
    [[Role.Leader, Role.Investigator], null],
    [[Role.ReceptionOfficer], null],
  ])('accepts %j', (roles, problem) => {
    expect(roleSetProblem(roles)).toBe(problem);
  });

  it.each([
    [[Role.Admin, Role.Leader]],
    [[Role.Admin, Role.ReceptionOfficer]],
    [[Role.Oversight, Role.Admin]],
  ])('refuses admin combined with another role: %j', (roles) => {
    expect(() => assertRoleSet(roles)).toThrow(expect.objectContaining({ httpStatus: 400 }));
  });

  it('refuses changes to one’s own account through the admin routes', () => {
    expect(() => assertNotSelf('a', 'a')).toThrow(expect.objectContaining({ httpStatus: 403 }));
    expect(() => assertNotSelf('a', 'b')).not.toThrow();
  });
});
