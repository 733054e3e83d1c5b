import { Role } from '../../src/auth/role';
import { expectNoCanary, newCanaries } from '../factories/person.factory';
import { countRows, newIdNumber, postVisit, visitBody } from '../factories/visit.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

/** The answer without what differs between any two requests (their id). */
function answerOf(res: { status: number; body: Record<string, unknown> }) {
  const { requestId: _id, ...body } = res.body;
  return { status: res.status, body };
}

/**
 * DESIGN.md §7: a person is reused for a new visit only from the officer's scope — linking makes
 * the officer its handler, who reads the identity. Outside the scope an ID number is "not found",
 * and a number typed with an identity must come with the stored full name.
 */
describe('reusing a registered person for a new visit', () => {
  const c = newCanaries();
  let t: TestApp;
  let recorder: TestOfficer;
  let colleague: TestOfficer;
  let stranger: TestOfficer;
  let badinh: string;
  let personId: string;

  const identity = (over: object = {}) => ({
    identity: { fullName: c.name, idType: 'cccd', idNumber: c.idNumber, ...over },
  });
  const visitWith = (visitor: object) => visitBody({ visitors: [visitor] });
  const getVisit = (who: TestOfficer, id: string) =>
    t.http.get(`/api/v1/reception/visits/${id}`).set(bearer(who.token));
  const linksOf = (agencyId: string) =>
    countRows(
      t,
      'SELECT count(*) AS n FROM person_record_link WHERE person_id = $1 AND agency_id = $2',
      [personId, agencyId],
    );

  beforeAll(async () => {
    t = await createTestApp();
    const tttp = await agencyIdByCode(t, 'HN-TTTP');
    badinh = await agencyIdByCode(t, 'HN-P-BADINH');
    recorder = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: tttp });
    colleague = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: tttp });
    stranger = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: badinh });
    // An HN-TTTP denouncer, with their full identity.
    const denunciation = visitBody({
      visitors: [identity({ address: c.address })],
      contentType: 'denunciation',
      field: 'corruption',
      summary: 'Tố cáo cán bộ nhận tiền khi cấp phép',
    });
    personId = (await postVisit(t, recorder, denunciation).expect(201)).body.visitors[0].id;
  });
  afterAll(() => t.close());

  describe('outside the officer’s scope the person is "not found"', () => {
    it('answers a Ba Đình officer citing the HN-TTTP denouncer’s ID number exactly as an unknown number, and links nothing', async () => {
      const known = await postVisit(t, stranger, visitWith({ idNumber: c.idNumber }));
      expectError(known, 400, 'RECEPTION_VISITORS_INVALID', 'visitors.0.idNumber');
      const unknown = await postVisit(t, stranger, visitWith({ idNumber: newIdNumber() }));
      expect(answerOf(known)).toEqual(answerOf(unknown));
      expectNoCanary(c, known.body);
      expect(await linksOf(badinh)).toBe(0);
      // Nor does it become visible to them in any other way.
      const person = await t.http.get(`/api/v1/persons/${personId}`).set(bearer(stranger.token));
      expectError(person, 404, 'PERSON_NOT_FOUND');
    });

    it('registers a new person when the Ba Đình officer types the identity with that number — even the exact name — and shows only what they typed', async () => {
      const res = await postVisit(t, stranger, visitWith(identity())).expect(201);
      const own = res.body.visitors[0].id as string;
      expect(own).not.toBe(personId);
      const read = await getVisit(stranger, res.body.id).expect(200);
      expect(read.body.visitors[0].identity).toMatchObject({ fullName: c.name, address: null });
      expect(JSON.stringify(read.body)).not.toContain(c.address);
      // Their own person is the one reused from now on at Ba Đình, never the HN-TTTP one.
      const again = await postVisit(t, stranger, visitWith(identity())).expect(201);
      expect(again.body.visitors[0].id).toBe(own);
      expect(await linksOf(badinh)).toBe(0);
    });
  });

  describe('inside the scope', () => {
    it('reuses the person when the typed full name is the stored one, case and spacing aside', async () => {
      const shouted = `  ${c.name.toLocaleUpperCase('vi').replace(/ /g, '  ')} `;
      const res = await postVisit(t, colleague, visitWith(identity({ fullName: shouted })));
      expect(res.status).toBe(201);
      expect(res.body.visitors[0].id).toBe(personId);
    });

    it('refuses a number typed with another full name (a mistyped CCCD) with 409 naming the field, writing nothing', async () => {
      const before = await countRows(t, 'SELECT count(*) AS n FROM reception_visit');
      const bare = c.name.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
      for (const fullName of ['Trần Thị Khác', bare]) {
        const res = await postVisit(t, colleague, visitWith(identity({ fullName })));
        expectError(res, 409, 'PERSON_IDENTITY_MISMATCH', 'visitors.0.identity.fullName');
        expectNoCanary(c, res.body);
      }
      expect(await countRows(t, 'SELECT count(*) AS n FROM reception_visit')).toBe(before);
    });

    it('still finds the person by the bare ID number', async () => {
      const res = await postVisit(t, colleague, visitWith({ idNumber: '0010 8900 1234' }));
      expect(res.status).toBe(201);
      expect(res.body.visitors[0].id).toBe(personId);
    });
  });
});
