import {
  acceptedComplaint,
  act,
  auditActions,
  pdfOf,
  read,
  resolutionTeam,
  type ResolutionTeam,
  signer,
  travelTo,
  kindsOf,
  idsOf,
  lastOf,
} from '../factories/resolution.factory';
import { Role } from '../../src/auth/role';
import { auditRows, rowOf } from '../support/audit-rows';
import { bearer, createOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { proceedingSteps } from '../support/proceeding-steps';
import { createTestApp, type TestApp } from '../support/test-app';

const REMOTE = {
  complex: true,
  complexReason: 'Nhiều nội dung, xác minh tại nhiều đơn vị',
  remote: true,
  remoteReason: 'Xã vùng núi, đi lại khó khăn',
};

/** A verification report whose result matches the demands: no dialogue needed (Điều 30). */
const report = (recordedOn: string, summary: string) => ({
  kind: 'verification_report',
  recordedOn,
  summary,
  recommendation: 'Đề nghị ban hành quyết định giải quyết.',
  demandsDifferFromVerification: false,
});

jest.setTimeout(30_000); // several argon2 sign-ins and a whole proceeding per file

describe('complaint deadlines: complexity, remote areas, suspension (Luật KN 2011 Điều 28; Product decision 9)', () => {
  let t: TestApp;
  let team: ResolutionTeam;
  /** The complex complaint in a remote area, decided in the last test. */
  let remote: ReturnType<typeof proceedingSteps> & { id: string };

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-12T02:00:00Z') });
    team = await resolutionTeam(t);
  });
  afterAll(() => t.close());

  it('gives a complex complaint in a remote area 60 days, each flag with its reason', async () => {
    const { complaint } = await acceptedComplaint(t, team, REMOTE, { name: 'Hà Văn Vùng Xa' });
    expect(complaint).toMatchObject({
      isComplex: true,
      isRemote: true,
      complexReason: 'Nhiều nội dung, xác minh tại nhiều đơn vị',
      deadline: { ruleKey: 'D5', dueOn: '2026-05-11' },
    });
    expect(complaint.deadline.explanation[0].days).toBe(60);
    const plain = await act(t, team.leader, `/complaints/${complaint.id}/set-flags`, {
      version: complaint.version,
      complex: true,
      complexReason: 'Nhiều nội dung',
      remote: false,
    });
    expect(plain.status).toBe(200);
    // 12/03 + 45 days = Sun 26/04 (Giỗ Tổ), Mon 27/04 its compensatory day off → Tue 28/04
    expect(plain.body.deadline).toMatchObject({ ruleVersion: 1, dueOn: '2026-04-28' });
    expect(plain.body.deadline.explanation[0].days).toBe(45);
    const noReasonFlag = await act(t, team.leader, `/complaints/${complaint.id}/set-flags`, {
      version: plain.body.version,
      complex: false,
      remote: true,
    });
    expectError(noReasonFlag, 400, 'VALIDATION_FAILED', 'remoteReason');
    const base = `/complaints/${complaint.id}`;
    remote = { id: complaint.id, ...proceedingSteps(t, team, base, plain.body.version) };
    const again = await remote.step('leader', '/set-flags', REMOTE);
    expect(again).toMatchObject({ isRemote: true, deadline: { dueOn: '2026-05-11' } });
    await remote.step('leader', '/assign-verification', {
      leadId: team.investigator.id,
      scope: 'Xác minh tại UBND xã và các hộ dân',
      signer,
    });
    const summary = 'Việc thu hồi đúng trình tự; tiền hỗ trợ di chuyển chưa được chi trả.';
    await remote.step('investigator', '/verification-records', report('2026-03-12', summary), 201);
    const drafting = await remote.step('investigator', '/start-drafting');
    expect(drafting.status).toBe('drafting');
    expect(await auditActions(t, complaint.id)).toEqual([
      'complaint.open',
      'complaint.accept',
      'complaint.set_flags',
      'complaint.set_flags',
      'complaint.assign_verification',
      'complaint.record_verification_report',
      'complaint.start_drafting',
    ]);
  });

  it('stops the clock while suspended, moves the due date by the suspended days and judges the decision against it', async () => {
    await travelTo(t, '2026-03-12', [team.desk, team.leader, team.investigator, team.other]);
    const { complaint } = await acceptedComplaint(t, team, {}, { name: 'Đinh Thị Tạm Dừng' });
    const id = complaint.id;
    expect(complaint.deadline.dueOn).toBe('2026-04-13');
    await travelTo(t, '2026-03-20', [team.leader]);
    const suspended = await act(t, team.leader, `/complaints/${id}/suspend`, {
      version: complaint.version,
      reason: 'Chờ kết quả giám định của cơ quan chuyên môn',
    });
    expect(suspended.status).toBe(200);
    expect(suspended.body).toMatchObject({
      status: 'suspended',
      resumeTo: 'accepted',
      deadline: { dueOn: null, remainingDays: 23 }, // 13/03–19/03 counted: 7 of 30
      suspensions: [{ suspendedOn: '2026-03-20', resumedOn: null }],
    });
    const again = await act(t, team.leader, `/complaints/${id}/assign-verification`, {
      version: suspended.body.version,
      leadId: team.investigator.id,
      scope: 'x',
      signer,
    });
    expectError(again, 409, 'COMPLAINT_INVALID_TRANSITION', 'status');
    await travelTo(t, '2026-03-30', [team.leader]);
    const resumed = await act(t, team.leader, `/complaints/${id}/resume`, {
      version: suspended.body.version,
    });
    expect(resumed.status).toBe(200);
    // 11/04 + 10 suspended days (20/03–29/03) = 21/04, a Tuesday
    expect(resumed.body).toMatchObject({
      status: 'accepted',
      resumeTo: null,
      deadline: { dueOn: '2026-04-21' },
    });
    const kinds = kindsOf(resumed.body.deadline.explanation);
    expect(kinds).toContain('suspension');
    const notResumable = await act(t, team.leader, `/complaints/${id}/resume`, {
      version: resumed.body.version,
    });
    expectError(notResumable, 409, 'COMPLAINT_INVALID_TRANSITION', 'status');
    // The first due date (13/04) has passed, the moved one has not: not overdue.
    await travelTo(t, '2026-04-14', [team.leader, team.investigator]);
    const current = await read(t, team.leader, `/complaints/${id}`);
    expect(current.body.deadline).toMatchObject({ dueOn: '2026-04-21', overdue: false });
    const notLate = await read(t, team.leader, '/resolutions/worklist?overdue=true');
    expect(idsOf(notLate.body.items)).not.toContain(id);
    const { step } = proceedingSteps(t, team, `/complaints/${id}`, resumed.body.version);
    await step('leader', '/assign-verification', {
      leadId: team.investigator.id,
      scope: 'Xác minh sau kết quả giám định',
      signer,
    });
    const summary = 'Kết quả giám định xác nhận quyết định bị khiếu nại đúng pháp luật.';
    await step('investigator', '/verification-records', report('2026-04-14', summary), 201);
    await step('investigator', '/start-drafting');
    await travelTo(t, '2026-04-22', [team.leader]);
    const late = await read(t, team.leader, '/resolutions/worklist?overdue=true');
    expect(idsOf(late.body.items)).toContain(id);
    // Signed on the moved due date, recorded the next morning: on time (đúng quy định).
    const decided = await step('leader', '/decide', {
      issuedOn: '2026-04-21',
      outcome: 'wrong',
      reasoning: 'Quyết định bị khiếu nại đúng pháp luật.',
      signer,
    });
    expect(lastOf(decided.decisions)).toMatchObject({
      kind: 'complaint_first_round',
      issuedOn: '2026-04-21',
      outcome: 'wrong',
      timeliness: 'on_time',
      dueOn: '2026-04-21',
      legalEffectOn: '2026-05-22', // 21/04 + 30 days = Thu 21/05; effective the day after
    });
    const rows = await auditRows(t, id);
    expect(rows.map((r) => r.action)).toEqual([
      'complaint.open',
      'complaint.accept',
      'complaint.suspend',
      'complaint.resume',
      'complaint.assign_verification',
      'complaint.record_verification_report',
      'complaint.start_drafting',
      'complaint.decide',
    ]);
    expect(rowOf(rows, 'complaint.suspend')).toMatchObject({
      actorId: team.leader.id,
      from: 'accepted',
      to: 'suspended',
      data: { dueOn: null, remainingDays: 23 },
    });
    expect(rowOf(rows, 'complaint.resume')).toMatchObject({
      from: 'suspended',
      to: 'accepted',
      data: { dueOn: '2026-04-21' },
    });
    expect(rowOf(rows, 'complaint.decide')).toMatchObject({
      from: 'drafting',
      to: 'decided',
      data: { timeliness: 'on_time', dueOn: '2026-04-21', legalEffectOn: '2026-05-22' },
    });
    // No document records the suspension itself (no tạm đình chỉ template): the decision shows the result.
    const decision = await pdfOf(t, team.leader, `/complaints/${id}/documents/decision`);
    expect(decision.text).toContain('Hà Nội, ngày 21 tháng 4 năm 2026');
    expect(decision.text).toContain('Về việc giải quyết khiếu nại của ông (bà) Đinh Thị Tạm Dừng');
    expect(decision.text).toContain(
      'Kết quả giám định xác nhận quyết định bị khiếu nại đúng pháp luật.',
    );
    expect(decision.text).toContain('Điều 1. Kết luận: Khiếu nại sai.');
    expect(decision.text).toContain('Trong thời hạn 30 ngày kể từ ngày nhận được Quyết định này');
    expect(decision.text).toContain('có hiệu lực pháp luật từ ngày 22/05/2026');
  });

  it('moves the due dates of open proceedings when an admin edits the calendar (recalculation hook)', async () => {
    await travelTo(t, '2026-04-23', [team.desk, team.leader]);
    const { complaint } = await acceptedComplaint(t, team, { decisionKnownOn: '2026-04-01' });
    // 23/04 + 30 days = Sat 23/05 → Mon 25/05
    expect(complaint.deadline.dueOn).toBe('2026-05-25');
    const admin = await createOfficer(t, { roles: [Role.Admin] });
    const year = await t.http.get('/api/v1/legal/calendar/2026').set(bearer(admin.token));
    const extra = {
      date: '2026-05-25',
      kind: 'holiday',
      name: 'Ngày nghỉ thử nghiệm',
      source: 'Thử nghiệm',
    };
    const days = [
      ...(year.body.days as { date: string; kind: string; name: string; source: string }[]),
      extra,
    ];
    const put = await t.http
      .put('/api/v1/legal/calendar/2026')
      .set(bearer(admin.token))
      .send({ days: days.map(({ date, kind, name, source }) => ({ date, kind, name, source })) });
    expect(put.status).toBe(200);
    const after = await read(t, team.leader, `/complaints/${complaint.id}`);
    expect(after.body.deadline).toMatchObject({ dueOn: '2026-05-26', ruleVersion: 1 });
    const audit = await t.dataSource.query(
      `SELECT data FROM audit_event WHERE action = 'calendar.update' ORDER BY seq DESC LIMIT 1`,
    );
    expect(audit[0].data.proceedingsUpdatedBy.complaints).toBeGreaterThanOrEqual(1);
  });
  it('decides the remote complaint on time against its 60 days; the decision takes effect after 45 days (D9 remote, Điều 44)', async () => {
    // After the 28/04 a complex complaint outside a remote area would have had: on time by D5 remote.
    await travelTo(t, '2026-05-08', [team.leader]);
    const decided = await remote.step('leader', '/decide', {
      outcome: 'partly_right',
      reasoning: 'Tiền hỗ trợ di chuyển chưa được chi trả theo quy định.',
      measures: [{ type: 'return_money_person', amount: '20000000', beneficiaries: 1 }],
      signer,
    });
    expect(decided).toMatchObject({ status: 'decided', isRemote: true, isComplex: true });
    const decision = lastOf(decided.decisions);
    expect(decision).toMatchObject({
      kind: 'complaint_first_round',
      issuedOn: '2026-05-08',
      outcome: 'partly_right',
      timeliness: 'on_time',
      dueOn: '2026-05-11',
      legalEffectOn: '2026-06-23', // 08/05 + 45 days = Mon 22/06; effective the day after
    });
    expect(decision.legalEffectExplanation[0].days).toBe(45);
    const pdf = await pdfOf(t, team.leader, `/complaints/${remote.id}/documents/decision`);
    expect(pdf.text).toContain(
      'Về việc giải quyết khiếu nại của ông (bà) Hà Văn Vùng Xa (lần đầu)',
    );
    expect(pdf.text).toContain('tiền hỗ trợ di chuyển chưa được chi trả');
    expect(pdf.text).toContain('Kết luận: Khiếu nại đúng một phần');
    expect(pdf.text).toContain('20.000.000 đồng');
    expect(pdf.text).toContain('Trong thời hạn 45 ngày kể từ ngày nhận được Quyết định này');
    expect(pdf.text).toContain('có hiệu lực pháp luật từ ngày 23/06/2026');
    const rows = await auditRows(t, remote.id);
    expect(rows.map((r) => r.action)).toEqual([
      'complaint.open',
      'complaint.accept',
      'complaint.set_flags',
      'complaint.set_flags',
      'complaint.assign_verification',
      'complaint.record_verification_report',
      'complaint.start_drafting',
      'complaint.decide',
    ]);
    expect(rowOf(rows, 'complaint.decide')).toMatchObject({
      actorId: team.leader.id,
      from: 'drafting',
      to: 'decided',
      data: { timeliness: 'on_time', dueOn: '2026-05-11', legalEffectOn: '2026-06-23' },
    });
  });
});
