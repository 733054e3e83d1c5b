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
import { DENUNCIATION_DETAIL, type DenunciationDetailJson } from './denunciation-detail.sql';
import { DenunciationExtensionEntity } from './denunciation-extension.entity';
import { DenunciationResolutionEntity } from './denunciation-resolution.entity';
import { DenunciationSuspensionEntity } from './denunciation-suspension.entity';
import { DenunciationVerificationRecordEntity } from './denunciation-verification-record.entity';
import {
  DENUNCIATION_PHASE_STATUSES,
  DenunciationPhase,
} from './domain/denunciation-deadline-recalculation';
import type { DenunciationKind, DenunciationStatus } from './domain/denunciation-enums';

export type NewDenunciation = Pick<
  DenunciationResolutionEntity,
  | 'agencyId'
  | 'caseId'
  | 'petitionId'
  | 'kind'
  | 'firstId'
  | 'followUpBasis'
  | 'status'
  | 'isAnonymous'
  | 'receivedOn'
  | 'prelimExtended'
  | 'prelimDueOn'
  | 'prelimExplanation'
  | 'prelimExtensionStage'
  | 'prelimExtensionGround'
  | 'prelimExtendedBy'
  | 'prelimExtendedOn'
  | 'createdBy'
>;
export type NewDenunciationRecord = Omit<DenunciationVerificationRecordEntity, 'id' | 'createdAt'>;
export type NewExtension = Omit<DenunciationExtensionEntity, 'id' | 'createdAt'>;

export interface DenunciationRecords {
  suspensions: DenunciationSuspensionEntity[];
  verification: DenunciationVerificationRecordEntity[];
  extensions: DenunciationExtensionEntity[];
}

/**
 * A line of GET /denunciations: the proceeding, its case code and its conclusion — never a person
 * (the denouncer's identity, Luật Tố cáo 2018 Điều 9, stays in GET /denunciations/:id's vault read).
 */
export interface DenunciationListRow extends ProceedingListRow<DenunciationStatus> {
  kind: DenunciationKind;
  concludedOn: string | null;
}

export interface DenunciationListFilter extends ProceedingListFilter {
  status?: DenunciationStatus;
  kind?: DenunciationKind;
}

/** GET /denunciations in proceeding-list.ts terms: its kind and conclusion day; kind filtered. */
const DENUNCIATION_LIST: ProceedingListKind<DenunciationListFilter> = {
  table: 'denunciation_resolution',
  columns: ['p.kind', 'p.concluded_on::text AS "concludedOn"'],
  equal: (f) => [
    ['p.status', f.status],
    ['p.kind', f.kind],
  ],
};

/** Every query on denunciation_resolution and its child tables. */
@Injectable()
export class DenunciationsRepository {
  constructor(
    @InjectRepository(DenunciationResolutionEntity)
    private readonly repo: Repository<DenunciationResolutionEntity>,
  ) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.repo.manager;
  }

  insert(manager: EntityManager, values: NewDenunciation): Promise<DenunciationResolutionEntity> {
    return insertRow(manager, DenunciationResolutionEntity, values);
  }

  /** One page (limit + 1 rows) of the list, newest receipt first (proceeding-list.ts). */
  list(f: DenunciationListFilter): Promise<DenunciationListRow[]> {
    const { sql, params } = proceedingListQuery(DENUNCIATION_LIST, f);
    return this.repo.manager.query<DenunciationListRow[]>(sql, params);
  }

  findById(id: string, manager?: EntityManager): Promise<DenunciationResolutionEntity | null> {
    return this.m(manager).findOneBy(DenunciationResolutionEntity, { id });
  }

  lockById(manager: EntityManager, id: string): Promise<DenunciationResolutionEntity | null> {
    return lockRow(manager, DenunciationResolutionEntity, id);
  }

  /** The proceeding, its records and its documents: one statement (denunciation-detail.sql.ts). */
  async detail(
    id: string,
    manager?: EntityManager,
  ): Promise<ProceedingParts<DenunciationResolutionEntity, DenunciationRecords> | null> {
    const m = this.m(manager);
    const [found] = await m.query<DenunciationDetailJson[]>(DENUNCIATION_DETAIL, [id]);
    if (!found) return null;
    const row = entityFromJson(m, DenunciationResolutionEntity, found.denunciation);
    const records = {
      suspensions: entitiesFromJson(m, DenunciationSuspensionEntity, found.suspensions),
      verification: entitiesFromJson(m, DenunciationVerificationRecordEntity, found.verification),
      extensions: entitiesFromJson(m, DenunciationExtensionEntity, found.extensions),
    };
    return { row, records, decisions: decisionsFromJson(m, found.decisions) };
  }

  suspensions(id: string, manager?: EntityManager): Promise<DenunciationSuspensionEntity[]> {
    return this.m(manager).find(DenunciationSuspensionEntity, {
      where: { denunciationId: id },
      order: { suspendedOn: 'ASC', createdAt: 'ASC' },
    });
  }

  async addSuspension(
    manager: EntityManager,
    row: Pick<
      DenunciationSuspensionEntity,
      'denunciationId' | 'suspendedOn' | 'reason' | 'createdBy'
    >,
  ): Promise<void> {
    await manager.insert(DenunciationSuspensionEntity, row);
  }

  async closeSuspension(manager: EntityManager, denunciationId: string, resumedOn: string) {
    await manager.query(
      `UPDATE denunciation_suspension SET resumed_on = $2
        WHERE denunciation_id = $1 AND resumed_on IS NULL`,
      [denunciationId, resumedOn],
    );
  }

  async addVerificationRecord(manager: EntityManager, row: NewDenunciationRecord): Promise<void> {
    await manager.insert(DenunciationVerificationRecordEntity, row);
  }

  async addExtension(manager: EntityManager, row: NewExtension): Promise<void> {
    await manager.insert(DenunciationExtensionEntity, row);
  }

  /**
   * Proceedings with a date of their current phase whose period may include a changed day (start
   * on or before the latest, date on or after the earliest): D11 in the preliminary check, D13 and
   * D14 from acceptance to the conclusion, D15 and D16 until the conclusion is handled. Locked
   * until the calendar edit commits.
   */
  openForRecalculation(
    manager: EntityManager,
    span: RecalculationSpan,
  ): Promise<DenunciationResolutionEntity[]> {
    const phases = DENUNCIATION_PHASE_STATUSES;
    return manager
      .createQueryBuilder(DenunciationResolutionEntity, 'd')
      .where(
        `(d.status IN (:...prelim) AND d.received_on <= :latest
          AND d.prelim_due_on >= :earliest)
         OR (d.status IN (:...resolving) AND d.accepted_on <= :latest
          AND (d.due_on IS NULL OR d.due_on >= :earliest OR d.notice_due_on >= :earliest))
         OR (d.status IN (:...concluded) AND d.concluded_on <= :latest
          AND (d.conclusion_notice_due_on >= :earliest OR d.handling_due_on >= :earliest))`,
      )
      .setParameters({
        ...span,
        prelim: phases[DenunciationPhase.Prelim],
        resolving: phases[DenunciationPhase.Resolution],
        concluded: phases[DenunciationPhase.Conclusion],
      })
      .setLock('pessimistic_write')
      .getMany();
  }
}
