import type { Response } from 'supertest';

/** Asserts the stable error body (STYLE.md §2.4), and optionally the field it names. */
export function expectError(res: Response, status: number, code: string, field?: string): void {
  const body = res.body as Record<string, unknown>;
  expect({ status: res.status, code: body.code }).toEqual({ status, code });
  expect(body).toEqual(
    expect.objectContaining({
      statusCode: status,
      code,
      message: expect.any(String),
      errors: expect.any(Array),
      requestId: expect.any(String),
    }),
  );
  expect(res.headers['x-request-id']).toBe(body.requestId);
  expect(JSON.stringify(body)).not.toMatch(/\bat \S+ \(|node_modules|SELECT |INSERT /);
  if (field !== undefined) {
    const fields = (body.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toContain(field);
  }
}
