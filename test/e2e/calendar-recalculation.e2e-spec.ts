import { Role } from '../../src/auth/role';
import {
  acceptedComplaint,
  act,
  allConditions,
  lastOf,
  openedDenunciation,
  proposedPetition,
  read,
  resolutionTeam,
  type ResolutionTeam,
  signer,
  travelTo,
} from '../factories/resolution.factory';
import { bearer, createOfficer, type TestOfficer } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(90_000); // argon2 sign-ins and nine proceedings through HTTP

type Day = Record<'date' | 'kind' | 'name' | 'source', string>;
type Body = Record<string, any>;
type Proceeding =
  | 'received'
  | 'accepted'
  | 'decided'
  | 'longDecided'
  | 'prelim'
  | 'investigated'
  | 'concluded'
  | 'handled';

const DAY_OFF = 'Ngày nghỉ bổ sung (thử nghiệm)';
const dayOff = (date: string): Day => ({
  date,
  kind: 'holiday',
  name: DAY_OFF,
  source: 'Thông báo thử nghiệm số 02/TB',
});

const mentionsDayOff = (steps: unknown) => JSON.stringify(steps).includes(DAY_OFF);

describe('a calendar edit moves the pending dates of open proceedings, and only those (docs/legal.md)', () => {
  let t: TestApp;
  let team: ResolutionTeam;
  let admin: TestOfficer;
  const before = {} as Record<Proceeding, Body>;
  const after = {} as Record<Proceeding, Body>;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-04-01T02:00:00Z') });
    team = await resolutionTeam(t);
    admin = await createOfficer(t, { roles: [Role.Admin] });
  });
  afterAll(() => t.close());

  /** Steps one proceeding through HTTP, failing with the body on an unexpected status. */
  async function step(who: TestOfficer, path: string, body: Body, status = 200): Promise<Body> {
    const res = await act(t, who, path, body);
    expect({ path, status: res.status, body: res.status === status ? null : res.body }).toEqual({
      path,
      status,
      body: null,
    });
    return res.body as Body;
  }

  /** A round-1 complaint accepted and decided on the clock's day (Luật KN Đ28, Đ31). */
  async function decidedComplaint(decisionKnownOn: string): Promise<Body> {
    const { complaint } = await acceptedComplaint(t, team, { decisionKnownOn });
    const base = `/complaints/${complaint.id}`;
    let { version } = complaint;
    const assign = { leadId: team.investigator.id, scope: 'Xác minh việc bồi thường', signer };
    version = (await step(team.leader, `${base}/assign-verification`, { version, ...assign }))
      .version;
    const report = {
      kind: 'verification_report',
      recordedOn: t.clock.today(),
      summary: 'Việc thu hồi đúng trình tự.',
      recommendation: 'Đề nghị kết luận khiếu nại sai.',
      demandsDifferFromVerification: false,
    };
    version = (
      await step(team.investigator, `${base}/verification-records`, { version, ...report }, 201)
    ).version;
    version = (await step(team.investigator, `${base}/start-drafting`, { version })).version;
    const decide = { outcome: 'wrong', reasoning: 'Quyết định thu hồi đúng pháp luật.', signer };
    return step(team.leader, `${base}/decide`, { version, ...decide });
  }

  /** A denunciation accepted on the clock's day; `until` takes it on to the conclusion. */
  async function denunciation(until: 'accepted' | 'concluded' | 'handled'): Promise<Body> {
    const { opened } = await openedDenunciation(t, team);
    const base = `/denunciations/${opened.body.id}`;
    let d = await step(team.leader, `${base}/accept`, {
      version: opened.body.version,
      conditions: allConditions,
      signer,
    });
    if (until === 'accepted') return d;
    const assign = { leadId: team.investigator.id, scope: 'Xác minh việc nhận tiền', signer };
    d = await step(team.leader, `${base}/assign-verification`, { version: d.version, ...assign });
    const report = {
      kind: 'verification_report',
      recordedOn: t.clock.today(),
      summary: 'Không có căn cứ về việc nhận tiền.',
      recommendation: 'Kết luận tố cáo sai.',
    };
    d = await step(
      team.investigator,
      `${base}/verification-records`,
      { version: d.version, ...report },
      201,
    );
    const conclude = { outcome: 'wrong', reasoning: 'Nội dung tố cáo không đúng.', signer };
    d = await step(team.leader, `${base}/conclude`, { version: d.version, ...conclude });
    if (until === 'concluded') return d;
    const handle = { handledOn: t.clock.today(), note: 'Đã thông báo, lưu hồ sơ' };
    return step(team.leader, `${base}/handle`, { version: d.version, ...handle });
  }

  async function addDaysOff(year: number, dates: string[]) {
    const path = `/api/v1/legal/calendar/${year}`;
    const current = await t.http.get(path).set(bearer(admin.token)).expect(200);
    const days = (current.body.days as Day[]).map(({ date, kind, name, source }) => ({
      date,
      kind,
      name,
      source,
    }));
    await t.http
      .put(path)
      .set(bearer(admin.token))
      .send({ days: [...days, ...dates.map(dayOff)] })
      .expect(200);
  }

  it('sets up proceedings in every phase, with the dates the seeded calendar gives', async () => {
    // H: decided on Wed 01/04 — 30 days end Fri 01/05 (holiday), weekend → Mon 04/05, effect 05/05
    await travelTo(t, '2026-04-01', [team.desk, team.leader, team.investigator]);
    before.longDecided = await decidedComplaint('2026-02-20');
    expect(lastOf(before.longDecided.decisions).legalEffectOn).toBe('2026-05-05');

    await travelTo(t, '2026-06-01', [team.desk, team.leader, team.investigator, admin]);
    // A: received Mon 01/06, not yet accepted: D4 = 01/06 + 10 = Thu 11/06
    const proposed = await proposedPetition(t, team.desk);
    before.received = await step(
      team.leader,
      '/complaints',
      { petitionId: proposed.petitionId },
      201,
    );
    expect(before.received.acceptanceDeadline.dueOn).toBe('2026-06-11');
    // B: accepted 01/06 — its D4 (11/06) is done, D5 = 01/06 + 30 = Wed 01/07
    before.accepted = (
      await acceptedComplaint(t, team, { decisionKnownOn: '2026-05-20' })
    ).complaint;
    expect(before.accepted.acceptanceDeadline.dueOn).toBe('2026-06-11');
    expect(before.accepted.deadline.dueOn).toBe('2026-07-01');
    // G: decided 01/06 — D9 ends Wed 01/07, effect Thu 02/07
    before.decided = await decidedComplaint('2026-05-20');
    expect(lastOf(before.decided.decisions).legalEffectOn).toBe('2026-07-02');

    // D: in the preliminary check — D11 = 7 working days = Wed 10/06
    before.prelim = (await openedDenunciation(t, team)).opened.body as Body;
    expect(before.prelim.prelimDeadline.dueOn).toBe('2026-06-10');
    // C: accepted 01/06 — D13 = 5 working days = Mon 08/06, D14 = 30 days = Wed 01/07
    before.investigated = await denunciation('accepted');
    expect(before.investigated).toMatchObject({ noticeDueOn: '2026-06-08' });
    expect(before.investigated.deadline.dueOn).toBe('2026-07-01');
    // E: concluded 01/06 — D15 = 5 working days = Mon 08/06, D16 = 7 = Wed 10/06
    before.concluded = await denunciation('concluded');
    expect(before.concluded).toMatchObject({
      status: 'concluded',
      conclusionNoticeDueOn: '2026-06-08',
      handlingDueOn: '2026-06-10',
    });
    // F: concluded and handled 01/06 — the file is done
    before.handled = await denunciation('handled');
    expect(before.handled).toMatchObject({ status: 'handled', handlingDueOn: '2026-06-10' });
  });

  it('PUT /legal/calendar/2026 adding four days off moves each pending date, with its explanation, in one audited edit', async () => {
    // Thu 04/06 and Thu 11/06 (inside the working-day spans and on D4), Wed 01/07 (on D5, D14 and
    // D9's last day), Mon 04/05 (on H's D9 last day, already past)
    await addDaysOff(2026, ['2026-05-04', '2026-06-04', '2026-06-11', '2026-07-01']);
    const complaint = async (key: Proceeding) =>
      (await read(t, team.leader, `/complaints/${before[key].id}`)).body as Body;
    const denunciationNow = async (key: Proceeding) =>
      (await read(t, team.leader, `/denunciations/${before[key].id}`)).body as Body;
    for (const key of ['received', 'accepted', 'decided', 'longDecided'] as const) {
      after[key] = await complaint(key);
    }
    for (const key of ['prelim', 'investigated', 'concluded', 'handled'] as const) {
      after[key] = await denunciationNow(key);
    }

    // D4 of the received complaint: 11/06 off → Fri 12/06, explained by the new day off
    expect(after.received.acceptanceDeadline.dueOn).toBe('2026-06-12');
    expect(mentionsDayOff(after.received.acceptanceDeadline.explanation)).toBe(true);
    // D9 of a decision not yet in effect: 01/07 off → the 30 days end 02/07, effect Fri 03/07
    const decision = lastOf(after.decided.decisions);
    expect(decision.legalEffectOn).toBe('2026-07-03');
    expect(mentionsDayOff(decision.legalEffectExplanation)).toBe(true);
    expect(lastOf(decision.legalEffectExplanation)).toMatchObject({ date: '2026-07-03' });
    // D5 of the accepted complaint moves; its D4 was met at acceptance and stays
    expect(after.accepted.deadline.dueOn).toBe('2026-07-02');
    expect(after.accepted.acceptanceDeadline.dueOn).toBe('2026-06-11');

    // D11 in the preliminary check: 04/06 and 11/06 off → Fri 12/06
    expect(after.prelim.prelimDeadline.dueOn).toBe('2026-06-12');
    expect(mentionsDayOff(after.prelim.prelimDeadline.explanation)).toBe(true);
    // D13 → Tue 09/06 and D14 → Thu 02/07; the D11 of the finished preliminary check stays
    expect(after.investigated).toMatchObject({ noticeDueOn: '2026-06-09' });
    expect(after.investigated.deadline.dueOn).toBe('2026-07-02');
    expect(after.investigated.prelimDeadline.dueOn).toBe('2026-06-10');
    // D15 → Tue 09/06, D16 → Fri 12/06 (both new days off inside its 7 working days)
    expect(after.concluded).toMatchObject({
      conclusionNoticeDueOn: '2026-06-09',
      handlingDueOn: '2026-06-12',
    });

    const audit = await t.dataSource.query<{ data: Body }[]>(
      `SELECT data FROM audit_event WHERE action = 'calendar.update' ORDER BY seq`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.data).toMatchObject({
      year: 2026,
      added: ['2026-05-04', '2026-06-04', '2026-06-11', '2026-07-01'],
      proceedingsUpdatedBy: { complaints: 3, denunciations: 3 },
    });
  });

  it('leaves the dates of finished steps and proceedings as they were', () => {
    // a decision whose legal-effect date has passed (05/05 < today 01/06) keeps it
    expect(lastOf(after.longDecided.decisions).legalEffectOn).toBe('2026-05-05');
    // a handled denunciation keeps the D15/D16 it was measured against
    expect(after.handled).toMatchObject({
      status: 'handled',
      conclusionNoticeDueOn: '2026-06-08',
      handlingDueOn: '2026-06-10',
      version: before.handled.version,
    });
  });

  it('puts the dates back when the days off are removed again', async () => {
    const path = '/api/v1/legal/calendar/2026';
    const current = await t.http.get(path).set(bearer(admin.token)).expect(200);
    const seeded = (current.body.days as Day[])
      .filter((d) => d.name !== DAY_OFF)
      .map(({ date, kind, name, source }) => ({ date, kind, name, source }));
    await t.http.put(path).set(bearer(admin.token)).send({ days: seeded }).expect(200);
    const received = (await read(t, team.leader, `/complaints/${before.received.id}`)).body;
    expect(received.acceptanceDeadline.dueOn).toBe('2026-06-11');
    const decided = (await read(t, team.leader, `/complaints/${before.decided.id}`)).body;
    expect(lastOf(decided.decisions).legalEffectOn).toBe('2026-07-02');
    const concluded = (await read(t, team.leader, `/denunciations/${before.concluded.id}`)).body;
    expect(concluded).toMatchObject({
      conclusionNoticeDueOn: '2026-06-08',
      handlingDueOn: '2026-06-10',
    });
  });
});
