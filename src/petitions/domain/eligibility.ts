import { ContentType } from '../../cases/domain/case-enums';
import { SignatoryKind } from './petition-enums';

/** The conditions for a petition to be processed, checked one by one (TT 05/2021; DOMAIN §3.3). */
export enum EligibilityItem {
  Vietnamese = 'vietnamese',
  Dated = 'dated',
  Identified = 'identified',
  Signed = 'signed',
  ContentClear = 'contentClear',
  NotHandledBefore = 'notHandledBefore',
  RepresentativesAppointed = 'representativesAppointed',
}

export const ELIGIBILITY_ITEMS: readonly EligibilityItem[] = Object.values(EligibilityItem);

export type EligibilityAnswers = Partial<Record<EligibilityItem, boolean>>;

export interface EligibilityAssessment {
  /** The items that apply to this petition, in order. */
  required: EligibilityItem[];
  /** Required items the officer did not answer. */
  missing: EligibilityItem[];
  /** Required items answered "no". */
  failed: EligibilityItem[];
  /** Đủ điều kiện xử lý: every required item answered "yes". */
  eligible: boolean;
}

const COMMON: readonly EligibilityItem[] = [
  EligibilityItem.Vietnamese, // written in Vietnamese [M]
  EligibilityItem.Dated, // Luật KN 2011 Điều 8(2); Luật TC 2018 Điều 23(1): the petition is dated
  EligibilityItem.Identified, // name and address of the writer
  EligibilityItem.Signed, // signature or fingerprint (Luật KN 2011 Điều 8(2), Điều 11(5))
  EligibilityItem.ContentClear, // respondent, content, reasons, demands / act and accused
  EligibilityItem.NotHandledBefore, // not handled before, or new information (TT 05/2021)
];

/** The items that apply: a complaint of several persons also needs their representatives. */
export function requiredEligibilityItems(
  type: ContentType,
  signatoryKind: SignatoryKind,
): EligibilityItem[] {
  // NĐ 124/2020 Điều 7: a complaint of many persons carries all signatures and appoints representatives.
  const group = type === ContentType.Complaint && signatoryKind === SignatoryKind.Many;
  return group ? [...COMMON, EligibilityItem.RepresentativesAppointed] : [...COMMON];
}

/** Pure: what the answers say about the petition's eligibility (phân loại theo điều kiện xử lý). */
export function assessEligibility(
  type: ContentType,
  signatoryKind: SignatoryKind,
  answers: EligibilityAnswers,
): EligibilityAssessment {
  const required = requiredEligibilityItems(type, signatoryKind);
  const missing = required.filter((item) => answers[item] === undefined);
  const failed = required.filter((item) => answers[item] === false);
  return { required, missing, failed, eligible: missing.length === 0 && failed.length === 0 };
}
