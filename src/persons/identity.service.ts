import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { runInTransaction } from '../database/transaction';
import { AccessScopeService } from '../scope/access-scope.service';
import type { PersonIdentityDto, PersonRefDto } from './dto/person-ref.response.dto';
import type { IdentityReadPurpose, PersonOnRecord } from './identity-read-purpose';
import { IdentityVault, type ReadItem, readKey, type Revealed } from './identity-vault';
import { toPersonIdentityDto, toPersonRef } from './person.mapper';
import type { RecordRef } from './person-rows';
import { RecordRefs } from './record-refs';

const recordOf = (purpose: IdentityReadPurpose): RecordRef | null =>
  purpose.recordType && purpose.recordId
    ? { recordType: purpose.recordType, recordId: purpose.recordId }
    : null;

/**
 * Identity for other modules' responses. Each call: one scope look-up, then one transaction (or
 * the caller's, when one is open) with one facts query, one decrypt pass and one audit row per
 * person (and record) read or refused. Never call it per row of a list: pass all rows at once.
 */
@Injectable()
export class IdentityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: AccessScopeService,
    private readonly vault: IdentityVault,
  ) {}

  /**
   * personId → identity, or null where this viewer may not read it (or no such person), on the
   * screen of `purpose`'s record (pass it: a confidential record decides the right by itself).
   */
  async readForViewer(
    viewer: AuthenticatedOfficer,
    personIds: readonly string[],
    purpose: IdentityReadPurpose,
  ): Promise<Map<string, PersonIdentityDto | null>> {
    const record = recordOf(purpose);
    const items = personIds.map((personId) => ({ personId, record }));
    const revealed = await this.reveal(viewer, items, purpose);
    return new Map(
      personIds.map((id) => {
        const identity = revealed.get(readKey(id, record))?.identity;
        return [id, identity ? toPersonIdentityDto(identity) : null];
      }),
    );
  }

  /** personId → `{ id, pseudonym, kind, identity? }` for every existing person among the ids. */
  async readRefsForViewer(
    viewer: AuthenticatedOfficer,
    personIds: readonly string[],
    purpose: IdentityReadPurpose,
  ): Promise<Map<string, PersonRefDto>> {
    const record = recordOf(purpose);
    const items = personIds.map((personId) => ({ personId, record }));
    const revealed = await this.reveal(viewer, items, purpose);
    return new Map(
      [...revealed.values()].map((r) => [r.person.id, toPersonRef(r.person, r.identity)]),
    );
  }

  /**
   * A list page: each person decided on its own row's record, in ONE read (one facts query for
   * every row's links and grants, one decrypt pass, one audit statement).
   */
  async readRefsForRecords(
    viewer: AuthenticatedOfficer,
    shown: readonly PersonOnRecord[],
    purpose: Pick<IdentityReadPurpose, 'purpose' | 'requestId'>,
  ): Promise<RecordRefs> {
    const items = shown.map((s) => ({ personId: s.personId, record: s }));
    const revealed = await this.reveal(viewer, items, purpose);
    const refs = new RecordRefs();
    for (const r of revealed.values()) {
      if (r.record) refs.add(r.record, toPersonRef(r.person, r.identity));
    }
    return refs;
  }

  private async reveal(
    viewer: AuthenticatedOfficer,
    items: readonly ReadItem[],
    purpose: Pick<IdentityReadPurpose, 'purpose' | 'requestId'>,
  ): Promise<Map<string, Revealed>> {
    if (items.length === 0) return new Map();
    const scopeAgencyIds = await this.scope.agencyIdsFor(viewer);
    return runInTransaction(this.dataSource, (manager) =>
      this.vault.reveal(manager, {
        viewer,
        scopeAgencyIds,
        items,
        purpose: { purpose: purpose.purpose, requestId: purpose.requestId ?? null },
        auditInvisible: true,
      }),
    );
  }
}
