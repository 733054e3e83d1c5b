import { createTestApp, type TestApp } from '../support/test-app';

describe('GET /api/v1/health', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers ok with the database up, with a request id and security headers', async () => {
    const res = await t.http.get('/api/v1/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up' });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('never takes the request id from the client (it is sealed into audit rows)', async () => {
    const res = await t.http.get('/api/v1/health').set('X-Request-Id', 'desk-07-req-0042');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the OpenAPI document outside production', async () => {
    const res = await t.http.get('/api/docs-json').expect(200);
    expect((res.body as { paths: Record<string, unknown> }).paths).toHaveProperty('/api/v1/health');
  });

  it('closes CORS by default: a foreign origin gets no allow-origin header', async () => {
    const res = await t.http.get('/api/v1/health').set('Origin', 'https://evil.example');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('GET /api/v1/health when the database is down', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers 503 with database "down" in the error shape', async () => {
    await t.dataSource.destroy();
    const res = await t.http.get('/api/v1/health').expect(503);
    expect(res.body).toEqual(
      expect.objectContaining({
        statusCode: 503,
        code: 'SERVICE_UNAVAILABLE',
        status: 'error',
        database: 'down',
        requestId: res.headers['x-request-id'],
      }),
    );
  });
});

describe('Swagger in production', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ config: { nodeEnv: 'production', swaggerEnabled: false } });
  });
  afterAll(() => t.close());

  it('is not served', async () => {
    const res = await t.http.get('/api/docs');
    expect(res.status).toBe(404);
    expect((res.body as { code: string }).code).toBe('ROUTE_NOT_FOUND');
  });
});
