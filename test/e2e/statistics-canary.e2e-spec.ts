import { Role } from '../../src/auth/role';
import { FORM_CODES } from '../../src/statistics/domain/form-definition';
import { FIGURE_KEYS } from '../../src/statistics/domain/summary-shape';
import { newSignatory, petitionBody, postPetition } from '../factories/petition.factory';
import {
  acceptedComplaint,
  act,
  allConditions,
  openedDenunciation,
  type ResolutionTeam,
  resolutionTeam,
  signer,
} from '../factories/resolution.factory';
import { getFile, newVisitor, postVisit, visitBody } from '../factories/visit.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { pdfText } from '../support/pdf-text';
import { createTestApp, type TestApp } from '../support/test-app';
import { xlsxText } from '../support/xlsx-text';

// DESIGN §5–§6, STYLE §2.7 "no identity data in statistics": canary citizens — two denouncers (one
// whose denunciation was accepted and then withdrawn, one still being resolved), a complainant, a
// visitor at the desk and the signatory of a written denunciation — are counted in the figures,
// and their names, id numbers and addresses appear in no statistics output: summary, comparison,
// trend, figures, the records of every figure, every form as JSON, XLSX and PDF, and the oversight
// report PDF. Read by a leader, who holds the identity permissions elsewhere.

const MARK = 'Canary';
const NAMES = [
  'Nguyễn Thị Canary Tốcáo',
  'Trần Văn Canary Tốcáo Hai',
  'Lê Thị Canary Khiếunại',
  'Phạm Văn Canary Tiếpdân',
  'Đỗ Thị Canary Đơnthư',
] as const;
const RANGE = { from: '2026-03-01', to: '2026-03-31' };

jest.setTimeout(60_000);

describe('canary citizens never appear in any statistics output', () => {
  let t: TestApp;
  let city: string;
  let team: ResolutionTeam;
  let leader: TestOfficer;
  const secrets: string[] = [];

  const expectClean = (where: string, text: string) => {
    const leaks = [MARK, ...NAMES, ...secrets].filter((s) => text.includes(s));
    expect({ where, leaks }).toEqual({ where, leaks: [] });
  };
  const json = async (path: string, query: Record<string, string> = {}) => {
    const res = await t.http
      .get(`/api/v1${path}`)
      .query({ agencyId: city, ...query })
      .set(bearer(leader.token));
    expect({ path, status: res.status }).toEqual({ path, status: 200 });
    return res.body as Record<string, unknown>;
  };

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-12T02:00:00Z') });
    city = await agencyIdByCode(t, 'HN');
    const tttp = await agencyIdByCode(t, 'HN-TTTP');
    team = await resolutionTeam(t, tttp);
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId: city });
    const withdrawn = await openedDenunciation(t, team, { name: NAMES[0] });
    const pending = await openedDenunciation(t, team, { name: NAMES[1] });
    for (const { opened } of [withdrawn, pending]) {
      const accepted = await act(t, team.leader, `/denunciations/${opened.body.id}/accept`, {
        version: opened.body.version,
        conditions: allConditions,
        signer,
      });
      expect(accepted.status).toBe(200);
      opened.body.version = accepted.body.version;
    }
    const stopped = await act(
      t,
      team.leader,
      `/denunciations/${withdrawn.opened.body.id}/withdraw`,
      {
        version: withdrawn.opened.body.version,
        withdrawal: {
          on: '2026-03-12',
          inWriting: true,
          entire: true,
          signsOfViolation: false,
          coerced: false,
        },
        signer,
      },
    );
    expect(stopped.body).toMatchObject({ status: 'terminated', terminationCause: 'withdrawn' });
    await acceptedComplaint(t, team, {}, { name: NAMES[2] });
    const visitor = newVisitor(NAMES[3]);
    secrets.push(visitor.identity.idNumber, visitor.identity.address);
    expect((await postVisit(t, team.desk, visitBody({ visitors: [visitor] }))).status).toBe(201);
    const handler = await createOfficer(t, {
      roles: [Role.ReceptionOfficer, Role.PetitionHandler],
      agencyId: tttp,
    });
    const signatory = newSignatory(NAMES[4], { address: 'Số 77 ngõ Canary, Hà Nội' });
    secrets.push(signatory.identity.idNumber);
    const written = await postPetition(
      t,
      handler,
      petitionBody({ type: 'denunciation', field: 'corruption', signatories: [signatory] }),
    );
    expect(written.status).toBe(201);
  }, 120_000);
  afterAll(() => t.close());

  it('counts them: the figures are not empty', async () => {
    const summary = (await json('/statistics/summary', RANGE)) as {
      reception: { visits: number };
      denunciations: { inCompetence: number; resolvedByWithdrawal: number };
      complaints: { inCompetence: number };
    };
    expect(summary.reception.visits).toBeGreaterThanOrEqual(4);
    expect(summary.denunciations).toMatchObject({ inCompetence: 2, resolvedByWithdrawal: 1 });
    expect(summary.complaints.inCompetence).toBe(1);
  });

  it('summary, comparison, trend and figures', async () => {
    for (const [path, query] of [
      ['/statistics/summary', RANGE],
      ['/statistics/comparison', RANGE],
      ['/statistics/trend', { period: '2026-M03', convention: 'calendar', periods: '3' }],
      ['/statistics/figures', RANGE],
    ] as const) {
      expectClean(path, JSON.stringify(await json(path, query)));
    }
  });

  it('the records of every figure, every page', async () => {
    let listed = 0;
    for (const key of FIGURE_KEYS) {
      let cursor: string | null = null;
      do {
        const query: Record<string, string> = { ...RANGE, limit: '100' };
        if (cursor !== null) query.cursor = cursor;
        const page = (await json(`/statistics/figures/${key}/records`, query)) as {
          items: unknown[];
          nextCursor: string | null;
        };
        listed += page.items.length;
        expectClean(key, JSON.stringify(page));
        cursor = page.nextCursor;
      } while (cursor !== null);
    }
    expect(listed).toBeGreaterThan(20);
  }, 120_000);

  it.each(FORM_CODES)('form %s as JSON, XLSX and PDF', async (code) => {
    const path = `/api/v1/statistics/forms/${code.replace('/', '-').toLowerCase()}`;
    expectClean(`${code} json`, JSON.stringify(await json(path.replace('/api/v1', ''), RANGE)));
    for (const format of ['xlsx', 'pdf'] as const) {
      const file = await getFile(t, leader, path, { agencyId: city, ...RANGE, format });
      expect({ code, format, status: file.status }).toEqual({ code, format, status: 200 });
      const text = format === 'xlsx' ? await xlsxText(file.body) : await pdfText(file.body);
      expect(text).toContain('Thanh tra thành phố Hà Nội'); // the text was read: a unit's row
      expectClean(`${code} ${format}`, text);
    }
  });

  it('the oversight report PDF', async () => {
    const file = await getFile(t, leader, '/api/v1/reports/oversight.pdf', {
      agencyId: city,
      period: '2026-M03',
      convention: 'calendar',
    });
    expect(file.status).toBe(200);
    const text = await pdfText(file.body);
    expect(text).toContain('Thanh tra thành phố Hà Nội');
    expectClean('oversight.pdf', text);
  });
});
