import { Role } from '../../src/auth/role';
import { countRows, newVisitor, postVisit, visitBody } from '../factories/visit.factory';
import { agencyIdByCode, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

/** DTOs check the shape (VALIDATION_FAILED); domain/ checks the law (RECEPTION_* codes). */
describe('a visit with bad input is refused with 400 naming the field, and nothing is written', () => {
  let t: TestApp;
  let officer: TestOfficer;

  beforeAll(async () => {
    t = await createTestApp();
    const tttp = await agencyIdByCode(t, 'HN-TTTP');
    officer = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: tttp });
  });
  afterAll(() => t.close());

  it.each([
    [
      'an unknown enum value',
      { receptionKind: 'telepathic' },
      'VALIDATION_FAILED',
      'receptionKind',
    ],
    ['an unknown outcome', { outcome: 'ignored' }, 'VALIDATION_FAILED', 'outcome'],
    [
      '4 persons flagged as a delegation',
      { personsCount: 4, isDelegation: true },
      'RECEPTION_DELEGATION_MISMATCH',
      'isDelegation',
    ],
    [
      '6 persons not flagged',
      { personsCount: 6, isDelegation: false },
      'RECEPTION_DELEGATION_MISMATCH',
      'isDelegation',
    ],
    [
      'a representative outside the group',
      { personsCount: 6, isDelegation: true, representatives: [0, 4] },
      'RECEPTION_REPRESENTATIVES_INVALID',
      'representatives.1',
    ],
    [
      'three representatives for 6 persons',
      {
        personsCount: 6,
        isDelegation: true,
        visitors: [newVisitor('A Một'), newVisitor('B Hai'), newVisitor('C Ba')],
        representatives: [0, 1, 2],
      },
      'RECEPTION_REPRESENTATIVES_INVALID',
      'representatives',
    ],
    [
      'a future date',
      { receivedAt: '2026-03-11T08:00:00+07:00' },
      'RECEPTION_DATE_IN_FUTURE',
      'receivedAt',
    ],
    [
      'a date in 1900 (before the system start, 1/1/2000)',
      { receivedAt: '1900-01-01T08:00:00+07:00' },
      'RECEPTION_DATE_BEFORE_SYSTEM_START',
      'receivedAt',
    ],
    [
      'the last evening of 1999 in Việt Nam',
      { receivedAt: '1999-12-31T23:59:00+07:00' },
      'RECEPTION_DATE_BEFORE_SYSTEM_START',
      'receivedAt',
    ],
    [
      'online before 1/7/2026',
      { receptionKind: 'online' },
      'RECEPTION_KIND_INVALID',
      'receptionKind',
    ],
    [
      'a refusal without a ground',
      { outcome: 'refused' },
      'RECEPTION_OUTCOME_INVALID',
      'refusalGround',
    ],
    [
      'guided without a destination',
      { outcome: 'guided' },
      'RECEPTION_OUTCOME_INVALID',
      'guidedTo',
    ],
    [
      'guided with a reason but without the competent body',
      { outcome: 'guided', guidanceReason: 'Thuộc thẩm quyền của Chủ tịch UBND phường' },
      'RECEPTION_OUTCOME_INVALID',
      'guidedTo',
    ],
    [
      'a guidance reason on a visit not guided',
      { guidanceReason: 'Thuộc thẩm quyền của Chủ tịch UBND phường' },
      'RECEPTION_OUTCOME_INVALID',
      'guidanceReason',
    ],
    [
      'a handed-over document with 0 pages',
      {
        handedOverDocuments: [
          { title: 'Đơn khiếu nại', pages: 2 },
          { title: 'Sổ đỏ', pages: 0 },
        ],
      },
      'VALIDATION_FAILED',
      'handedOverDocuments.1.pages',
    ],
    [
      'a handed-over document with a fractional page count',
      { handedOverDocuments: [{ title: 'Đơn' }, { title: 'Biên bản', pages: 1.5 }] },
      'VALIDATION_FAILED',
      'handedOverDocuments.1.pages',
    ],
    [
      'a handed-over document without a title',
      { handedOverDocuments: [{ pages: 3 }] },
      'VALIDATION_FAILED',
      'handedOverDocuments.0.title',
    ],
    [
      '101 copies of a handed-over document',
      { handedOverDocuments: [{ title: 'Đơn', copies: 101 }] },
      'VALIDATION_FAILED',
      'handedOverDocuments.0.copies',
    ],
    [
      'more than 100 handed-over documents',
      { handedOverDocuments: Array.from({ length: 101 }, (_, i) => ({ title: `Tài liệu ${i}` })) },
      'VALIDATION_FAILED',
      'handedOverDocuments',
    ],
    [
      'a head visit without a presiding head',
      { receptionKind: 'head_unscheduled' },
      'RECEPTION_KIND_INVALID',
      'presidingHead',
    ],
    ['neither a case nor a new case', { newCase: undefined }, 'RECEPTION_CASE_INVALID', 'caseId'],
    [
      'an unknown case',
      { newCase: undefined, caseId: '00000000-0000-4000-8000-000000000000' },
      'RECEPTION_CASE_INVALID',
      'caseId',
    ],
    [
      'more visitors listed than came',
      { visitors: [newVisitor('X'), newVisitor('Y')] },
      'RECEPTION_VISITORS_INVALID',
      'visitors',
    ],
    [
      'an unknown person id',
      { visitors: [{ personId: '00000000-0000-4000-8000-000000000000' }] },
      'RECEPTION_VISITORS_INVALID',
      'visitors.0.personId',
    ],
    [
      'a visitor named twice over',
      { visitors: [{ idNumber: '001089009999', identity: { fullName: 'Z' } }] },
      'RECEPTION_VISITORS_INVALID',
      'visitors.0',
    ],
    [
      'a bad identity',
      { visitors: [{ identity: { fullName: 'Q', idType: 'cccd', idNumber: '12' } }] },
      'VALIDATION_FAILED',
      'visitors.0.identity.idNumber',
    ],
  ])('%s', async (_title, over, code, field) => {
    const count = () =>
      countRows(
        t,
        `SELECT (SELECT count(*) FROM reception_visit)
              + (SELECT count(*) FROM reception_visit_document) AS n`,
      );
    const before = await count();
    expectError(await postVisit(t, officer, visitBody(over)), 400, code, field);
    expect(await count()).toBe(before);
  });
});
