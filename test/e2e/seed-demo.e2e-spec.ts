import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { HANOI_CITY_CODE } from '../../src/agencies/seed/hanoi-agencies';
import { seedAgencyId } from '../../src/agencies/seed/seed-id';
import { DEMO_FIGURES_SQL, type DemoFigures } from '../../src/demo/demo-figures.sql';
import type { FigureMismatch } from '../../src/demo/published-check';
import { buildScenario } from '../../src/demo/scenario';
import { seedDemo } from '../../src/demo/seed-demo';
import {
  formatArea,
  formatInteger,
  formatMillionVnd,
  formatPercent,
} from '../../src/reports/format/vi-number';
import { pdfText } from '../support/pdf-text';
import { createTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(240_000); // a reduced year of records through the services (~400 service calls)

const SCALE = 0.002;
const CITY = seedAgencyId(HANOI_CITY_CODE);

// `seed:demo --scenario hanoi-2017` at a reduced scale: the figures of DESIGN §5 over the city's
// subtree are those of the plan, for the statutory year of TT 03/2013 and for the calendar year.
describe('seed:demo hanoi-2017 at scale 0.002', () => {
  let t: TestApp;
  let password: string;
  let mismatches: FigureMismatch[];
  let reportPath: string;
  let unsealedAfterSeed: number;
  const printed: string[] = [];
  const reportDir = mkdtempSync(join(tmpdir(), 'kntc-demo-'));

  beforeAll(async () => {
    t = await createTestApp({ now: new Date() });
    ({ password, mismatches, reportPath } = await seedDemo(t.app, t.clock, {
      scale: SCALE,
      workers: 4,
      cityId: CITY,
      dataSource: t.dataSource,
      reportDir,
      print: (line) => printed.push(line),
    }));
    const [row] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event e
        WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.seq = e.seq)`,
    );
    unsealedAfterSeed = row!.n;
  });
  afterAll(async () => {
    await t.close();
    rmSync(reportDir, { recursive: true, force: true });
  });

  const figures = async (from: string, to: string): Promise<DemoFigures> => {
    const ids = await t.dataSource.query<{ id: string }[]>(
      `WITH RECURSIVE sub AS (SELECT id FROM agency WHERE id = $1
         UNION ALL SELECT a.id FROM agency a JOIN sub ON a.parent_id = sub.id) SELECT id FROM sub`,
      [CITY],
    );
    const rows = await t.dataSource.query<DemoFigures[]>(DEMO_FIGURES_SQL, [
      from,
      to,
      ids.map((r) => r.id),
    ]);
    return rows[0]!;
  };

  it('reproduces the plan’s figures identically for 16/12/2016–15/12/2017 and for 2017', async () => {
    const s = buildScenario(SCALE);
    const p = s.plan;
    const expected = {
      visits: p.visits.total,
      delegations: p.visits.delegations,
      petitions: p.petitions.received,
      complaints_in_competence: p.complaints.inCompetence,
      complaints_resolved: p.complaints.resolved,
      denunciations_in_competence: p.denunciations.inCompetence,
      denunciations_resolved: p.denunciations.resolved,
      decisions_to_implement: p.enforcement.toImplement,
      decisions_completed: p.enforcement.completed,
      money_to_state: String(p.measures.recoverMoney.total),
      land_to_state: `${p.measures.recoverLand.total}.00`,
      money_returned: String(p.measures.returnMoney.total),
      land_returned: `${p.measures.returnLand.total}.00`,
      collectives_disciplined: Number(p.measures.disciplineOrg.total),
      individuals_disciplined: Number(p.measures.disciplinePerson.total),
      referred_cases: Number(p.measures.referral.total),
    };
    const statutory = await figures('2016-12-16', '2017-12-15');
    const calendar = await figures('2017-01-01', '2017-12-31');
    expect(statutory).toMatchObject(expected);
    expect(calendar).toEqual(statutory);
  });

  it('checks its own summary against the scaled published figures and prints that they match', () => {
    expect(mismatches).toEqual([]);
    expect(printed).toContain(
      'Khớp số liệu công bố (tỷ lệ 0,002): 20 chỉ tiêu, kỳ TT 03/2013 và năm dương lịch.',
    );
    expect(printed.join('\n')).not.toContain('Lệch số liệu công bố');
  });

  it('GET /statistics/summary?period=2017 shows the same figures to the oversight account, both conventions', async () => {
    const login = await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'demo.oversight', password });
    expect(login.status).toBe(200);
    const token = (login.body as { accessToken: string }).accessToken;
    const ours = await figures('2016-12-16', '2017-12-15');
    for (const convention of ['statutory', 'calendar']) {
      const res = await t.http
        .get('/api/v1/statistics/summary')
        .query({ period: '2017', convention, agencyId: CITY })
        .set('Authorization', `Bearer ${token}`);
      expect(res.status).toBe(200);
      const body = res.body as Record<string, Record<string, unknown>>;
      expect(body.reception).toMatchObject({ visits: ours.visits, delegations: ours.delegations });
      expect(body.petitions).toMatchObject({ received: ours.petitions });
      expect(body.complaints).toMatchObject({
        inCompetence: ours.complaints_in_competence,
        resolved: ours.complaints_resolved,
      });
      expect(body.denunciations).toMatchObject({
        inCompetence: ours.denunciations_in_competence,
        resolved: ours.denunciations_resolved,
      });
      expect(body.enforcement).toMatchObject({
        complaintDecisions: {
          toImplement: ours.decisions_to_implement,
          completed: ours.decisions_completed,
        },
        moneyToStateRecommended: ours.money_to_state,
        moneyToStateCollected: ours.money_to_state,
        landToStateCollected: ours.land_to_state.replace(/\.00$/, ''),
        moneyReturnRecommended: ours.money_returned,
        moneyReturned: ours.money_returned,
        landReturned: ours.land_returned.replace(/\.00$/, ''),
        collectivesDisciplined: ours.collectives_disciplined,
        individualsDisciplined: ours.individuals_disciplined,
        referredToInvestigationCases: ours.referred_cases,
      });
    }
  });

  it('GET /reports/oversight.pdf?period=2017 prints the plan’s figures in Vietnamese formats', async () => {
    const login = await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'demo.oversight', password });
    const token = (login.body as { accessToken: string }).accessToken;
    const res = await t.http
      .get('/api/v1/reports/oversight.pdf')
      .query({ period: '2017', agencyId: CITY })
      .set('Authorization', `Bearer ${token}`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    const text = await pdfText(res.body as Buffer);
    const p = buildScenario(SCALE).plan;
    const rate = (a: number, b: number) => formatPercent(a / b);
    const m = p.measures;
    const money = (v: bigint) => `${formatMillionVnd(v, { unit: false })} triệu đồng`;
    const land = (v: bigint) => formatArea(v, { decimals: 0 });
    for (const phrase of [
      `đã tiếp ${formatInteger(p.visits.total)} lượt công dân`,
      `trong đó có ${formatInteger(p.visits.delegations)} lượt đoàn đông người`,
      `${formatInteger(p.petitions.received)} đơn tiếp nhận trong kỳ`,
      `phải giải quyết là ${formatInteger(p.complaints.inCompetence)} vụ việc`,
      `Đã giải quyết ${formatInteger(p.complaints.resolved)} vụ việc, đạt tỷ lệ ${rate(p.complaints.resolved, p.complaints.inCompetence)}`,
      `Đã giải quyết ${formatInteger(p.denunciations.resolved)} vụ việc, đạt tỷ lệ ${rate(p.denunciations.resolved, p.denunciations.inCompetence)}`,
      `đã thực hiện xong ${formatInteger(p.enforcement.completed)} quyết định, đạt ${formatPercent(p.enforcement.completed / p.enforcement.toImplement, 2)}`,
      `tố cáo thuộc thẩm quyền phải giải quyết là ${formatInteger(p.denunciations.inCompetence)} vụ việc`,
      `quyết định giải quyết khiếu nại phải thực hiện trong kỳ là ${formatInteger(p.enforcement.toImplement)} quyết định`,
      `kiến nghị thu hồi cho Nhà nước ${money(m.recoverMoney.total)} và ${land(m.recoverLand.total)} đất ` +
        `(đã thu ${money(m.recoverMoney.total)} và ${land(m.recoverLand.total)})`,
      `kiến nghị trả lại cho tổ chức, cá nhân ${money(m.returnMoney.total)} và ${land(m.returnLand.total)} đất ` +
        `(đã trả ${money(m.returnMoney.total)} và ${land(m.returnLand.total)})`,
      `${formatInteger(m.disciplineOrg.total)} tập thể và ${formatInteger(m.disciplinePerson.total)} cá nhân`,
      `chuyển cơ quan điều tra ${formatInteger(m.referral.total)} vụ với`,
    ]) {
      expect(text).toContain(phrase);
    }
    // the command leaves the same report as a file, and says where
    expect(reportPath.startsWith(reportDir)).toBe(true);
    expect(await pdfText(readFileSync(reportPath))).toBe(text);
    expect(printed).toContain(`Báo cáo năm 2017 gửi Thành ủy, UBND thành phố (PDF): ${reportPath}`);
  });

  it('seals every audit row it wrote into the chain before it ends', async () => {
    const [row] = await t.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM audit_chain',
    );
    expect(row!.n).toBeGreaterThan(100);
    expect(unsealedAfterSeed).toBe(0);
  });

  it('prints the accounts and a password, and no citizen’s name', () => {
    const text = printed.join('\n');
    expect(text).toMatch(/demo\.admin \(admin, HN\), mã TOTP \(bí mật\): [A-Z2-7]{16,}/);
    expect(text).toMatch(/Mật khẩu chung của mọi tài khoản trình diễn: Demo-/);
    expect(text).not.toMatch(/Nguyễn Văn An|Trần Thị/);
    expect(text).toContain('Số liệu năm 2017 (2016-12-16 – 2017-12-15, statutory):');
    expect(text).toContain('Số liệu năm 2017 (2017-01-01 – 2017-12-31, calendar):');
  });

  it('refuses to load the demo a second time into the same database', async () => {
    const again = seedDemo(t.app, t.clock, {
      scale: SCALE,
      workers: 4,
      cityId: CITY,
      dataSource: t.dataSource,
      reportDir,
      print: () => undefined,
    });
    await expect(again).rejects.toThrow(/đã có dữ liệu trình diễn/);
  });
});
