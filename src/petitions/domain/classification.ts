import { CaseField, ContentType } from '../../cases/domain/case-enums';
import { PetitionSource, SignatoryKind } from './petition-enums';

const F = CaseField;

/**
 * Field (lĩnh vực) axes per type (DOMAIN §3.2): complaints as 02/XLD, denunciations as 03/XLD,
 * kiến nghị / phản ánh as 04/XLD. A mixed petition takes its fields when it is split.
 */
export const FIELDS_BY_TYPE: Readonly<Record<ContentType, readonly CaseField[]>> = {
  [ContentType.Complaint]: [
    F.AdminPolicy,
    F.AdminLandHousing,
    F.AdminOther,
    F.Judicial,
    F.PartyMassOrg,
    F.Other,
  ],
  [ContentType.Denunciation]: [
    F.AdminPolicy,
    F.AdminLandHousing,
    F.AdminCivilService,
    F.AdminOther,
    F.Corruption,
    F.Judicial,
    F.PartyMassOrg,
    F.Other,
  ],
  [ContentType.Petition]: [F.AdminPolicy, F.AdminLandHousing, F.Judicial, F.Other],
  [ContentType.Feedback]: [F.AdminPolicy, F.AdminLandHousing, F.Judicial, F.Other],
  [ContentType.Mixed]: Object.values(CaseField),
};

export function isFieldAllowed(type: ContentType, field: CaseField): boolean {
  return FIELDS_BY_TYPE[type].includes(field);
}

export type SignatoryProblem =
  'signatoriesForOne' | 'signatoriesForMany' | 'anonymousHasSignatories' | 'anonymousNotOther';

/**
 * 01/XLD columns 2–7: đơn nhiều người đứng tên (two or more), một người đứng tên (exactly one),
 * đơn khác (unsigned, anonymous…: any number, none when anonymous).
 */
export function signatoryProblem(
  kind: SignatoryKind,
  count: number,
  isAnonymous: boolean,
): SignatoryProblem | null {
  if (isAnonymous && kind !== SignatoryKind.Other) return 'anonymousNotOther';
  if (isAnonymous && count > 0) return 'anonymousHasSignatories';
  if (kind === SignatoryKind.One && count !== 1) return 'signatoriesForOne';
  if (kind === SignatoryKind.Many && count < 2) return 'signatoriesForMany';
  return null;
}

/** Sources that arrive with another body's dispatch (công văn chuyển đơn): its number and date. */
const DISPATCHED: readonly PetitionSource[] = [
  PetitionSource.ForwardedByAgency,
  PetitionSource.NationalAssemblyDeputy,
  PetitionSource.PeoplesCouncil,
  PetitionSource.FatherlandFront,
  PetitionSource.Press,
  PetitionSource.Central,
];

export function arrivesWithDispatch(source: PetitionSource): boolean {
  return DISPATCHED.includes(source);
}

/** Only a petition forwarded by an agency must name the dispatch; the others may. */
export function dispatchRequired(source: PetitionSource): boolean {
  return source === PetitionSource.ForwardedByAgency;
}
