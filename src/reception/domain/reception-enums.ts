/** Kinds of reception (DOMAIN.md §2.1, §12 ReceptionKind). Labels: common/i18n/reception-labels.vi.ts. */
export enum ReceptionKind {
  /** Tiếp thường xuyên: the reception officers, every working day. */
  Regular = 'regular',
  /** Tiếp định kỳ: the head personally, on the days the law sets (Luật TCD Điều 12, 13, 15, 18). */
  HeadPeriodic = 'head_periodic',
  /** Tiếp đột xuất: the head, in the cases of Luật TCD Điều 18(3). */
  HeadUnscheduled = 'head_unscheduled',
  /** Ủy quyền tiếp: a deputy on behalf of the head. */
  Delegated = 'delegated',
  /** Tiếp trực tuyến: from 1/7/2026 (Luật 136/2025/QH15, Điều 3a). */
  Online = 'online',
}

/** Outcome of a visit at the desk (DOMAIN.md §2.5, hướng xử lý). */
export enum VisitOutcome {
  ReceivedForHandling = 'received_for_handling',
  Guided = 'guided',
  Forwarded = 'forwarded',
  Explained = 'explained',
  ResolvedOnSpot = 'resolved_on_spot',
  AssignedForCheck = 'assigned_for_check',
  Refused = 'refused',
}

/** Grounds to refuse to receive a person (Luật Tiếp công dân 2013 Điều 9; DOMAIN.md §2.4). */
export enum RefusalGround {
  /** Điều 9(1): intoxicated, mentally ill, or unable to understand or control their behaviour. */
  Incapacitated = 'incapacitated',
  /** Điều 9(2): threatens or insults, or breaks the reception rules. */
  ThreateningOrDisruptive = 'threatening_or_disruptive',
  /** Điều 9(3): a matter already resolved correctly, reviewed and answered in writing. */
  RepeatedResolvedMatter = 'repeated_resolved_matter',
  /** Điều 9(4): other cases provided by law. */
  Other = 'other',
}

/** A visitor's part in the visit (stored in reception_visit_person and persons' record links). */
export enum VisitorRole {
  Visitor = 'visitor',
  Representative = 'representative',
  Member = 'member',
}

export const RECEPTION_KINDS: readonly ReceptionKind[] = Object.values(ReceptionKind);
export const VISIT_OUTCOMES: readonly VisitOutcome[] = Object.values(VisitOutcome);
export const REFUSAL_GROUNDS: readonly RefusalGround[] = Object.values(RefusalGround);
export const VISITOR_ROLES: readonly VisitorRole[] = Object.values(VisitorRole);

/** Kinds presided by the head of the agency, or by a deputy on the head's behalf. */
export const HEAD_KINDS: readonly ReceptionKind[] = [
  ReceptionKind.HeadPeriodic,
  ReceptionKind.HeadUnscheduled,
  ReceptionKind.Delegated,
];
