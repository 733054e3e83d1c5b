import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { DecisionEntity } from '../decisions/decision.entity';
import { DecisionsService } from '../decisions/decisions.service';
import { type RuleDeadline, computeRuleDeadline } from '../decisions/domain/rule-deadline';
import type { Suspension } from '../legal/domain/deadline-engine';
import type { LocalDate } from '../legal/domain/local-date';
import { type PinnedRule, RuleSourceService } from '../resolutions/rule-source.service';
import type { ComplaintResolutionEntity } from './complaint-resolution.entity';
import type { ComplaintSuspensionEntity } from './complaint-suspension.entity';
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
 * D4, D5/D8 and D9 of complaint proceedings through the pure domain functions, with the rule
 * version stored at acceptance; calendar edits move them through ComplaintDeadlineRecalculation.
 */
@Injectable()
export class ComplaintDeadlinesService {
  constructor(
    private readonly sources: RuleSourceService,
    private readonly decisions: DecisionsService,
  ) {}

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

  /** After a calendar edit: D9 counted again; true when the stored date moved (with its explanation). */
  async refreshLegalEffect(c: ComplaintResolutionEntity, manager: EntityManager): Promise<boolean> {
    const found = await this.legalEffect(c, manager);
    if (!found || found.effect.effectiveOn === found.decision.legalEffectOn) return false;
    await this.decisions.setLegalEffect(manager, found.decision.id, {
      legalEffectOn: found.effect.effectiveOn,
      legalEffectExplanation: found.effect.explanation,
    });
    return true;
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
}
