import { Role } from '../../src/auth/role';
import { agencyAudit, agencyRow, communeBody } from '../factories/agency.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

describe('the agency tree refuses bad changes, naming the field', () => {
  let t: TestApp;
  let admin: TestOfficer;
  let hn: string;

  beforeAll(async () => {
    t = await createTestApp();
    hn = await agencyIdByCode(t, 'HN');
    admin = await createOfficer(t, { roles: [Role.Admin] });
  });
  afterAll(() => t.close());

  const post = (path: string, body: object) =>
    t.http.post(`/api/v1/agencies${path}`).set(bearer(admin.token)).send(body);
  const commune = (overrides: object = {}) => communeBody(hn, overrides);

  it('refuses malformed input with 400 VALIDATION_FAILED', async () => {
    expectError(await post('', commune({ level: 'hamlet' })), 400, 'VALIDATION_FAILED', 'level');
    expectError(await post('', commune({ parentId: 'abc' })), 400, 'VALIDATION_FAILED', 'parentId');
    expectError(await post('', commune({ code: 'hn-x-thường' })), 400, 'VALIDATION_FAILED', 'code');
    expectError(
      await post('', commune({ validFrom: '2026-13-01' })),
      400,
      'VALIDATION_FAILED',
      'validFrom',
    );
    const merge = { predecessorIds: ['abc'], successor: {}, effectiveOn: 'x' };
    const res = await post('/merge', merge);
    expectError(res, 400, 'VALIDATION_FAILED', 'successor.code');
    expectError(res, 400, 'VALIDATION_FAILED', 'predecessorIds');
  });

  it('refuses a unit that ends before it starts or outside its parent', async () => {
    const backwards = commune({ validTo: '2025-12-31' });
    expectError(await post('', backwards), 400, 'AGENCY_INVALID_VALIDITY', 'validTo');
    const early = commune({ validFrom: '2000-01-01' });
    expectError(await post('', early), 400, 'AGENCY_OUTSIDE_PARENT_VALIDITY', 'validFrom');
  });

  it('refuses an unknown parent (400) and a district level after 30/6/2025', async () => {
    const orphan = commune({ parentId: '00000000-0000-4000-8000-000000000000' });
    expectError(await post('', orphan), 400, 'AGENCY_REFERENCE_NOT_FOUND', 'parentId');
    const res = await post('', commune({ level: 'district' }));
    expectError(res, 400, 'AGENCY_LEVEL_ABOLISHED', 'level');
    expect(res.body.message).toBe(
      'Từ ngày 01/7/2025 không còn đơn vị hành chính cấp huyện; đơn vị cấp huyện phải hết hiệu lực chậm nhất ngày 30/6/2025',
    );
  });

  it('refuses a code used by another unit on overlapping days (409), current or past', async () => {
    expectError(await post('', commune({ code: 'HN-TTTP' })), 409, 'AGENCY_CODE_TAKEN', 'code');
    const past = commune({ code: 'HN-Q-BADINH', validFrom: '2020-01-01', validTo: '2020-12-31' });
    expectError(await post('', past), 409, 'AGENCY_CODE_TAKEN', 'code');
    const after = commune({ code: 'HN-Q-BADINH', validFrom: '2025-07-01' });
    await post('', after).expect(201);
  });

  it('refuses to close a unit whose children outlive it, and changes nothing', async () => {
    const before = await agencyRow(t, hn);
    const res = await post(`/${hn}/close`, { validTo: '2026-12-31', version: before?.version });
    expectError(res, 409, 'AGENCY_HAS_ACTIVE_CHILDREN', 'validTo');
    expect(await agencyRow(t, hn)).toEqual(before);
    expect(await agencyAudit(t, hn)).toEqual([]);
  });
});
