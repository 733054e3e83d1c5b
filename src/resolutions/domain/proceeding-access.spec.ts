import { Role } from '../../auth/role';
import { canSeeProceeding, isAssigned, seesOnlyAssigned } from './proceeding-access';

describe('who works on a proceeding (DESIGN §7: investigators act only on assigned proceedings)', () => {
  const team = { leadId: 'lead', memberIds: ['member'] };

  it.each([
    ['a leader in scope', { id: 'x', roles: [Role.Leader] }, true],
    ['a petition handler in scope', { id: 'x', roles: [Role.PetitionHandler] }, true],
    ['the lead investigator', { id: 'lead', roles: [Role.Investigator] }, true],
    ['a team member', { id: 'member', roles: [Role.Investigator] }, true],
    ['another investigator of the agency', { id: 'x', roles: [Role.Investigator] }, false],
    ['a reception officer', { id: 'x', roles: [Role.ReceptionOfficer] }, false],
    ['oversight', { id: 'x', roles: [Role.Oversight] }, false],
  ])('%s: sees it = %s', (_who, viewer, expected) => {
    expect(canSeeProceeding(viewer, team)).toBe(expected);
  });

  it('an unassigned proceeding is seen by no investigator', () => {
    const none = { leadId: null, memberIds: [] };
    expect(canSeeProceeding({ id: 'lead', roles: [Role.Investigator] }, none)).toBe(false);
    expect(isAssigned('lead', none)).toBe(false);
  });

  it('lists of investigators hold only their assignments; leaders see their scope', () => {
    expect(seesOnlyAssigned({ id: 'x', roles: [Role.Investigator] })).toBe(true);
    expect(seesOnlyAssigned({ id: 'x', roles: [Role.Investigator, Role.Leader] })).toBe(false);
  });
});
