import { Role } from '../../src/auth/role';
import { CasesRepository } from '../../src/cases/cases.repository';
import { runInTransaction } from '../../src/database/transaction';
import { PersonKind } from '../../src/persons/domain/person-enums';
import { PersonsService } from '../../src/persons/persons.service';
import { petitionBody, postPetition, petitionCaseCandidates } from '../factories/petition.factory';
import { newCanaries } from '../factories/person.factory';
import { postVisit, visitBody } from '../factories/visit.factory';
import { bearer, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

interface Candidate {
  case: { id: string; code: string };
  score: number;
  reasons: { kind: string; text: string }[];
}

describe('cases of petitions: proposals, timeline and merging (DOMAIN.md §3.4)', () => {
  let t: TestApp;
  let handler: TestOfficer;
  let leader: TestOfficer;
  let desk: TestOfficer;
  let landCase: { id: string; code: string };
  let landPerson: { id: string; pseudonym: string };

  const candidatesFor = (who: TestOfficer, query: Record<string, string>) =>
    petitionCaseCandidates<Candidate>(t, who, query);
  const candidates = (query: Record<string, string>) => candidatesFor(handler, query);

  beforeAll(async () => {
    t = await createTestApp();
    handler = await createOfficer(t, { roles: [Role.PetitionHandler] });
    leader = await createOfficer(t, { roles: [Role.Leader] });
    desk = await createOfficer(t, { roles: [Role.ReceptionOfficer] });
    const land = await postPetition(
      t,
      handler,
      petitionBody({
        summary: 'Khiếu nại quyết định thu hồi đất số 12/QĐ-UBND của UBND phường Hà Đông',
        respondent: 'UBND phường Hà Đông',
      }),
    ).expect(201);
    landCase = land.body.case;
    landPerson = land.body.signatories[0];
    await postPetition(
      t,
      handler,
      petitionBody({
        type: 'feedback',
        field: 'other',
        summary: 'Phản ánh tiếng ồn từ quán karaoke kéo dài đến nửa đêm',
        respondent: 'Quán karaoke Hoa Mai',
      }),
    ).expect(201);
  });
  afterAll(() => t.close());

  it('proposes the case of the same person, with the pseudonym as the reason', async () => {
    const items = await candidates({ personIds: landPerson.id, type: 'complaint' });
    expect(items.map((i) => i.case.id)).toEqual([landCase.id]);
    expect(items[0]!.reasons[0]).toEqual({
      kind: 'same_person',
      text: `Cùng người đứng đơn (mã ${landPerson.pseudonym})`,
      weight: 1,
      pseudonyms: [landPerson.pseudonym],
    });
  });

  it.each([
    'Khiếu nại quyết định thu hồi đất',
    'khieu nai quyet dinh thu hoi dat',
    'KHIEU NAI QUYET DINH THU HOI DAT SO 12',
  ])('proposes the case of a similar summary, with or without diacritics: %s', async (summary) => {
    const items = await candidates({ summary });
    expect(items.map((i) => i.case.id)).toEqual([landCase.id]);
    expect(items[0]!.reasons.map((r) => r.kind)).toEqual(['similar_content']);
    expect(items[0]!.reasons[0]!.text).toMatch(/^Nội dung tương tự \(độ tương đồng \d+%\)$/);
  });

  it('proposes the case of the same respondent written without diacritics', async () => {
    const items = await candidates({ respondent: 'ubnd phuong ha dong' });
    expect(items.map((i) => i.case.id)).toEqual([landCase.id]);
    expect(items[0]!.reasons.map((r) => r.kind)).toEqual(['same_respondent']);
  });

  it('proposes nothing for an unrelated summary', async () => {
    expect(await candidates({ summary: 'Đề nghị cấp giấy chứng nhận hộ nghèo năm 2026' })).toEqual(
      [],
    );
  });

  it('finds the same person registered twice by the ID-number blind index', async () => {
    const persons = t.app.get(PersonsService);
    const ctx = { actor: null, requestId: null };
    const identity = {
      kind: PersonKind.Citizen,
      fullName: 'Đỗ Thị Trùng',
      agencyId: handler.agencyId,
    };
    const [first, second] = await runInTransaction(t.dataSource, async (m) => [
      await persons.register(m, ctx, {
        ...identity,
        idType: 'cccd' as never,
        idNumber: '001190123456',
      }),
      await persons.register(m, ctx, {
        ...identity,
        idType: 'cccd' as never,
        idNumber: '0011 9012 3456',
      }),
    ]);
    const filed = await postPetition(
      t,
      handler,
      petitionBody({
        signatories: [{ personId: first.id }],
        summary: 'Đề nghị xem xét lại chế độ',
      }),
    ).expect(201);
    const items = await candidates({ personIds: second.id });
    expect(items.map((i) => i.case.id)).toEqual([filed.body.case.id]);
    expect(items[0]!.reasons[0]!.text).toContain(first.pseudonym);
  });

  it('never shows a denouncer’s identity in a proposal (canary)', async () => {
    const c = newCanaries();
    const denunciation = await postPetition(
      t,
      desk,
      petitionBody({
        type: 'denunciation',
        field: 'corruption',
        summary: 'Tố cáo cán bộ địa chính nhận tiền khi cấp sổ đỏ',
        signatories: [{ identity: { fullName: c.name, address: c.address } }],
      }),
    ).expect(201);
    const person = denunciation.body.signatories[0];
    const query = { personIds: person.id, summary: 'to cao can bo dia chinh' };
    // The officer who recorded the denunciation knows its denouncer: the reason names them.
    const own = await candidatesFor(desk, query);
    expect(own[0]!.case.id).toBe(denunciation.body.case.id);
    expect(own[0]!.reasons.map((r) => r.text)).toContain(
      `Cùng người đứng đơn (mã ${person.pseudonym})`,
    );
    // Another handler gets the case for its content only: nothing ties the person to it.
    const items = await candidates(query);
    expect(items[0]!.case.id).toBe(denunciation.body.case.id);
    expect(items[0]!.reasons.map((r) => r.kind)).toEqual(['similar_content']);
    for (const shown of [own, items]) {
      expect(JSON.stringify(shown)).not.toContain(c.name);
      expect(JSON.stringify(shown)).not.toContain(c.address);
    }
  });

  it('registers a petition to a case while a visit holds that case (no wait, so no deadlock)', async () => {
    const runner = t.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      const held = await t.app.get(CasesRepository).lockById(runner.manager, landCase.id);
      expect(held?.id).toBe(landCase.id);
      const res = await postPetition(
        t,
        handler,
        petitionBody({
          signatories: [{ personId: landPerson.id }],
          summary: 'Khiếu nại tiếp về quyết định thu hồi đất số 12/QĐ-UBND',
          newCase: undefined,
          caseId: landCase.id,
        }),
      ).timeout(5_000);
      expect(res.status).toBe(201);
      expect(res.body.case.id).toBe(landCase.id);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('keeps duplicates in the case timeline and merges two cases keeping every petition, visit and event', async () => {
    const duplicate = await postPetition(
      t,
      handler,
      petitionBody({ signatories: [{ personId: landPerson.id }], summary: 'Khiếu nại lần nữa' }),
    ).expect(201);
    const again = await postPetition(
      t,
      handler,
      petitionBody({
        signatories: [{ personId: landPerson.id }],
        caseId: landCase.id,
        newCase: undefined,
      }),
    ).expect(201);
    expect(again.body.case.id).toBe(landCase.id);
    const visit = await postVisit(
      t,
      desk,
      visitBody({ caseId: duplicate.body.case.id, newCase: undefined }),
    ).expect(201);
    const before = await t.http
      .get(`/api/v1/cases/${duplicate.body.case.id}/timeline`)
      .set(bearer(leader.token))
      .expect(200);
    const version = before.body.case.version as number;
    expectError(
      await t.http
        .post(`/api/v1/cases/${duplicate.body.case.id}/merge`)
        .set(bearer(leader.token))
        .send({ intoCaseId: landCase.id, version: version + 1 }),
      409,
      'STALE_VERSION',
      'version',
    );
    const merged = await t.http
      .post(`/api/v1/cases/${duplicate.body.case.id}/merge`)
      .set(bearer(leader.token))
      .send({ intoCaseId: landCase.id, version })
      .expect(201);
    const ids = (merged.body.items as { id: string; kind: string }[]).map((i) => i.id);
    expect(merged.body.case.id).toBe(landCase.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        duplicate.body.id,
        again.body.id,
        visit.body.id,
        duplicate.body.case.id,
      ]),
    );
    const audit = await t.dataSource.query(
      `SELECT data->>'intoCaseId' AS into FROM audit_event WHERE action = 'case.merge' AND entity_id = $1`,
      [duplicate.body.case.id],
    );
    expect(audit).toEqual([{ into: landCase.id }]);
    const rows = await t.dataSource.query(
      `SELECT (SELECT case_id FROM petition WHERE id = $1) AS petition_case,
              (SELECT case_id FROM reception_visit WHERE id = $2) AS visit_case`,
      [duplicate.body.id, visit.body.id],
    );
    expect(rows).toEqual([
      { petition_case: duplicate.body.case.id, visit_case: duplicate.body.case.id },
    ]);
    expectError(
      await t.http
        .post(`/api/v1/cases/${duplicate.body.case.id}/merge`)
        .set(bearer(leader.token))
        .send({ intoCaseId: landCase.id, version: version + 1 }),
      409,
      'CASE_MERGE_INVALID',
      'id',
    );
    const attach = petitionBody({ caseId: duplicate.body.case.id, newCase: undefined });
    expectError(await postPetition(t, handler, attach), 400, 'PETITION_INVALID', 'caseId');
  });

  it('lets only leaders merge (403 for a handler) and hides cases outside scope (404)', async () => {
    expectError(
      await t.http
        .post(`/api/v1/cases/${landCase.id}/merge`)
        .set(bearer(handler.token))
        .send({ intoCaseId: landCase.id, version: 1 }),
      403,
      'FORBIDDEN',
    );
    expectError(
      await t.http
        .get('/api/v1/cases/00000000-0000-4000-8000-000000000000/timeline')
        .set(bearer(handler.token)),
      404,
      'NOT_FOUND',
    );
  });
});
