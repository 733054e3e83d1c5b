import {
  acceptedComplaint,
  act,
  allConditions,
  openedDenunciation,
  resolutionTeam,
  type ResolutionTeam,
  signer,
} from '../factories/resolution.factory';
import { agencyIdByCode, bearer } from '../support/auth';
import { pdfText } from '../support/pdf-text';
import { createTestApp, type TestApp } from '../support/test-app';
import { xlsxText } from '../support/xlsx-text';
import type { FormJson } from '../support/form-json';

jest.setTimeout(60_000); // sign-ins and whole proceedings

// 01/KQGQ (DOMAIN §7.2, DESIGN §5): complaints accepted in March 2026 at HN-TTTP; one withdrawn
// (resolved by withdrawal, Luật KN 2011 Điều 10), one decided partly right (Điều 31), one still
// pending at the end of the period.

const CANARY = 'Hoàng Văn Canary Tốcáo';


describe('01/KQGQ on complaints resolved and pending in the period', () => {
  let t: TestApp;
  let team: ResolutionTeam;
  let tttp: string;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-12T02:00:00Z') });
    tttp = await agencyIdByCode(t, 'HN-TTTP');
    team = await resolutionTeam(t, tttp);
    const withdrawn = await acceptedComplaint(t, team);
    const done = await act(t, team.leader, `/complaints/${withdrawn.complaint.id}/withdraw`, {
      version: withdrawn.complaint.version,
      withdrawal: { on: '2026-03-12', inWriting: true },
      signer,
    });
    expect(done.status).toBe(200);
    await acceptedComplaint(t, team);
    await decidedPartlyRight();
    const denunciation = await openedDenunciation(t, team, { name: CANARY });
    const accepted = await act(
      t,
      team.leader,
      `/denunciations/${denunciation.opened.body.id}/accept`,
      {
        version: denunciation.opened.body.version,
        conditions: allConditions,
        signer,
      },
    );
    expect(accepted.status).toBe(200);
  });

  /** Accepted, verified and decided "đúng một phần" on 12/03 with a return and a discipline. */
  async function decidedPartlyRight() {
    const { complaint } = await acceptedComplaint(t, team);
    let version = complaint.version;
    const step = async (who: 'leader' | 'investigator', path: string, body: object) => {
      const res = await act(t, team[who], `/complaints/${complaint.id}${path}`, {
        version,
        ...body,
      });
      expect([path, res.status]).toEqual([path, path === '/verification-records' ? 201 : 200]);
      version = (res.body as { version: number }).version;
    };
    await step('leader', '/assign-verification', {
      leadId: team.investigator.id,
      scope: 'Xác minh trình tự thu hồi đất',
      signer,
    });
    await step('investigator', '/verification-records', {
      kind: 'verification_report',
      recordedOn: '2026-03-12',
      summary: 'Bồi thường thiếu.',
      recommendation: 'Đề nghị kết luận khiếu nại đúng một phần.',
      demandsDifferFromVerification: false,
    });
    await step('investigator', '/start-drafting', {});
    await step('leader', '/decide', {
      outcome: 'partly_right',
      reasoning: 'Việc bồi thường chưa đủ theo quy định.',
      measures: [
        { type: 'return_money_person', amount: '150500000', beneficiaries: 1 },
        { type: 'discipline_person', persons: 2, officials: 1 },
      ],
      signer,
    });
  }
  afterAll(() => t.close());

  const form = (code: string, from: string, to: string) =>
    t.http
      .get(`/api/v1/statistics/forms/${code}`)
      .query({ agencyId: tttp, from, to })
      .set(bearer(team.leader.token));

  it('counts the complaints in competence, the decision and the withdrawal as resolved, formulas holding', async () => {
    const res = await form('01-kqgq', '2026-03-01', '2026-03-31');
    expect(res.status).toBe(200);
    const body = res.body as FormJson;
    // col 1 petitions, 3 received in period, 4 cases, 5 by decision, 6 by withdrawal, 25 on time
    expect([1, 2, 3, 4, 5, 6, 22, 25, 26].map((n) => body.total.values[n])).toEqual([
      3, 0, 3, 3, 1, 1, 1, 2, 0,
    ]);
    // Trả lại cho cá nhân 150,5 Trđ (exact), 1 cá nhân; 2 người kiến nghị xử lý, 1 CBCCVC.
    expect([11, 14, 15, 16].map((n) => body.total.values[n])).toEqual(['150.5', 1, 2, 1]);
    expect(body.checks).toEqual([]);
  });

  it('carries the pending complaint over into the next period, without the withdrawn one', async () => {
    const body = (await form('01-kqgq', '2026-04-01', '2026-04-30')).body as FormJson;
    expect([1, 2, 3, 4, 6].map((n) => body.total.values[n])).toEqual([1, 1, 0, 1, 0]);
  });

  it('03/KQGQ counts the accepted denunciation and never shows the denouncer', async () => {
    const res = await form('03-kqgq', '2026-03-01', '2026-03-31');
    const body = res.body as FormJson;
    expect([1, 3, 4, 5, 6].map((n) => body.total.values[n])).toEqual([1, 1, 1, 0, 0]);
    expect(body.checks).toEqual([]);
    expect(JSON.stringify(body)).not.toContain('Canary');
    for (const format of ['xlsx', 'pdf']) {
      const file = await t.http
        .get('/api/v1/statistics/forms/03-kqgq')
        .query({ agencyId: tttp, from: '2026-03-01', to: '2026-03-31', format })
        .set(bearer(team.leader.token))
        .buffer(true)
        .parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(file.status).toBe(200);
      const text =
        format === 'xlsx'
          ? await xlsxText(file.body as Buffer)
          : await pdfText(file.body as Buffer);
      expect(text).toContain('TỔNG HỢP KẾT QUẢ GIẢI QUYẾT TỐ CÁO');
      expect(text).not.toContain('Canary');
    }
  });
});
