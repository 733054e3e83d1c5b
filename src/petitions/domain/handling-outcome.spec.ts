import { ContentType } from '../../cases/domain/case-enums';
import { HANDLING_OUTCOMES, HandlingOutcome as O, ReportBucket as B } from './petition-enums';
import { reportBucketOf } from './handling-outcome';

const T = ContentType;

describe('every handling outcome counts in exactly one column of the forms 01–04/XLD (DOMAIN §3.5, §7.2)', () => {
  it.each([
    [O.ProposeAcceptance, T.Complaint, B.InCompetenceComplaint],
    [O.ProposeAcceptance, T.Denunciation, B.InCompetenceDenunciation],
    [O.ProposeResolution, T.Petition, B.InCompetencePetition],
    [O.ProposeResolution, T.Feedback, B.InCompetencePetition],
    // Luật KN 2011 Điều 11: the competent body answers a complaint it does not accept.
    [O.NotAcceptable, T.Complaint, B.InCompetenceComplaint],
    [O.Guide, T.Complaint, B.Guided],
    [O.Guide, T.Denunciation, B.Guided],
    [O.Forward, T.Denunciation, B.Forwarded],
    [O.Forward, T.Feedback, B.Forwarded],
    [O.ReferInvestigation, T.Denunciation, B.Forwarded],
    [O.ReferParty, T.Denunciation, B.Forwarded],
    [O.Urge, T.Complaint, B.Urged],
    [O.ReturnOriginals, T.Complaint, B.NotCounted],
    [O.ReturnMisrouted, T.Petition, B.NotCounted],
    [O.File, T.Denunciation, B.NotCounted],
    [O.ProposeAcceptance, T.Mixed, B.NotCounted],
  ])('%s of a %s → %s', (outcome, type, bucket) => {
    expect(reportBucketOf(outcome, type)).toBe(bucket);
  });

  it('maps every (outcome, type) pair to one bucket', () => {
    for (const outcome of HANDLING_OUTCOMES) {
      for (const type of Object.values(T)) {
        expect(Object.values(B)).toContain(reportBucketOf(outcome, type));
      }
    }
  });
});
