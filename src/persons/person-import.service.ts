import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import type { AuditEntry } from '../audit/audit-entry';
import type { ActionContext } from '../auth/action-context';
import { Clock } from '../common/time/clock';
import { insertRows } from '../database/bulk-insert';
import { AccessScopeService } from '../scope/access-scope.service';
import { isSearchableIdNumber } from './domain/identity-number';
import { identityViolations, normaliseIdentity } from './domain/identity-rules';
import { invalidIdentity } from './domain/person-errors';
import { presentFields } from './domain/person-identity';
import { isLinkConfidential } from './domain/person-link';
import { formatPseudonym } from './domain/pseudonym';
import { IdentityCipher } from './identity-cipher';
import type { PersonLinkInput, RegisteredPerson, RegisterPersonInput } from './person-inputs';
import { PersonIdentityEntity } from './person-identity.entity';
import { PersonEntity } from './person.entity';
import { inScope } from './persons.repository';

/** A person to register in a batch, with the request path its errors name. */
export interface PersonToRegister {
  input: RegisterPersonInput;
  /** e.g. `visits.3.visitors.0.identity`. */
  fieldPrefix: string;
}

/**
 * Persons for an import batch (DESIGN §10 P8), in the caller's transaction, with the rules and rows
 * of PersonsService one by one — the same checks, sealing, pseudonyms, links and audit rows — in a
 * few statements for the whole batch.
 */
@Injectable()
export class PersonImportService {
  constructor(
    private readonly cipher: IdentityCipher,
    private readonly scope: AccessScopeService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Of these ID numbers, those a person in the actor's scope is registered with (blind index, no
   * decryption): a record citing one goes through PersonsService.matchIdentity, which compares
   * the names (audited). Numbers that cannot be searched are never "registered", as there.
   */
  async registeredNumbers(
    manager: EntityManager,
    ctx: ActionContext,
    idNumbers: readonly string[],
  ): Promise<Set<string>> {
    const searchable = [...new Set(idNumbers)].filter(isSearchableIdNumber);
    if (!ctx.actor || searchable.length === 0) return new Set();
    const numberOf = new Map<string, string>();
    for (const n of searchable) for (const h of this.cipher.indexesOf(n)) numberOf.set(h, n);
    const rows = await manager.query<{ hash: string }[]>(
      `SELECT DISTINCT i.id_number_hash AS hash
         FROM person_identity i JOIN person p ON p.id = i.person_id
        WHERE i.id_number_hash = ANY($1::char(64)[]) AND ${inScope('$2')}`,
      [[...numberOf.keys()], await this.scope.agencyIdsFor(ctx.actor)],
    );
    return new Set(rows.map((r) => numberOf.get(r.hash)!));
  }

  /**
   * Registers every person (PersonsService.register's checks, pseudonym, sealed identity and
   * `person.create` audit row), in list order: throws 400 PERSON_INVALID_IDENTITY naming the first
   * person at fault before anything is written.
   */
  async registerMany(
    manager: EntityManager,
    ctx: ActionContext,
    persons: readonly PersonToRegister[],
  ): Promise<RegisteredPerson[]> {
    if (persons.length === 0) return [];
    const today = this.clock.today();
    const checked = persons.map(({ input, fieldPrefix }) => {
      const identity = normaliseIdentity(input);
      const violations = identityViolations(input.kind, identity, today);
      if (violations.length > 0) throw invalidIdentity(violations, fieldPrefix);
      const agencyId = input.agencyId ?? ctx.actor?.agencyId;
      if (!agencyId) throw new Error('PersonImportService: no agency and no acting officer');
      return { id: randomUUID(), kind: input.kind, agencyId, identity };
    });
    const serials = await manager.query<{ n: string }[]>(
      `SELECT nextval('person_pseudonym_seq')::text AS n FROM generate_series(1, $1::int)`,
      [checked.length],
    );
    const year = Number(today.slice(0, 4));
    const createdBy = ctx.actor?.id ?? null;
    const rows = checked.map((p, i) => ({
      ...p,
      pseudonym: formatPseudonym(p.kind, year, serials[i]!.n),
    }));
    await insertRows(
      manager,
      PersonEntity,
      rows.map((p) => ({
        id: p.id,
        kind: p.kind,
        pseudonym: p.pseudonym,
        agencyId: p.agencyId,
        createdBy,
      })),
    );
    await insertRows(
      manager,
      PersonIdentityEntity,
      rows.map((p) => ({ personId: p.id, ...this.cipher.seal(p.id, p.identity) })),
    );
    const entries: AuditEntry[] = rows.map((p) => ({
      actorId: createdBy,
      action: 'person.create',
      entityType: 'person',
      entityId: p.id,
      agencyId: p.agencyId,
      requestId: ctx.requestId,
      data: { pseudonym: p.pseudonym, kind: p.kind, fields: presentFields(p.identity) },
    }));
    await this.audit.recordMany(manager, entries);
    return rows.map((p) => ({ id: p.id, pseudonym: p.pseudonym, kind: p.kind }));
  }

  /** Links persons to records (PersonsService.link, idempotent), in one statement. */
  async linkMany(manager: EntityManager, links: readonly PersonLinkInput[]): Promise<void> {
    const unique = new Map<string, PersonLinkInput>();
    for (const l of links) unique.set(`${l.recordType}/${l.recordId}/${l.personId}/${l.role}`, l);
    const rows = [...unique.values()];
    if (rows.length === 0) return;
    const column = <K extends keyof PersonLinkInput>(k: K) => rows.map((l) => l[k] ?? null);
    await manager.query(
      `INSERT INTO person_record_link
         (person_id, record_type, record_id, agency_id, officer_id, role, is_confidential, case_id)
       SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::uuid[], $4::uuid[], $5::uuid[],
                            $6::varchar[], $7::boolean[], $8::uuid[])
       ON CONFLICT (record_type, record_id, person_id, role) DO UPDATE
         SET agency_id = EXCLUDED.agency_id, officer_id = EXCLUDED.officer_id,
             is_confidential = EXCLUDED.is_confidential,
             case_id = COALESCE(EXCLUDED.case_id, person_record_link.case_id)`,
      [
        column('personId'),
        column('recordType'),
        column('recordId'),
        column('agencyId'),
        column('officerId'),
        column('role'),
        rows.map((l) => isLinkConfidential(l.role, l.isConfidential)),
        column('caseId'),
      ],
    );
  }
}
