import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { CaseEntity } from './case.entity';

/** The queries of a case merge: both rows locked, persons carried over, earlier merges re-pointed. */
@Injectable()
export class CaseMergeRepository {
  /** Both cases, locked in id order (two merges of the same pair cannot deadlock). */
  async lockPair(manager: EntityManager, a: string, b: string): Promise<CaseEntity[]> {
    return manager
      .createQueryBuilder(CaseEntity, 'c')
      .setLock('pessimistic_write')
      .where('c.id IN (:...ids)', { ids: [a, b] })
      .orderBy('c.id')
      .getMany();
  }

  /** Marks `sourceId` merged into `intoId` (version-checked by the caller's update). */
  async carryOver(manager: EntityManager, sourceId: string, intoId: string): Promise<void> {
    await manager.query(
      `INSERT INTO case_person (case_id, person_id)
       SELECT $2, person_id FROM case_person WHERE case_id = $1 ON CONFLICT DO NOTHING`,
      [sourceId, intoId],
    );
    await manager.query(`UPDATE "case" SET merged_into_id = $2 WHERE merged_into_id = $1`, [
      sourceId,
      intoId,
    ]);
  }
}
