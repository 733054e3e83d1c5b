import { randomUUID } from 'node:crypto';

import { Client } from 'pg';

import { Role } from '../../src/auth/role';
import { runInTransaction } from '../../src/database/transaction';
import { PersonRecordType, PersonRole } from '../../src/persons/domain/person-enums';
import { PersonsService } from '../../src/persons/persons.service';
import { expectNoCanary, newCanaries } from '../factories/person.factory';
import { getFile, postVisit, visitBody } from '../factories/visit.factory';
import { withoutBackgroundSealing } from '../support/audit-chain';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { pdfText } from '../support/pdf-text';
import { createTestApp, type TestApp } from '../support/test-app';

interface Visitor {
  id: string;
  identity?: { fullName: string };
}
interface VisitItem {
  id: string;
  visitors: Visitor[];
}

/**
 * DESIGN.md §7, Luật Tố cáo 2018 Điều 9(1)(b), 56: on a denunciation, the denouncer's identity is
 * read only by a leader whose scope covers that record's agency, the officer who recorded or
 * handles THAT record, or an investigator with a grant for it. The person's other records give
 * no right there.
 */
describe('identity rights on a confidential record come from that record only', () => {
  const c = newCanaries();
  const tag = c.name.split(' ').pop() ?? c.name;
  let t: TestApp;
  let officerA: TestOfficer;
  let officerB: TestOfficer;
  let leader: TestOfficer;
  let cityLeader: TestOfficer;
  let badinhLeader: TestOfficer;
  let personId: string;
  let complaintVisit: string;
  let denunciationVisit: string;

  const get = (who: TestOfficer, url: string, query: object = {}) =>
    t.http.get(url).query(query).set(bearer(who.token));
  const visitUrl = (id: string) => `/api/v1/reception/visits/${id}`;
  const onVisit = (id: string) => ({ recordType: 'visit', recordId: id });
  const reads = (requestId: string) =>
    t.dataSource.query<{ action: string; basis: string | null; record_id: string | null }[]>(
      `SELECT action, data->>'basis' AS basis, data->>'recordId' AS record_id FROM audit_event
        WHERE request_id = $1 AND action LIKE 'identity.%' ORDER BY seq`,
      [requestId],
    );
  const requestIdOf = (res: { headers: Record<string, unknown> }) =>
    String(res.headers['x-request-id']);

  beforeAll(async () => {
    t = await createTestApp();
    const tttp = await agencyIdByCode(t, 'HN-TTTP');
    const badinh = await agencyIdByCode(t, 'HN-P-BADINH');
    officerA = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: tttp });
    officerB = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: tttp });
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId: tttp });
    cityLeader = await createOfficer(t, {
      roles: [Role.Leader],
      agencyId: await agencyIdByCode(t, 'HN'),
    });
    badinhLeader = await createOfficer(t, { roles: [Role.Leader], agencyId: badinh });
    // Officer A records P for a complaint …
    const identity = { fullName: c.name, idType: 'cccd', idNumber: c.idNumber, address: c.address };
    const first = await postVisit(t, officerA, visitBody({ visitors: [{ identity }] })).expect(201);
    personId = first.body.visitors[0].id;
    complaintVisit = first.body.id;
    // … officer B, later, a denunciation by the same P.
    const second = visitBody({
      visitors: [{ personId }],
      contentType: 'denunciation',
      field: 'corruption',
      summary: 'Tố cáo cán bộ phường nhận tiền khi cấp giấy phép xây dựng',
      outcome: 'guided',
      guidedTo: 'Chủ tịch UBND phường',
    });
    denunciationVisit = (await postVisit(t, officerB, second).expect(201)).body.id;
    // P also filed a (non-confidential) petition at Ba Đình.
    await runInTransaction(t.dataSource, (m) =>
      t.app.get(PersonsService).link(m, {
        personId,
        recordType: PersonRecordType.Petition,
        recordId: randomUUID(),
        agencyId: badinh,
        officerId: null,
        role: PersonRole.Petitioner,
      }),
    );
  });
  afterAll(() => t.close());

  it('officer A, who recorded P for a complaint, sees only the pseudonym on officer B’s denunciation visit — and, from then on, everywhere', async () => {
    const res = await get(officerA, visitUrl(denunciationVisit)).expect(200);
    expect(res.body.visitors[0]).toEqual({
      id: personId,
      pseudonym: expect.stringMatching(/^CD-2026-\d{6}$/),
      kind: 'citizen',
      role: 'visitor',
    });
    expectNoCanary(c, res.body);
    expect(await reads(requestIdOf(res))).toEqual([
      { action: 'identity.read_refused', basis: null, record_id: denunciationVisit },
    ]);
    // Nor on their own complaint visit, nor on the person's page: P's id is on B's denunciation,
    // which A can open, so reading P anywhere would tell A who denounced (Luật Tố cáo 2018 Điều 47
    // khoản 1). A leader, or a grant, opens it.
    const own = await get(officerA, visitUrl(complaintVisit)).expect(200);
    expect(own.body.visitors[0].identity).toBeUndefined();
    expectNoCanary(c, own.body);
    expect(await reads(requestIdOf(own))).toEqual([
      { action: 'identity.read_refused', basis: null, record_id: complaintVisit },
    ]);
    const page = await get(officerA, `/api/v1/persons/${personId}`).expect(200);
    expect(page.body.identity).toBeUndefined();
    expectNoCanary(c, page.body);
  });

  it('the same holds in the list, the documents and the persons endpoint given that record', async () => {
    const list = await get(officerA, '/api/v1/reception/visits', { limit: 100 }).expect(200);
    const items = list.body.items as VisitItem[];
    const row = (id: string) => items.find((i) => i.id === id)?.visitors[0];
    expect(row(denunciationVisit)?.identity).toBeUndefined();
    expect(row(complaintVisit)?.identity).toBeUndefined();
    const listed = await reads(requestIdOf(list));
    expect(listed).toEqual(
      expect.arrayContaining([
        { action: 'identity.read_refused', basis: null, record_id: denunciationVisit },
        { action: 'identity.read_refused', basis: null, record_id: complaintVisit },
      ]),
    );
    const receipt = await getFile(t, officerA, `${visitUrl(denunciationVisit)}/documents/receipt`);
    expect(receipt.status).toBe(200);
    expect(await pdfText(receipt.body)).not.toContain(tag);
    const person = await get(
      officerA,
      `/api/v1/persons/${personId}`,
      onVisit(denunciationVisit),
    ).expect(200);
    expect(person.body.identity).toBeUndefined();
    expectNoCanary(c, person.body);
  });

  it('officer B, who recorded the denunciation, and the leaders over its agency read it there', async () => {
    for (const [who, basis] of [
      [officerB, 'handler'],
      [leader, 'leader_scope'],
      [cityLeader, 'leader_scope'],
    ] as const) {
      const res = await get(who, visitUrl(denunciationVisit)).expect(200);
      expect(res.body.visitors[0].identity.fullName).toBe(c.name);
      expect(await reads(requestIdOf(res))).toEqual([
        { action: 'identity.read', basis, record_id: denunciationVisit },
      ]);
    }
    const receipt = await getFile(t, officerB, `${visitUrl(denunciationVisit)}/documents/receipt`);
    expect(await pdfText(receipt.body)).toContain(tag);
  });

  it('a leader whose scope holds another record of P, not the denunciation’s agency, does not read it on the denunciation', async () => {
    expect((await get(badinhLeader, visitUrl(denunciationVisit))).status).toBe(404);
    const res = await get(
      badinhLeader,
      `/api/v1/persons/${personId}`,
      onVisit(denunciationVisit),
    ).expect(200);
    expect(res.body.identity).toBeUndefined();
    expectNoCanary(c, res.body);
    // Their own agency's record is not confidential: there the per-person rule still applies.
    const own = await get(badinhLeader, `/api/v1/persons/${personId}`).expect(200);
    expect(own.body.identity.fullName).toBe(c.name);
  });

  it('reads the identities of a whole page in one batch: as many SQL statements for 6 rows as for 2', async () => {
    // Six plain visits of a content type no other visit of this file has: the file's others share
    // one day (the list orders a day by id) and their persons hold denunciation links, which
    // cost a page one more fact; filtering keeps the pages of 6 and of 2 of one kind of rows.
    for (let i = 0; i < 6; i++) {
      await postVisit(t, officerA, visitBody({ contentType: 'petition' })).expect(201);
    }
    await withoutBackgroundSealing(t, async () => {
      const spy = jest.spyOn(Client.prototype, 'query');
      try {
        const count = async (limit: number) => {
          spy.mockClear();
          const res = await get(officerA, '/api/v1/reception/visits', {
            limit,
            contentType: 'petition',
          }).expect(200);
          expect(res.body.items).toHaveLength(limit);
          return spy.mock.calls.length;
        };
        expect(await count(6)).toBe(await count(2));
      } finally {
        spy.mockRestore();
      }
    });
  });
});
