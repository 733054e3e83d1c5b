import { Role } from '../../src/auth/role';
import { EnforcementType as T } from '../../src/decisions/domain/recommended-measures';
import { getFile } from '../factories/visit.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';
import { insertDecision, money, openEnforcement, progress } from '../factories/enforcement.factory';

// Files of progress entries (receipts, payment vouchers): sealed storage, checksum, limits, scope
// and audit (issue 8).

const receipt = (marker: string) => Buffer.from(`%PDF-1.4\n% ${marker}\n%%EOF\n`, 'latin1');
const upload = (name: string, bytes: Buffer, mediaType = 'application/pdf') => ({
  fileName: name,
  mediaType,
  contentBase64: bytes.toString('base64'),
});

describe('files of enforcement progress entries', () => {
  let t: TestApp;
  let leader: TestOfficer;
  let investigator: TestOfficer;
  let oversight: TestOfficer;
  let outsider: TestOfficer;
  let entryId: string;

  const url = (id = entryId) => `/api/v1/enforcement/progress/${id}/attachments`;
  const post = (who: TestOfficer, body: object, id = entryId) =>
    t.http.post(url(id)).set(bearer(who.token)).send(body);
  const audits = async (action: string) =>
    Number(
      (
        await t.dataSource.query<{ n: string }[]>(
          `SELECT count(*) AS n FROM audit_event WHERE action = $1 AND entity_id = $2`,
          [action, entryId],
        )
      )[0]!.n,
    );

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-06-30T03:00:00Z') });
    const tttp = await agencyIdByCode(t, 'HN-TTTP');
    const btcd = await agencyIdByCode(t, 'HN-BTCD');
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId: tttp });
    investigator = await createOfficer(t, { roles: [Role.Investigator], agencyId: tttp });
    oversight = await createOfficer(t, { roles: [Role.Oversight], agencyId: tttp });
    outsider = await createOfficer(t, { roles: [Role.Leader], agencyId: btcd });
    const id = await insertDecision(t, {
      agencyId: tttp,
      signerId: leader.id,
      issuedOn: '2026-01-10',
      legalEffectOn: '2026-02-01',
      measures: [{ type: T.RecoverMoney, amount: '5000000' }],
    });
    const view = await progress(t, investigator, await openEnforcement(t, leader, id), 0, {
      ...money('2026-03-01', '2000000'),
    });
    entryId = view.items[0]!.progress[0]!.id;
  }, 60_000);
  afterAll(() => t.close());

  it('stores a receipt sealed, lists it with its name and serves the same bytes; both audited', async () => {
    const bytes = receipt('bien-lai-0012');
    const res = await post(investigator, upload('Biên lai thu tiền số 12.pdf', bytes));
    expect(res.status).toBe(201);
    const body = res.body as { id: string; sha256: string; sizeBytes: number; fileName?: string };
    expect(body).toMatchObject({
      progressId: entryId,
      mediaType: 'application/pdf',
      sizeBytes: bytes.length,
    });
    expect(body.fileName).toBeUndefined();

    const stored = await t.dataSource.query<{ file_name_sealed: string; content_sealed: Buffer }[]>(
      `SELECT file_name_sealed, content_sealed FROM enforcement_attachment WHERE id = $1`,
      [body.id],
    );
    expect(Buffer.from(stored[0]!.content_sealed).includes(Buffer.from('bien-lai'))).toBe(false);
    expect(stored[0]!.file_name_sealed).not.toContain('Biên lai');

    const list = await t.http.get(url()).set(bearer(leader.token));
    expect(list.status).toBe(200);
    expect(list.body).toEqual({
      items: [
        expect.objectContaining({
          id: body.id,
          fileName: 'Biên lai thu tiền số 12.pdf',
          sha256: body.sha256,
        }),
      ],
    });
    const file = await getFile(t, leader, `${url()}/${body.id}/content`);
    expect({ status: file.status, type: file.type }).toEqual({
      status: 200,
      type: 'application/pdf',
    });
    expect(file.body.equals(bytes)).toBe(true);
    expect(await audits('enforcement.attachment.upload')).toBe(1);
    expect(await audits('enforcement.attachment.read')).toBe(1);
  });

  it.each([
    ['mediaType', upload('a.pdf', Buffer.from('không phải PDF'))],
    ['mediaType', upload('a.png', receipt('x'), 'image/png')],
    ['contentBase64', { ...upload('a.pdf', receipt('x')), contentBase64: '***' }],
    ['contentBase64', upload('a.pdf', Buffer.alloc(0))],
    ['mediaType', upload('a.doc', receipt('x'), 'application/msword')],
  ])('refuses a bad file with 400 naming %s, writing nothing', async (field, body) => {
    const before = await audits('enforcement.attachment.upload');
    const res = await post(investigator, body);
    expect(res.status).toBe(400);
    expect((res.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain(
      field,
    );
    expect(await audits('enforcement.attachment.upload')).toBe(before);
  });

  it('refuses a file over 10 MB with 413 naming contentBase64', async () => {
    const tooBig = Buffer.concat([receipt('qua-lon'), Buffer.alloc(10 * 1024 * 1024, 0x20)]);
    const res = await post(investigator, upload('qua-lon.pdf', tooBig));
    expectError(res, 413, 'ENFORCEMENT_ATTACHMENT_TOO_LARGE', 'contentBase64');
  });

  it('needs enforcement.record to upload, enforcement.read to read, and hides entries outside the scope (404)', async () => {
    expect((await post(oversight, upload('a.pdf', receipt('x')))).status).toBe(403);
    expect((await t.http.get(url()).set(bearer(oversight.token))).status).toBe(403);
    expectError(await post(outsider, upload('a.pdf', receipt('x'))), 404, 'NOT_FOUND');
    expectError(await t.http.get(url()).set(bearer(outsider.token)), 404, 'NOT_FOUND');
    const unknown = '00000000-0000-4000-8000-000000000000';
    expectError(await post(investigator, upload('a.pdf', receipt('x')), unknown), 404, 'NOT_FOUND');
    const list = (await t.http.get(url()).set(bearer(leader.token))).body as {
      items: { id: string }[];
    };
    const missing = await t.http.get(`${url()}/${unknown}/content`).set(bearer(leader.token));
    expectError(missing, 404, 'NOT_FOUND');
    expect(list.items).toHaveLength(1);
  });
});
