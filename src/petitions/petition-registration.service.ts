import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import type { ActionContext } from '../auth/action-context';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { CasesService } from '../cases/cases.service';
import { Clock } from '../common/time/clock';
import { runInTransaction } from '../database/transaction';
import { AccessScopeService } from '../scope/access-scope.service';
import {
  PetitionErrorCode as E,
  petitionError,
  throwIfViolated,
  violation,
} from './domain/petition-errors';
import { checkDistinctSignatories, checkRegistration } from './domain/registration-rules';
import type { PetitionResponseDto } from './dto/petition.response.dto';
import type { RegisterPetitionDto } from './dto/register-petition.dto';
import { PetitionDeadlinesService } from './petition-deadlines.service';
import { toPetitionResponse } from './petition.mapper';
import { PetitionRegistrationRepository } from './petition-registration.repository';
import type { NewPetition } from './petitions.repository';
import { PetitionSignatoriesService } from './petition-signatories.service';
import { columnsOf, registrationFacts, rowOf, unknownCited } from './registration-columns';
import { requireActor } from './require-actor';

interface Draft {
  ctx: ActionContext;
  actor: AuthenticatedOfficer;
  dto: RegisterPetitionDto;
  scope: string[] | null;
}

export const LEGAL_BASIS = 'Thông tư 05/2021/TT-TTCP (tiếp nhận đơn)';

/**
 * Registering a petition from any source (POST /petitions): the pure rules first, then ONE
 * transaction — deadlines, signatories (found or registered), the case (existing, checked in
 * scope, or opened), the numbered petition with its signatories and history (one statement),
 * the signatories' links and the audit row. The reply names signatories by pseudonym only.
 */
@Injectable()
export class PetitionRegistrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registration: PetitionRegistrationRepository,
    private readonly signatories: PetitionSignatoriesService,
    private readonly deadlines: PetitionDeadlinesService,
    private readonly cases: CasesService,
    private readonly audit: AuditService,
    private readonly scope: AccessScopeService,
    private readonly clock: Clock,
  ) {}

  async register(ctx: ActionContext, dto: RegisterPetitionDto): Promise<PetitionResponseDto> {
    const actor = requireActor(ctx);
    throwIfViolated(checkRegistration(registrationFacts(dto, this.clock.today())));
    const scope = await this.scope.agencyIdsFor(actor);
    const draft: Draft = { ctx, actor, dto, scope };
    return runInTransaction(this.dataSource, (manager) => this.write(manager, draft));
  }

  private async write(manager: EntityManager, d: Draft): Promise<PetitionResponseDto> {
    const due = await this.deadlines.forReceipt(manager, d.dto, 'receivedOn');
    const signatoryIds = await this.signatories.resolve(manager, d.ctx, d.dto.signatories ?? []);
    throwIfViolated(checkDistinctSignatories(signatoryIds));
    const cited = (d.dto.signatories ?? []).flatMap((s) => (s.personId ? [s.personId] : []));
    const caseId = d.dto.newCase
      ? await this.openCase(manager, d, signatoryIds, cited)
      : d.dto.caseId!;
    const petition = columnsOf(d, caseId, due);
    const id = randomUUID();
    // Links and the audit row first: the agency's book counter is locked until commit from the
    // registration statement on, so everything that can run before it does, and only the
    // idempotency record and COMMIT follow it (the audit row takes no lock: the AuditSealer links
    // it into the hash chain after commit). The book number is in the petition's history row.
    // The three are sent together (the connection pipelines them, data-source-options.ts): one
    // round trip. Each is independent of the others; a failure fails the transaction.
    const links = { petitionId: id, agencyId: petition.agencyId, type: petition.type };
    const [, , row] = await Promise.all([
      this.signatories.link(manager, { ...links, officerId: d.actor.id, personIds: signatoryIds }),
      this.recordAudit(manager, d, { id, petition, signatoryIds }),
      this.registration.register(manager, {
        id,
        petition,
        signatoryIds,
        citedPersonIds: cited,
        scopeAgencyIds: d.scope,
        legalBasis: LEGAL_BASIS,
        eventData: { bookYear: petition.bookYear, source: petition.source, caseId },
        occurredAt: this.clock.now(),
      }),
    ]);
    if (row.id === null || row.bookNo === null) throw await this.failure(manager, d, caseId, cited);
    // Dates only: the explanations are in GET /petitions/:id (the reply is stored with its key
    // while the book counter is locked, so it is kept small).
    return toPetitionResponse(rowOf(id, petition, row), {
      refs: new Map(),
      today: this.clock.today(),
    });
  }

  /** A new case for the petition; persons cited by id are checked first (they join the case). */
  private async openCase(manager: EntityManager, d: Draft, personIds: string[], cited: string[]) {
    if (cited.length > 0) {
      const check = { caseId: randomUUID(), agencyId: d.actor.agencyId, cited, scope: d.scope };
      const found = await this.registration.diagnose(manager, check);
      const index = unknownCited(d.dto, found.visiblePersonIds);
      if (index >= 0) throw violationError(`signatories.${index}.personId`, 'signatoryUnknown');
    }
    const opened = await this.cases.open(manager, d.ctx, {
      agencyId: d.actor.agencyId,
      openedOn: d.dto.receivedOn,
      contentType: d.dto.type,
      field: d.dto.field,
      summary: d.dto.summary,
      respondent: d.dto.respondent ?? null,
      personIds,
    });
    return opened.id;
  }

  /** Why the registration statement inserted nothing: the case, or a cited person (400). */
  private async failure(manager: EntityManager, d: Draft, caseId: string, cited: string[]) {
    const found = await this.registration.diagnose(manager, {
      caseId,
      agencyId: d.actor.agencyId,
      cited,
      scope: d.scope,
    });
    if (found.caseMerged !== false) {
      const rule = found.caseMerged === true ? 'caseMerged' : 'caseUnknown';
      return violationError('caseId', rule);
    }
    const index = unknownCited(d.dto, found.visiblePersonIds);
    return violationError(`signatories.${Math.max(index, 0)}.personId`, 'signatoryUnknown');
  }

  private recordAudit(
    manager: EntityManager,
    d: Draft,
    w: { id: string; petition: NewPetition; signatoryIds: string[] },
  ): Promise<void> {
    const p = w.petition;
    return this.audit.record(manager, {
      actorId: d.actor.id,
      action: 'petition.register',
      entityType: 'petition',
      entityId: w.id,
      agencyId: p.agencyId,
      requestId: d.ctx.requestId,
      data: {
        bookYear: p.bookYear,
        source: p.source,
        type: p.type,
        caseId: p.caseId,
        signatoryPersonIds: w.signatoryIds,
        handlingDueOn: p.handlingDueOn,
        rule: `${p.handlingRuleKey} v${p.handlingRuleVersion}`,
      },
    });
  }
}

const violationError = (field: string, rule: 'caseMerged' | 'caseUnknown' | 'signatoryUnknown') =>
  petitionError(violation(E.Invalid, field, rule));
