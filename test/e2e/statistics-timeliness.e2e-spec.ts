import {
  acceptedComplaint,
  act,
  allConditions,
  openedDenunciation,
  resolutionTeam,
  type ResolutionTeam,
  signer,
  travelTo,
} from '../factories/resolution.factory';
import { agencyIdByCode, bearer } from '../support/auth';
import type { FormJson } from '../support/form-json';
import { proceedingSteps } from '../support/proceeding-steps';
import { createTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(60_000); // sign-ins and whole proceedings

// "Việc chấp hành thời hạn giải quyết" (đúng quy định / không đúng quy định) is judged for every
// resolved vụ việc (DOMAIN §4.7; §7.3 on-time rate from 01/KQGQ cols 25–26; Product decision 3:
// a withdrawal after explanation is resolved), so a withdrawal after the due date is late — in
// the official forms (01/KQGQ 25–26, 03/KQGQ 30–31) and in the summary's onTime/late alike.
// The one difference is by definition: 01/KQGQ has no column for complaints terminated for
// another cause (đình chỉ, e.g. the complainant died), which the summary counts as resolved.
//
// At HN-TTTP, all accepted on 02/03/2026 (due about 30 days later, Luật KN 2011 Điều 28, Luật TC
// 2018 Điều 30): complaint A decided on 02/03 (on time), B withdrawn on 10/03 (on time), C
// withdrawn on 20/04 (late), D terminated on 20/04 because the complainant died (late);
// denunciation E withdrawn on 10/03 (on time), F withdrawn on 20/04 (late).

const PERIOD = { from: '2026-03-01', to: '2026-04-30' };

describe('on time / late: the forms and the summary agree, withdrawals included', () => {
  let t: TestApp;
  let team: ResolutionTeam;
  let tttp: string;
  const ids: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F', string> = {
    A: '',
    B: '',
    C: '',
    D: '',
    E: '',
    F: '',
  };
  const versions: Record<string, number> = {};

  const officers = () => [team.desk, team.leader, team.investigator, team.other];

  async function decided(): Promise<string> {
    const { complaint } = await acceptedComplaint(t, team);
    const { step } = proceedingSteps(t, team, `/complaints/${complaint.id}`, complaint.version);
    await step('leader', '/assign-verification', {
      leadId: team.investigator.id,
      scope: 'Xác minh trình tự thu hồi đất',
      signer,
    });
    await step(
      'investigator',
      '/verification-records',
      {
        kind: 'verification_report',
        recordedOn: '2026-03-02',
        summary: 'Bồi thường đúng quy định.',
        recommendation: 'Đề nghị kết luận khiếu nại sai.',
        demandsDifferFromVerification: false,
      },
      201,
    );
    await step('investigator', '/start-drafting', {});
    await step('leader', '/decide', {
      outcome: 'wrong',
      reasoning: 'Việc bồi thường đúng quy định.',
      measures: [],
      signer,
    });
    return complaint.id;
  }

  async function acceptedDenunciation(): Promise<string> {
    const { opened } = await openedDenunciation(t, team);
    const accepted = await act(t, team.leader, `/denunciations/${opened.body.id}/accept`, {
      version: opened.body.version,
      conditions: allConditions,
      signer,
    });
    expect(accepted.status).toBe(200);
    versions[opened.body.id] = accepted.body.version;
    return opened.body.id;
  }

  async function withdrawComplaint(id: string, on: string) {
    const res = await act(t, team.leader, `/complaints/${id}/withdraw`, {
      version: versions[id],
      withdrawal: { on, inWriting: true },
      signer,
    });
    expect([res.status, res.body.terminationCause ?? res.body.termination?.cause]).toEqual([
      200,
      'withdrawn',
    ]);
  }

  async function withdrawDenunciation(id: string, on: string) {
    const res = await act(t, team.leader, `/denunciations/${id}/withdraw`, {
      version: versions[id],
      withdrawal: { on, inWriting: true, entire: true, signsOfViolation: false, coerced: false },
      signer,
    });
    expect(res.body).toMatchObject({ status: 'terminated', terminationCause: 'withdrawn' });
  }

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-02T03:00:00Z') });
    tttp = await agencyIdByCode(t, 'HN-TTTP');
    team = await resolutionTeam(t, tttp);
    ids.A = await decided();
    for (const key of ['B', 'C', 'D'] as const) {
      const { complaint } = await acceptedComplaint(t, team);
      ids[key] = complaint.id;
      versions[complaint.id] = complaint.version;
    }
    ids.E = await acceptedDenunciation();
    ids.F = await acceptedDenunciation();

    await travelTo(t, '2026-03-10', officers());
    await withdrawComplaint(ids.B, '2026-03-10');
    await withdrawDenunciation(ids.E, '2026-03-10');

    await travelTo(t, '2026-04-20', officers());
    await withdrawComplaint(ids.C, '2026-04-20');
    await withdrawDenunciation(ids.F, '2026-04-20');
    const died = await act(t, team.leader, `/complaints/${ids.D}/terminate`, {
      version: versions[ids.D],
      termination: { on: '2026-04-20', cause: 'complainant_died' },
      signer,
    });
    expect(died.body).toMatchObject({ status: 'terminated' });
  }, 180_000);
  afterAll(() => t.close());

  const get = (path: string, query: Record<string, string> = {}) =>
    t.http
      .get(`/api/v1/statistics/${path}`)
      .query({ agencyId: tttp, ...PERIOD, ...query })
      .set(bearer(team.leader.token));

  const recordIds = async (figure: string) => {
    const res = await get(`figures/${figure}/records`, { limit: '100' });
    expect(res.status).toBe(200);
    return (res.body as { items: { key: string }[] }).items.map((i) => i.key).sort();
  };

  it('01/KQGQ: a withdrawal after the due date is "không đúng quy định"; 5 + 6 = 25 + 26', async () => {
    const res = await get('forms/01-kqgq');
    expect(res.status).toBe(200);
    const form = res.body as FormJson;
    // col 4 in competence, 5 by decision, 6 by withdrawal, 25 on time (A, B), 26 late (C).
    expect([4, 5, 6, 25, 26].map((n) => form.total.values[n])).toEqual([4, 1, 2, 2, 1]);
    expect(form.checks).toEqual([]);
  });

  it('the summary counts the same withdrawals, and the termination the form has no column for', async () => {
    const res = await get('summary');
    expect(res.status).toBe(200);
    const c = res.body.complaints as Record<string, number>;
    expect(c).toMatchObject({
      resolved: 4,
      resolvedByDecision: 1,
      resolvedByWithdrawal: 2,
      onTime: 2, // A, B — = 01/KQGQ col 25
      late: 2, // C (= 01/KQGQ col 26) and D, terminated for another cause after the due date
    });
    expect(c.onTime! + c.late!).toBe(c.resolved);
    expect(await recordIds('complaints.onTime')).toEqual([ids.A, ids.B].sort());
    expect(await recordIds('complaints.late')).toEqual([ids.C, ids.D].sort());
  });

  it('03/KQGQ cols 30–31 and the summary’s denunciation onTime/late are the same figures', async () => {
    const form = (await get('forms/03-kqgq')).body as FormJson;
    // col 6 resolved, 9 withdrawn, 30 on time (E), 31 late (F).
    expect([6, 9, 30, 31].map((n) => form.total.values[n])).toEqual([2, 2, 1, 1]);
    expect(form.checks).toEqual([]);
    const summary = (await get('summary')).body.denunciations as Record<string, number>;
    expect(summary).toMatchObject({ resolved: 2, resolvedByWithdrawal: 2, onTime: 1, late: 1 });
    expect(await recordIds('denunciations.late')).toEqual([ids.F]);
  });
});
