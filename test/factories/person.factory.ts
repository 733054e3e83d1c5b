import { randomBytes, randomUUID } from 'node:crypto';

import type { AuthenticatedOfficer } from '../../src/auth/authenticated-officer';
import { runInTransaction } from '../../src/database/transaction';
import {
  PersonKind,
  type PersonRecordType,
  type PersonRole,
} from '../../src/persons/domain/person-enums';
import type { RegisteredPerson } from '../../src/persons/person-inputs';
import { PersonsService } from '../../src/persons/persons.service';
import type { TestOfficer } from '../support/auth';
import type { TestApp } from '../support/test-app';

/** Unique strings put into identity fields, to prove they never show where they should not. */
export function newCanaries() {
  const tag = randomBytes(4).toString('hex');
  return {
    name: `Canary Nguyễn Thị Hoà ${tag}`,
    address: `Số 7 ngõ Canary ${tag}, Hà Nội`,
    idNumber: '001089001234',
  };
}

export type Canaries = ReturnType<typeof newCanaries>;

/** A valid `POST /persons` body carrying the canaries. */
export function personBody(c: Canaries, over: object = {}) {
  return {
    kind: 'citizen',
    fullName: c.name,
    idType: 'cccd',
    idNumber: '0010 8900 1234',
    idIssuedOn: '2021-04-01',
    idIssuedPlace: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội',
    dateOfBirth: '1989-02-03',
    address: c.address,
    phone: '0912 345 678',
    email: 'hoa@example.vn',
    ...over,
  };
}

export function expectNoCanary(c: Canaries, value: unknown): void {
  const text = JSON.stringify(value);
  expect(text).not.toContain(c.name);
  expect(text).not.toContain(c.address);
  expect(text).not.toContain(c.idNumber);
}

/** The principal a service call receives, as the JWT guard would build it. */
export function principalOf(o: TestOfficer): AuthenticatedOfficer {
  const base = { id: o.id, username: o.username, agencyId: o.agencyId, roles: o.roles };
  return { ...base, sessionId: randomUUID(), assurance: 'full' };
}

export interface LinkedRecord {
  recordType: PersonRecordType;
  recordId: string;
  agencyId: string;
  officerId: string | null;
  role: PersonRole;
}

/** Registers persons by name through PersonsService and links each to one record, in one transaction. */
export function registerLinked(
  t: TestApp,
  names: readonly string[],
  record: LinkedRecord,
): Promise<RegisteredPerson[]> {
  const persons = t.app.get(PersonsService);
  const ctx = { actor: null, requestId: null };
  return runInTransaction(t.dataSource, async (m) => {
    const out: RegisteredPerson[] = [];
    for (const fullName of names) {
      const input = { kind: PersonKind.Citizen, fullName, agencyId: record.agencyId };
      const p = await persons.register(m, ctx, input);
      await persons.link(m, { ...record, personId: p.id });
      out.push(p);
    }
    return out;
  });
}

/** Audit rows of one action by one officer on one entity (data only). */
export async function auditData(t: TestApp, action: string, actorId: string, entityId: string) {
  const rows = await t.dataSource.query<{ data: Record<string, unknown> }[]>(
    'SELECT data FROM audit_event WHERE action = $1 AND actor_id = $2 AND entity_id = $3 ORDER BY seq',
    [action, actorId, entityId],
  );
  return rows.map((r) => r.data);
}
