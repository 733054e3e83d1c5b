import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import type { AuditEntry } from '../audit/audit-entry';
import type { ActionContext } from '../auth/action-context';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { ContentType, isConfidentialContent } from '../cases/domain/case-enums';
import { Clock } from '../common/time/clock';
import { insertRows } from '../database/bulk-insert';
import { numberRecords } from '../database/record-number';
import { PersonRecordType, PersonRole } from '../persons/domain/person-enums';
import type { PersonLinkInput } from '../persons/person-inputs';
import { PersonImportService } from '../persons/person-import.service';
import { PetitionStatus } from './domain/petition-enums';
import type { RegisterPetitionDto } from './dto/register-petition.dto';
import { PetitionDeadlinesService } from './petition-deadlines.service';
import { PetitionEventEntity } from './petition-event.entity';
import { type VisitPetitionInput, visitPetitionColumns } from './petition-intake.service';
import { LEGAL_BASIS } from './petition-registration.service';
import { PetitionSignatoryEntity } from './petition-signatory.entity';
import { PetitionEntity } from './petition.entity';
import type { NewPetition } from './petitions.repository';
import { columnsOf } from './registration-columns';
import { requireActor } from './require-actor';

/** A petition of an import batch: registered (any source) or handed over at a visit. */
export type PetitionToImport =
  | {
      kind: 'register';
      dto: RegisterPetitionDto;
      caseId: string;
      signatoryIds: string[];
      /** The request field named when the D1 deadline cannot be computed for the date. */
      dateField: string;
    }
  | { kind: 'visit'; input: VisitPetitionInput };

interface Written {
  id: string;
  item: PetitionToImport;
  columns: NewPetition;
  rule: string;
  signatoryIds: readonly string[];
}

/**
 * Petitions for an import batch (DESIGN §10 P8), in the caller's transaction, with the columns,
 * deadlines, book numbers, signatories, history rows, links and audit rows of
 * PetitionRegistrationService (`register`) and PetitionIntakeService (`receive`) one by one, in
 * a few statements for the whole batch.
 */
@Injectable()
export class PetitionImportService {
  constructor(
    private readonly deadlines: PetitionDeadlinesService,
    private readonly persons: PersonImportService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Writes the petitions in list order (book numbers follow it); returns their ids. */
  async writeMany(
    manager: EntityManager,
    ctx: ActionContext,
    items: readonly PetitionToImport[],
  ): Promise<string[]> {
    if (items.length === 0) return [];
    const actor = requireActor(ctx);
    const written: Written[] = [];
    for (const item of items) written.push(await this.prepare(manager, actor, item));
    await this.number(manager, written);
    const now = this.clock.now();
    await insertRows(
      manager,
      PetitionEntity,
      written.map((w) => ({ ...w.columns, id: w.id, createdAt: now })),
    );
    await insertRows(
      manager,
      PetitionSignatoryEntity,
      written.flatMap((w) =>
        w.signatoryIds.map((personId, position) => ({ petitionId: w.id, position, personId })),
      ),
    );
    await insertRows(
      manager,
      PetitionEventEntity,
      written.map((w) => eventOf(w, now)),
    );
    await this.persons.linkMany(manager, written.flatMap(linksOf));
    await this.audit.recordMany(
      manager,
      written.map((w) => ({ ...auditOf(w), requestId: ctx.requestId })),
    );
    return written.map((w) => w.id);
  }

  private async prepare(
    manager: EntityManager,
    actor: AuthenticatedOfficer,
    item: PetitionToImport,
  ): Promise<Written> {
    const id = randomUUID();
    if (item.kind === 'register') {
      const due = await this.deadlines.forReceipt(manager, item.dto, item.dateField);
      const columns = columnsOf({ actor, dto: item.dto }, item.caseId, due);
      return { id, item, columns, rule: ruleOf(columns), signatoryIds: item.signatoryIds };
    }
    const input = item.input;
    const due = await this.deadlines.forReceipt(manager, input, input.dateField);
    const columns = visitPetitionColumns(input, due, actor.id);
    return { id, item, columns, rule: ruleOf(columns), signatoryIds: input.petitionerIds };
  }

  /** Book numbers: per (agency, year) one range of the petition book, in list order. */
  private async number(manager: EntityManager, written: Written[]): Promise<void> {
    const numbers = await numberRecords(manager, 'petition', written, (w) => ({
      agencyId: w.columns.agencyId,
      year: w.columns.bookYear,
    }));
    written.forEach((w, i) => (w.columns = { ...w.columns, bookNo: numbers[i]! }));
  }
}

const ruleOf = (c: NewPetition) => `${c.handlingRuleKey} v${c.handlingRuleVersion}`;

/** The first history row, as the registration statement or receiveFromVisit writes it. */
function eventOf(w: Written, occurredAt: Date) {
  const c = w.columns;
  const base = {
    petitionId: w.id,
    fromStatus: null,
    toStatus: PetitionStatus.Received,
    occurredAt,
  };
  if (w.item.kind === 'register') {
    const data = { bookYear: c.bookYear, source: c.source, caseId: c.caseId, bookNo: c.bookNo };
    return { ...base, action: 'register', actorId: c.createdBy, legalBasis: LEGAL_BASIS, data };
  }
  const data = { ...receiptData(w), visitId: c.visitId };
  return { ...base, action: 'receive', actorId: c.createdBy, legalBasis: null, data };
}

function receiptData(w: Written) {
  const c = w.columns;
  return {
    bookNo: c.bookNo,
    bookYear: c.bookYear,
    source: c.source,
    type: c.type,
    handlingDueOn: c.handlingDueOn,
    rule: w.rule,
  };
}

/** Luật Tố cáo 2018 Điều 9(1)(b): a denouncer's link is confidential (role `denouncer`). */
function linksOf(w: Written): PersonLinkInput[] {
  const c = w.columns;
  const role = c.type === ContentType.Denunciation ? PersonRole.Denouncer : PersonRole.Petitioner;
  return w.signatoryIds.map((personId) => ({
    personId,
    recordType: PersonRecordType.Petition,
    recordId: w.id,
    agencyId: c.agencyId,
    officerId: c.createdBy,
    role,
    isConfidential: isConfidentialContent(c.type),
  }));
}

function auditOf(w: Written): Omit<AuditEntry, 'requestId'> {
  const c = w.columns;
  const common = {
    actorId: c.createdBy,
    entityType: 'petition',
    entityId: w.id,
    agencyId: c.agencyId,
  };
  if (w.item.kind === 'visit') {
    return { ...common, action: 'petition.receive', data: receiptData(w) };
  }
  const data = {
    bookYear: c.bookYear,
    source: c.source,
    type: c.type,
    caseId: c.caseId,
    signatoryPersonIds: w.signatoryIds,
    handlingDueOn: c.handlingDueOn,
    rule: w.rule,
  };
  return { ...common, action: 'petition.register', data };
}
