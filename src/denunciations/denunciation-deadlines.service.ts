import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { RuleDeadline } from '../decisions/domain/rule-deadline';
import type { Suspension } from '../legal/domain/deadline-engine';
import { DeadlineRecalculationRegistry } from '../legal/deadline-recalculation.registry';
import type { LocalDate } from '../legal/domain/local-date';
import { type PinnedRule, RuleSourceService } from '../resolutions/rule-source.service';
import type { DenunciationResolutionEntity } from './denunciation-resolution.entity';
import type { DenunciationSuspensionEntity } from './denunciation-suspension.entity';
import { DenunciationsRepository } from './denunciations.repository';
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
 * 30, 35, 36), D14 with the version stored at acceptance; keeps open proceedings in step with
 * calendar edits.
 */
@Injectable()
export class DenunciationDeadlinesService implements OnModuleInit {
  constructor(
    private readonly sources: RuleSourceService,
    private readonly denunciations: DenunciationsRepository,
    private readonly registry: DeadlineRecalculationRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register('denunciations', (dates, manager) => this.recalculate(dates, manager));
  }

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

  private async recalculate(dates: readonly LocalDate[], manager: EntityManager) {
    const earliest = dates[0];
    const latest = dates[dates.length - 1];
    if (earliest === undefined || latest === undefined) return 0;
    let updated = 0;
    for (const d of await this.denunciations.openForRecalculation(manager, earliest, latest)) {
      if (await this.recalculateOne(d, manager)) updated += 1;
    }
    return updated;
  }

  private async recalculateOne(d: DenunciationResolutionEntity, manager: EntityManager) {
    const prelim = await this.prelim(d.receivedOn, d.prelimExtended, manager);
    let due: RuleDeadline | null = null;
    if (d.acceptedOn) {
      const suspensions = suspensionsOf(await this.denunciations.suspensions(d.id, manager));
      due = await this.resolution(d, { suspensions }, manager);
    }
    if (prelim.dueOn === d.prelimDueOn && (due === null || due.dueOn === d.dueOn)) return false;
    await manager.query(
      `UPDATE denunciation_resolution SET prelim_due_on = $2, prelim_explanation = $3,
              due_on = COALESCE($4, due_on), due_explanation = COALESCE($5, due_explanation),
              version = version + 1, updated_at = now() WHERE id = $1`,
      [
        d.id,
        prelim.dueOn,
        JSON.stringify(prelim.explanation),
        due?.dueOn ?? null,
        due ? JSON.stringify(due.explanation) : null,
      ],
    );
    return true;
  }
}
