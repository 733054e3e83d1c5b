import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { DecisionEntity } from '../decisions/decision.entity';
import { DecisionsService } from '../decisions/decisions.service';
import { type RuleDeadline, computeRuleDeadline } from '../decisions/domain/rule-deadline';
import type { Suspension } from '../legal/domain/deadline-engine';
import { DeadlineRecalculationRegistry } from '../legal/deadline-recalculation.registry';
import type { LocalDate } from '../legal/domain/local-date';
import { type PinnedRule, RuleSourceService } from '../resolutions/rule-source.service';
import type { ComplaintResolutionEntity } from './complaint-resolution.entity';
import type { ComplaintSuspensionEntity } from './complaint-suspension.entity';
import { ComplaintsRepository } from './complaints.repository';
import {
  type ComplaintLegalEffect,
  type ComplaintLegalEffectInput,
  computeComplaintLegalEffect,
  computeComplaintResolutionDeadline,
  LegalEffectBlock,
} from './domain/complaint-deadlines';
import type { ComplaintRound } from './domain/complaint-enums';

/** The columns of a stored resolution deadline. */
export type DueColumns = {
  due_on: string | null;
  due_rule_key: string;
  due_rule_version: number;
  due_explanation: string;
  due_remaining_days: number | null;
};

export interface ResolutionFacts {
  round: ComplaintRound;
  acceptedOn: LocalDate;
  complex: boolean;
  remote: boolean;
  suspensions: readonly Suspension[];
  /** The version stored at acceptance; absent on acceptance itself. */
  pinned?: PinnedRule | null;
}

/** The challenges that block a decision's legal effect (Luật KN Đ44 k1). */
export type LegalEffectChallenges = Pick<
  ComplaintLegalEffectInput,
  'secondRoundRecorded' | 'lawsuitRecorded'
>;

export const suspensionsOf = (rows: readonly ComplaintSuspensionEntity[]): Suspension[] =>
  rows.map((s) => ({ from: s.suspendedOn, to: s.resumedOn }));

export function dueColumns(d: RuleDeadline): DueColumns {
  return {
    due_on: d.dueOn,
    due_rule_key: d.rule.key,
    due_rule_version: d.rule.version,
    due_explanation: JSON.stringify(d.explanation),
    due_remaining_days: d.remainingDays ?? null,
  };
}

export const pinnedOf = (c: ComplaintResolutionEntity): PinnedRule | null =>
  c.dueRuleKey && c.dueRuleVersion ? { key: c.dueRuleKey, version: c.dueRuleVersion } : null;

/**
 * D4 and D5/D8 of complaint proceedings through the pure domain functions, with the rule version
 * stored at acceptance; keeps open proceedings in step with calendar edits (docs/legal.md).
 */
@Injectable()
export class ComplaintDeadlinesService implements OnModuleInit {
  constructor(
    private readonly sources: RuleSourceService,
    private readonly complaints: ComplaintsRepository,
    private readonly registry: DeadlineRecalculationRegistry,
    private readonly decisions: DecisionsService,
  ) {}

  onModuleInit(): void {
    this.registry.register('complaints', (dates, manager) => this.recalculate(dates, manager));
  }

  /** D4: accept or refuse with reasons within 10 days of receipt (Luật KN Đ27, Đ36). */
  acceptanceWindow(receivedOn: LocalDate, manager?: EntityManager): Promise<RuleDeadline> {
    return this.sources.run({ from: receivedOn, manager }, (source) =>
      computeRuleDeadline({ key: 'D4', start: receivedOn, startField: 'receivedOn' }, source),
    );
  }

  resolution(facts: ResolutionFacts, manager?: EntityManager): Promise<RuleDeadline> {
    const pinned = facts.pinned ? [facts.pinned] : [];
    return this.sources.run({ from: facts.acceptedOn, manager, pinned }, (source) =>
      computeComplaintResolutionDeadline({ ...facts, ...source }),
    );
  }

  /** The resolution deadline of a stored proceeding with its (updated) suspensions. */
  async forProceeding(
    c: ComplaintResolutionEntity,
    suspensions: readonly Suspension[],
    manager: EntityManager,
  ): Promise<RuleDeadline> {
    return this.resolution(
      {
        round: c.round,
        acceptedOn: c.acceptedOn as string,
        complex: c.isComplex,
        remote: c.isRemote,
        suspensions,
        pinned: pinnedOf(c),
      },
      manager,
    );
  }

  /**
   * D9 of the proceeding's decision counted from its issuance (Luật KN Đ44 k1, k2), with the
   * challenges in force; null when the proceeding has no decision.
   */
  async legalEffect(
    c: ComplaintResolutionEntity,
    manager: EntityManager,
    challenges: LegalEffectChallenges = {},
  ): Promise<{ decision: DecisionEntity; effect: ComplaintLegalEffect } | null> {
    const decision = c.decisionId ? await this.decisions.find(manager, c.decisionId) : null;
    if (!decision) return null;
    const issuedOn = decision.issuedOn;
    const effect = await this.sources.run({ from: issuedOn, manager }, (source) =>
      computeComplaintLegalEffect({
        round: c.round,
        issuedOn,
        remote: c.isRemote,
        ...challenges,
        ...source,
      }),
    );
    return { decision, effect };
  }

  /**
   * Luật KN Đ44 k1, Đ7: a round-2 complaint or a lawsuit recorded after the decision — the decision
   * has no legal effect while it runs (the D9 date is cleared, the explanation says why).
   */
  async blockLegalEffect(
    c: ComplaintResolutionEntity,
    by: LegalEffectBlock,
    manager: EntityManager,
  ): Promise<void> {
    const challenges = {
      secondRoundRecorded: by === LegalEffectBlock.SecondRound,
      lawsuitRecorded: by === LegalEffectBlock.Lawsuit,
    };
    await this.storeLegalEffect(c, manager, challenges);
  }

  /**
   * The challenge ended (round 2 not accepted, lawsuit returned): D9 is counted again from the
   * decision's issuance (Luật KN Đ44) and stored on it. Returns the new legal-effect date.
   */
  restoreLegalEffect(c: ComplaintResolutionEntity, manager: EntityManager) {
    return this.storeLegalEffect(c, manager, {});
  }

  private async storeLegalEffect(
    c: ComplaintResolutionEntity,
    manager: EntityManager,
    challenges: LegalEffectChallenges,
  ): Promise<LocalDate | null> {
    const found = await this.legalEffect(c, manager, challenges);
    if (!found) return null;
    await this.decisions.setLegalEffect(manager, found.decision.id, {
      legalEffectOn: found.effect.effectiveOn,
      legalEffectExplanation: found.effect.explanation,
    });
    return found.effect.effectiveOn;
  }

  private async recalculate(dates: readonly LocalDate[], manager: EntityManager) {
    const earliest = dates[0];
    const latest = dates[dates.length - 1];
    if (earliest === undefined || latest === undefined) return 0;
    let updated = 0;
    for (const c of await this.complaints.openForRecalculation(manager, earliest, latest)) {
      const suspensions = suspensionsOf(await this.complaints.suspensions(c.id, manager));
      const due = await this.forProceeding(c, suspensions, manager);
      if (due.dueOn === c.dueOn) continue;
      await manager.query(
        `UPDATE complaint_resolution SET due_on = $2, due_explanation = $3, due_remaining_days = $4,
                version = version + 1, updated_at = now() WHERE id = $1`,
        [c.id, due.dueOn, JSON.stringify(due.explanation), due.remainingDays ?? null],
      );
      updated += 1;
    }
    return updated;
  }
}
