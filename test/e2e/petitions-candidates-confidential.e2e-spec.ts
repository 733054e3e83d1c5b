import { Role } from '../../src/auth/role';
import { runInTransaction } from '../../src/database/transaction';
import { PersonKind } from '../../src/persons/domain/person-enums';
import { PersonsService } from '../../src/persons/persons.service';
import { petitionBody, postPetition, petitionCaseCandidates } from '../factories/petition.factory';
import { bearer, createOfficer, type TestOfficer } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

// "Matching never shows a denouncer's identity to someone who may not read it" (issue 6; Luật Tố
// cáo 2018 Điều 8, Điều 9(1)(b), Điều 47; DESIGN §7). A "same person" proposal tells the officer
// who typed or looked up a person that this person is a party of the proposed case: on a
// denunciation, that they denounced. Only whoever may read that denouncer's identity on that
// record (a leader in scope, the officer of the record) is told.

interface Candidate {
  case: { id: string; code: string };
  reasons: { kind: string; pseudonyms?: string[] }[];
}

describe('case proposals keep the denouncer secret (GET /petitions/case-candidates)', () => {
  let t: TestApp;
  let handler: TestOfficer;
  let leader: TestOfficer;
  let desk: TestOfficer;

  const candidatesFor = (who: TestOfficer, query: Record<string, string>) =>
    petitionCaseCandidates<Candidate>(t, who, query);
  const candidates = (query: Record<string, string>) => candidatesFor(handler, query);

  beforeAll(async () => {
    t = await createTestApp();
    handler = await createOfficer(t, { roles: [Role.PetitionHandler] });
    leader = await createOfficer(t, { roles: [Role.Leader] });
    desk = await createOfficer(t, { roles: [Role.ReceptionOfficer] });
  });
  afterAll(() => t.close());

  it('never tells an officer that a person they know is the denouncer of a case (Luật Tố cáo 2018 Điều 8, 9(1)(b))', async () => {
    // The same citizen registered twice (same ID number): once as the denouncer of a case the
    // desk recorded, once by this handler for a complaint of their own.
    const persons = t.app.get(PersonsService);
    const ctx = { actor: null, requestId: null };
    const identity = {
      kind: PersonKind.Citizen,
      fullName: 'Lê Văn Tố',
      agencyId: handler.agencyId,
      idType: 'cccd' as never,
    };
    const [asDenouncer, asComplainant] = await runInTransaction(t.dataSource, async (m) => [
      await persons.register(m, ctx, { ...identity, idNumber: '001085000777' }),
      await persons.register(m, ctx, { ...identity, idNumber: '0010 8500 0777' }),
    ]);
    const secret = await postPetition(
      t,
      desk,
      petitionBody({
        type: 'denunciation',
        field: 'corruption',
        summary: 'Tố cáo trưởng phòng nhận hối lộ',
        respondent: 'Phòng Quản lý đô thị',
        signatories: [{ personId: asDenouncer.id }],
      }),
    ).expect(201);
    const own = await postPetition(
      t,
      handler,
      petitionBody({ signatories: [{ personId: asComplainant.id }], summary: 'Khiếu nại thuế' }),
    ).expect(201);
    const byPerson = { personIds: asComplainant.id };
    // This handler: only their own complaint case; the denunciation case is not proposed at all.
    const items = await candidates(byPerson);
    expect(items.map((i) => i.case.id)).toEqual([own.body.case.id]);
    expect(JSON.stringify(items)).not.toContain(asDenouncer.pseudonym);
    expect(JSON.stringify(items)).not.toContain(secret.body.case.code);
    // A leader (who may read the denouncer's identity) and the recording officer are told.
    for (const who of [leader, desk]) {
      const found = await candidatesFor(who, byPerson);
      const match = found.find((i) => i.case.id === secret.body.case.id);
      expect(match?.reasons[0]).toMatchObject({
        kind: 'same_person',
        pseudonyms: [asDenouncer.pseudonym],
      });
    }
    // Assigned to this handler, the denunciation is theirs to know: the proposal follows.
    await t.http
      .post(`/api/v1/petitions/${secret.body.id}/assign`)
      .set(bearer(leader.token))
      .send({ officerId: handler.id, version: secret.body.version })
      .expect(201);
    const assigned = await candidates(byPerson);
    expect(assigned.map((i) => i.case.id)).toContain(secret.body.case.id);
  });

  it('answers an officer who may not see a denouncer the same with or without that person (Luật Tố cáo 2018 Điều 9(1)(b))', async () => {
    // A secret case whose summary the text search alone does not find (similarity < 0.3, word
    // similarity < 0.6) but that still looks "similar" (word similarity ≥ 0.3): were it proposed
    // when the person is given, the difference would tell that this person denounced in it.
    const secretSummary =
      'Tố cáo cán bộ địa chính nhận tiền khi đo đạc thửa đất của hộ ông Bình ở thôn Đông';
    const summary = 'Đề nghị đo đạc lại thửa đất giáp ranh';
    const [sim] = await t.dataSource.query<{ similarity: number; wordSimilarity: number }[]>(
      `SELECT similarity(search_text($1), search_text($2)) AS similarity,
              word_similarity(search_text($2), search_text($1)) AS "wordSimilarity"`,
      [secretSummary, summary],
    );
    expect(sim?.similarity).toBeLessThan(0.3);
    expect(sim?.wordSimilarity).toBeGreaterThanOrEqual(0.3);
    expect(sim?.wordSimilarity).toBeLessThan(0.6);
    const persons = t.app.get(PersonsService);
    const denouncer = await runInTransaction(t.dataSource, (m) =>
      persons.register(
        m,
        { actor: null, requestId: null },
        {
          kind: PersonKind.Citizen,
          fullName: 'Trần Thị Đo',
          agencyId: handler.agencyId,
          idType: 'cccd' as never,
          idNumber: '001190000555',
        },
      ),
    );
    const secret = await postPetition(
      t,
      desk,
      petitionBody({
        type: 'denunciation',
        field: 'corruption',
        summary: secretSummary,
        respondent: 'Văn phòng đăng ký đất đai',
        signatories: [{ personId: denouncer.id }],
      }),
    ).expect(201);
    // A case the text search finds on its own, so that the answers compared are not both empty.
    const similar = await postPetition(
      t,
      handler,
      petitionBody({ summary: 'Đề nghị đo đạc lại thửa đất giáp ranh nhà bà Hoa' }),
    ).expect(201);
    const asked = { summary, type: 'complaint' };
    const shown = (items: Candidate[]) => items.map((i) => ({ id: i.case.id, reasons: i.reasons }));
    const without = shown(await candidates(asked));
    const withPerson = shown(await candidates({ ...asked, personIds: denouncer.id }));
    expect(without.map((i) => i.id)).toContain(similar.body.case.id);
    expect(without.map((i) => i.id)).not.toContain(secret.body.case.id);
    expect(withPerson).toEqual(without);
    // A leader, who may read the denouncer's identity, is proposed the case for the person.
    const forLeader = await candidatesFor(leader, { ...asked, personIds: denouncer.id });
    expect(forLeader.find((i) => i.case.id === secret.body.case.id)?.reasons[0]).toMatchObject({
      kind: 'same_person',
      pseudonyms: [denouncer.pseudonym],
    });
  });
});
