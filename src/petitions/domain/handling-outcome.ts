import { ContentType } from '../../cases/domain/case-enums';
import { HANDLING_OUTCOMES, HandlingOutcome as O, ReportBucket as B } from './petition-enums';

/** What decides the column of the forms 01–04/XLD a handled petition is counted in. */
export interface BucketFacts {
  /** null: handled without a recorded outcome (imported data): counted by the flags alone. */
  outcome: O | null;
  type: ContentType;
  /** Đủ điều kiện xử lý, as checked (null: not checked, so not counted as eligible). */
  isEligible: boolean | null;
  /** Thuộc thẩm quyền, as checked (null: not checked, so not in competence). */
  isInCompetence: boolean | null;
}

/**
 * "Kết quả xử lý — đơn thuộc thẩm quyền" of 01/XLD (cols 19–21), by the content columns 11–13:
 * a mixed petition that was not split has no column of its own and goes with kiến nghị, phản ánh
 * (as 04/XLD counts it); a split one is counted through its parts (DOMAIN §3.4).
 */
const IN_COMPETENCE: Readonly<Record<ContentType, B>> = {
  [ContentType.Complaint]: B.InCompetenceComplaint,
  [ContentType.Denunciation]: B.InCompetenceDenunciation,
  [ContentType.Petition]: B.InCompetencePetition,
  [ContentType.Feedback]: B.InCompetencePetition,
  [ContentType.Mixed]: B.InCompetencePetition,
};

/**
 * "Đơn không thuộc thẩm quyền" of 01/XLD col 22 = 23 (hướng dẫn) + 24 (chuyển đơn) + 25 (đôn đốc):
 * every eligible petition outside competence is in exactly one of them. Whatever is neither a
 * guidance nor an urging leaves the agency for another body (forward, referral to the
 * investigation or Party body, return of a misrouted petition or of the originals, or filing a
 * copy the competent body already has) and is counted as chuyển đơn.
 */
const OUT_OF_COMPETENCE: Readonly<Partial<Record<O, B>>> = {
  [O.Guide]: B.Guided,
  [O.Urge]: B.Urged,
};

/** 04/XLD has no "hướng dẫn" column: kiến nghị, phản ánh outside competence are forwarded. */
function outOfCompetenceBucket(outcome: O | null, type: ContentType): B {
  const bucket = (outcome && OUT_OF_COMPETENCE[outcome]) ?? B.Forwarded;
  const guideColumn = type === ContentType.Complaint || type === ContentType.Denunciation;
  return bucket === B.Guided && !guideColumn ? B.Forwarded : bucket;
}

/**
 * The one column of the official forms a handled petition is counted in (DOMAIN §3.5; §7.2
 * forms 01–04/XLD). 01/XLD col 9 (đủ điều kiện xử lý) = 18 (thuộc thẩm
 * quyền) + 22 (không thuộc thẩm quyền): an ineligible petition is in neither; an eligible one in
 * competence is counted by its content, whatever the outcome; an eligible one outside competence
 * is guided, forwarded or urged. The forms' SQL is generated from this function
 * (statistics/forms/sql/report-bucket.sql.ts), so the petition and the forms cannot disagree.
 */
export function reportBucketOf(facts: BucketFacts): B {
  if (facts.isEligible !== true) return B.NotCounted;
  if (facts.isInCompetence === true) return IN_COMPETENCE[facts.type];
  return outOfCompetenceBucket(facts.outcome, facts.type);
}

const FLAGS = [
  { isEligible: true, isInCompetence: true },
  { isEligible: true, isInCompetence: false },
  { isEligible: false, isInCompetence: true },
  { isEligible: false, isInCompetence: false },
] as const;

/** Every input of `reportBucketOf` a handled petition row can hold (null flags read as false). */
export function allBucketFacts(): BucketFacts[] {
  return [...HANDLING_OUTCOMES, null].flatMap((outcome) =>
    Object.values(ContentType).flatMap((type) =>
      FLAGS.map((flags) => ({ outcome, type, ...flags })),
    ),
  );
}
