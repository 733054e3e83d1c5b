import { ContentType } from '../../cases/domain/case-enums';
import { legalBasisOf } from './legal-basis';
import { PETITION_ACTIONS, PetitionAction as A } from './petition-status';

describe('the legal basis recorded with each handling step', () => {
  it('has a basis for every action and type', () => {
    for (const action of PETITION_ACTIONS) {
      for (const type of Object.values(ContentType)) {
        expect(legalBasisOf(action, type, false).length).toBeGreaterThan(5);
      }
    }
  });

  it.each([
    [A.NotAcceptable, ContentType.Complaint, false, 'Luật Khiếu nại 2011, Điều 11'],
    [A.Forward, ContentType.Denunciation, false, 'Luật Tố cáo 2018, Điều 24 khoản 2'],
    [A.File, ContentType.Denunciation, true, 'Luật Tố cáo 2018, Điều 25 khoản 1'],
    [A.ExtendCheck, ContentType.Denunciation, false, 'Luật Tố cáo 2018, Điều 24 khoản 1'],
  ])('%s of a %s (anonymous %s): %s', (action, type, anonymous, basis) => {
    expect(legalBasisOf(action, type, anonymous)).toBe(basis);
  });

  it('cites Điều 25(2) when an anonymous denunciation is passed on', () => {
    expect(legalBasisOf(A.ReferInvestigation, ContentType.Denunciation, true)).toMatch(
      /^Luật Tố cáo 2018, Điều 25 khoản 2/,
    );
  });
});
