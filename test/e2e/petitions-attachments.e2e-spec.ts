import { createHash } from 'node:crypto';

import { Role } from '../../src/auth/role';
import { petitionBody, postPetition } from '../factories/petition.factory';
import { getFile } from '../factories/visit.factory';
import { bearer, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

const pdfFile = (marker: string) => Buffer.from(`%PDF-1.4\n% ${marker}\n%%EOF\n`, 'latin1');
const upload = (name: string, bytes: Buffer, mediaType = 'application/pdf') => ({
  fileName: name,
  mediaType,
  contentBase64: bytes.toString('base64'),
});

describe('files of petitions: limits, checksum, sealed storage and redacted copies (Luật Tố cáo 2018 Điều 56)', () => {
  let t: TestApp;
  let handler: TestOfficer;
  let investigator: TestOfficer;

  const post = (who: TestOfficer, url: string, body: object) =>
    t.http.post(url).set(bearer(who.token)).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    handler = await createOfficer(t, { roles: [Role.PetitionHandler] });
    investigator = await createOfficer(t, { roles: [Role.Investigator] });
  });
  afterAll(() => t.close());

  it('stores a file sealed with its SHA-256 and serves it back intact; the reply holds no file name', async () => {
    const petition = await postPetition(t, handler, petitionBody()).expect(201);
    const bytes = pdfFile('ban-goc');
    const url = `/api/v1/petitions/${petition.body.id}/attachments`;
    const res = await post(handler, url, upload('Đơn của Phạm Văn Đơn.pdf', bytes)).expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      petitionId: petition.body.id,
      kind: 'original',
      redactsId: null,
      mediaType: 'application/pdf',
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      createdAt: expect.any(String),
    });
    const stored = await t.dataSource.query(
      `SELECT file_name_sealed, content_sealed FROM petition_attachment WHERE id = $1`,
      [res.body.id],
    );
    expect(JSON.stringify(stored)).not.toContain('Phạm Văn Đơn');
    expect(Buffer.from(stored[0].content_sealed).includes(Buffer.from('ban-goc'))).toBe(false);
    const list = await t.http.get(url).set(bearer(handler.token)).expect(200);
    expect(list.body.items[0].fileName).toBe('Đơn của Phạm Văn Đơn.pdf');
    const file = await getFile(t, handler, `${url}/${res.body.id}/content`);
    expect({ status: file.status, type: file.type }).toEqual({
      status: 200,
      type: 'application/pdf',
    });
    expect(file.body.equals(bytes)).toBe(true);
  });

  it.each([
    ['mediaType', 'attachmentType', upload('a.pdf', Buffer.from('not a pdf'))],
    ['mediaType', 'attachmentType', upload('a.png', pdfFile('x'), 'image/png')],
    [
      'contentBase64',
      'attachmentNotBase64',
      { ...upload('a.pdf', pdfFile('x')), contentBase64: '***' },
    ],
    ['mediaType', 'isIn', upload('a.pdf', pdfFile('x'), 'text/html')],
  ])('refuses a bad file: 400 naming %s (%s)', async (field, rule, body) => {
    const petition = await postPetition(t, handler, petitionBody()).expect(201);
    const res = await post(handler, `/api/v1/petitions/${petition.body.id}/attachments`, body);
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ field, code: rule });
  });

  it('accepts a file above the JSON body limit of other routes, and refuses one above 10 MB', async () => {
    const petition = await postPetition(t, handler, petitionBody()).expect(201);
    const url = `/api/v1/petitions/${petition.body.id}/attachments`;
    const big = Buffer.concat([pdfFile('lon'), Buffer.alloc(2 * 1024 * 1024, 0x20)]);
    await post(handler, url, upload('lon.pdf', big)).expect(201);
    const tooBig = Buffer.concat([pdfFile('qua-lon'), Buffer.alloc(10 * 1024 * 1024, 0x20)]);
    const res = await post(handler, url, upload('qua-lon.pdf', tooBig));
    expect([400, 413]).toContain(res.status);
  });

  it('serves an investigator only the redacted copy of a denunciation’s file, never the original', async () => {
    const denunciation = await postPetition(
      t,
      handler,
      petitionBody({ type: 'denunciation', field: 'corruption' }),
    ).expect(201);
    const url = `/api/v1/petitions/${denunciation.body.id}/attachments`;
    const original = await post(
      handler,
      url,
      upload('to-cao.pdf', pdfFile('chu-ky-nguoi-to-cao')),
    ).expect(201);
    const before = await getFile(t, investigator, `${url}/${original.body.id}/content`);
    expect(before.status).toBe(409);
    const redacted = pdfFile('ban-da-luoc-bo');
    const copy = await post(
      handler,
      `${url}/${original.body.id}/redacted-copy`,
      upload('to-cao-luoc-bo.pdf', redacted),
    ).expect(201);
    expect(copy.body).toMatchObject({ kind: 'redacted_copy', redactsId: original.body.id });
    const served = await getFile(t, investigator, `${url}/${original.body.id}/content`);
    expect(served.status).toBe(200);
    expect(served.body.equals(redacted)).toBe(true);
    const list = await t.http.get(url).set(bearer(investigator.token)).expect(200);
    expect((list.body.items as { id: string }[]).map((i) => i.id)).toEqual([copy.body.id]);
    const desk = await getFile(t, handler, `${url}/${original.body.id}/content`);
    expect(desk.body.equals(pdfFile('chu-ky-nguoi-to-cao'))).toBe(true);
    const reads = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'petition.attachment.read' AND entity_id = $1`,
      [denunciation.body.id],
    );
    expect(reads).toEqual([{ n: 2 }]);
  });

  it('refuses a redacted copy of a complaint’s file, and uploads by an investigator (403)', async () => {
    const complaint = await postPetition(t, handler, petitionBody()).expect(201);
    const url = `/api/v1/petitions/${complaint.body.id}/attachments`;
    const original = await post(handler, url, upload('a.pdf', pdfFile('a'))).expect(201);
    const res = await post(
      handler,
      `${url}/${original.body.id}/redacted-copy`,
      upload('b.pdf', pdfFile('b')),
    );
    expectError(res, 400, 'PETITION_ATTACHMENT_INVALID', 'attachmentId');
    expectError(await post(investigator, url, upload('c.pdf', pdfFile('c'))), 403, 'FORBIDDEN');
  });
});
