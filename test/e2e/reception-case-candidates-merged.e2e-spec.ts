import { Role } from '../../src/auth/role';
import { newVisitor, postVisit, receptionCandidates, visitBody } from '../factories/visit.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

// docs/petitions.md "Merge": a merged case (merged_into_id set) takes nothing new; its matter is
// the surviving case's. The desk is proposed the surviving case only — once, its persons counted
// once — and a person linked only to the merged case leads to the survivor. The secrecy of a
// denouncer's part (Luật Tố cáo 2018 Điều 9(1)(b), 47) holds wherever in the merge the link is.

interface Candidate {
  id: string;
  code: string;
  sharedPersons: number;
}

describe('case proposals at the reception desk after a merge (GET /reception/case-candidates)', () => {
  let t: TestApp;
  let recorder: TestOfficer;
  let colleague: TestOfficer;
  let leader: TestOfficer;

  const candidatesFor = (who: TestOfficer, personIds: string[]) =>
    receptionCandidates<Candidate>(t, who, {
      personIds: personIds.join(','),
      contentType: 'complaint',
    });
  const merge = async (sourceId: string, intoCaseId: string) => {
    const read = await t.http
      .get(`/api/v1/cases/${sourceId}/timeline`)
      .set(bearer(leader.token))
      .expect(200);
    await t.http
      .post(`/api/v1/cases/${sourceId}/merge`)
      .set(bearer(leader.token))
      .send({ intoCaseId, version: read.body.case.version as number })
      .expect(201);
  };

  beforeAll(async () => {
    t = await createTestApp();
    const tttp = await agencyIdByCode(t, 'HN-TTTP');
    recorder = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: tttp });
    colleague = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: tttp });
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId: tttp });
  });
  afterAll(() => t.close());

  it('proposes the surviving case once, never the merged one, and leads a person of the merged case to it', async () => {
    const first = await postVisit(
      t,
      recorder,
      visitBody({ visitors: [newVisitor('Trần Văn Hợp')], summary: 'Khiếu nại thu hồi đất' }),
    ).expect(201);
    const personId = first.body.visitors[0].id as string;
    const survivor = first.body.case as { id: string; code: string };
    const again = await postVisit(
      t,
      recorder,
      visitBody({ visitors: [{ personId }], summary: 'Khiếu nại thu hồi đất (lần hai)' }),
    ).expect(201);
    const merged = again.body.case as { id: string; code: string };
    expect(merged.id).not.toBe(survivor.id);
    // A person linked (case_person) to the case that is then merged, and to it only.
    const late = await postVisit(
      t,
      colleague,
      visitBody({ visitors: [newVisitor('Lý Thị Nhập')], caseId: merged.id, newCase: undefined }),
    ).expect(201);
    const lateId = late.body.visitors[0].id as string;
    await merge(merged.id, survivor.id);

    // The merged case takes no new visit: it goes to the surviving case (as petitions do).
    const refused = await postVisit(
      t,
      colleague,
      visitBody({ visitors: [{ personId: lateId }], caseId: merged.id, newCase: undefined }),
    );
    expectError(refused, 400, 'RECEPTION_CASE_INVALID', 'caseId');
    expect(JSON.stringify(refused.body)).toContain('hợp nhất');

    for (const who of [colleague, leader]) {
      for (const persons of [[personId], [lateId]]) {
        const items = await candidatesFor(who, persons);
        expect(items).toEqual([
          expect.objectContaining({ id: survivor.id, code: survivor.code, sharedPersons: 1 }),
        ]);
        expect(JSON.stringify(items)).not.toContain(merged.code);
      }
      const both = await candidatesFor(who, [personId, lateId]);
      expect(both).toEqual([expect.objectContaining({ id: survivor.id, sharedPersons: 2 })]);
    }
  });

  it('keeps a denouncer of a merged case secret in the surviving case (Luật Tố cáo 2018 Điều 9(1)(b), 47)', async () => {
    const complaint = await postVisit(
      t,
      recorder,
      visitBody({ visitors: [newVisitor('Vũ Thị Khiếu')], summary: 'Khiếu nại việc cấp sổ đỏ' }),
    ).expect(201);
    const survivor = complaint.body.case as { id: string };
    const denounced = await postVisit(
      t,
      recorder,
      visitBody({
        visitors: [newVisitor('Hoàng Văn Tố')],
        contentType: 'denunciation',
        field: 'corruption',
        summary: 'Tố cáo cán bộ nhận tiền khi cấp sổ đỏ',
      }),
    ).expect(201);
    const denouncerId = denounced.body.visitors[0].id as string;
    const secret = denounced.body.case as { id: string; code: string };
    await merge(secret.id, survivor.id);

    // Another desk officer learns nothing; the officer who took it down and a leader are told
    // the surviving case (never the merged one).
    expect(await candidatesFor(colleague, [denouncerId])).toEqual([]);
    for (const who of [recorder, leader]) {
      const items = await candidatesFor(who, [denouncerId]);
      expect(items).toEqual([expect.objectContaining({ id: survivor.id, sharedPersons: 1 })]);
      expect(JSON.stringify(items)).not.toContain(secret.code);
    }
  });
});
