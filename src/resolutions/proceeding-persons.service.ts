import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import { PersonRecordType, type PersonRole } from '../persons/domain/person-enums';
import { IdentityService } from '../persons/identity.service';
import { PersonsService } from '../persons/persons.service';
import type { ProceedingPerson } from './proceeding-parts.mapper';

export interface ProceedingRecord {
  recordType: PersonRecordType.Complaint | PersonRecordType.Denunciation;
  recordId: string;
  agencyId: string;
}

/**
 * The persons of a proceeding, taken over from its petition. Each is linked to the proceeding
 * (a denouncer's link is confidential, so an assigned investigator still reads no identity without
 * a leader's grant: Luật TC 2018 Điều 56). Identities are read only for GETs, through the vault.
 */
@Injectable()
export class ProceedingPersonsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly persons: PersonsService,
    private readonly identities: IdentityService,
  ) {}

  /** Links the petition's persons to the proceeding, in the opening transaction. */
  async takeOver(
    manager: EntityManager,
    petitionId: string,
    record: ProceedingRecord,
  ): Promise<void> {
    const petitioners = await this.persons.linkedPersons(manager, {
      recordType: PersonRecordType.Petition,
      recordId: petitionId,
    });
    for (const p of petitioners) {
      await this.persons.link(manager, {
        personId: p.personId,
        recordType: record.recordType,
        recordId: record.recordId,
        agencyId: record.agencyId,
        officerId: null,
        role: p.role as PersonRole,
      });
    }
  }

  /** The verification team now handles the proceeding's persons (vault relationship rules). */
  async handOver(manager: EntityManager, record: ProceedingRecord, officerId: string) {
    await this.persons.setRecordOfficer(manager, { ...record, officerId });
  }

  /** Pseudonyms only: for POST replies, which are stored with an Idempotency-Key. */
  list(manager: EntityManager | undefined, record: ProceedingRecord): Promise<ProceedingPerson[]> {
    return this.persons.linkedPersons(manager ?? this.dataSource.manager, record);
  }

  /** Pseudonyms and, where the vault allows this viewer, identities (one audited read). */
  async listWithIdentity(
    ctx: ActionContext,
    record: ProceedingRecord,
  ): Promise<ProceedingPerson[]> {
    const persons = await this.list(undefined, record);
    if (!ctx.actor || persons.length === 0) return persons;
    const read = await this.identities.readForViewer(
      ctx.actor,
      persons.map((p) => p.personId),
      {
        purpose: `${record.recordType}.view`,
        recordType: record.recordType,
        recordId: record.recordId,
        requestId: ctx.requestId,
      },
    );
    return persons.map((p) => ({ ...p, identity: read.get(p.personId) ?? null }));
  }
}
