import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import { ContentType } from '../cases/domain/case-enums';
import { petitionDocumentTextsVi as texts } from '../common/i18n/petition-messages.vi';
import { Clock } from '../common/time/clock';
import { runInTransaction } from '../database/transaction';
import { DecisionsService } from '../decisions/decisions.service';
import { DocumentIssuerService } from '../reception/document-issuer.service';
import { type HandlingRequest, handlingChanges, repeatsOutcome } from './domain/handling-changes';
import { type HandlingDetail, handlingInputProblem } from './domain/handling-input';
import { documentIssuedBy } from './domain/issued-documents';
import { type OutcomeTimeliness, outcomeTimeliness } from './domain/outcome-timeliness';
import { worklistDueOn } from './domain/petition-due';
import { mayExtendCheck } from './domain/check-extension';
import {
  PetitionErrorCode as E,
  petitionError,
  petitionErrors,
  violation,
} from './domain/petition-errors';
import { HandlingOutcome } from './domain/petition-enums';
import { PetitionAction } from './domain/petition-status';
import type { ExtendCheckDto } from './dto/extend-check.dto';
import type { HandlePetitionDto } from './dto/handle-petition.dto';
import type { PetitionResponseDto } from './dto/petition.response.dto';
import { PetitionDeadlinesService } from './petition-deadlines.service';
import type { PetitionEntity } from './petition.entity';
import { PetitionLocksService } from './petition-locks.service';
import { PetitionRepliesRepository } from './petition-replies.repository';
import { PetitionTransitions } from './petition-transitions.service';
import { PetitionsRepository } from './petitions.repository';
import { requireActor } from './require-actor';

const DETAILS: readonly HandlingDetail[] = [
  'items',
  'inCompetence',
  'resolutionStatus',
  'body',
  'ground',
  'denouncerNotifiedOn',
  'reply',
  'note',
];

const givenDetails = (dto: HandlePetitionDto) => DETAILS.filter((d) => dto[d] !== undefined);

/**
 * Handling a petition (xử lý đơn, POST /petitions/:id/handling): one named action per request —
 * the eligibility check, a D11 extension, an outcome of DOMAIN §3.5, or a reply to a forwarded
 * petition. Each is a transition of domain/petition-status.ts, in one transaction with its
 * history and audit rows (and, for an outcome that sends a document out, its numbered document);
 * the reply names signatories by pseudonym only.
 */
@Injectable()
export class PetitionHandlingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly locks: PetitionLocksService,
    private readonly petitions: PetitionsRepository,
    private readonly replies: PetitionRepliesRepository,
    private readonly transitions: PetitionTransitions,
    private readonly deadlines: PetitionDeadlinesService,
    private readonly decisions: DecisionsService,
    private readonly issuers: DocumentIssuerService,
    private readonly clock: Clock,
  ) {}

  handle(ctx: ActionContext, id: string, dto: HandlePetitionDto): Promise<PetitionResponseDto> {
    if (dto.action === PetitionAction.ExtendCheck) {
      // DESIGN §7; Luật TC 2018 Điều 24(1): the leader decides, at POST …/extend-check.
      const leader = mayExtendCheck(requireActor(ctx).roles);
      throw leader ? petitionErrors.extensionAtOwnRoute() : petitionErrors.extensionByLeader();
    }
    return runInTransaction(this.dataSource, async (manager) => {
      const petition = await this.locks.lockVisible(manager, ctx, id);
      this.transitions.assertAllowed(petition, dto.action);
      const notify = petition.type === ContentType.Denunciation && !petition.isAnonymous;
      const input = handlingInputProblem(dto.action, givenDetails(dto), notify);
      if (input) throw petitionError(violation(E.Invalid, input.field, input.rule));
      const today = this.clock.today();
      const set = await this.changes(manager, petition, dto, today);
      const outcome = (set.outcome as HandlingOutcome | undefined) ?? null;
      // An outcome after its deadline (D1; a denunciation's D11, its transfer's D12) is
      // recorded, and recorded as late (domain/outcome-timeliness.ts). The step is judged on its
      // own day: the handling, or a later urging letter (which leaves `handled_on` as it was).
      const timed = outcomeTimeliness({
        ...petition,
        outcome,
        handledOn: outcome === null ? null : today,
      });
      const step = { action: dto.action, version: dto.version, today, timed };
      const documentNo = await this.issueDocument(manager, ctx, petition, step);
      // a reply (văn bản phúc đáp) is its own row; the step names it by id, with its date
      const reply = dto.reply ? { ...dto.reply, id: randomUUID() } : null;
      await this.transitions.apply(manager, ctx, {
        petition,
        action: dto.action,
        version: dto.version,
        set,
        data: {
          ...dataOf(dto, set),
          ...(reply ? { replyId: reply.id, replyOn: reply.replyOn } : {}),
          ...urgingOf(petition, outcome, today),
          ...(documentNo ? { documentNo } : {}),
          ...timedData(timed),
        },
        body: dto.body,
        note: dto.note,
      });
      if (reply) await this.replies.insert(manager, { ...reply, petitionId: petition.id, ctx });
      return this.locks.respond(manager, ctx, petition.id);
    });
  }

  /**
   * The leader's extension of a denunciation's preliminary check (D11, Luật TC 2018 Điều 24(1)):
   * once, from 7 to 10 working days, on one of its two grounds; the worklist date follows. One
   * transaction with its history and audit rows (the leader as actor, the ground and new dates).
   */
  extendCheck(ctx: ActionContext, id: string, dto: ExtendCheckDto): Promise<PetitionResponseDto> {
    return runInTransaction(this.dataSource, async (manager) => {
      const petition = await this.locks.lockVisible(manager, ctx, id);
      const action = PetitionAction.ExtendCheck;
      this.transitions.assertAllowed(petition, action);
      const request = { action, today: this.clock.today(), extensionGround: dto.ground };
      const result = handlingChanges({ ...petition, guidedBefore: false }, request);
      if (!result.ok) throw petitionError(result.v);
      const dates = await this.extendedCheck(manager, petition);
      await this.transitions.apply(manager, ctx, {
        petition,
        action,
        version: dto.version,
        set: { ...result.set, ...dates },
        data: { ground: dto.ground, checkDueOn: dates.check_due_on, dueOn: dates.due_on },
      });
      return this.locks.respond(manager, ctx, petition.id);
    });
  }

  /**
   * The outcome steps that send a document out (domain/issued-documents.ts) issue it here, numbered
   * in the agency's gapless register of its type for the year, in this transaction (a rollback
   * gives the number back); the document prints that number and date ever after. Other actions
   * (registration, the check, the proposal) draw nothing. Returns "05/TB-TTTP" or null.
   */
  private async issueDocument(
    manager: EntityManager,
    ctx: ActionContext,
    p: PetitionEntity,
    step: {
      action: PetitionAction;
      version: number;
      today: string;
      timed: OutcomeTimeliness | null;
    },
  ): Promise<string | null> {
    const kind = documentIssuedBy(step.action);
    if (kind === null) return null;
    if (step.version !== p.version) return null; // stale: the transition answers 409
    const { issuer } = await this.issuers.issuerFor(p.agencyId);
    const issued = await this.decisions.issue(manager, ctx, {
      kind,
      proceedingType: 'petition',
      proceedingId: p.id,
      caseId: p.caseId,
      agencyId: p.agencyId,
      issuerAbbrev: issuer.abbreviation,
      issuedOn: step.today,
      signer: { name: '', title: texts.signerTitle },
      // The document of the outcome is judged against the outcome's deadline, as a notice
      // against its period (the statistics do not read petition documents).
      timeliness: step.timed?.timeliness ?? null,
      dueOn: step.timed?.dueOn ?? null,
    });
    return issued.decision.numberSymbol;
  }

  /** The columns the action changes, with the worklist due date recomputed when it moves. */
  private async changes(
    manager: EntityManager,
    p: PetitionEntity,
    dto: HandlePetitionDto,
    today: string,
  ) {
    const request: HandlingRequest = {
      action: dto.action,
      today,
      items: dto.items,
      inCompetence: dto.inCompetence,
      resolutionStatus: dto.resolutionStatus,
      body: dto.body,
      ground: dto.ground,
      denouncerNotifiedOn: dto.denouncerNotifiedOn,
      replyOn: dto.reply?.replyOn,
      note: dto.note,
    };
    const guidedBefore =
      dto.action === PetitionAction.Guide &&
      (await this.petitions.wasGuided(manager, p.caseId, p.type));
    const result = handlingChanges({ ...p, guidedBefore }, request);
    if (!result.ok) throw petitionError(result.v);
    if (dto.action === PetitionAction.Check) {
      return {
        ...result.set,
        due_on: worklistDueOn({ ...p, isInCompetence: dto.inCompetence ?? null }),
      };
    }
    return result.set;
  }

  /** D11 with its one extension (Luật TC 2018 Điều 24(1)), and the due date that follows. */
  private async extendedCheck(manager: EntityManager, p: PetitionEntity) {
    const check = await this.deadlines.compute(manager, {
      key: 'D11',
      start: p.receivedOn,
      extensions: 1,
      field: 'action',
    });
    const checkDueOn = check.result.dueOn ?? p.checkDueOn;
    return {
      check_due_on: checkDueOn,
      check_rule_version: check.rule.version,
      due_on: worklistDueOn({ ...p, checkDueOn }),
    };
  }
}

/**
 * The judgement of the outcome in the history and audit rows: timeliness, due date and rule; a
 * denunciation's transfer also keeps its D12 date as `transferDueOn`.
 */
function timedData(timed: OutcomeTimeliness | null): Record<string, unknown> {
  if (timed === null) return {};
  const data = { timeliness: timed.timeliness, dueOn: timed.dueOn, dueRule: timed.rule };
  return timed.rule === 'D12' ? { ...data, transferDueOn: timed.dueOn } : data;
}

/**
 * An urging step (đôn đốc) keeps the day of its letter; a repeated one says so. The petition stays
 * handled on its first day (`handledOn`, domain/handling-changes.ts `handlingDayOf`).
 */
function urgingOf(
  petition: PetitionEntity,
  outcome: HandlingOutcome | null,
  today: string,
): Record<string, unknown> {
  if (outcome !== HandlingOutcome.Urge) return {};
  return repeatsOutcome(petition, outcome)
    ? { urgedOn: today, repeated: true }
    : { urgedOn: today };
}

/**
 * What the history and audit rows keep: codes, dates and ids — never text an officer typed, which
 * may name a person and would then stay in the append-only, hash-chained trail for ever. The body
 * a step names is kept beside its history row (petition_step_body) and on the petition
 * (`outcome_body`), the note on the petition (`outcome_note`), a reply on its own row
 * (petition_reply, which the step names by `replyId`).
 */
function dataOf(dto: HandlePetitionDto, set: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  if (set.outcome !== undefined) data.outcome = set.outcome;
  if (set.handled_on !== undefined) data.handledOn = set.handled_on;
  if (set.is_eligible !== undefined) data.isEligible = set.is_eligible;
  if (dto.inCompetence !== undefined) data.inCompetence = dto.inCompetence;
  if (dto.ground !== undefined) data.ground = dto.ground;
  if (dto.denouncerNotifiedOn !== undefined) data.denouncerNotifiedOn = dto.denouncerNotifiedOn;
  if (set.due_on !== undefined) data.dueOn = set.due_on;
  return data;
}
