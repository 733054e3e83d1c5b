import { expectError } from '../support/expect-error';
import { ProbeModule } from '../support/probe.module';
import { createTestApp, type TestApp } from '../support/test-app';

const valid = {
  summary: 'Khiếu nại quyết định thu hồi đất',
  kind: 'complaint',
  persons: 1,
  agencyId: '0b6f4a4e-8a3e-4b8e-9d55-2f0c1f3a9e10',
  receivedOn: '2026-01-20',
};

describe('one error body for every 4xx/5xx', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ extraModules: [ProbeModule], config: { bodyLimitBytes: 4096 } });
  });
  afterAll(() => t.close());

  const post = (body: unknown) => t.http.post('/api/v1/__probe').send(body as object);

  it('accepts a valid body (the probe echoes it, normalised to NFC)', async () => {
    const res = await post({ ...valid, summary: valid.summary.normalize('NFD') }).expect(201);
    expect((res.body as { received: { summary: string } }).received.summary).toBe(valid.summary);
  });

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const res = await t.http
      .post('/api/v1/__probe')
      .set('Content-Type', 'application/json')
      .send('{"summary": "x",');
    expectError(res, 400, 'MALFORMED_JSON');
    expect((res.body as { message: string }).message).toBe(
      'Nội dung gửi lên không phải JSON hợp lệ',
    );
  });

  it('refuses unknown fields, naming them', async () => {
    expectError(await post({ ...valid, status: 'resolved' }), 400, 'VALIDATION_FAILED', 'status');
  });

  it('refuses wrong types, naming the field in Vietnamese', async () => {
    const res = await post({ ...valid, persons: 'năm' });
    expectError(res, 400, 'VALIDATION_FAILED', 'persons');
    const messages = (res.body as { errors: { message: string }[] }).errors.map((e) => e.message);
    expect(messages).toContain('Trường "persons" phải là số nguyên');
  });

  it('refuses over-long strings with the limit in the message', async () => {
    const res = await post({ ...valid, summary: 'x'.repeat(201) });
    expectError(res, 400, 'VALIDATION_FAILED', 'summary');
    expect(JSON.stringify(res.body)).toContain('dài tối đa 200 ký tự');
  });

  it('refuses unknown enum values and bad UUIDs and impossible dates', async () => {
    expectError(await post({ ...valid, kind: 'gossip' }), 400, 'VALIDATION_FAILED', 'kind');
    expectError(await post({ ...valid, agencyId: 'abc' }), 400, 'VALIDATION_FAILED', 'agencyId');
    const res = await post({ ...valid, receivedOn: '2026-02-30' });
    expectError(res, 400, 'VALIDATION_FAILED', 'receivedOn');
  });

  it('names nested fields with dotted paths', async () => {
    const res = await post({ ...valid, petitioners: [{ fullName: 'An' }, { fullName: '' }] });
    expectError(res, 400, 'VALIDATION_FAILED', 'petitioners.1.fullName');
  });

  it('refuses NUL bytes and lone surrogates, naming the field, never reaching PostgreSQL', async () => {
    const nul = await post({ ...valid, petitioners: [{ fullName: 'Ng\u0000uyễn' }] });
    expectError(nul, 400, 'VALIDATION_FAILED', 'petitioners.0.fullName');
    const surrogate = await t.http
      .post('/api/v1/__probe')
      .set('Content-Type', 'application/json')
      .send(`{"summary":"abc\\ud800","kind":"complaint"}`);
    expectError(surrogate, 400, 'VALIDATION_FAILED', 'summary');
  });

  it('refuses a body over the size cap with 413', async () => {
    const res = await post({ ...valid, summary: 'x'.repeat(5000) });
    expectError(res, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('refuses a wrong content type with 415', async () => {
    const res = await t.http.post('/api/v1/__probe').set('Content-Type', 'text/plain').send('hi');
    expectError(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses prototype-poisoning keys', async () => {
    const res = await t.http
      .post('/api/v1/__probe')
      .set('Content-Type', 'application/json')
      .send('{"__proto__": {"admin": true}}');
    expect(res.status).toBe(400);
    expectError(res, 400, res.body.code as string);
  });

  it('refuses a bad UUID in the path with 400', async () => {
    expectError(
      await t.http.get('/api/v1/__probe/items/not-a-uuid'),
      400,
      'VALIDATION_FAILED',
      'id',
    );
  });

  it('caps page sizes and refuses forged cursors', async () => {
    const big = await t.http.get('/api/v1/__probe/page?limit=1000000');
    expectError(big, 400, 'VALIDATION_FAILED', 'limit');
    const forged = await t.http.get('/api/v1/__probe/page?cursor=%27%3B--');
    expectError(forged, 400, 'VALIDATION_FAILED', 'cursor');
    const ok = await t.http.get('/api/v1/__probe/page').expect(200);
    expect(ok.body).toEqual({ limit: 20, cursor: null });
  });

  it('answers an unknown route with 404 ROUTE_NOT_FOUND', async () => {
    expectError(await t.http.get('/api/v1/nothing-here'), 404, 'ROUTE_NOT_FOUND');
  });

  it.each([
    ['invalidText', 400, 'INVALID_VALUE', undefined],
    ['outOfRange', 400, 'INVALID_VALUE', undefined],
    ['check', 400, 'CHECK_VIOLATION', 'x'],
    ['unique', 409, 'UNIQUE_VIOLATION', 'code'],
    ['referenceMissing', 400, 'REFERENCE_VIOLATION', 'parentId'],
    ['referenceInUse', 409, 'REFERENCE_VIOLATION', 'parentId'],
  ])('maps a PostgreSQL %s error to %i %s, naming the field', async (kind, status, code, field) => {
    const res = await t.http.post(`/api/v1/__probe/db/${kind}`);
    expectError(res, status, code, field);
    expect(JSON.stringify(res.body)).not.toMatch(/HN-01|Key \(|is not present|still referenced/);
  });

  it('words the unique and reference violations in Vietnamese', async () => {
    const unique = await t.http.post('/api/v1/__probe/db/unique');
    expect((unique.body as { message: string }).message).toBe('Giá trị đã tồn tại');
    const reference = await t.http.post('/api/v1/__probe/db/referenceMissing');
    expect((reference.body as { message: string }).message).toBe(
      'Dữ liệu tham chiếu không tồn tại hoặc đang được sử dụng',
    );
  });

  it('answers an unexpected fault with a generic 500 that leaks nothing', async () => {
    const res = await t.http.post('/api/v1/__probe/db/other');
    expectError(res, 500, 'INTERNAL_ERROR');
    expect(JSON.stringify(res.body)).not.toMatch(/no_such_table|relation|SELECT/i);
  });
});

describe('bodies nested too deeply', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ extraModules: [ProbeModule] });
  });
  afterAll(() => t.close());

  it.each([
    ['without', {}],
    ['with', { 'Idempotency-Key': 'deep-body-1' }],
  ])('answers 400 MALFORMED_JSON, never 500, %s an Idempotency-Key', async (_label, headers) => {
    const depth = 20_000;
    const body = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    const res = await t.http
      .post('/api/v1/__probe')
      .set({ 'Content-Type': 'application/json', ...headers })
      .send(body);
    expectError(res, 400, 'MALFORMED_JSON');
  });
});
