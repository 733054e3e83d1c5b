import { randomUUID } from 'node:crypto';

import { Role } from '../../src/auth/role';
import { auditData, expectNoCanary, newCanaries, personBody } from '../factories/person.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

/** DESIGN.md §7, DOMAIN.md §5.6, research A.5.1: the identity vault seen from the desk. */
describe('identity vault: who sees a person and who reads its identity', () => {
  const c = newCanaries();
  let t: TestApp;
  let tttp: string;
  let recorder: TestOfficer;
  let leader: TestOfficer;
  let outsider: TestOfficer;
  let investigator: TestOfficer;
  let personId: string;

  const register = (who: TestOfficer, body: object) =>
    t.http.post('/api/v1/persons').set(bearer(who.token)).send(body);
  const getPerson = (who: TestOfficer, id = personId) =>
    t.http.get(`/api/v1/persons/${id}`).set(bearer(who.token));
  const search = (who: TestOfficer, idNumber: string) =>
    t.http.get('/api/v1/persons/search').query({ idNumber }).set(bearer(who.token));
  const audits = (action: string, who: TestOfficer, id = personId) =>
    auditData(t, action, who.id, id);

  beforeAll(async () => {
    t = await createTestApp();
    tttp = await agencyIdByCode(t, 'HN-TTTP');
    const city = await agencyIdByCode(t, 'HN');
    recorder = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: tttp });
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId: city });
    const btcd = await agencyIdByCode(t, 'HN-BTCD');
    outsider = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: btcd });
    investigator = await createOfficer(t, { roles: [Role.Investigator], agencyId: tttp });
    personId = (await register(recorder, personBody(c)).expect(201)).body.id;
  });
  afterAll(() => t.close());

  describe('registering at the desk', () => {
    it('answers with the pseudonym only, and audits the creation without any value', async () => {
      const body = personBody(c, { fullName: `${c.name} bis`, idNumber: '079203000111' });
      const res = await register(recorder, body).expect(201);
      expect(Object.keys(res.body).sort()).toEqual(['id', 'kind', 'pseudonym']);
      expect(res.body.pseudonym).toMatch(/^CD-2026-\d{6}$/);
      expectNoCanary(c, res.body);
      const rows = await audits('person.create', recorder, res.body.id);
      expect(rows).toEqual([
        expect.objectContaining({ kind: 'citizen', pseudonym: res.body.pseudonym }),
      ]);
      expectNoCanary(c, rows);
    });

    it.each([
      ['a bad idType', { idType: 'licence' }, 'VALIDATION_FAILED', 'idType'],
      ['an 11-digit CCCD', { idNumber: '00108900123' }, 'VALIDATION_FAILED', 'idNumber'],
      [
        'a future birth date',
        { dateOfBirth: '2026-03-11' },
        'PERSON_INVALID_IDENTITY',
        'dateOfBirth',
      ],
      ['an unknown field', { religion: 'none' }, 'VALIDATION_FAILED', 'religion'],
      ['a malformed phone number', { phone: '12345' }, 'VALIDATION_FAILED', 'phone'],
      ['an ID number without its type', { idType: undefined }, 'VALIDATION_FAILED', 'idType'],
      [
        'a tax code for a citizen',
        { idType: 'tax_code', idNumber: '0101234567' },
        'PERSON_INVALID_IDENTITY',
        'idType',
      ],
    ])('refuses %s with 400 naming the field', async (_, over, code, field) => {
      const res = await register(recorder, personBody(c, over));
      expectError(res, 400, code, field);
      expectNoCanary(c, res.body);
    });
  });

  describe('reading an identity (DESIGN.md §7)', () => {
    it('shows it to the officer who recorded the person, one audit row per read', async () => {
      const res = await getPerson(recorder).expect(200);
      expect(res.body.identity).toEqual({
        fullName: c.name,
        idType: 'cccd',
        idNumber: c.idNumber,
        idIssuedOn: '2021-04-01',
        idIssuedPlace: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội',
        dateOfBirth: '1989-02-03',
        address: c.address,
        phone: '0912 345 678',
        email: 'hoa@example.vn',
      });
      const reads = await audits('identity.read', recorder);
      expect(reads).toEqual([
        expect.objectContaining({ purpose: 'person.view', basis: 'recorder' }),
      ]);
      expect(reads[0]!.fields).toContain('fullName');
      expectNoCanary(c, reads);
      await getPerson(recorder).expect(200);
      expect(await audits('identity.read', recorder)).toHaveLength(2);
    });

    it('shows it to a leader whose scope covers the recording agency', async () => {
      const res = await getPerson(leader).expect(200);
      expect(res.body.identity.fullName).toBe(c.name);
      const reads = await audits('identity.read', leader);
      expect(reads.map((r) => r.basis)).toEqual(['leader_scope']);
    });

    it('hides the person from a desk officer of another agency (404), auditing the attempt', async () => {
      const res = await getPerson(outsider);
      expectError(res, 404, 'PERSON_NOT_FOUND');
      expectNoCanary(c, res.body);
      const refused = await audits('identity.read_refused', outsider);
      expect(refused.map((r) => r.reason)).toEqual(['not_visible']);
      // A person that does not exist gets the same answer and a refused row of its own.
      const missing = randomUUID();
      expectError(await getPerson(outsider, missing), 404, 'PERSON_NOT_FOUND');
      expect(await audits('identity.read_refused', outsider, missing)).toHaveLength(1);
      // The person's leaders see the attempt in their (scoped) audit trail.
      const trail = await t.http
        .get('/api/v1/audit')
        .query({ entityType: 'person', entityId: personId })
        .set(bearer(leader.token))
        .expect(200);
      const events = trail.body.items as { action: string; actorId: string }[];
      expect(events).toContainEqual(
        expect.objectContaining({ action: 'identity.read_refused', actorId: outsider.id }),
      );
      expectNoCanary(c, trail.body);
      expect((await search(outsider, c.idNumber).expect(200)).body).toEqual({ items: [] });
    });

    it.each([
      ['oversight', Role.Oversight],
      ['admin', Role.Admin],
    ])('refuses %s with 403: no permission, no identity', async (_, role) => {
      const officer = await createOfficer(t, { roles: [role], agencyId: tttp });
      for (const res of [await getPerson(officer), await search(officer, c.idNumber)]) {
        expectError(res, 403, 'FORBIDDEN');
        expectNoCanary(c, res.body);
      }
      expect(await audits('identity.read', officer)).toHaveLength(0);
    });

    it('shows an investigator without a grant the pseudonym only, auditing the refusal', async () => {
      const res = await getPerson(investigator).expect(200);
      expect(Object.keys(res.body).sort()).toEqual(['id', 'kind', 'pseudonym']);
      expectNoCanary(c, res.body);
      const refused = await audits('identity.read_refused', investigator);
      expect(refused.map((r) => r.reason)).toEqual(['no_right']);
      expect(await audits('identity.read', investigator)).toHaveLength(0);
    });
  });

  describe('finding a person by ID number (blind index, no decryption)', () => {
    it('finds the same person however the number is spaced, with the identity where allowed', async () => {
      const spaced = await search(recorder, '0010 8900 1234').expect(200);
      const items = (spaced.body as { items: { id: string }[] }).items;
      expect(items.map((p) => p.id)).toEqual([personId]);
      expect(spaced.body.items[0].identity.fullName).toBe(c.name);
      for (const written of [c.idNumber, '001.089.001.234']) {
        expect((await search(recorder, written).expect(200)).body).toEqual(spaced.body);
      }
      const reads = await audits('identity.read', recorder);
      expect(reads.filter((r) => r.purpose === 'person.search')).toHaveLength(3);
    });

    it('finds nobody for another number, and refuses a number that fits no document', async () => {
      expect((await search(recorder, '001089001235').expect(200)).body).toEqual({ items: [] });
      expectError(await search(recorder, '12 34'), 400, 'VALIDATION_FAILED', 'idNumber');
    });

    it('lists the person for an investigator of the agency by pseudonym only', async () => {
      const res = await search(investigator, c.idNumber).expect(200);
      expect(res.body.items).toEqual([
        { id: personId, pseudonym: expect.any(String), kind: 'citizen' },
      ]);
      expectNoCanary(c, res.body);
    });
  });

  describe('a database dump alone reveals nothing (research A.5.1)', () => {
    it('holds no name, address or ID number in clear in any table, the vault and audit trail included', async () => {
      const vault = await t.dataSource.query('SELECT * FROM person_identity');
      expect(vault.length).toBeGreaterThanOrEqual(2);
      expectNoCanary(c, vault);
      const tables = await t.dataSource.query<{ table_name: string }[]>(
        `SELECT table_name FROM information_schema.tables
          WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
      );
      expect(tables.map((x) => x.table_name)).toContain('audit_event');
      for (const { table_name } of tables) {
        expectNoCanary(c, await t.dataSource.query(`SELECT * FROM "${table_name}"`));
      }
    });
  });
});
