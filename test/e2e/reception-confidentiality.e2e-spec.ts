import { Role } from '../../src/auth/role';
import { expectNoCanary, newCanaries } from '../factories/person.factory';
import { getFile, newVisitor, postVisit, visitBody } from '../factories/visit.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { pdfText } from '../support/pdf-text';
import { createTestApp, type TestApp } from '../support/test-app';
import { xlsxText } from '../support/xlsx-text';

const BOOK = { from: '2026-03-01', to: '2026-03-31' };

jest.setTimeout(30_000); // each test renders up to 14 PDF and XLSX documents

/**
 * Luật Tố cáo 2018 Điều 9(1)(b), 47, 56; DESIGN.md §7: a denouncer's identity is read only by a
 * leader in scope, the officer who recorded it, or an investigator with a granted request — each
 * read audited — and never appears in lists, exports or documents for anyone else.
 */
describe('identity of visitors at the reception desk', () => {
  const c = newCanaries();
  const tag = c.name.split(' ').pop() ?? c.name;
  let t: TestApp;
  let recorder: TestOfficer;
  let colleague: TestOfficer;
  let leader: TestOfficer;
  let investigator: TestOfficer;
  let oversight: TestOfficer;
  let stranger: TestOfficer;
  let denunciation: { id: string; personId: string; caseId: string };
  let refusal: string;

  const get = (who: TestOfficer, url: string) => t.http.get(url).set(bearer(who.token));
  const visitUrl = (id: string) => `/api/v1/reception/visits/${id}`;
  const readRows = (requestId: string) =>
    t.dataSource.query<{ action: string; entity_id: string; actor_id: string; basis: string }[]>(
      `SELECT action, entity_id, actor_id, data->>'basis' AS basis FROM audit_event
        WHERE request_id = $1 AND action LIKE 'identity.%' ORDER BY seq`,
      [requestId],
    );

  beforeAll(async () => {
    t = await createTestApp();
    const tttp = await agencyIdByCode(t, 'HN-TTTP');
    const other = await agencyIdByCode(t, 'HN-P-BADINH');
    recorder = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: tttp });
    colleague = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: tttp });
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId: tttp });
    investigator = await createOfficer(t, { roles: [Role.Investigator], agencyId: tttp });
    oversight = await createOfficer(t, { roles: [Role.Oversight], agencyId: tttp });
    stranger = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: other });
    const identity = { fullName: c.name, idType: 'cccd', idNumber: c.idNumber, address: c.address };
    const first = await postVisit(
      t,
      recorder,
      visitBody({
        visitors: [{ identity }],
        contentType: 'denunciation',
        field: 'corruption',
        summary: 'Tố cáo cán bộ phường nhận tiền khi cấp giấy phép xây dựng',
        respondent: 'Cán bộ địa chính phường',
        outcome: 'guided',
        guidedTo: 'Chủ tịch UBND phường',
      }),
    ).expect(201);
    const personId = first.body.visitors[0].id as string;
    denunciation = { id: first.body.id, personId, caseId: first.body.case.id };
    const second = await postVisit(
      t,
      recorder,
      visitBody({
        visitors: [{ personId }],
        contentType: 'denunciation',
        field: 'corruption',
        caseId: denunciation.caseId,
        newCase: undefined,
        outcome: 'refused',
        refusalGround: 'threatening_or_disruptive',
      }),
    ).expect(201);
    refusal = second.body.id;
    await postVisit(t, recorder, visitBody({ visitors: [newVisitor('Lê Công Khai')] })).expect(201);
  });
  afterAll(() => t.close());

  it('shows the identity to the recording officer and to a leader in scope, one audit row per read', async () => {
    for (const [who, basis] of [
      [recorder, 'recorder'],
      [leader, 'leader_scope'],
    ] as const) {
      const res = await get(who, visitUrl(denunciation.id)).expect(200);
      expect(res.body.visitors[0].identity).toMatchObject({ fullName: c.name, address: c.address });
      const rows = await readRows(String(res.headers['x-request-id']));
      expect(rows).toEqual([
        { action: 'identity.read', entity_id: denunciation.personId, actor_id: who.id, basis },
      ]);
    }
  });

  it('hides the visit from a reception officer of another agency (404) and from oversight (403)', async () => {
    const hidden = await get(stranger, visitUrl(denunciation.id));
    expectError(hidden, 404, 'NOT_FOUND');
    expectNoCanary(c, hidden.body);
    const list = await get(stranger, '/api/v1/reception/visits?limit=100').expect(200);
    expect(list.body.items).toEqual([]);
    for (const url of [
      visitUrl(denunciation.id),
      '/api/v1/reception/visits',
      `${visitUrl(denunciation.id)}/documents/receipt`,
      `/api/v1/reception/book?from=${BOOK.from}&to=${BOOK.to}`,
    ]) {
      const res = await get(oversight, url);
      expectError(res, 403, 'FORBIDDEN');
      expectNoCanary(c, res.body);
    }
  });

  it('shows an investigator without a grant (and a colleague who did not record it) only the pseudonym', async () => {
    for (const who of [investigator, colleague]) {
      const res = await get(who, visitUrl(denunciation.id)).expect(200);
      expect(res.body.visitors[0]).toEqual({
        id: denunciation.personId,
        pseudonym: expect.stringMatching(/^CD-2026-\d{6}$/),
        kind: 'citizen',
        role: 'visitor',
      });
      expectNoCanary(c, res.body);
      const rows = await readRows(String(res.headers['x-request-id']));
      expect(rows.map((r) => r.action)).toEqual(['identity.read_refused']);
    }
  });

  it('never puts the canary in any list, document or export for those without access', async () => {
    for (const who of [investigator, colleague]) {
      const list = await get(who, '/api/v1/reception/visits?limit=100').expect(200);
      expect(list.body.items.length).toBe(3);
      expectNoCanary(c, list.body);
      expect(JSON.stringify(list.body)).not.toContain(tag);
      const files = [
        await getFile(t, who, `${visitUrl(denunciation.id)}/documents/receipt`),
        await getFile(t, who, `${visitUrl(denunciation.id)}/documents/oral-statement-record`),
        await getFile(t, who, `${visitUrl(denunciation.id)}/documents/guidance-slip`),
        await getFile(t, who, `${visitUrl(refusal)}/documents/refusal-notice`),
        await getFile(t, who, '/api/v1/reception/book', BOOK),
      ];
      for (const file of files) {
        expect(file.status).toBe(200);
        const text = await pdfText(file.body);
        expect(text.length).toBeGreaterThan(100);
        expect(text).not.toContain(tag);
        expect(text).not.toContain(c.idNumber);
      }
      const xlsx = await getFile(t, who, '/api/v1/reception/book', { ...BOOK, format: 'xlsx' });
      expect(await xlsxText(xlsx.body)).not.toContain(tag);
    }
  });

  it('keeps the denouncer a pseudonym in exports and non-receipt documents even for the recorder and the leader', async () => {
    for (const who of [recorder, leader]) {
      const book = await pdfText((await getFile(t, who, '/api/v1/reception/book', BOOK)).body);
      expect(book).not.toContain(tag);
      expect(book).toContain('Lê Công Khai');
      const sheet = await getFile(t, who, '/api/v1/reception/book', { ...BOOK, format: 'xlsx' });
      const cells = await xlsxText(sheet.body);
      expect(cells).not.toContain(tag);
      expect(cells).toContain('Lê Công Khai');
      for (const [id, kind] of [
        [denunciation.id, 'oral-statement-record'],
        [denunciation.id, 'guidance-slip'],
        [refusal, 'refusal-notice'],
      ] as [string, string][]) {
        const text = await pdfText(
          (await getFile(t, who, `${visitUrl(id)}/documents/${kind}`)).body,
        );
        expect(text).not.toContain(tag);
      }
    }
    // Their own receipt is the one document that names them (handed to the denouncer).
    const receipt = await getFile(t, recorder, `${visitUrl(denunciation.id)}/documents/receipt`);
    expect(await pdfText(receipt.body)).toContain(tag);
  });

  it('shows the identity to an investigator after a leader approved a request, audited as a grant', async () => {
    const grantee = await createOfficer(t, {
      roles: [Role.Investigator],
      agencyId: investigator.agencyId,
    });
    const asked = await t.http
      .post(`/api/v1/persons/${denunciation.personId}/identity-access-requests`)
      .set(bearer(grantee.token))
      .send({
        reason: 'Xác minh nội dung tố cáo theo quyết định thụ lý số 5/QĐ-TTTP',
        recordType: 'visit',
        recordId: denunciation.id,
      })
      .expect(201);
    await t.http
      .post(`/api/v1/identity-access-requests/${asked.body.id}/approve`)
      .set(bearer(leader.token))
      .send({ version: 1 })
      .expect(200);
    const res = await get(grantee, visitUrl(denunciation.id)).expect(200);
    expect(res.body.visitors[0].identity.fullName).toBe(c.name);
    const rows = await readRows(String(res.headers['x-request-id']));
    expect(rows.map((r) => [r.action, r.basis])).toEqual([['identity.read', 'grant']]);
    // The grant is for that visit: the refusal visit of the same denouncer stays a pseudonym.
    const other = await get(grantee, visitUrl(refusal)).expect(200);
    expect(other.body.visitors[0].identity).toBeUndefined();
    expectNoCanary(c, other.body);
  });
});
