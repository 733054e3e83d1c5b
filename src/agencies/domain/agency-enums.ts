/** Level of government of a unit (DOMAIN.md §1.2). The district level ends on 30/6/2025. */
export enum AgencyLevel {
  Province = 'province',
  District = 'district',
  Commune = 'commune',
}

/** What kind of body a unit is. Labels: common/i18n/enum-labels.vi.ts. */
export enum AgencyKind {
  PeopleCommittee = 'people_committee',
  Inspectorate = 'inspectorate',
  ReceptionBoard = 'reception_board',
  Department = 'department',
  Other = 'other',
}

/** How a successor relates to its predecessor (DOMAIN.md Product decision 7). */
export enum SuccessionKind {
  Merge = 'merge',
  Split = 'split',
  Rename = 'rename',
  Transfer = 'transfer',
}

export const AGENCY_LEVELS: readonly AgencyLevel[] = Object.values(AgencyLevel);
export const AGENCY_KINDS: readonly AgencyKind[] = Object.values(AgencyKind);
export const SUCCESSION_KINDS: readonly SuccessionKind[] = Object.values(SuccessionKind);
