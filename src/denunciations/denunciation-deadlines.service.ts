import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { RuleDeadline } from '../decisions/domain/rule-deadline';
import type { Suspension } from '../legal/domain/deadline-engine';
import type { LocalDate } from '../legal/domain/local-date';
import { type PinnedRule, RuleSourceService } from '../resolutions/rule-source.service';
import type { DenunciationResolutionEntity } from './denunciation-resolution.entity';
import type { DenunciationSuspensionEntity } from './denunciation-suspension.entity';
import {
  computeAcceptanceNoticeDeadline,
  computeConclusionNoticeDeadline,
  computeDenunciationResolutionDeadline,
  computeHandlingDeadline,
  computePrelimCheckDeadline,
} from './domain/denunciation-deadlines';
import type { DenunciationComplexity } from './domain/denunciation-enums';

export const suspensionsOf = (rows: readonly DenunciationSuspensionEntity[]): Suspension[] =>
  rows.map((s) => ({ from: s.suspendedOn, to: s.resumedOn }));

export const dueColumns = (d: RuleDeadline): Record<string, unknown> => ({
  due_on: d.dueOn,
  due_rule_key: d.rule.key,
  due_rule_version: d.rule.version,
  due_explanation: JSON.stringify(d.explanation),
  due_remaining_days: d.remainingDays ?? null,
});

const pinnedOf = (d: DenunciationResolutionEntity): PinnedRule[] =>
  d.dueRuleKey && d.dueRuleVersion ? [{ key: d.dueRuleKey, version: d.dueRuleVersion }] : [];

/** What a D14 recomputation may change against the stored proceeding. */
export interface ResolutionChange {
  extensions?: number;
  complexity?: DenunciationComplexity;
  suspensions: readonly Suspension[];
}

/**
 * D11–D16 of denunciation proceedings through the pure domain functions (Luật TC 2018 Đ24, 29,
 * 30, 35, 36), D14 with the version stored at acceptance; calendar edits move them through
 * DenunciationDeadlineRecalculation.
 */
@Injectable()
export class DenunciationDeadlinesService {
  constructor(private readonly sources: RuleSourceService) {}

  prelim(receivedOn: LocalDate, extended: boolean, manager?: EntityManager) {
    return this.sources.run({ from: receivedOn, manager }, (source) =>
      computePrelimCheckDeadline({ receivedOn, extended, ...source }),
    );
  }

  /** D13 (notify the denouncer) and D14 (resolve) from the acceptance. */
  async accepted(
    acceptedOn: LocalDate,
    complexity: DenunciationComplexity,
    manager: EntityManager,
  ) {
    return this.sources.run({ from: acceptedOn, manager }, (source) => ({
      notice: computeAcceptanceNoticeDeadline({ acceptedOn, ...source }),
      resolution: computeDenunciationResolutionDeadline({ acceptedOn, complexity, ...source }),
    }));
  }

  /** D13 alone (a recomputation after a calendar edit). */
  acceptanceNotice(acceptedOn: LocalDate, manager: EntityManager) {
    return this.sources.run({ from: acceptedOn, manager }, (source) =>
      computeAcceptanceNoticeDeadline({ acceptedOn, ...source }),
    );
  }

  resolution(d: DenunciationResolutionEntity, change: ResolutionChange, manager: EntityManager) {
    const acceptedOn = d.acceptedOn as string;
    return this.sources.run({ from: acceptedOn, manager, pinned: pinnedOf(d) }, (source) =>
      computeDenunciationResolutionDeadline({
        acceptedOn,
        extensions: change.extensions ?? d.extensionCount,
        complexity: change.complexity ?? d.complexity,
        suspensions: change.suspensions,
        ...source,
      }),
    );
  }

  /** D15 and D16 from the conclusion. */
  concluded(concludedOn: LocalDate, manager: EntityManager) {
    return this.sources.run({ from: concludedOn, manager }, (source) => ({
      notice: computeConclusionNoticeDeadline({ concludedOn, ...source }),
      handling: computeHandlingDeadline({ concludedOn, ...source }),
    }));
  }
}
