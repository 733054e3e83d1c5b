import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { AuditEntry } from '../audit/audit-entry';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { Permission } from '../auth/permission';
import { hasPermission } from '../auth/role-permissions';
import { Clock } from '../common/time/clock';
import { isSameFullName } from './domain/full-name';
import {
  type IdentityAccess,
  identityAccessOf,
  type IdentityViewer,
  type ReadContext,
} from './domain/identity-access';
import { type PersonIdentity, presentFields } from './domain/person-identity';
import { IdentityCipher } from './identity-cipher';
import type { IdentityReadPurpose } from './identity-read-purpose';
import type { PersonAccessRow, RecordRef } from './person-rows';
import { PersonsRepository } from './persons.repository';

/** One identity asked for: a person, on the screen of a record (or on its own, `record` null). */
export interface ReadItem {
  personId: string;
  record: RecordRef | null;
}

/** The key of a ReadItem in reveal()'s answer. */
export const readKey = (personId: string, record: RecordRef | null): string =>
  record ? `${record.recordType}:${record.recordId}:${personId}` : personId;

export interface RevealRequest {
  viewer: AuthenticatedOfficer;
  /** AccessScopeService.agencyIdsFor(viewer), read before the transaction. */
  scopeAgencyIds: readonly string[] | null;
  items: readonly ReadItem[];
  /** Why (screen code and request id); the record of each read comes from its item. */
  purpose: Pick<IdentityReadPurpose, 'purpose' | 'requestId'>;
  /** Also audit ids that do not exist or are not visible (explicit look-ups by id). */
  auditInvisible: boolean;
}

/** A full name typed at the desk, compared with the stored names of these persons. */
export interface NameComparison {
  candidates: readonly { id: string; agencyId: string }[];
  fullName: string;
  actorId: string | null;
  requestId: string | null;
}

/** One person as the viewer may see it; `identity` is non-null exactly when it was read. */
export interface Revealed {
  person: PersonAccessRow;
  record: RecordRef | null;
  access: IdentityAccess;
  identity: PersonIdentity | null;
}

export function identityViewerOf(
  viewer: AuthenticatedOfficer,
  scopeAgencyIds: readonly string[] | null,
): IdentityViewer {
  return {
    id: viewer.id,
    agencyId: viewer.agencyId,
    roles: viewer.roles,
    scopeAgencyIds,
    holdsIdentityRead: hasPermission(viewer.roles, Permission.IdentityRead),
  };
}

/** The person's links to the record of the item (the facts that decide a confidential read). */
function contextOf(person: PersonAccessRow, record: RecordRef | null): ReadContext | null {
  if (!record) return null;
  const links = person.recordLinks.filter(
    (l) => l.recordType === record.recordType && l.recordId === record.recordId,
  );
  return { ...record, links };
}

interface AuditOutcome {
  action: 'identity.read' | 'identity.read_refused';
  agencyId: string | null;
  data: Record<string, unknown>;
}

/** What the trail records about one requested item (never a value, only field names). */
function auditOutcome(r: Revealed | undefined, auditInvisible: boolean): AuditOutcome | null {
  if (r?.identity) {
    const data = { basis: r.access.basis, fields: presentFields(r.identity) };
    return { action: 'identity.read', agencyId: r.person.agencyId, data };
  }
  if (r?.access.visible) {
    return {
      action: 'identity.read_refused',
      agencyId: r.person.agencyId,
      data: { reason: 'no_right' },
    };
  }
  // The same reason whether the person is missing or out of reach. An existing person's row goes
  // to its agency, so that its leaders see the attempt (the caller, out of scope, does not).
  if (auditInvisible) {
    const agencyId = r?.person.agencyId ?? null;
    return { action: 'identity.read_refused', agencyId, data: { reason: 'not_visible' } };
  }
  return null;
}

function uniqueItems(items: readonly ReadItem[]): ReadItem[] {
  const byKey = new Map(items.map((i) => [readKey(i.personId, i.record), i]));
  return [...byKey.values()];
}

/**
 * The single place that decrypts identities (STYLE.md §2.8). Inside the caller's transaction: one
 * query for the access facts of all items (persons and the records they are shown on), one for
 * the sealed rows of those the viewer may read, one decrypt pass, and one audit row per item read
 * or refused — all committed together.
 */
@Injectable()
export class IdentityVault {
  constructor(
    private readonly persons: PersonsRepository,
    private readonly cipher: IdentityCipher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Answers keyed by readKey(personId, record); items whose person does not exist are absent. */
  async reveal(manager: EntityManager, request: RevealRequest): Promise<Map<string, Revealed>> {
    const items = uniqueItems(request.items);
    const now = this.clock.now();
    const records = items.flatMap((i) => (i.record ? [{ ...i.record, personId: i.personId }] : []));
    const personIds = [...new Set(items.map((i) => i.personId))];
    const rows = await this.persons.accessFacts(manager, {
      personIds,
      viewerId: request.viewer.id,
      records,
      now,
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const viewer = identityViewerOf(request.viewer, request.scopeAgencyIds);
    const decided = items.flatMap((item) => {
      const person = byId.get(item.personId);
      if (!person) return [];
      const access = identityAccessOf(viewer, person, now, contextOf(person, item.record));
      return [{ item, person, access }];
    });
    const readable = decided.filter((d) => d.access.basis !== null).map((d) => d.person.id);
    const identities = await this.openAll(manager, [...new Set(readable)]);
    const revealed = new Map<string, Revealed>();
    for (const { item, person, access } of decided) {
      const identity = access.basis === null ? null : (identities.get(person.id) ?? null);
      revealed.set(readKey(item.personId, item.record), {
        person,
        record: item.record,
        access,
        identity,
      });
    }
    await this.audit.recordMany(manager, this.auditEntries(request, items, revealed));
    return revealed;
  }

  /**
   * Of these persons (in order), the first whose stored full name is `fullName` (domain/full-name),
   * or null. Opens the blobs to compare, but returns no value: reusing a person registered under a
   * number requires the name shown at the desk to be theirs. The answer (reuse, or 409) tells the
   * officer whether a name belongs to a number, so every comparison is audited like a read
   * (`identity.compare`: matched or not, never a value) — committed on its own short transaction
   * before the answer is used: the caller's transaction rolls back with the 409 (or any later
   * error of its request), and the row of a guessed name must outlive it.
   */
  async firstWithFullName(manager: EntityManager, c: NameComparison): Promise<string | null> {
    const ids = c.candidates.map((p) => p.id);
    const identities = await this.openAll(manager, ids);
    const stored = (id: string) => identities.get(id)?.fullName;
    const same = ids.find((id) => isSameFullName(c.fullName, stored(id) ?? '')) ?? null;
    const entries = c.candidates
      .filter((p) => identities.has(p.id))
      .map((p) => ({
        actorId: c.actorId,
        action: 'identity.compare',
        entityType: 'person',
        entityId: p.id,
        agencyId: p.agencyId,
        requestId: c.requestId,
        data: { purpose: 'identity.match', field: 'fullName', matched: p.id === same },
      }));
    // A transaction of its own on the same DataSource (runInTransaction would join the caller's).
    if (entries.length > 0) {
      await manager.dataSource.transaction((own) => this.audit.recordMany(own, entries));
    }
    return same;
  }

  private async openAll(manager: EntityManager, ids: readonly string[]) {
    const sealed = await this.persons.sealedIdentities(manager, ids);
    return new Map(
      sealed.map((s) => [s.personId, this.cipher.open(s.personId, s.identitySealed, s.keyVersion)]),
    );
  }

  private auditEntries(
    request: RevealRequest,
    items: readonly ReadItem[],
    revealed: ReadonlyMap<string, Revealed>,
  ): AuditEntry[] {
    const { purpose, requestId } = request.purpose;
    return items.flatMap(({ personId, record }) => {
      const outcome = auditOutcome(revealed.get(readKey(personId, record)), request.auditInvisible);
      if (!outcome) return [];
      const why = {
        purpose,
        recordType: record?.recordType ?? null,
        recordId: record?.recordId ?? null,
      };
      return [
        {
          actorId: request.viewer.id,
          action: outcome.action,
          entityType: 'person',
          entityId: personId,
          agencyId: outcome.agencyId,
          requestId: requestId ?? null,
          data: { ...why, ...outcome.data },
        },
      ];
    });
  }
}
