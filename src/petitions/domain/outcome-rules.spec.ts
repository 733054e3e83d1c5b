import { ContentType } from '../../cases/domain/case-enums';
import { outcomeProblem, type OutcomeFacts } from './outcome-rules';
import { HandlingOutcome as O, PetitionSource } from './petition-enums';

const complaint: OutcomeFacts = {
  type: ContentType.Complaint,
  isAnonymous: false,
  source: PetitionSource.Post,
  isEligible: true,
  isInCompetence: true,
  guidedBefore: false,
};
const outside = { ...complaint, isInCompetence: false };
const denunciation = { ...complaint, type: ContentType.Denunciation };
const anonymous = { ...denunciation, isAnonymous: true, isEligible: false };

describe('which outcome is lawful for which petition (TT 05/2021; Luật KN 2011 Điều 11; Luật TC 2018 Điều 24, 25)', () => {
  it.each([
    ['accepting an eligible complaint in competence', O.ProposeAcceptance, complaint, null],
    [
      'accepting an ineligible one',
      O.ProposeAcceptance,
      { ...complaint, isEligible: false },
      'outcomeNeedsEligible',
    ],
    ['accepting one outside competence', O.ProposeAcceptance, outside, 'outcomeNeedsCompetence'],
    [
      'accepting a feedback',
      O.ProposeAcceptance,
      { ...complaint, type: ContentType.Feedback },
      'outcomeNotForType',
    ],
    [
      'resolving a petition in competence',
      O.ProposeResolution,
      { ...complaint, type: ContentType.Petition },
      null,
    ],
    ['not accepting a complaint (Điều 11)', O.NotAcceptable, complaint, null],
    [
      'not accepting a denunciation under Điều 11',
      O.NotAcceptable,
      denunciation,
      'outcomeNotForType',
    ],
    ['guiding a complaint outside competence', O.Guide, outside, null],
    ['guiding it twice', O.Guide, { ...outside, guidedBefore: true }, 'guidedBefore'],
    ['guiding one in competence', O.Guide, complaint, 'outcomeNeedsNoCompetence'],
    // DOMAIN §3.5; Luật TC 2018 Điều 24(2): a denunciation outside competence is forwarded.
    [
      'guiding a denunciation outside competence (it is forwarded, Điều 24(2))',
      O.Guide,
      { ...denunciation, isInCompetence: false },
      'denunciationNotGuided',
    ],
    [
      'guiding a denunciation never guided before, still refused',
      O.Guide,
      {
        ...denunciation,
        isInCompetence: false,
        guidedBefore: false,
        source: PetitionSource.Direct,
      },
      'denunciationNotGuided',
    ],
    [
      'forwarding a denunciation outside competence (Điều 24(2))',
      O.Forward,
      { ...denunciation, isInCompetence: false },
      null,
    ],
    ['forwarding one in competence', O.Forward, denunciation, 'outcomeNeedsNoCompetence'],
    ['urging a subordinate', O.Urge, outside, null],
    [
      'returning a misrouted petition forwarded by an agency',
      O.ReturnMisrouted,
      { ...outside, source: PetitionSource.ForwardedByAgency },
      null,
    ],
    [
      'returning a petition received by post as misrouted',
      O.ReturnMisrouted,
      outside,
      'misroutedNeedsForwardedSource',
    ],
    ['filing anything', O.File, { ...complaint, isEligible: false }, null],
    [
      'any outcome but file for a mixed petition',
      O.Guide,
      { ...outside, type: ContentType.Mixed },
      'outcomeNotForType',
    ],
    ['filing a mixed petition', O.File, { ...complaint, type: ContentType.Mixed }, null],
  ] as const)('%s', (_title, outcome, facts, problem) => {
    expect(outcomeProblem(outcome, facts)).toBe(problem);
  });

  describe('an anonymous denunciation is not processed as a denunciation (Luật Tố cáo 2018 Điều 25)', () => {
    it.each([O.ProposeAcceptance, O.Urge, O.ReferParty, O.ReturnOriginals])(
      'refuses %s',
      (outcome) => {
        expect(outcomeProblem(outcome, anonymous)).toBe('anonymousNotProcessed');
      },
    );

    it('refuses guidance as for any denunciation (Điều 24(2))', () => {
      expect(outcomeProblem(O.Guide, anonymous)).toBe('denunciationNotGuided');
    });

    it.each([O.File, O.Forward, O.ReferInvestigation])('allows %s (Điều 25(2))', (outcome) => {
      expect(outcomeProblem(outcome, anonymous)).toBeNull();
    });
  });
});
