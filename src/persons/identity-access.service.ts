import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import type { ActionContext } from '../auth/action-context';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { staleVersion } from '../common/errors/common-errors';
import { encodeCursor, type Page, toPage } from '../common/http/page';
import { decodeInstantIdCursor } from '../common/pagination/keyset';
import { Clock } from '../common/time/clock';
import { updateWithVersion } from '../database/optimistic-update';
import { runInTransaction } from '../database/transaction';
import { AccessScopeService } from '../scope/access-scope.service';
import {
  AccessRequestAction,
  AccessRequestStatus,
  grantExpiresAt,
  IDENTITY_GRANT_DAYS,
  isAccessReasonSufficient,
  nextAccessRequestStatus,
} from './domain/access-request-status';
import { accessDecisionRefusal, identityAccessOf } from './domain/identity-access';
import { personErrors } from './domain/person-errors';
import type { ApproveIdentityAccessRequestDto } from './dto/approve-identity-access-request.dto';
import type { CreateIdentityAccessRequestDto } from './dto/create-identity-access-request.dto';
import type { DecideIdentityAccessRequestDto } from './dto/decide-identity-access-request.dto';
import type { IdentityAccessRequestResponseDto } from './dto/identity-access-request.response.dto';
import type { ListIdentityAccessRequestsQueryDto } from './dto/list-identity-access-requests.query.dto';
import {
  type AccessRequestView,
  type DecidableRequest,
  IdentityAccessRequestsRepository,
} from './identity-access-requests.repository';
import { identityViewerOf } from './identity-vault';
import { toAccessRequestResponse } from './person.mapper';
import type { RecordRef } from './person-rows';
import { PersonsRepository } from './persons.repository';
import { requireActor } from './require-actor';

interface AccessTarget {
  record: RecordRef | null;
  caseId: string | null;
}

/** Exactly one of a record (type and id) or a case: what the grant will cover. */
function targetOf(dto: CreateIdentityAccessRequestDto): AccessTarget {
  const record =
    dto.recordType && dto.recordId ? { recordType: dto.recordType, recordId: dto.recordId } : null;
  const caseId = dto.caseId ?? null;
  if ((record === null) === (caseId === null)) throw personErrors.accessTargetRequired();
  return { record, caseId };
}

/**
 * The grant workflow (DESIGN.md §7; Luật Tố cáo 2018 Điều 56): an investigator asks, with a reason,
 * to read one person's identity for a record or case they work on; a leader whose scope covers
 * that record approves (for `days` 1–30, IDENTITY_GRANT_DAYS by default, from the requester's
 * agency only) or refuses.
 * Requests and decisions are records, each audited in its transaction.
 */
@Injectable()
export class IdentityAccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: AccessScopeService,
    private readonly persons: PersonsRepository,
    private readonly requests: IdentityAccessRequestsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * The request names the record or case the investigator works on: the person must be linked to
   * it in the requester's scope (else 400, the same for a missing one). Its agency's leaders decide.
   */
  async request(ctx: ActionContext, personId: string, dto: CreateIdentityAccessRequestDto) {
    if (!isAccessReasonSufficient(dto.reason)) throw personErrors.accessReasonTooShort();
    const target = targetOf(dto);
    const viewer = requireActor(ctx);
    const scopeAgencyIds = await this.scope.agencyIdsFor(viewer);
    const view = await runInTransaction(this.dataSource, async (m) => {
      const now = this.clock.now();
      const query = { personIds: [personId], viewerId: viewer.id, records: [], now };
      const [facts] = await this.persons.accessFacts(m, query);
      const access =
        facts && identityAccessOf(identityViewerOf(viewer, scopeAgencyIds), facts, now);
      if (!facts || !access?.visible) throw personErrors.notFound();
      const scoped = { ...target, scope: scopeAgencyIds };
      const agencyId = await this.persons.targetAgency(m, personId, scoped);
      if (!agencyId) throw personErrors.accessTargetUnknown(target.caseId ? 'caseId' : 'recordId');
      const id = await this.insertRequest(m, ctx, {
        personId,
        target,
        agencyId,
        reason: dto.reason,
      });
      return this.viewOf(m, id);
    });
    return toAccessRequestResponse(view);
  }

  /** The grant lasts `dto.days` × 24 h from now (default IDENTITY_GRANT_DAYS). */
  approve(ctx: ActionContext, id: string, dto: ApproveIdentityAccessRequestDto) {
    const days = dto.days ?? IDENTITY_GRANT_DAYS;
    return this.decide(ctx, id, AccessRequestAction.Approve, { ...dto, days });
  }

  refuse(ctx: ActionContext, id: string, dto: DecideIdentityAccessRequestDto) {
    return this.decide(ctx, id, AccessRequestAction.Refuse, { ...dto, days: null });
  }

  /** Newest first; only requests about persons in the leader's scope. */
  async list(
    viewer: AuthenticatedOfficer,
    q: ListIdentityAccessRequestsQueryDto,
  ): Promise<Page<IdentityAccessRequestResponseDto>> {
    const before = decodeInstantIdCursor(q.cursor);
    const agencyIds = await this.scope.agencyIdsFor(viewer);
    const rows = await this.requests.list({
      agencyIds,
      status: q.status ?? null,
      before,
      limit: q.limit,
    });
    const page = toPage(rows, q.limit, (r) => encodeCursor([r.cursorAt, r.id]));
    return { ...page, items: page.items.map(toAccessRequestResponse) };
  }

  private async decide(
    ctx: ActionContext,
    id: string,
    action: AccessRequestAction,
    dto: DecideIdentityAccessRequestDto & { days: number | null },
  ): Promise<IdentityAccessRequestResponseDto> {
    const viewer = requireActor(ctx);
    const scopeAgencyIds = await this.scope.agencyIdsFor(viewer);
    const view = await runInTransaction(this.dataSource, async (m) => {
      const request = await this.loadDecidable(m, viewer, scopeAgencyIds, id);
      const status = this.checkDecision(request, action, dto.version);
      const now = this.clock.now();
      const approved = status === AccessRequestStatus.Approved;
      const days = approved ? dto.days : null;
      const expiresAt = days === null ? null : grantExpiresAt(now, days);
      const set = { status, decided_by: viewer.id, decided_at: now, expires_at: expiresAt };
      // The version is the one checked above on the locked row: the transition holds.
      await updateWithVersion(m, {
        table: 'identity_access_request',
        id,
        version: request.version,
        set: { ...set, decision_note: dto.note?.trim() || null },
        touchUpdatedAt: false,
        notFound: () => personErrors.accessRequestNotFound(),
      });
      await this.audit.record(m, {
        actorId: viewer.id,
        action: `identity_access.${action}`,
        entityType: 'identity_access_request',
        entityId: id,
        agencyId: request.agencyId,
        requestId: ctx.requestId,
        data: {
          personId: request.personId,
          requesterId: request.requesterId,
          status,
          expiresAt,
          ...(days === null ? {} : { days }),
        },
      });
      return this.viewOf(m, id);
    });
    return toAccessRequestResponse(view);
  }

  /** The request row and its audit row (at the agency whose leaders decide it). */
  private async insertRequest(
    m: EntityManager,
    ctx: ActionContext,
    r: { personId: string; target: AccessTarget; agencyId: string; reason: string },
  ): Promise<string> {
    const viewer = requireActor(ctx);
    const { record, caseId } = r.target;
    const id = await this.requests.insert(m, {
      personId: r.personId,
      requesterId: viewer.id,
      reason: r.reason.trim(),
      recordType: record?.recordType ?? null,
      recordId: record?.recordId ?? null,
      caseId,
      agencyId: r.agencyId,
      requesterAgencyId: viewer.agencyId,
    });
    await this.audit.record(m, {
      actorId: viewer.id,
      action: 'identity_access.request',
      entityType: 'identity_access_request',
      entityId: id,
      agencyId: r.agencyId,
      requestId: ctx.requestId,
      data: { personId: r.personId, ...record, caseId },
    });
    return id;
  }

  /**
   * The new status, checked on the locked row: 409 when already decided, when the client decided
   * on another version than this one, or — for an approval — when the request names no record
   * (older requests) or its requester has since moved to another agency (the grant would follow).
   */
  private checkDecision(
    request: DecidableRequest,
    action: AccessRequestAction,
    version: number,
  ): AccessRequestStatus {
    const status = nextAccessRequestStatus(request.status, action);
    if (!status) throw personErrors.accessRequestDecided();
    if (version !== request.version) throw staleVersion(request.version);
    if (status !== AccessRequestStatus.Approved) return status;
    if (request.agencyId === null) throw personErrors.accessRequestNoTarget();
    if (request.requesterAgencyId !== request.requesterAgencyNow) {
      throw personErrors.accessRequesterMoved();
    }
    return status;
  }

  /**
   * The request, locked, if this leader may decide it: their scope must cover the agency of the
   * record or case it names (older requests: the person's); 404 otherwise, 403 on their own.
   */
  private async loadDecidable(
    m: EntityManager,
    viewer: AuthenticatedOfficer,
    scopeAgencyIds: readonly string[] | null,
    id: string,
  ): Promise<DecidableRequest> {
    const request = await this.requests.lockForDecision(m, id);
    if (!request) throw personErrors.accessRequestNotFound();
    const agencyIds = request.agencyId
      ? [request.agencyId]
      : await this.personAgencies(m, viewer, request.personId);
    const who = identityViewerOf(viewer, scopeAgencyIds);
    const refusal = accessDecisionRefusal(who, agencyIds, request.requesterId);
    if (refusal === 'notVisible') throw personErrors.accessRequestNotFound();
    if (refusal === 'own') throw personErrors.accessRequestOwn();
    return request;
  }

  /** The recording agency and the agencies of every link of the person. */
  private async personAgencies(m: EntityManager, viewer: AuthenticatedOfficer, personId: string) {
    const now = this.clock.now();
    const query = { personIds: [personId], viewerId: viewer.id, records: [], now };
    const [facts] = await this.persons.accessFacts(m, query);
    return facts ? [facts.agencyId, ...facts.links.map((l) => l.agencyId)] : [];
  }

  private async viewOf(m: EntityManager, id: string): Promise<AccessRequestView> {
    const view = await this.requests.findView(m, id);
    if (!view) throw personErrors.accessRequestNotFound();
    return view;
  }
}
