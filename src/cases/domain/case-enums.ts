/** What a matter is about (DOMAIN.md §12 PetitionType). Labels: common/i18n/case-labels.vi.ts. */
export enum ContentType {
  Complaint = 'complaint',
  Denunciation = 'denunciation',
  Petition = 'petition',
  Feedback = 'feedback',
  /** Đơn có nhiều nội dung: may hold a denunciation, so it is treated as one for secrecy. */
  Mixed = 'mixed',
}

/** Field (lĩnh vực) of a matter: DOMAIN.md §12 DenunciationField ∪ ComplaintField. */
export enum CaseField {
  AdminPolicy = 'admin_policy',
  AdminLandHousing = 'admin_land_housing',
  AdminCivilService = 'admin_civil_service',
  AdminOther = 'admin_other',
  Corruption = 'corruption',
  Judicial = 'judicial',
  PartyMassOrg = 'party_mass_org',
  Other = 'other',
}

export const CONTENT_TYPES: readonly ContentType[] = Object.values(ContentType);
export const CASE_FIELDS: readonly CaseField[] = Object.values(CaseField);

/**
 * Whether the persons raising a matter of this content are protected as denouncers: Luật Tố cáo
 * 2018 Điều 9(1)(b) and Điều 56 keep the denouncer's name, address and personal data secret. A
 * mixed matter may hold a denunciation, so it is kept secret too.
 */
export function isConfidentialContent(type: ContentType): boolean {
  return type === ContentType.Denunciation || type === ContentType.Mixed;
}
