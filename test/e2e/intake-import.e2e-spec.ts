import type { AuthenticatedOfficer } from '../../src/auth/authenticated-officer';
import { Role } from '../../src/auth/role';
import { AppError } from '../../src/common/errors/app-error';
import { IntakeImportService } from '../../src/reception/intake-import.service';
import { newSignatory, petitionBody, postPetition } from '../factories/petition.factory';
import { countRows, newVisitor, postVisit, visitBody } from '../factories/visit.factory';
import { agencyIdByCode, createOfficer, type TestOfficer } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';
import { writtenBy } from '../support/written-rows';

const actorOf = (o: TestOfficer): AuthenticatedOfficer => ({
  id: o.id,
  username: o.username,
  agencyId: o.agencyId,
  roles: o.roles,
  sessionId: 'import',
  assurance: 'full',
});

/** The visits and petitions of one desk's day: the shapes the import writes itself. */
function dayOfRecords() {
  const visits = [
    visitBody({ receivedAt: '2026-03-09T08:00:00+07:00' }),
    visitBody({
      receivedAt: '2026-03-09T08:20:00+07:00',
      outcome: 'guided',
      guidedTo: 'Tòa án nhân dân quận Ba Đình',
      contentType: 'petition',
      field: 'admin_land_housing',
      respondent: 'UBND phường Điện Biên',
    }),
    visitBody({ receivedAt: '2026-03-09T09:00:00+07:00', outcome: 'received_for_handling' }),
    visitBody({
      receivedAt: '2026-03-09T09:30:00+07:00',
      outcome: 'received_for_handling',
      contentType: 'denunciation',
      field: 'corruption',
      summary: 'Tố cáo cán bộ địa chính nhận tiền',
    }),
    visitBody({
      receivedAt: '2026-03-09T10:00:00+07:00',
      personsCount: 12,
      isDelegation: true,
      visitors: [newVisitor('Đoàn Văn Một'), newVisitor('Đoàn Thị Hai')],
      representatives: [1],
      receptionKind: 'head_unscheduled',
      presidingHead: { name: 'Trần Văn Bình', title: 'Chánh Thanh tra thành phố' },
    }),
  ];
  const petitions = [
    petitionBody({ receivedOn: '2026-03-09' }),
    petitionBody({
      receivedOn: '2026-03-09',
      source: 'online',
      type: 'denunciation',
      field: 'corruption',
      signatoryKind: 'other',
      isAnonymous: true,
      signatories: undefined,
      summary: 'Tố cáo nặc danh về việc thu tiền trái phép',
    }),
    petitionBody({
      receivedOn: '2026-03-06',
      source: 'post',
      signatories: [newSignatory('Phạm Thị Kiến')],
      type: 'petition',
      field: 'admin_land_housing',
    }),
  ];
  return { visits, petitions };
}

const strip = (body: Record<string, unknown>) =>
  JSON.parse(JSON.stringify(body)) as Record<string, unknown>;

describe('recording a desk’s visits and petitions at once (IntakeImportService, DESIGN §10 P8)', () => {
  let t: TestApp;
  let imports: IntakeImportService;
  let tttp: string;

  beforeAll(async () => {
    t = await createTestApp();
    imports = t.app.get(IntakeImportService);
    tttp = await agencyIdByCode(t, 'HN-TTTP');
  });
  afterAll(() => t.close());

  const desk = () =>
    createOfficer(t, { roles: [Role.ReceptionOfficer, Role.PetitionHandler], agencyId: tttp });
  const run = (
    o: TestOfficer,
    visits: Record<string, unknown>[],
    petitions: Record<string, unknown>[],
  ) =>
    imports.importBatch({ actor: actorOf(o), requestId: null }, {
      visits: visits.map(strip),
      petitions: petitions.map(strip),
    } as never);

  it('writes every row the services write for the same records, and nothing else', async () => {
    const [one, other] = [await desk(), await desk()];
    const a = dayOfRecords();
    for (const v of a.visits) await postVisit(t, one, v).expect(201);
    for (const p of a.petitions) await postPetition(t, one, p).expect(201);
    const b = dayOfRecords();
    const r = await run(other, b.visits, b.petitions);
    expect(r.visits).toHaveLength(5);
    expect(r.petitions).toHaveLength(3);
    expect(r.visits.filter((v) => v.petitionId !== null)).toHaveLength(2);
    const [viaServices, imported] = [await writtenBy(t, one.id), await writtenBy(t, other.id)];
    expect(imported.audit!.length).toBeGreaterThan(0);
    expect(imported).toEqual(viaServices);
  });

  it('numbers the books without gaps, the visits in the order received, after the desk’s earlier records', async () => {
    const o = await desk();
    const agencyYear = [o.agencyId, 2026];
    const before = await countRows(
      t,
      'SELECT count(*) AS n FROM reception_visit WHERE agency_id = $1 AND book_year = $2',
      agencyYear,
    );
    await postVisit(t, o, visitBody()).expect(201);
    const late = visitBody({ receivedAt: '2026-03-09T16:00:00+07:00' });
    const early = visitBody({ receivedAt: '2026-03-09T07:45:00+07:00' });
    const r = await run(o, [late, early], [petitionBody({ receivedOn: '2026-03-09' })]);
    const rows = await t.dataSource.query<{ id: string; n: number }[]>(
      'SELECT id, visit_no AS n FROM reception_visit WHERE agency_id = $1 AND book_year = $2 ORDER BY visit_no',
      agencyYear,
    );
    expect(rows.map((x) => x.n)).toEqual(rows.map((_, i) => i + 1));
    expect(rows).toHaveLength(before + 3);
    const noOf = (id: string) => rows.find((x) => x.id === id)!.n;
    expect(noOf(r.visits[1]!.id)).toBe(before + 2);
    expect(noOf(r.visits[0]!.id)).toBe(before + 3);
    for (const [table, column] of [
      ['petition', 'book_no'],
      ['"case"', "split_part(code, '-', 3)::int"],
    ]) {
      const numbers = await t.dataSource.query<{ n: number }[]>(
        `SELECT ${column} AS n FROM ${table} WHERE agency_id = $1 ORDER BY 1`,
        [o.agencyId],
      );
      expect(numbers.map((x) => x.n)).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  it('counts a repeat visit as a first time only at the first visit of its case at the agency', async () => {
    const o = await desk();
    const first = (await postVisit(t, o, visitBody()).expect(201)).body as {
      case: { id: string };
      visitors: { id: string }[];
    };
    const again = visitBody({
      newCase: undefined,
      caseId: first.case.id,
      visitors: [{ personId: first.visitors[0]!.id }],
    });
    const fresh = visitBody();
    const r = await run(o, [again, fresh], []);
    const firstTime = await t.dataSource.query<{ id: string; f: boolean }[]>(
      'SELECT id, is_first_time AS f FROM reception_visit WHERE id = ANY($1)',
      [r.visits.map((v) => v.id)],
    );
    expect(Object.fromEntries(firstTime.map((x) => [x.id, x.f]))).toEqual({
      [r.visits[0]!.id]: false,
      [r.visits[1]!.id]: true,
    });
    expect(r.visits[0]!.caseId).toBe(first.case.id);
    expect(r.visits[0]!.personIds).toEqual([first.visitors[0]!.id]);
  });

  it('reuses a person registered in scope under the same name, as the visit service does', async () => {
    const o = await desk();
    const visitor = newVisitor('Ngô Văn Quen');
    const known = (await postVisit(t, o, visitBody({ visitors: [visitor] })).expect(201)).body as {
      visitors: { id: string }[];
    };
    const persons = await countRows(t, 'SELECT count(*) AS n FROM person');
    const twice = newVisitor('Hồ Thị Hai Lần');
    const r = await run(
      o,
      [
        visitBody({ visitors: [visitor] }),
        visitBody({ visitors: [twice] }),
        visitBody({ visitors: [twice] }),
      ],
      [],
    );
    expect(r.visits[0]!.personIds).toEqual([known.visitors[0]!.id]);
    expect(r.visits[2]!.personIds).toEqual(r.visits[1]!.personIds);
    expect(await countRows(t, 'SELECT count(*) AS n FROM person')).toBe(persons + 1);
  });

  describe('a refused record: nothing is written, the error names it', () => {
    const counts = () =>
      Promise.all(
        ['person', 'reception_visit', 'petition', '"case"', 'audit_event'].map((table) =>
          countRows(t, `SELECT count(*) AS n FROM ${table}`),
        ),
      );
    const refusal = async (work: Promise<unknown>) => {
      const error = await work.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      return error as AppError;
    };

    it.each([
      [
        'a visit dated in the future',
        { receivedAt: '2026-03-12T08:00:00+07:00' },
        'visits.1.receivedAt',
      ],
      [
        'a delegation with too few persons',
        { isDelegation: true, personsCount: 2 },
        'visits.1.isDelegation',
      ],
      [
        'a visitor without a name',
        { visitors: [{ identity: { fullName: ' ', idType: 'cccd', idNumber: '001099123456' } }] },
        'visits.1.visitors.0.identity.fullName',
      ],
    ])('%s', async (_name, over, field) => {
      const o = await desk();
      const before = await counts();
      const error = await refusal(
        run(o, [visitBody(), visitBody(over)], [petitionBody({ receivedOn: '2026-03-09' })]),
      );
      expect(error.httpStatus).toBe(400);
      expect(error.errors.map((e) => e.field)).toContain(field);
      expect(await counts()).toEqual(before);
    });

    it('a petition received after today, and a person cited from outside the desk’s scope', async () => {
      const o = await desk();
      const before = await counts();
      const late = await refusal(
        run(o, [], [petitionBody(), petitionBody({ receivedOn: '2026-03-11' })]),
      );
      expect(late.errors.map((e) => e.field)).toContain('petitions.1.receivedOn');
      const badinh = await agencyIdByCode(t, 'HN-P-BADINH');
      const stranger = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: badinh });
      const theirs = (await postVisit(t, stranger, visitBody()).expect(201)).body as {
        case: { id: string };
        visitors: { id: string }[];
      };
      const cited = await refusal(
        run(o, [visitBody({ visitors: [{ personId: theirs.visitors[0]!.id }] })], []),
      );
      expect(cited.errors.map((e) => e.field)).toEqual(['visits.0.visitors.0.personId']);
      const citedCase = await refusal(
        run(o, [visitBody({ newCase: undefined, caseId: theirs.case.id })], []),
      );
      expect(citedCase.errors.map((e) => e.field)).toEqual(['visits.0.caseId']);
      const after = await counts();
      // the stranger's own visit wrote its person, visit, case and audit rows; the batches nothing
      expect(after).toEqual([before[0]! + 1, before[1]! + 1, before[2]!, before[3]! + 1, after[4]]);
      expect(after[4]!).toBe(before[4]! + 4);
    });
  });
});
