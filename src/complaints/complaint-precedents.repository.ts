import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { AgenciesService } from '../agencies/agencies.service';
import type { AgencyLink } from './domain/complaint-round-agency';

import type { PriorWithdrawal } from './domain/complaint-termination';

// What an acceptance must know beyond the proceeding itself: the earlier withdrawals of its case
// (Luật 136/2025/QH15), and the agency chains above two units (Luật KN Đ33, read by the agencies
// module).

const WITHDRAWALS_IN_CASE_SQL = `
  SELECT id AS "complaintId", terminated_on::text AS "withdrawnOn",
         withdrawal_reconsiderable AS reconsiderable
    FROM complaint_resolution
   WHERE case_id = $1 AND id <> $2 AND termination_cause = 'withdrawn'
   ORDER BY terminated_on, id`;

/** Deep enough for inspectorate → committee → (closed) district → city → above. */
const CHAIN_LEVELS = 6;

@Injectable()
export class ComplaintPrecedentsRepository {
  constructor(private readonly agencies: AgenciesService) {}

  /** Withdrawals recorded on the other complaint proceedings of a case, oldest first. */
  withdrawalsInCase(
    manager: EntityManager,
    caseId: string,
    exceptId: string,
  ): Promise<PriorWithdrawal[]> {
    return manager.query<PriorWithdrawal[]>(WITHDRAWALS_IN_CASE_SQL, [caseId, exceptId]);
  }

  /** The chain above each unit (itself first): the agencies module's one recursive query. */
  agencyChains(
    manager: EntityManager,
    agencyIds: readonly string[],
  ): Promise<Map<string, AgencyLink[]>> {
    return this.agencies.ancestries(agencyIds, CHAIN_LEVELS, manager);
  }
}
