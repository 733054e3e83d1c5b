import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';

import { entitiesFromJson, entityFromJson } from '../database/json-entity';
import { decisionsFromJson } from '../decisions/decisions.repository';
import { insertRow, lockRow } from '../database/json-rows';
import type { RecalculationSpan } from '../legal/deadline-recalculation.registry';
import {
  type ProceedingListFilter,
  type ProceedingListKind,
  type ProceedingListRow,
  proceedingListQuery,
} from '../resolutions/proceeding-list';
import type { ProceedingParts } from '../resolutions/proceeding-query';
import { COMPLAINT_DETAIL, type ComplaintDetailJson } from './complaint-detail.sql';
import { ComplaintDialogueEntity } from './complaint-dialogue.entity';
import { ComplaintDroppedChallengeEntity } from './complaint-dropped-challenge.entity';
import { ComplaintResolutionEntity } from './complaint-resolution.entity';
import { ComplaintSuspensionEntity } from './complaint-suspension.entity';
import { ComplaintVerificationRecordEntity } from './complaint-verification-record.entity';
import {
  COMPLAINT_PENDING_STATUSES,
  ComplaintPendingDate,
} from './domain/complaint-deadline-recalculation';
import type { ComplaintRound, ComplaintStatus } from './domain/complaint-enums';

export type NewComplaint = Pick<
  ComplaintResolutionEntity,
  | 'agencyId'
  | 'caseId'
  | 'petitionId'
  | 'round'
  | 'firstRoundId'
  | 'status'
  | 'receivedOn'
  | 'acceptanceDueOn'
  | 'acceptanceExplanation'
  | 'firstRoundDecisionReceivedOn'
  | 'createdBy'
>;
export type NewVerificationRecord = Omit<ComplaintVerificationRecordEntity, 'id' | 'createdAt'>;
export type NewDialogue = Omit<ComplaintDialogueEntity, 'id' | 'createdAt'>;
export type NewDroppedChallenge = Omit<ComplaintDroppedChallengeEntity, 'id' | 'createdAt'>;

/** The records of one proceeding, for its detail and its documents. */
export interface ComplaintRecords {
  suspensions: ComplaintSuspensionEntity[];
  verification: ComplaintVerificationRecordEntity[];
  dialogues: ComplaintDialogueEntity[];
  /** Round-2 complaints not accepted and lawsuits returned, with the leader's reason. */
  droppedChallenges: ComplaintDroppedChallengeEntity[];
}

/** A line of GET /complaints: the proceeding, its case code and its decision — no person. */
export interface ComplaintListRow extends ProceedingListRow<ComplaintStatus> {
  round: ComplaintRound;
}

export interface ComplaintListFilter extends ProceedingListFilter {
  status?: ComplaintStatus;
  round?: ComplaintRound;
}

/** GET /complaints in proceeding-list.ts terms: the round shown and filtered. */
const COMPLAINT_LIST: ProceedingListKind<ComplaintListFilter> = {
  table: 'complaint_resolution',
  columns: ['p.round'],
  equal: (f) => [
    ['p.status', f.status],
    ['p.round', f.round],
  ],
};

/** Every query on complaint_resolution and its child tables. */
@Injectable()
export class ComplaintsRepository {
  constructor(
    @InjectRepository(ComplaintResolutionEntity)
    private readonly repo: Repository<ComplaintResolutionEntity>,
  ) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.repo.manager;
  }

  insert(manager: EntityManager, values: NewComplaint): Promise<ComplaintResolutionEntity> {
    return insertRow(manager, ComplaintResolutionEntity, values);
  }

  /** One page (limit + 1 rows) of the list, newest receipt first (proceeding-list.ts). */
  list(f: ComplaintListFilter): Promise<ComplaintListRow[]> {
    const { sql, params } = proceedingListQuery(COMPLAINT_LIST, f);
    return this.repo.manager.query<ComplaintListRow[]>(sql, params);
  }

  findById(id: string, manager?: EntityManager): Promise<ComplaintResolutionEntity | null> {
    return this.m(manager).findOneBy(ComplaintResolutionEntity, { id });
  }

  /** The row locked until the transaction ends: one action at a time per proceeding. */
  lockById(manager: EntityManager, id: string): Promise<ComplaintResolutionEntity | null> {
    return lockRow(manager, ComplaintResolutionEntity, id);
  }

  /** The proceeding, its records and its documents: one statement (complaint-detail.sql.ts). */
  async detail(
    id: string,
    manager?: EntityManager,
  ): Promise<ProceedingParts<ComplaintResolutionEntity, ComplaintRecords> | null> {
    const m = this.m(manager);
    const [found] = await m.query<ComplaintDetailJson[]>(COMPLAINT_DETAIL, [id]);
    if (!found) return null;
    const row = entityFromJson(m, ComplaintResolutionEntity, found.complaint);
    const records = {
      suspensions: entitiesFromJson(m, ComplaintSuspensionEntity, found.suspensions),
      verification: entitiesFromJson(m, ComplaintVerificationRecordEntity, found.verification),
      dialogues: entitiesFromJson(m, ComplaintDialogueEntity, found.dialogues),
      droppedChallenges: entitiesFromJson(m, ComplaintDroppedChallengeEntity, found.dropped),
    };
    return { row, records, decisions: decisionsFromJson(m, found.decisions) };
  }

  suspensions(id: string, manager?: EntityManager): Promise<ComplaintSuspensionEntity[]> {
    return this.m(manager).find(ComplaintSuspensionEntity, {
      where: { complaintId: id },
      order: { suspendedOn: 'ASC', createdAt: 'ASC' },
    });
  }

  async addSuspension(
    manager: EntityManager,
    row: Pick<ComplaintSuspensionEntity, 'complaintId' | 'suspendedOn' | 'reason' | 'createdBy'>,
  ): Promise<void> {
    await manager.insert(ComplaintSuspensionEntity, row);
  }

  async closeSuspension(manager: EntityManager, complaintId: string, resumedOn: string) {
    await manager.query(
      `UPDATE complaint_suspension SET resumed_on = $2
        WHERE complaint_id = $1 AND resumed_on IS NULL`,
      [complaintId, resumedOn],
    );
  }

  async addVerificationRecord(manager: EntityManager, row: NewVerificationRecord): Promise<void> {
    await manager.insert(ComplaintVerificationRecordEntity, row);
  }

  async addDialogue(manager: EntityManager, row: NewDialogue): Promise<void> {
    await manager.insert(ComplaintDialogueEntity, row);
  }

  /** The dropped challenge's row; returns its id (the event names it). */
  async addDroppedChallenge(manager: EntityManager, row: NewDroppedChallenge): Promise<string> {
    const result = await manager.insert(ComplaintDroppedChallengeEntity, row);
    return (result.identifiers[0] as { id: string }).id;
  }

  /**
   * Proceedings with a pending date whose period may include a changed day (start on or before
   * the latest, date on or after the earliest): D4 while received, D5/D8 while undecided, D9 of a
   * decision not yet in effect (after `today`). Locked until the calendar edit commits.
   */
  openForRecalculation(
    manager: EntityManager,
    span: RecalculationSpan,
  ): Promise<ComplaintResolutionEntity[]> {
    const pending = COMPLAINT_PENDING_STATUSES;
    return manager
      .createQueryBuilder(ComplaintResolutionEntity, 'c')
      .where(
        `(c.status IN (:...receiving) AND c.received_on <= :latest
          AND c.acceptance_due_on >= :earliest)
         OR (c.status IN (:...resolving) AND c.accepted_on <= :latest
          AND (c.due_on IS NULL OR c.due_on >= :earliest))
         OR (c.status IN (:...deciding) AND EXISTS (
          SELECT 1 FROM decision d WHERE d.id = c.decision_id AND d.issued_on <= :latest
             AND d.legal_effect_on > :today AND d.legal_effect_on > :earliest))`,
      )
      .setParameters({
        ...span,
        receiving: pending[ComplaintPendingDate.Acceptance],
        resolving: pending[ComplaintPendingDate.Resolution],
        deciding: pending[ComplaintPendingDate.LegalEffect],
      })
      .setLock('pessimistic_write')
      .getMany();
  }
}
