import { Injectable } from '@nestjs/common';

import type { ActionContext } from '../auth/action-context';
import { legalBasisVi as basis } from '../common/i18n/resolution-labels.vi';
import { Clock } from '../common/time/clock';
import { EnforcementService } from '../enforcement/enforcement.service';
import { requireActor } from '../resolutions/require-actor';
import type { ProceedingVersionDto } from '../resolutions/dto/proceeding-actions.dto';
import { ComplaintDeadlinesService } from './complaint-deadlines.service';
import type { ComplaintResolutionEntity } from './complaint-resolution.entity';
import { ComplaintStepsService } from './complaint-steps.service';
import { ComplaintsRepository } from './complaints.repository';
import { LegalEffectBlock } from './domain/complaint-deadlines';
import { ComplaintErrorCode, complaintError, violation } from './domain/complaint-errors';
import { ComplaintAction, ComplaintStatus } from './domain/complaint-status';
import type { DropChallengeDto } from './dto/complaint-actions.dto';
import type { ComplaintResponseDto } from './dto/complaint.response.dto';

/** The challenges in force: a round-2 complaint (escalated) or a lawsuit (in court). */
const challengesOf = (c: ComplaintResolutionEntity) => ({
  secondRoundRecorded: c.status === ComplaintStatus.Escalated,
  lawsuitRecorded: c.status === ComplaintStatus.InCourt,
});

const CLOSE_BASIS: Readonly<Partial<Record<ComplaintStatus, string>>> = {
  [ComplaintStatus.LegallyEffective]: basis.complaintCloseEffective,
  [ComplaintStatus.Escalated]: basis.complaintCloseSecondRound,
  [ComplaintStatus.InCourt]: basis.complaintCloseCourt,
};

/**
 * After the decision (Luật KN Đ7, Đ33, Đ44; DOMAIN §4.7): the decision takes legal effect once D9
 * has run and nobody challenged it; a challenge that ends (round 2 not accepted, lawsuit returned)
 * gives the decision its D9 date back; the file is closed. Each is one transaction with its event
 * and audit row.
 */
@Injectable()
export class ComplaintFinalityService {
  constructor(
    private readonly steps: ComplaintStepsService,
    private readonly complaints: ComplaintsRepository,
    private readonly deadlines: ComplaintDeadlinesService,
    private readonly clock: Clock,
    private readonly enforcement: EnforcementService,
  ) {}

  /** Luật KN Đ44 k1, k2: on or after the D9 date, while no round 2 or lawsuit is recorded. */
  takeLegalEffect(
    ctx: ActionContext,
    id: string,
    dto: ProceedingVersionDto,
  ): Promise<ComplaintResponseDto> {
    const today = this.clock.today();
    let checked: Awaited<ReturnType<ComplaintDeadlinesService['legalEffect']>> = null;
    return this.steps.run(ctx, id, {
      action: ComplaintAction.TakeLegalEffect,
      version: dto.version,
      actedOn: today,
      legalBasis: basis.complaintLegalEffect,
      context: async (c, manager) => {
        checked = await this.deadlines.legalEffect(c, manager, challengesOf(c));
        const blockedBy = checked?.effect.blockedBy ?? null;
        if (blockedBy !== null) {
          // the tables refuse the move from a challenged state: say why, as the guard would
          const code = ComplaintErrorCode.LegalEffectBlocked;
          const v = violation(code, 'legalEffect.effectiveOn', 'legalEffectBlocked');
          throw complaintError(v, { blockedBy });
        }
        return { legalEffect: { effectiveOn: checked?.effect.effectiveOn ?? null, today } };
      },
      apply: async (c, manager) => {
        const { decision, effect } = checked!;
        if (decision.legalEffectOn === null) await this.deadlines.restoreLegalEffect(c, manager);
        const legalEffectOn = decision.legalEffectOn ?? effect.effectiveOn;
        // issue 8: the measures of the decision become enforcement items in this transaction
        await this.enforcement.openForDecision(manager, ctx, decision.id);
        return { data: { decisionId: decision.id, legalEffectOn } };
      },
    });
  }

  /**
   * Luật KN Đ7, Đ33, Đ44: the round-2 complaint was not accepted or the court returned the
   * lawsuit — back to the status before it; a decision's D9 date is counted again from issuance.
   * The challenge (a lawsuit with its court and filing day) and the leader's free-text reason are
   * kept in `complaint_dropped_challenge`, shown by GET; the event and the audit row hold codes,
   * dates and the row's id only — never the reason.
   */
  dropChallenge(
    ctx: ActionContext,
    id: string,
    dto: DropChallengeDto,
  ): Promise<ComplaintResponseDto> {
    const today = this.clock.today();
    return this.steps.run(ctx, id, {
      action: ComplaintAction.DropChallenge,
      version: dto.version,
      actedOn: today,
      legalBasis: basis.complaintDropChallenge,
      apply: async (c, manager, t) => {
        const decided = t.state.status === ComplaintStatus.Decided;
        const legalEffectOn = decided ? await this.deadlines.restoreLegalEffect(c, manager) : null;
        const lawsuit = c.status === ComplaintStatus.InCourt;
        const challenge = lawsuit ? LegalEffectBlock.Lawsuit : LegalEffectBlock.SecondRound;
        const droppedChallengeId = await this.complaints.addDroppedChallenge(manager, {
          complaintId: c.id,
          challenge,
          droppedOn: today,
          lawsuitCourt: lawsuit ? c.lawsuitCourt : null,
          lawsuitFiledOn: lawsuit ? c.lawsuitFiledOn : null,
          reason: dto.reason,
          createdBy: requireActor(ctx).id,
        });
        // a returned lawsuit no longer blocks a later decision (ComplaintDecisionService.assess)
        const set = lawsuit ? { lawsuit_court: null, lawsuit_filed_on: null } : {};
        const data = {
          challenge,
          lawsuitFiledOn: lawsuit ? c.lawsuitFiledOn : null,
          legalEffectOn,
          droppedChallengeId,
        };
        return { set, data };
      },
    });
  }

  /** The file is closed: the decision took effect, round 2 decided it, or the court did. */
  close(ctx: ActionContext, id: string, dto: ProceedingVersionDto): Promise<ComplaintResponseDto> {
    return this.steps.run(ctx, id, {
      action: ComplaintAction.Close,
      version: dto.version,
      actedOn: this.clock.today(),
      legalBasis: (c) => CLOSE_BASIS[c.status] ?? basis.complaintCloseEffective,
      apply: (c) => Promise.resolve({ data: { decisionId: c.decisionId } }),
    });
  }
}
