import { ContentType } from '../../cases/domain/case-enums';
import { HANDLING_OUTCOMES, HandlingOutcome as O, ReportBucket as B } from './petition-enums';
import { allBucketFacts, reportBucketOf } from './handling-outcome';

const T = ContentType;
const bucket = (
  outcome: O | null,
  type: ContentType,
  isEligible: boolean | null,
  own: boolean | null,
) => reportBucketOf({ outcome, type, isEligible, isInCompetence: own });

describe('every handled petition counts in at most one result column of the forms 01–04/XLD (DOMAIN §3.5, §7.2)', () => {
  it.each([
    // 01/XLD cols 18–21: thuộc thẩm quyền, by content (cols 11–13).
    [O.ProposeAcceptance, T.Complaint, true, true, B.InCompetenceComplaint],
    [O.ProposeAcceptance, T.Denunciation, true, true, B.InCompetenceDenunciation],
    [O.ProposeResolution, T.Petition, true, true, B.InCompetencePetition],
    [O.ProposeResolution, T.Feedback, true, true, B.InCompetencePetition],
    // Luật KN 2011 Điều 11: the competent body answers a complaint it does not accept.
    [O.NotAcceptable, T.Complaint, true, true, B.InCompetenceComplaint],
    // In competence whatever was done with it: col 9 = 18 + 22 leaves no other column.
    [O.File, T.Complaint, true, true, B.InCompetenceComplaint],
    [O.ReferInvestigation, T.Denunciation, true, true, B.InCompetenceDenunciation],
    [O.ReferParty, T.Denunciation, true, true, B.InCompetenceDenunciation],
    [O.File, T.Mixed, true, true, B.InCompetencePetition],
    // 01/XLD cols 22–25: không thuộc thẩm quyền — hướng dẫn, chuyển đơn, đôn đốc.
    [O.Guide, T.Complaint, true, false, B.Guided],
    [O.Guide, T.Denunciation, true, false, B.Guided],
    [O.Forward, T.Denunciation, true, false, B.Forwarded],
    [O.Forward, T.Feedback, true, false, B.Forwarded],
    [O.ReferInvestigation, T.Denunciation, true, false, B.Forwarded],
    [O.ReferParty, T.Complaint, true, false, B.Forwarded],
    [O.ReturnOriginals, T.Complaint, true, false, B.Forwarded],
    [O.ReturnMisrouted, T.Petition, true, false, B.Forwarded],
    [O.Urge, T.Complaint, true, false, B.Urged],
    [O.Urge, T.Feedback, true, false, B.Urged],
    // 04/XLD has no "hướng dẫn" column.
    [O.Guide, T.Feedback, true, false, B.Forwarded],
    // Not eligible (or not checked): outside col 9, so in no result column.
    [O.Guide, T.Complaint, false, false, B.NotCounted],
    [O.Forward, T.Denunciation, false, false, B.NotCounted],
    [O.File, T.Denunciation, false, true, B.NotCounted],
    [O.ReturnMisrouted, T.Petition, null, null, B.NotCounted],
    [O.Forward, T.Feedback, true, null, B.Forwarded],
    // Handled without a recorded outcome (imported data): counted by eligibility and competence.
    [null, T.Denunciation, true, true, B.InCompetenceDenunciation],
    [null, T.Complaint, true, false, B.Forwarded],
  ] as const)('%s of a %s (eligible: %s, in competence: %s) → %s', (o, type, el, own, expected) => {
    expect(bucket(o, type, el, own)).toBe(expected);
  });

  it('counts every eligible petition in exactly one of cols 18 or 22 and no ineligible one', () => {
    const inCompetence = [
      B.InCompetenceComplaint,
      B.InCompetenceDenunciation,
      B.InCompetencePetition,
    ];
    const outside = [B.Guided, B.Forwarded, B.Urged];
    for (const facts of allBucketFacts()) {
      const result = reportBucketOf(facts);
      if (!facts.isEligible) expect(result).toBe(B.NotCounted);
      else if (facts.isInCompetence) expect(inCompetence).toContain(result);
      else expect(outside).toContain(result);
    }
  });

  it('enumerates every outcome, type and flag combination once', () => {
    const facts = allBucketFacts();
    expect(facts).toHaveLength((HANDLING_OUTCOMES.length + 1) * Object.values(T).length * 4);
    const keys = new Set(facts.map((f) => JSON.stringify(f)));
    expect(keys.size).toBe(facts.length);
  });
});
