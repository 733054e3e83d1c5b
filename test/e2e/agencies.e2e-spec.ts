import { Role } from '../../src/auth/role';
import { agencyAudit, agencyRow, communeBody } from '../factories/agency.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

interface TreeItem {
  id: string;
  code: string;
  level: string;
  parentId: string | null;
  depth: number;
}

describe('the agency tree', () => {
  let t: TestApp;
  let admin: TestOfficer;
  let desk: TestOfficer;
  let hn: string;

  beforeAll(async () => {
    t = await createTestApp();
    hn = await agencyIdByCode(t, 'HN');
    admin = await createOfficer(t, { roles: [Role.Admin] });
    desk = await createOfficer(t, { roles: [Role.ReceptionOfficer] });
  });
  afterAll(() => t.close());

  const tree = (asOf?: string) =>
    t.http.get(`/api/v1/agencies${asOf ? `?asOf=${asOf}` : ''}`).set(bearer(desk.token));
  const post = (path: string, body: object) =>
    t.http.post(`/api/v1/agencies${path}`).set(bearer(admin.token)).send(body);
  const commune = (overrides: object = {}) => communeBody(hn, overrides);
  const auditOf = (id: string) => agencyAudit(t, id);
  const rowOf = (id: string) => agencyRow(t, id);

  describe('reading (agency.read)', () => {
    it('shows the 30 districts of Hà Nội on 30/6/2025, under the city, parents first', async () => {
      const res = await tree('2025-06-30').expect(200);
      const items = res.body.items as TreeItem[];
      expect(res.body.asOf).toBe('2025-06-30');
      expect(items[0]).toMatchObject({ code: 'HN', depth: 0, parentId: null });
      const districts = items.filter((i) => i.level === 'district');
      expect(districts).toHaveLength(30);
      expect(districts.every((d) => d.parentId === hn && d.depth === 1)).toBe(true);
      expect(items.map((i) => i.code)).toEqual(expect.arrayContaining(['HN-TTTP', 'HN-BTCD']));
      expect(items.filter((i) => i.level === 'commune')).toHaveLength(0);
    });

    it('shows no district and the 126 new communes and wards on 1/7/2025', async () => {
      const items = (await tree('2025-07-01').expect(200)).body.items as TreeItem[];
      expect(items.filter((i) => i.level === 'district')).toHaveLength(0);
      expect(items.filter((i) => i.level === 'commune')).toHaveLength(126);
      expect(items.map((i) => i.code)).toEqual(
        expect.arrayContaining(['HN-P-HOANKIEM', 'HN-P-VANMIEUQUOCTUGIAM', 'HN-X-UNGTHIEN']),
      );
    });

    it('defaults to today in Việt Nam and refuses an impossible date, naming asOf', async () => {
      expect((await tree().expect(200)).body.asOf).toBe('2026-03-10');
      expectError(await tree('2025-02-30'), 400, 'VALIDATION_FAILED', 'asOf');
    });

    it('shows a unit with its successors and predecessors', async () => {
      const badinh = await agencyIdByCode(t, 'HN-Q-BADINH');
      const res = await t.http
        .get(`/api/v1/agencies/${badinh}`)
        .set(bearer(desk.token))
        .expect(200);
      expect(res.body).toMatchObject({
        code: 'HN-Q-BADINH',
        validTo: '2025-06-30',
        predecessors: [],
      });
      const successors = res.body.successors as { code: string; kind: string }[];
      expect(successors.map((s) => s.code).sort()).toEqual([
        'HN-P-BADINH',
        'HN-P-GIANGVO',
        'HN-P-NGOCHA',
      ]);
      expect(successors.every((s) => s.kind === 'split')).toBe(true);
    });

    it('answers 404 for an unknown unit and 400 for a malformed id', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      const get = (id: string) => t.http.get(`/api/v1/agencies/${id}`).set(bearer(desk.token));
      expectError(await get(unknown), 404, 'AGENCY_NOT_FOUND');
      expectError(await get('abc'), 400, 'VALIDATION_FAILED', 'id');
    });

    it('lets a reception officer read but not manage the tree (403)', async () => {
      const res = await t.http.post('/api/v1/agencies').set(bearer(desk.token)).send(commune());
      expectError(res, 403, 'FORBIDDEN');
    });
  });

  describe('changing units (agency.manage)', () => {
    it('creates, renames and closes a unit, with an audit row for each', async () => {
      const created = await post('', commune()).expect(201);
      const id = created.body.id as string;
      expect(created.body).toMatchObject({ version: 1, validTo: null, parentId: hn });
      const renamed = await post(`/${id}/rename`, { name: 'Ủy ban nhân dân xã Mới', version: 1 });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ name: 'Ủy ban nhân dân xã Mới', version: 2 });
      const closed = await post(`/${id}/close`, { validTo: '2026-12-31', version: 2 }).expect(200);
      expect(closed.body).toMatchObject({ validTo: '2026-12-31', version: 3 });
      expect(await rowOf(id)).toEqual({
        name: 'Ủy ban nhân dân xã Mới',
        valid_to: '2026-12-31',
        version: 3,
      });
      const audit = await auditOf(id);
      expect(audit.map((a) => a.action)).toEqual([
        'agency.create',
        'agency.rename',
        'agency.close',
      ]);
      expect(audit.every((a) => a.actor_id === admin.id && a.request_id)).toBe(true);
      expect(audit[1]?.data).toMatchObject({
        from: created.body.name,
        to: 'Ủy ban nhân dân xã Mới',
      });
    });

    it('refuses a stale version with 409 STALE_VERSION and changes nothing', async () => {
      const id = (await post('', commune()).expect(201)).body.id as string;
      await post(`/${id}/rename`, { name: 'Tên thứ hai', version: 1 }).expect(200);
      const before = await rowOf(id);
      const res = await post(`/${id}/rename`, { name: 'Tên cũ hơn', version: 1 });
      expectError(res, 409, 'STALE_VERSION', 'version');
      expect(res.body.details).toEqual({ currentVersion: 2 });
      expectError(
        await post(`/${id}/close`, { validTo: '2026-06-30', version: 1 }),
        409,
        'STALE_VERSION',
      );
      expect(await rowOf(id)).toEqual(before);
      expect((await auditOf(id)).map((a) => a.action)).toEqual(['agency.create', 'agency.rename']);
    });

    it('accepts exactly one of 20 concurrent renames carrying the same version', async () => {
      const id = (await post('', commune()).expect(201)).body.id as string;
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          post(`/${id}/rename`, { name: `Tên ${i}`, version: 1 }),
        ),
      );
      expect(results.filter((r) => r.status === 200)).toHaveLength(1);
      const refused = results.filter((r) => r.status === 409);
      expect(refused).toHaveLength(19);
      for (const r of refused) expectError(r, 409, 'STALE_VERSION', 'version');
      expect((await rowOf(id))?.version).toBe(2);
      expect((await auditOf(id)).filter((a) => a.action === 'agency.rename')).toHaveLength(1);
    });

    it('merges units: closes them the day before and links each to the successor', async () => {
      const a = (await post('', commune()).expect(201)).body.id as string;
      const b = (await post('', commune()).expect(201)).body.id as string;
      const successor = commune({ validFrom: undefined }); // the merge gives effectiveOn
      const res = await post('/merge', {
        predecessorIds: [a, b],
        successor,
        effectiveOn: '2026-07-01',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        code: successor.code,
        validFrom: '2026-07-01',
        validTo: null,
      });
      const links = res.body.predecessors as {
        agencyId: string;
        kind: string;
        effectiveOn: string;
      }[];
      expect(links.map((l) => l.agencyId).sort()).toEqual([a, b].sort());
      expect(links.every((l) => l.kind === 'merge' && l.effectiveOn === '2026-07-01')).toBe(true);
      for (const id of [a, b]) {
        expect(await rowOf(id)).toMatchObject({ valid_to: '2026-06-30', version: 2 });
        expect((await auditOf(id)).map((x) => x.action)).toEqual(['agency.create', 'agency.close']);
      }
      expect((await auditOf(res.body.id as string)).map((x) => x.action)).toEqual(['agency.merge']);
      const later = { successor: commune({ validFrom: undefined }), effectiveOn: '2026-08-01' };
      const again = await post('/merge', { predecessorIds: [b, a], ...later });
      expectError(again, 409, 'AGENCY_ALREADY_CLOSED', 'predecessorIds.0');
      const unknown = { predecessorIds: [b, '00000000-0000-4000-8000-000000000000'], ...later };
      expectError(
        await post('/merge', unknown),
        400,
        'AGENCY_REFERENCE_NOT_FOUND',
        'predecessorIds.1',
      );
    });
  });
});
