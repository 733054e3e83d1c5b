import { ContentType } from '../../cases/domain/case-enums';
import { HandlingOutcome as O, ReportBucket as B } from './petition-enums';

/** "Thuộc thẩm quyền" columns of 01/XLD (18–21), by the petition's type. */
function inCompetenceBucket(type: ContentType): B {
  switch (type) {
    case ContentType.Complaint:
      return B.InCompetenceComplaint;
    case ContentType.Denunciation:
      return B.InCompetenceDenunciation;
    case ContentType.Petition:
    case ContentType.Feedback:
      return B.InCompetencePetition;
    case ContentType.Mixed:
      return B.NotCounted; // counted through its parts once split (DOMAIN §3.4)
  }
}

const IN_COMPETENCE = 'in_competence' as const;

/** Outside competence: 01/XLD columns 22–25; returns and filing are not handling results. */
const BUCKETS: Readonly<Record<O, B | typeof IN_COMPETENCE>> = {
  [O.ProposeAcceptance]: IN_COMPETENCE,
  [O.ProposeResolution]: IN_COMPETENCE,
  [O.NotAcceptable]: IN_COMPETENCE, // Luật KN 2011 Điều 11: answered by the competent body itself
  [O.Guide]: B.Guided,
  [O.Forward]: B.Forwarded,
  // Referrals hand the petition to the competent body (investigation, Party): "chuyển đơn".
  [O.ReferInvestigation]: B.Forwarded,
  [O.ReferParty]: B.Forwarded,
  [O.Urge]: B.Urged,
  [O.ReturnOriginals]: B.NotCounted,
  [O.ReturnMisrouted]: B.NotCounted,
  [O.File]: B.NotCounted,
};

/**
 * The one column of the official forms an outcome is counted in (DOMAIN §3.5, §7.2, §12):
 * 01/XLD columns 18–21 (in competence, by type) and 22–25 (outside competence: guided,
 * forwarded, urged).
 */
export function reportBucketOf(outcome: O, type: ContentType): B {
  const bucket = BUCKETS[outcome];
  return bucket === IN_COMPETENCE ? inCompetenceBucket(type) : bucket;
}
