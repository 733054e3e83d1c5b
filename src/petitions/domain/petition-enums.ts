// Enums of petition intake and handling (DOMAIN.md §3, §12). Labels: common/i18n/petition-labels.vi.ts.

/** Where a petition came from (DOMAIN.md §3.1, §12 PetitionSource). */
export enum PetitionSource {
  /** Handed over or presented at the reception desk (đơn nhận qua tiếp công dân). */
  Direct = 'direct',
  Post = 'post',
  LeaderAssigned = 'leader_assigned',
  Press = 'press',
  ForwardedByAgency = 'forwarded_by_agency',
  NationalAssemblyDeputy = 'national_assembly_deputy',
  PeoplesCouncil = 'peoples_council',
  FatherlandFront = 'fatherland_front',
  Central = 'central',
  Online = 'online',
  Other = 'other',
}

/**
 * Handling status (xử lý đơn). `received` and `checked` are open (the D1 clock runs); every other
 * status records the outcome chosen. `accepted` is set by the resolution modules (thụ lý).
 */
export enum PetitionStatus {
  Received = 'received',
  Checked = 'checked',
  ProposedForAcceptance = 'proposed_for_acceptance',
  ProposedForResolution = 'proposed_for_resolution',
  Accepted = 'accepted',
  NotAccepted = 'not_accepted',
  Guided = 'guided',
  Forwarded = 'forwarded',
  Urged = 'urged',
  Returned = 'returned',
  Referred = 'referred',
  Filed = 'filed',
  Split = 'split',
}

/** Đơn có nhiều người đứng tên / một người đứng tên / đơn khác (DOMAIN.md §3.2, 01/XLD). */
export enum SignatoryKind {
  Many = 'many',
  One = 'one',
  Other = 'other',
}

/** Kết quả xử lý đơn (DOMAIN.md §3.5, §12 HandlingOutcome). */
export enum HandlingOutcome {
  ProposeAcceptance = 'propose_acceptance',
  ProposeResolution = 'propose_resolution',
  NotAcceptable = 'not_acceptable',
  Guide = 'guide',
  Forward = 'forward',
  Urge = 'urge',
  ReturnOriginals = 'return_originals',
  ReturnMisrouted = 'return_misrouted',
  ReferInvestigation = 'refer_investigation',
  ReferParty = 'refer_party',
  File = 'file',
}

/** Columns of the official forms 01–04/XLD an outcome is counted in (DOMAIN.md §7.2, §12). */
export enum ReportBucket {
  InCompetenceComplaint = 'IN_COMPETENCE_KN',
  InCompetenceDenunciation = 'IN_COMPETENCE_TC',
  InCompetencePetition = 'IN_COMPETENCE_KNPA',
  Guided = 'GUIDED',
  Forwarded = 'FORWARDED',
  Urged = 'URGED',
  NotCounted = 'NOT_COUNTED',
}

/** Luật Khiếu nại 2011 Điều 11: the grounds on which a complaint is not accepted (DOMAIN.md §4.2). */
export enum NotAcceptableGround {
  InternalOrSecretAct = 'internal_or_secret_act',
  NotDirectlyConcerned = 'not_directly_concerned',
  NoCapacityNoRepresentative = 'no_capacity_no_representative',
  UnlawfulRepresentative = 'unlawful_representative',
  NotSigned = 'not_signed',
  LimitationExpired = 'limitation_expired',
  SecondDecisionExists = 'second_decision_exists',
  TerminatedNotContinued = 'terminated_not_continued',
  CourtAccepted = 'court_accepted',
}

/** Tình trạng giải quyết of the matter (DOMAIN.md §3.2; columns 14–17 of 01/XLD). */
export enum ResolutionStatus {
  NotResolved = 'not_resolved',
  Resolving = 'resolving',
  ResolvedFirst = 'resolved_first',
  ResolvedMany = 'resolved_many',
  CourtJudgment = 'court_judgment',
}

/**
 * Luật Tố cáo 2018 Điều 24 khoản 1 (DOMAIN §5.1, §11 D11): the only grounds on which the 7 working
 * days of the preliminary check may run longer, up to 10 working days.
 */
export enum CheckExtensionGround {
  /** Phải kiểm tra, xác minh tại nhiều địa điểm. */
  SeveralPlaces = 'several_places',
  /** Phải ủy quyền cho cơ quan, tổ chức có thẩm quyền kiểm tra, xác minh. */
  Delegated = 'delegated',
}

export const PETITION_SOURCES: readonly PetitionSource[] = Object.values(PetitionSource);
export const PETITION_STATUSES: readonly PetitionStatus[] = Object.values(PetitionStatus);
export const SIGNATORY_KINDS: readonly SignatoryKind[] = Object.values(SignatoryKind);
export const HANDLING_OUTCOMES: readonly HandlingOutcome[] = Object.values(HandlingOutcome);
export const NOT_ACCEPTABLE_GROUNDS: readonly NotAcceptableGround[] =
  Object.values(NotAcceptableGround);
export const RESOLUTION_STATUSES: readonly ResolutionStatus[] = Object.values(ResolutionStatus);

/** Statuses in which the petition is not handled yet: the handling deadline runs. */
export const OPEN_STATUSES: readonly PetitionStatus[] = [
  PetitionStatus.Received,
  PetitionStatus.Checked,
];

/** D1 (DOMAIN.md §11): petition received → handled (classified, outcome chosen). */
export const PETITION_HANDLING_RULE = 'D1';
/** D11: denunciation received → preliminary check and acceptance decision (Luật TC Điều 24(1)). */
export const DENUNCIATION_CHECK_RULE = 'D11';
/** D12: denunciation outside competence → transferred, denouncer notified (Luật TC Điều 24(2)). */
export const DENUNCIATION_TRANSFER_RULE = 'D12';
