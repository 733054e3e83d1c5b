import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import type { ActionContext } from '../auth/action-context';
import { Clock } from '../common/time/clock';
import { AccessScopeService } from '../scope/access-scope.service';
import { isSearchableIdNumber } from './domain/identity-number';
import { identityViolations, normaliseIdentity } from './domain/identity-rules';
import type { PersonRecordType } from './domain/person-enums';
import { invalidIdentity, personErrors } from './domain/person-errors';
import { presentFields } from './domain/person-identity';
import { isLinkConfidential } from './domain/person-link';
import { formatPseudonym } from './domain/pseudonym';
import { IdentityCipher } from './identity-cipher';
import { IdentityVault } from './identity-vault';
import type {
  PersonIdentityInput,
  PersonLinkInput,
  RegisteredPerson,
  RegisterPersonInput,
} from './person-inputs';
import { PersonsRepository } from './persons.repository';

/** Most persons one ID number is matched against (it is not unique: docs/security.md). */
const MATCH_LIMIT = 50;

export interface FoundPerson {
  id: string;
  pseudonym: string;
  /** The recording agency (where the audit row of a name comparison goes). */
  agencyId: string;
}

/**
 * Persons for other modules (reception, petitions …), always inside the caller's transaction:
 * register, find by ID number (blind index) within the acting officer's scope, link to a record.
 * Reading an identity goes through IdentityService.
 *
 * Scope (DESIGN.md §7): a look-up only ever returns persons recorded by, or linked to a record of,
 * an agency in the acting officer's scope — the rule for citing a person by id. Outside it a
 * person is "not found", so that linking a stranger's person to one's own record (and reading it
 * as its handler) is impossible, and the answer does not tell whether the number is registered
 * elsewhere. Without an acting officer (system imports) nothing is found.
 */
@Injectable()
export class PersonsService {
  constructor(
    private readonly persons: PersonsRepository,
    private readonly cipher: IdentityCipher,
    private readonly vault: IdentityVault,
    private readonly scope: AccessScopeService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Creates the person, its sealed identity and the audit row. Throws 400 PERSON_INVALID_IDENTITY
   * naming each field at fault (prefixed with `fieldPrefix`, e.g. `persons.0`).
   */
  async register(
    manager: EntityManager,
    ctx: ActionContext,
    input: RegisterPersonInput,
    fieldPrefix = '',
  ): Promise<RegisteredPerson> {
    const agencyId = input.agencyId ?? ctx.actor?.agencyId;
    if (!agencyId) throw new Error('PersonsService.register: no agency and no acting officer');
    const today = this.clock.today();
    const identity = normaliseIdentity(input);
    const violations = identityViolations(input.kind, identity, today);
    if (violations.length > 0) throw invalidIdentity(violations, fieldPrefix);
    const id = randomUUID();
    const serial = await this.persons.nextPseudonymSerial(manager);
    const pseudonym = formatPseudonym(input.kind, Number(today.slice(0, 4)), serial);
    const createdBy = ctx.actor?.id ?? null;
    await this.persons.insertPerson(
      manager,
      { id, kind: input.kind, pseudonym, agencyId, createdBy },
      this.cipher.seal(id, identity),
    );
    await this.audit.record(manager, {
      actorId: createdBy,
      action: 'person.create',
      entityType: 'person',
      entityId: id,
      agencyId,
      requestId: ctx.requestId,
      data: { pseudonym, kind: input.kind, fields: presentFields(identity) },
    });
    return { id, pseudonym, kind: input.kind };
  }

  /** The oldest person in the actor's scope registered with this ID number, or null. */
  async findByIdNumber(
    manager: EntityManager,
    ctx: ActionContext,
    idNumber: string,
  ): Promise<FoundPerson | null> {
    const [first] = await this.findInScope(manager, ctx, idNumber, 1);
    return first ?? null;
  }

  /**
   * For an identity typed with its ID number: the person in the actor's scope registered with
   * that number under the same full name (domain/full-name: NFC, case and spaces ignored, letters
   * exact), to be reused; null when nobody in scope has the number (register a new person). When
   * some do but under another name, 409 PERSON_IDENTITY_MISMATCH naming `${fieldPrefix}.fullName`:
   * a mistyped number must not attach a record to a stranger. The comparison opens the stored
   * identities: it is audited (`identity.compare`, one row per person compared) in the caller's
   * transaction, so that testing guessed names against a number leaves a trail.
   */
  async matchIdentity(
    manager: EntityManager,
    ctx: ActionContext,
    identity: PersonIdentityInput,
    fieldPrefix: string,
  ): Promise<FoundPerson | null> {
    if (!identity.idNumber) return null;
    const found = await this.findInScope(manager, ctx, identity.idNumber, MATCH_LIMIT);
    if (found.length === 0) return null;
    const same = await this.vault.firstWithFullName(manager, {
      candidates: found,
      fullName: identity.fullName,
      actorId: ctx.actor?.id ?? null,
      requestId: ctx.requestId,
    });
    if (!same) throw personErrors.identityMismatch(`${fieldPrefix}.fullName`);
    return found.find((f) => f.id === same) ?? null;
  }

  /** Of these person ids, those in the actor's scope (the others are "not found"). */
  async visibleAmong(
    manager: EntityManager,
    ctx: ActionContext,
    personIds: readonly string[],
  ): Promise<Set<string>> {
    if (!ctx.actor || personIds.length === 0) return new Set();
    const scope = await this.scope.agencyIdsFor(ctx.actor);
    return this.persons.inScope(manager, personIds, scope);
  }

  /** Every person registered with this ID number (any agency), oldest first. No decryption. */
  findAllByIdNumber(
    manager: EntityManager,
    idNumber: string,
    limit: number,
  ): Promise<FoundPerson[]> {
    if (!isSearchableIdNumber(idNumber)) return Promise.resolve([]);
    return this.persons.findByIdNumberHashes(manager, this.cipher.indexesOf(idNumber), { limit });
  }

  private async findInScope(
    manager: EntityManager,
    ctx: ActionContext,
    idNumber: string,
    limit: number,
  ): Promise<FoundPerson[]> {
    if (!ctx.actor || !isSearchableIdNumber(idNumber)) return [];
    const scope = await this.scope.agencyIdsFor(ctx.actor);
    const hashes = this.cipher.indexesOf(idNumber);
    return this.persons.findByIdNumberHashes(manager, hashes, { limit, scope });
  }

  /** Links a person to a record (idempotent). The caller audits its own action. */
  link(manager: EntityManager, link: PersonLinkInput): Promise<void> {
    return this.persons.upsertLink(manager, {
      ...link,
      isConfidential: isLinkConfidential(link.role, link.isConfidential),
      caseId: link.caseId ?? null,
    });
  }

  /** The persons linked to a record (pseudonym and role only; identities go through IdentityService). */
  linkedPersons(
    manager: EntityManager,
    record: { recordType: PersonRecordType; recordId: string },
  ): Promise<{ personId: string; role: string; pseudonym: string }[]> {
    return this.persons.linksOf(manager, record);
  }

  /** A record changed hands: the new officer handles (and may read) its persons. Returns links changed. */
  setRecordOfficer(
    manager: EntityManager,
    record: { recordType: PersonRecordType; recordId: string; officerId: string | null },
  ): Promise<number> {
    return this.persons.setRecordOfficer(manager, record);
  }
}
