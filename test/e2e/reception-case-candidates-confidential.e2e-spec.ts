import { Role } from '../../src/auth/role';
import { newVisitor, postVisit, receptionCandidates, visitBody } from '../factories/visit.factory';
import { agencyIdByCode, createOfficer, type TestOfficer } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

// Luật Tố cáo 2018 Điều 8, Điều 9(1)(b), Điều 47–48; DESIGN §7: a desk officer who enters a known
// person and is proposed "an existing case of this person" that is a denunciation learns that
// this person denounced. A same-person proposal on a secret part (a denunciation or mixed case,
// or a confidential record of the person in it) goes only to whom may read that denouncer's
// identity there: a leader, or the desk officer of such a record (as GET /petitions/case-candidates,
// shownPersonMatches in src/petitions/domain/case-match.ts).

interface Candidate {
  id: string;
  code: string;
  contentType: string;
  sharedPersons: number;
  isSameContentType: boolean;
}

describe('case proposals at the reception desk keep the denouncer secret (GET /reception/case-candidates)', () => {
  let t: TestApp;
  let recorder: TestOfficer;
  let colleague: TestOfficer;
  let leader: TestOfficer;
  let investigator: TestOfficer;

  const candidatesFor = (who: TestOfficer, query: Record<string, string>) =>
    receptionCandidates<Candidate>(t, who, query);
  const idsOf = (items: Candidate[]) => items.map((i) => i.id).sort();

  beforeAll(async () => {
    t = await createTestApp();
    const tttp = await agencyIdByCode(t, 'HN-TTTP');
    recorder = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: tttp });
    colleague = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: tttp });
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId: tttp });
    investigator = await createOfficer(t, { roles: [Role.Investigator], agencyId: tttp });
  });
  afterAll(() => t.close());

  it('does not propose to another desk officer the denunciation case of a person they enter (Luật Tố cáo 2018 Điều 9(1)(b), 47)', async () => {
    // Officer A takes down a denunciation; the same citizen later complains at officer B's desk.
    const denounced = await postVisit(
      t,
      recorder,
      visitBody({
        visitors: [newVisitor('Nguyễn Văn Tố')],
        contentType: 'denunciation',
        field: 'corruption',
        summary: 'Tố cáo cán bộ phường nhận tiền khi cấp giấy phép xây dựng',
        respondent: 'Cán bộ địa chính phường',
        outcome: 'guided',
        guidedTo: 'Chủ tịch UBND phường',
      }),
    ).expect(201);
    const personId = denounced.body.visitors[0].id as string;
    const secret = denounced.body.case as { id: string; code: string };
    const complaint = await postVisit(
      t,
      colleague,
      visitBody({ visitors: [{ personId }], summary: 'Khiếu nại quyết định xử phạt hành chính' }),
    ).expect(201);
    const open = complaint.body.case as { id: string; code: string };

    // B (and an investigator, who is not at the desk): the complaint case only, as if the person
    // had never denounced — whichever type is asked first.
    for (const who of [colleague, investigator]) {
      for (const contentType of ['complaint', 'denunciation']) {
        const items = await candidatesFor(who, { personIds: personId, contentType });
        expect(items.map((i) => i.id)).toEqual([open.id]);
        expect(items[0]).toMatchObject({
          code: open.code,
          contentType: 'complaint',
          sharedPersons: 1,
        });
        expect(JSON.stringify(items)).not.toContain(secret.id);
        expect(JSON.stringify(items)).not.toContain(secret.code);
      }
    }
    // The officer who took the denunciation down, and a leader, may read that identity: told.
    for (const who of [recorder, leader]) {
      const items = await candidatesFor(who, { personIds: personId, contentType: 'denunciation' });
      expect(idsOf(items)).toEqual([open.id, secret.id].sort());
      expect(items[0]).toMatchObject({ id: secret.id, sharedPersons: 1, isSameContentType: true });
    }
  });

  it('neither proposes nor counts a person whose part in a case is secret (Luật Tố cáo 2018 Điều 9(1)(b))', async () => {
    // A complaint case of Z, in which X later denounced at A's desk (a confidential record of X
    // in a non-secret case), and a mixed case of X (treated as a denunciation for secrecy).
    const z = await postVisit(
      t,
      recorder,
      visitBody({ visitors: [newVisitor('Phạm Thị Khiếu')], summary: 'Khiếu nại việc cấp sổ đỏ' }),
    ).expect(201);
    const zId = z.body.visitors[0].id as string;
    const shared = z.body.case as { id: string; code: string };
    const x = await postVisit(
      t,
      recorder,
      visitBody({
        visitors: [newVisitor('Đỗ Văn Cáo')],
        contentType: 'mixed',
        field: 'corruption',
        summary: 'Khiếu nại và tố cáo việc thu tiền đền bù',
      }),
    ).expect(201);
    const xId = x.body.visitors[0].id as string;
    const mixed = x.body.case as { id: string; code: string };
    await postVisit(
      t,
      recorder,
      visitBody({
        visitors: [{ personId: xId }],
        contentType: 'denunciation',
        field: 'corruption',
        summary: 'Tố cáo cán bộ nhận tiền khi cấp sổ đỏ',
        caseId: shared.id,
        newCase: undefined,
      }),
    ).expect(201);

    // B: X alone finds nothing; X with Z finds Z's case, counted for Z only.
    expect(await candidatesFor(colleague, { personIds: xId })).toEqual([]);
    const both = await candidatesFor(colleague, { personIds: `${xId},${zId}` });
    expect(both.map((i) => i.id)).toEqual([shared.id]);
    expect(both[0]).toMatchObject({ sharedPersons: 1 });
    expect(JSON.stringify(both)).not.toContain(mixed.code);
    // A leader is told both cases, with X counted in the shared one.
    const forLeader = await candidatesFor(leader, { personIds: `${xId},${zId}` });
    expect(idsOf(forLeader)).toEqual([shared.id, mixed.id].sort());
    expect(forLeader.find((i) => i.id === shared.id)).toMatchObject({ sharedPersons: 2 });
  });
});
