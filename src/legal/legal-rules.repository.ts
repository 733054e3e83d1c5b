import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';

import type { LegalRuleVersion } from './domain/legal-rule';
import { LegalRuleEntity } from './legal-rule.entity';

/** Every query on legal_rule. */
@Injectable()
export class LegalRulesRepository {
  constructor(
    @InjectRepository(LegalRuleEntity) private readonly repo: Repository<LegalRuleEntity>,
  ) {}

  listAll(manager?: EntityManager): Promise<LegalRuleEntity[]> {
    return (manager ?? this.repo.manager).find(LegalRuleEntity, {
      order: { key: 'ASC', effectiveFrom: 'ASC', version: 'ASC' },
    });
  }

  /** The versions of `key`, locked until the transaction ends (one writer per rule at a time). */
  listByKeyForUpdate(manager: EntityManager, key: string): Promise<LegalRuleEntity[]> {
    return manager.find(LegalRuleEntity, {
      where: { key },
      order: { effectiveFrom: 'ASC', version: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async close(manager: EntityManager, id: string, effectiveTo: string): Promise<void> {
    await manager.update(LegalRuleEntity, { id }, { effectiveTo });
  }

  async insert(manager: EntityManager, rule: LegalRuleVersion): Promise<LegalRuleEntity> {
    const result = await manager.insert(LegalRuleEntity, {
      ...rule,
      complexExtensionDays: rule.complexExtensionDays ?? null,
    });
    const id = (result.identifiers[0] as { id: string }).id;
    return manager.findOneByOrFail(LegalRuleEntity, { id });
  }
}
