import { Role } from '../../auth/role';
import { mayExtendCheck } from './check-extension';

describe('who extends the preliminary check of a denunciation (Luật Tố cáo 2018 Điều 24 khoản 1; DESIGN §7)', () => {
  it('is the leader (head of the agency or an authorised deputy), who approves extensions', () => {
    expect(mayExtendCheck([Role.Leader])).toBe(true);
    expect(mayExtendCheck([Role.PetitionHandler, Role.Leader])).toBe(true);
  });

  it('is not the handler of the petition, nor anyone else', () => {
    for (const role of [
      Role.PetitionHandler,
      Role.ReceptionOfficer,
      Role.Investigator,
      Role.Oversight,
      Role.Admin,
    ]) {
      expect([role, mayExtendCheck([role])]).toEqual([role, false]);
    }
  });
});
