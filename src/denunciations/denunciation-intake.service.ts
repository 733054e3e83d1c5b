import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import { legalBasisVi as basis } from '../common/i18n/resolution-labels.vi';
import { Clock } from '../common/time/clock';
import { runInTransaction } from '../database/transaction';
import { type PetitionForResolution, PetitionsService } from '../petitions/petitions.service';
import { ProceedingPersonsService } from '../resolutions/proceeding-persons.service';
import { requireActor } from '../resolutions/require-actor';
import { RuleSourceService } from '../resolutions/rule-source.service';
import { DenunciationDeadlinesService } from './denunciation-deadlines.service';
import { denunciationRecord, DenunciationQueryService } from './denunciation-query.service';
import type { DenunciationResolutionEntity } from './denunciation-resolution.entity';
import { DenunciationStepsService } from './denunciation-steps.service';
import { DenunciationsRepository } from './denunciations.repository';
import { checklistColumn, conditionsOf } from './denunciation-checklist';
import { evaluateDenunciationAcceptance } from './domain/denunciation-acceptance';
import { throwIfViolated } from './domain/denunciation-errors';
import { canFileFollowUp, followUpViolation } from './domain/denunciation-follow-up';
import { openingPrelimCheck, prelimExtensionColumns } from './domain/denunciation-prelim-opening';
import {
  DenunciationAction,
  DenunciationKind,
  DenunciationStatus,
} from './domain/denunciation-status';
import type {
  DenunciationChecklistInputDto,
  ExtendPrelimCheckDto,
  MarkAnonymousDto,
  OpenDenunciationDto,
} from './dto/denunciation-intake.dto';
import type { DenunciationResponseDto } from './dto/denunciation.response.dto';

/**
 * Intake of a denunciation (Luật TC 2018 Đ24, 25, 37–38): take over the petition (first, or a
 * follow-up linked to the first proceeding), the preliminary check (D11, extended once to 10
 * working days), the anonymous case. Acceptance, refusal, transfer: DenunciationAcceptanceService.
 */
@Injectable()
export class DenunciationIntakeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly denunciations: DenunciationsRepository,
    private readonly query: DenunciationQueryService,
    private readonly steps: DenunciationStepsService,
    private readonly deadlines: DenunciationDeadlinesService,
    private readonly sources: RuleSourceService,
    private readonly petitions: PetitionsService,
    private readonly persons: ProceedingPersonsService,
    private readonly clock: Clock,
  ) {}

  open(ctx: ActionContext, dto: OpenDenunciationDto): Promise<DenunciationResponseDto> {
    const actor = requireActor(ctx);
    return runInTransaction(this.dataSource, async (manager) => {
      const first = dto.firstId
        ? await this.query.getVisible(actor, dto.firstId, { manager })
        : null;
      const petition = await this.petitions.takeForResolution(
        manager,
        ctx,
        dto.petitionId,
        'denunciation',
      );
      const row = await this.insertReceived(manager, ctx, petition, first);
      await this.persons.takeOver(manager, petition.petitionId, denunciationRecord(row));
      // An extension decided at the petition stage is recorded on the opening step (the leader,
      // the ground): the proceeding's own extension is an event too, and `prelim_extended` says so.
      const { extension } = openingPrelimCheck(petition.checkExtension);
      await this.steps.apply(manager, ctx, row, {
        action: DenunciationAction.StartPrelimCheck,
        version: row.version,
        actedOn: this.clock.today(),
        legalBasis: first ? basis.denunciationFollowUp : basis.denunciationOpen,
        apply: () => {
          const data = {
            petitionId: row.petitionId,
            firstId: row.firstId,
            prelimDueOn: row.prelimDueOn,
            ...(extension ? { prelimExtended: true, prelimExtension: extension } : {}),
          };
          return Promise.resolve({ data });
        },
      });
      return this.query.reply(manager, row.id);
    });
  }

  /**
   * The row in `received` with its D11 window — extended when the leader extended it at the
   * petition stage (Đ24 k1: once; domain/denunciation-prelim-opening.ts); a follow-up only when
   * Đ37/Đ38 allow it.
   */
  private async insertReceived(
    manager: EntityManager,
    ctx: ActionContext,
    petition: PetitionForResolution,
    first: DenunciationResolutionEntity | null,
  ): Promise<DenunciationResolutionEntity> {
    const facts = first && { status: first.status, resolutionDueOn: first.dueOn };
    const followUp = facts ? canFileFollowUp(facts, petition.receivedOn) : null;
    if (followUp) throwIfViolated(followUpViolation(followUp));
    const { prelimExtended, record } = openingPrelimCheck(petition.checkExtension);
    const prelim = await this.deadlines.prelim(petition.receivedOn, prelimExtended, manager);
    return this.denunciations.insert(manager, {
      agencyId: petition.agencyId,
      caseId: petition.caseId,
      petitionId: petition.petitionId,
      kind: first ? DenunciationKind.ReResolution : DenunciationKind.First,
      firstId: first?.id ?? null,
      followUpBasis: followUp?.basis ?? null,
      status: DenunciationStatus.Received,
      isAnonymous: petition.isAnonymous,
      receivedOn: petition.receivedOn,
      prelimExtended,
      prelimDueOn: prelim.dueOn as string,
      prelimExplanation: prelim.explanation,
      ...prelimExtensionColumns(record),
      createdBy: requireActor(ctx).id,
    });
  }

  /**
   * Luật TC 2018 Đ24 k1: once, from 7 to 10 working days, on one of its two grounds (the codes of
   * the petition-stage extension, which the opening step records the same way); 409
   * DENUNCIATION_EXTENSION_LIMIT when used already — here or, before the proceeding opened, at the
   * petition stage. The row keeps the ground, the leader, the day and the free-text note; the event
   * and the audit row the due date and the ground only (codes and dates, never free text).
   */
  extendPrelimCheck(
    ctx: ActionContext,
    id: string,
    dto: ExtendPrelimCheckDto,
  ): Promise<DenunciationResponseDto> {
    const today = this.clock.today();
    return this.steps.run(ctx, id, {
      action: DenunciationAction.ExtendPrelimCheck,
      version: dto.version,
      actedOn: today,
      legalBasis: basis.denunciationPrelimExtend,
      apply: async (d, manager) => {
        const prelim = await this.deadlines.prelim(d.receivedOn, true, manager);
        const set = {
          prelim_due_on: prelim.dueOn,
          prelim_explanation: JSON.stringify(prelim.explanation),
          prelim_extension_stage: 'proceeding',
          prelim_extension_ground: dto.ground,
          prelim_extended_by: requireActor(ctx).id,
          prelim_extended_on: today,
          prelim_extension_note: dto.reason ?? null,
        };
        return { set, data: { prelimDueOn: prelim.dueOn, ground: dto.ground } };
      },
    });
  }

  /** Luật TC 2018 Đ25: no name or address — not processed as a denunciation. */
  markAnonymous(
    ctx: ActionContext,
    id: string,
    dto: MarkAnonymousDto,
  ): Promise<DenunciationResponseDto> {
    return this.steps.run(ctx, id, {
      action: DenunciationAction.MarkAnonymous,
      version: dto.version,
      actedOn: this.clock.today(),
      legalBasis: basis.denunciationAnonymous,
      context: (d) =>
        Promise.resolve({
          anonymity: {
            denouncerIdentified: !d.isAnonymous,
            specificInformation: dto.specificInformation,
          },
        }),
      apply: (_d, _m, t) =>
        Promise.resolve({
          set: { usable_as_information: t.usableAsInformation },
          data: { usableAsInformation: t.usableAsInformation },
        }),
    });
  }

  /** The Điều 29 checklist of this denunciation on `today` (D11 window included). */
  async evaluate(
    d: DenunciationResolutionEntity,
    dto: DenunciationChecklistInputDto,
    today: string,
    manager: EntityManager,
  ) {
    const conditions = conditionsOf(d, dto);
    const evaluation = await this.sources.run(
      { from: d.receivedOn, to: today, manager },
      (source) =>
        evaluateDenunciationAcceptance({
          conditions,
          arisesFromResolvedComplaint: dto.arisesFromResolvedComplaint,
          evidenceAgainstResolver: dto.evidenceAgainstResolver,
          receivedOn: d.receivedOn,
          prelimExtended: d.prelimExtended,
          today,
          ...source,
        }),
    );
    return { evaluation, column: checklistColumn(evaluation, conditions, dto) };
  }
}
