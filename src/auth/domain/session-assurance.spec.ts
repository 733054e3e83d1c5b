import { Role } from '../role';
import { requiresTotp, secondFactorOutcome } from './session-assurance';

describe('second factor (DESIGN.md §7: TOTP required for admin and leader)', () => {
  it('requires TOTP for admins and leaders only', () => {
    expect(requiresTotp([Role.Admin])).toBe(true);
    expect(requiresTotp([Role.Investigator, Role.Leader])).toBe(true);
    expect(requiresTotp([Role.ReceptionOfficer, Role.Oversight])).toBe(false);
  });

  it.each([
    [[Role.ReceptionOfficer], false, undefined, 'ok'],
    [[Role.ReceptionOfficer], true, undefined, 'totp_required'],
    [[Role.ReceptionOfficer], true, '123456', 'check_code'],
    [[Role.Leader], false, undefined, 'enrolment_required'],
    [[Role.Leader], true, undefined, 'totp_required'],
    [[Role.Admin], true, '123456', 'check_code'],
  ] as const)('roles %j, totp enabled %s, code %s → %s', (roles, enabled, code, outcome) => {
    expect(secondFactorOutcome(roles, enabled, code)).toBe(outcome);
  });
});
