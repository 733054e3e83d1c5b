import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import type { ActionContext } from '../auth/action-context';
import { runInTransaction } from '../database/transaction';
import type { CreateLegalRuleVersionDto } from './dto/create-legal-rule-version.dto';
import type { LegalRuleResponseDto } from './dto/legal-rule.response.dto';
import { legalRuleUnknown, legalRuleVersionInvalid } from './domain/legal-errors';
import { planRuleVersion, type RuleVersionDraft } from './domain/rule-version-plan';
import type { LegalRuleEntity } from './legal-rule.entity';
import { toLegalRuleResponse, toLegalRuleVersion } from './legal.mapper';
import { LegalRulesRepository } from './legal-rules.repository';
import { LegalRulesService } from './legal-rules.service';

function draftOf(dto: CreateLegalRuleVersionDto): RuleVersionDraft {
  return {
    key: dto.key,
    title: dto.title,
    unit: dto.unit,
    normalDays: dto.normalDays ?? null,
    complexDays: dto.complexDays ?? null,
    remoteDays: dto.remoteDays ?? null,
    remoteComplexDays: dto.remoteComplexDays ?? null,
    extensionDays: dto.extensionDays ?? null,
    complexExtensionDays: dto.complexExtensionDays ?? null,
    maxExtensions: dto.maxExtensions ?? 0,
    legalBasis: dto.legalBasis,
    effectiveFrom: dto.effectiveFrom,
    effectiveTo: dto.effectiveTo ?? null,
    note: dto.note ?? null,
  };
}

/** Adds rule versions (DESIGN §4): the old version is closed, never changed in value. */
@Injectable()
export class LegalRuleVersionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rules: LegalRulesRepository,
    private readonly audit: AuditService,
    private readonly cached: LegalRulesService,
  ) {}

  /** Inserts the next version of an existing rule; the open-ended one ends the day before. */
  async create(ctx: ActionContext, dto: CreateLegalRuleVersionDto): Promise<LegalRuleResponseDto> {
    const created = await runInTransaction(this.dataSource, (manager) =>
      this.createIn(manager, ctx, draftOf(dto)),
    );
    this.cached.invalidate();
    return toLegalRuleResponse(created);
  }

  private async createIn(manager: EntityManager, ctx: ActionContext, draft: RuleVersionDraft) {
    const existing = await this.rules.listByKeyForUpdate(manager, draft.key);
    if (existing.length === 0) throw legalRuleUnknown(draft.key, 'key');
    const outcome = planRuleVersion(existing.map(toLegalRuleVersion), draft);
    if (!outcome.ok) throw legalRuleVersionInvalid(outcome.problems);
    const { rule, closes } = outcome.plan;
    const previous = closes ? existing.find((e) => e.version === closes.version) : undefined;
    if (previous && closes) await this.rules.close(manager, previous.id, closes.effectiveTo);
    const created = await this.rules.insert(manager, rule);
    await this.recordAudit(manager, ctx, created, closes);
    return created;
  }

  private recordAudit(
    manager: EntityManager,
    ctx: ActionContext,
    created: LegalRuleEntity,
    closes: { version: number; effectiveTo: string } | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: ctx.actor?.id ?? null,
      action: 'legal_rule.create',
      entityType: 'legal_rule',
      entityId: created.id,
      requestId: ctx.requestId,
      data: {
        key: created.key,
        version: created.version,
        effectiveFrom: created.effectiveFrom,
        closedVersion: closes,
      },
    });
  }
}
