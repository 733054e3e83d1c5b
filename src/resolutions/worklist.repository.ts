import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { ExplanationStep } from '../legal/domain/deadline-engine';
import { WORKLIST_SQL } from './worklist.sql';

export interface WorklistRow {
  type: 'complaint' | 'denunciation';
  id: string;
  caseId: string;
  caseCode: string;
  agencyId: string;
  variant: string;
  status: string;
  assignedToMe: boolean | null;
  awaitingApproval: boolean;
  ruleKey: string | null;
  ruleVersion: number | null;
  dueOn: string | null;
  explanation: ExplanationStep[] | null;
  remainingDays: number | null;
  dueKey: string;
}

export interface WorklistFilter {
  agencyIds: string[] | null;
  viewerId: string;
  assignedOnly: boolean;
  mine: boolean;
  horizon: string | null;
  today: string;
  overdue: boolean;
  awaitingApproval: boolean;
  /** The viewer holds resolution.approve: only then is anything awaiting *their* approval. */
  approver: boolean;
  type: string | null;
  after: [string, string] | null;
  limit: number;
}

const ASSIGNED_IN_CASE_SQL = `
  SELECT id FROM complaint_resolution
   WHERE case_id = $1 AND (verification_lead_id = $2 OR $2 = ANY(verification_member_ids))
  UNION ALL
  SELECT id FROM denunciation_resolution
   WHERE case_id = $1 AND (verification_lead_id = $2 OR $2 = ANY(verification_member_ids))`;

/** The read side across both proceeding tables (worklist, assignments of a case). */
@Injectable()
export class WorklistRepository {
  constructor(private readonly dataSource: DataSource) {}

  list(f: WorklistFilter): Promise<WorklistRow[]> {
    return this.dataSource.query<WorklistRow[]>(WORKLIST_SQL, [
      f.agencyIds,
      f.viewerId,
      f.assignedOnly,
      f.mine,
      f.horizon,
      f.today,
      f.overdue,
      f.awaitingApproval,
      f.type,
      f.after?.[0] ?? null,
      f.after?.[1] ?? null,
      f.limit + 1,
      f.approver,
    ]);
  }

  async assignedInCase(caseId: string, officerId: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(ASSIGNED_IN_CASE_SQL, [
      caseId,
      officerId,
    ]);
    return rows.map((r) => r.id);
  }
}
