import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { AgencyLink } from './domain/complaint-round-agency';
import type { PriorWithdrawal } from './domain/complaint-termination';

// What an acceptance or a round-2 opening must know beyond the proceeding itself: the earlier
// withdrawals of its case (Luật 136/2025/QH15) and the agency tree above two units (Luật KN Đ33).

const WITHDRAWALS_IN_CASE_SQL = `
  SELECT id AS "complaintId", terminated_on::text AS "withdrawnOn",
         withdrawal_reconsiderable AS reconsiderable
    FROM complaint_resolution
   WHERE case_id = $1 AND id <> $2 AND termination_cause = 'withdrawn'
   ORDER BY terminated_on, id`;

/** Each unit of $1 and the units above it, up to $2 levels, nearest first. */
const AGENCY_CHAINS_SQL = `
  WITH RECURSIVE up AS (
    SELECT a.id AS start_id, a.id, a.parent_id, a.kind, a.valid_to, 1 AS depth
      FROM agency a WHERE a.id = ANY($1::uuid[])
    UNION ALL
    SELECT up.start_id, p.id, p.parent_id, p.kind, p.valid_to, up.depth + 1
      FROM agency p JOIN up ON p.id = up.parent_id
     WHERE up.depth < $2
  )
  SELECT start_id AS "startId", id, kind, valid_to::text AS "validTo"
    FROM up ORDER BY start_id, depth`;

/** Deep enough for inspectorate → committee → (closed) district → city → above. */
const CHAIN_LEVELS = 6;

@Injectable()
export class ComplaintPrecedentsRepository {
  /** Withdrawals recorded on the other complaint proceedings of a case, oldest first. */
  withdrawalsInCase(
    manager: EntityManager,
    caseId: string,
    exceptId: string,
  ): Promise<PriorWithdrawal[]> {
    return manager.query<PriorWithdrawal[]>(WITHDRAWALS_IN_CASE_SQL, [caseId, exceptId]);
  }

  /** The chain above each unit (itself first), one recursive query for all of them. */
  async agencyChains(
    manager: EntityManager,
    agencyIds: readonly string[],
  ): Promise<Map<string, AgencyLink[]>> {
    const rows = await manager.query<(AgencyLink & { startId: string })[]>(AGENCY_CHAINS_SQL, [
      [...new Set(agencyIds)],
      CHAIN_LEVELS,
    ]);
    const chains = new Map<string, AgencyLink[]>();
    for (const { startId, ...link } of rows) {
      chains.set(startId, [...(chains.get(startId) ?? []), link]);
    }
    return chains;
  }
}
