import { fieldFromConstraint, mapDatabaseError } from './pg-error';

describe('mapDatabaseError', () => {
  it.each([
    ['23505', 409, 'UNIQUE_VIOLATION'],
    ['23P01', 409, 'UNIQUE_VIOLATION'],
    ['23514', 400, 'CHECK_VIOLATION'],
    ['23502', 400, 'CHECK_VIOLATION'],
    ['22P02', 400, 'INVALID_VALUE'],
    ['22021', 400, 'INVALID_VALUE'],
    ['22003', 400, 'INVALID_VALUE'],
    ['54000', 400, 'INVALID_VALUE'],
    ['40001', 409, 'SERIALIZATION_FAILURE'],
    ['ECONNREFUSED', 503, 'SERVICE_UNAVAILABLE'],
    ['53300', 503, 'SERVICE_UNAVAILABLE'],
    ['25P03', 503, 'SERVICE_UNAVAILABLE'],
    ['55P03', 409, 'SERIALIZATION_FAILURE'],
  ])('maps SQLSTATE %s to %i %s', (code, status, appCode) => {
    const error = mapDatabaseError({ driverError: { code } });
    expect(error?.httpStatus).toBe(status);
    expect(error?.code).toBe(appCode);
  });

  it('tells a missing reference (400) from a row still referenced (409)', () => {
    const missing = mapDatabaseError({
      code: '23503',
      constraint: 'fk_petition__agency_id',
      detail: 'Key (agency_id)=(x) is not present in table "agency".',
    });
    const inUse = mapDatabaseError({
      code: '23503',
      constraint: 'fk_petition__agency_id',
      detail: 'Key (id)=(x) is still referenced from table "petition".',
    });
    expect(missing?.httpStatus).toBe(400);
    expect(inUse?.httpStatus).toBe(409);
    expect(missing?.errors[0]?.field).toBe('agencyId');
  });

  it('never copies the PostgreSQL detail (which may hold values) into the error', () => {
    const error = mapDatabaseError({
      code: '23505',
      constraint: 'uq_person__id_number_hash',
      detail: 'Key (id_number_hash)=(SECRET) already exists.',
    });
    expect(JSON.stringify(error?.errors)).not.toContain('SECRET');
    expect(error?.message).not.toContain('SECRET');
  });

  it('maps a pool that cannot hand out a connection to 503', () => {
    const error = new Error('timeout exceeded when trying to connect');
    expect(mapDatabaseError(error)?.httpStatus).toBe(503);
  });

  it('returns null for errors that are server faults', () => {
    expect(mapDatabaseError(new Error('boom'))).toBeNull();
    expect(mapDatabaseError({ code: '42P01' })).toBeNull();
  });

  it('derives camelCase field names from readable constraint names', () => {
    expect(fieldFromConstraint('uq_petition__agency_id__code')).toBe('agencyId,code');
    expect(fieldFromConstraint('ck_petition__1a2b3c4d', 'kind')).toBe('kind');
  });
});
