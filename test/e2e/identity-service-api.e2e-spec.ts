import { randomUUID } from 'node:crypto';

import { Client } from 'pg';

import { Role } from '../../src/auth/role';
import { PersonRecordType, PersonRole } from '../../src/persons/domain/person-enums';
import { IdentityService } from '../../src/persons/identity.service';
import { auditData, newCanaries, principalOf, registerLinked } from '../factories/person.factory';
import { withoutBackgroundSealing } from '../support/audit-chain';
import { agencyIdByCode, bearer, createOfficer } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

/** The API the reception and petition modules call: register + link in their transaction, read in batches. */
describe('persons service API for other modules', () => {
  const c = newCanaries();
  let t: TestApp;
  let tttp: string;

  beforeAll(async () => {
    t = await createTestApp();
    tttp = await agencyIdByCode(t, 'HN-TTTP');
  });
  afterAll(() => t.close());

  const petition = (officerId: string, role = PersonRole.Denouncer) => ({
    recordType: PersonRecordType.Petition,
    recordId: randomUUID(),
    agencyId: tttp,
    officerId,
    role,
  });

  it('the officer handling a record reads its persons in one batch, one audit row per person', async () => {
    const handler = await createOfficer(t, { roles: [Role.PetitionHandler], agencyId: tttp });
    const record = petition(handler.id);
    const persons = await registerLinked(t, [`${c.name} A`, `${c.name} B`], record);
    const ids = [...persons.map((p) => p.id), randomUUID()];
    const purpose = {
      purpose: 'petition.view',
      recordType: record.recordType,
      recordId: record.recordId,
    };
    const read = await t.app.get(IdentityService).readForViewer(principalOf(handler), ids, purpose);
    expect([...read.values()].map((i) => i?.fullName ?? null)).toEqual([
      `${c.name} A`,
      `${c.name} B`,
      null,
    ]);
    for (const p of persons) {
      expect(await auditData(t, 'identity.read', handler.id, p.id)).toEqual([
        expect.objectContaining({
          basis: 'handler',
          recordType: 'petition',
          recordId: record.recordId,
        }),
      ]);
    }
    // Luật Tố cáo 2018 Điều 9(1)(b): a denouncer's link is confidential even if the caller forgot.
    const links = await t.dataSource.query(
      'SELECT is_confidential FROM person_record_link WHERE record_id = $1',
      [record.recordId],
    );
    expect(links).toEqual([{ is_confidential: true }, { is_confidential: true }]);
  });

  it('gives refs with pseudonyms to everyone, identity only where allowed', async () => {
    const handler = await createOfficer(t, { roles: [Role.PetitionHandler], agencyId: tttp });
    const colleague = await createOfficer(t, { roles: [Role.PetitionHandler], agencyId: tttp });
    const [p] = await registerLinked(t, [`${c.name} R`], petition(handler.id));
    const service = t.app.get(IdentityService);
    const purpose = { purpose: 'petition.view' };
    const mine = await service.readRefsForViewer(principalOf(handler), [p!.id], purpose);
    expect(mine.get(p!.id)?.identity?.fullName).toBe(`${c.name} R`);
    const theirs = await service.readRefsForViewer(principalOf(colleague), [p!.id], purpose);
    expect(theirs.get(p!.id)).toEqual({ id: p!.id, pseudonym: p!.pseudonym, kind: 'citizen' });
  });

  it('reads ten persons with as many SQL statements as two (no N+1)', async () => {
    const handler = await createOfficer(t, { roles: [Role.PetitionHandler], agencyId: tttp });
    const names = Array.from({ length: 10 }, (_, i) => `${c.name} ${i}`);
    const persons = await registerLinked(t, names, petition(handler.id, PersonRole.Petitioner));
    const ids = persons.map((p) => p.id);
    const service = t.app.get(IdentityService);
    const viewer = principalOf(handler);
    await withoutBackgroundSealing(t, async () => {
      const spy = jest.spyOn(Client.prototype, 'query');
      try {
        await service.readForViewer(viewer, ids.slice(0, 2), { purpose: 'probe' });
        const two = spy.mock.calls.length;
        // START TRANSACTION, facts, sealed rows, audit insert (no lock), COMMIT.
        expect(two).toBe(5);
        spy.mockClear();
        const read = await service.readForViewer(viewer, ids, { purpose: 'probe' });
        expect(spy.mock.calls.length).toBe(two);
        expect([...read.values()].every((i) => i !== null)).toBe(true);
      } finally {
        spy.mockRestore();
      }
    });
  });

  it('an investigator handling a denunciation still sees only the pseudonym (Luật Tố cáo Điều 56)', async () => {
    const inv = await createOfficer(t, { roles: [Role.Investigator], agencyId: tttp });
    const record = { ...petition(inv.id), recordType: PersonRecordType.Denunciation };
    const [p] = await registerLinked(t, [`${c.name} C`], record);
    const res = await t.http.get(`/api/v1/persons/${p!.id}`).set(bearer(inv.token)).expect(200);
    expect(res.body).toEqual({ id: p!.id, pseudonym: p!.pseudonym, kind: 'citizen' });
  });
});
