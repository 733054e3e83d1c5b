import { SnakeNamingStrategy, fitIdentifier, toSnakeCase } from './snake-naming.strategy';

describe('SnakeNamingStrategy', () => {
  const naming = new SnakeNamingStrategy();

  it.each([
    ['ComplaintCaseEntity', 'complaint_case_entity'],
    ['receivedOn', 'received_on'],
    ['agencyId', 'agency_id'],
    ['HTTPRequestId', 'http_request_id'],
    ['isAnonymous', 'is_anonymous'],
  ])('turns %s into %s', (input, expected) => {
    expect(toSnakeCase(input)).toBe(expected);
  });

  it('keeps an explicit table name and snake-cases columns', () => {
    expect(naming.tableName('PetitionEntity', 'petition')).toBe('petition');
    expect(naming.columnName('receivedOn', undefined, [])).toBe('received_on');
    expect(naming.columnName('amount', undefined, ['moneyToState'])).toBe('money_to_state_amount');
  });

  it('names constraints readably and deterministically', () => {
    expect(naming.primaryKeyName('petition')).toBe('pk_petition');
    expect(naming.foreignKeyName('petition', ['agency_id'])).toBe('fk_petition__agency_id');
    expect(naming.uniqueConstraintName('petition', ['agency_id', 'code'])).toBe(
      'uq_petition__agency_id__code',
    );
    expect(naming.indexName('public.petition', ['agency_id', 'received_on'])).toBe(
      'ix_petition__agency_id__received_on',
    );
    expect(naming.checkConstraintName('petition', '"kind" IN (\'a\')')).toBe(
      naming.checkConstraintName('petition', '"kind" IN (\'a\')'),
    );
  });

  it('keeps identifiers within the 63-byte PostgreSQL limit without collisions', () => {
    const a = fitIdentifier(`ix_${'x'.repeat(80)}_a`);
    const b = fitIdentifier(`ix_${'x'.repeat(80)}_b`);
    expect(a.length).toBeLessThanOrEqual(63);
    expect(a).not.toBe(b);
  });
});
