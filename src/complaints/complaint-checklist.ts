import type { ComplaintRefusalGround } from './domain/complaint-acceptance';

/** Luật KN 2011 Đ11 as recorded on the proceeding: every ground with its answer (k6 computed). */
export interface AcceptanceChecklist {
  /** true where the ground applies to this complaint. */
  grounds: Record<ComplaintRefusalGround, boolean>;
  failedGrounds: ComplaintRefusalGround[];
  acceptable: boolean;
  evaluatedOn: string;
  /** Luật 136/2025/QH15: final withdrawals of the case taken up again because coerced. */
  withdrawalCoercion?: { withdrawalIds: string[]; reason: string };
}
