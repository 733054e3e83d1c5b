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
  actionsOf,
  idsOf,
} from '../factories/resolution.factory';
import { Role } from '../../src/auth/role';
import { bearer, createOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(30_000); // several argon2 sign-ins and a whole proceeding per file

describe('complaint deadlines: complexity, remote areas, suspension (Luật KN 2011 Điều 28; Product decision 9)', () => {
  let t: TestApp;
  let team: ResolutionTeam;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-12T02:00:00Z') });
    team = await resolutionTeam(t);
  });
  afterAll(() => t.close());

  it('gives a complex complaint in a remote area 60 days, each flag with its reason', async () => {
    const { complaint } = await acceptedComplaint(t, team, {
      complex: true,
      complexReason: 'Nhiều nội dung, xác minh tại nhiều đơn vị',
      remote: true,
      remoteReason: 'Xã vùng núi, đi lại khó khăn',
    });
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
    expect(await auditActions(t, complaint.id)).toEqual([
      'complaint.open',
      'complaint.accept',
      'complaint.set_flags',
    ]);
  });

  it('stops the clock while suspended and moves the due date by the suspended days', async () => {
    await travelTo(t, '2026-03-12', [team.desk, team.leader, team.investigator, team.other]);
    const { complaint } = await acceptedComplaint(t, team);
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
    const events = await t.dataSource.query(
      `SELECT action, data->>'dueOn' AS due FROM resolution_event WHERE proceeding_id = $1 ORDER BY seq`,
      [id],
    );
    expect(actionsOf(events)).toEqual(['open', 'accept', 'suspend', 'resume']);
    expect(events[3].due).toBe('2026-04-21');
    const notResumable = await act(t, team.leader, `/complaints/${id}/resume`, {
      version: resumed.body.version,
    });
    expectError(notResumable, 409, 'COMPLAINT_INVALID_TRANSITION', 'status');
    const overdue = await read(t, team.leader, `/complaints/${id}`);
    expect(overdue.body.deadline.overdue).toBe(false);
    await travelTo(t, '2026-04-22', [team.leader]);
    const late = await read(t, team.leader, '/resolutions/worklist?overdue=true');
    expect(idsOf(late.body.items)).toContain(id);
    const doc = await pdfOf(t, team.leader, `/complaints/${id}/documents/acceptance-notice`);
    expect(doc.status).toBe(200);
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
});
