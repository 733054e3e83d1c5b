import type { ComplaintRefusalGround } from './domain/complaint-acceptance';

/** Luật KN 2011 Đ11 as recorded on the proceeding: every ground with its answer (k6 computed). */
export interface AcceptanceChecklist {
  /** true where the ground applies to this complaint. */
  grounds: Record<ComplaintRefusalGround, boolean>;
  failedGrounds: ComplaintRefusalGround[];
  acceptable: boolean;
  evaluatedOn: string;
}
