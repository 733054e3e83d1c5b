import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { ReportPeriod } from '../domain/report-period';
import { ReportNarrativeEntity } from './report-narrative.entity';

export type NarrativeValues = Pick<
  ReportNarrativeEntity,
  'sections' | 'signerName' | 'signerTitle' | 'documentNumber' | 'recipients' | 'updatedBy'
>;

/** Every query on report_narrative. A report is keyed by agency and period (from, to, convention). */
@Injectable()
export class ReportNarrativeRepository {
  constructor(private readonly dataSource: DataSource) {}

  find(
    agencyId: string,
    period: ReportPeriod,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ReportNarrativeEntity | null> {
    return manager.findOne(ReportNarrativeEntity, {
      where: {
        agencyId,
        periodFrom: period.from,
        periodTo: period.to,
        convention: period.convention,
      },
    });
  }

  /** The row, locked until the transaction ends (a concurrent save waits, then sees the new version). */
  lock(manager: EntityManager, agencyId: string, period: ReportPeriod) {
    return manager.findOne(ReportNarrativeEntity, {
      where: {
        agencyId,
        periodFrom: period.from,
        periodTo: period.to,
        convention: period.convention,
      },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async insert(
    manager: EntityManager,
    agencyId: string,
    period: ReportPeriod,
    values: NarrativeValues,
  ): Promise<void> {
    await manager.insert(ReportNarrativeEntity, {
      agencyId,
      periodFrom: period.from,
      periodTo: period.to,
      convention: period.convention,
      ...values,
    });
  }
}
