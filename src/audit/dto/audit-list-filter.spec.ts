import { AppError } from '../../common/errors/app-error';
import { auditFilterOf } from './audit-list-filter';
import { AuditListQueryDto } from './audit-list-query.dto';

const query = (values: Partial<AuditListQueryDto>) =>
  Object.assign(new AuditListQueryDto(), values);

function fieldOfError(attempt: () => unknown): string | undefined {
  try {
    attempt();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).httpStatus).toBe(400);
    return (error as AppError).errors[0]?.field;
  }
  return undefined;
}

describe('GET /audit filters: entity and id, with entityType and entityId as former names', () => {
  it('reads the documented names', () => {
    expect(auditFilterOf(query({ entity: 'agency', id: 'A1', limit: 5 }))).toMatchObject({
      entityType: 'agency',
      entityId: 'A1',
      limit: 5,
    });
  });

  it('still reads the former names, and accepts both forms when they agree', () => {
    expect(auditFilterOf(query({ entityType: 'officer', entityId: 'O1' }))).toMatchObject({
      entityType: 'officer',
      entityId: 'O1',
    });
    expect(auditFilterOf(query({ entity: 'officer', entityType: 'officer' }))).toMatchObject({
      entityType: 'officer',
      entityId: undefined,
    });
  });

  it('refuses two forms of one filter that disagree, naming the documented field', () => {
    expect(
      fieldOfError(() => auditFilterOf(query({ entity: 'agency', entityType: 'officer' }))),
    ).toBe('entity');
    expect(fieldOfError(() => auditFilterOf(query({ id: 'A1', entityId: 'A2' })))).toBe('id');
  });

  it('keeps the page and cursor as given', () => {
    expect(auditFilterOf(query({ limit: 7, cursor: 'abc' }))).toMatchObject({
      limit: 7,
      cursor: 'abc',
    });
  });
});
