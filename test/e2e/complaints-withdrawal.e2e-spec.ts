import {
  acceptedComplaint,
  act,
  auditActions,
  pdfOf,
  resolutionTeam,
  type ResolutionTeam,
  signer,
  travelTo,
  lastOf,
} from '../factories/resolution.factory';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(30_000); // several argon2 sign-ins and a whole proceeding per file

describe('a withdrawn complaint (Luật KN 2011 Điều 10; Luật số 136/2025/QH15 from 1/7/2026)', () => {
  let t: TestApp;
  let team: ResolutionTeam;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-12T02:00:00Z') });
    team = await resolutionTeam(t);
  });
  afterAll(() => t.close());

  const withdraw = (id: string, version: number, withdrawal: object) =>
    act(t, team.leader, `/complaints/${id}/withdraw`, { version, withdrawal, signer });

  it('terminates on a written withdrawal before 1/7/2026, the content may come back; the decision is numbered', async () => {
    const { complaint } = await acceptedComplaint(t, team);
    const oral = await withdraw(complaint.id, complaint.version, {
      on: '2026-03-12',
      inWriting: false,
    });
    expectError(oral, 400, 'COMPLAINT_INPUT_INVALID', 'withdrawal.inWriting');
    const shape = await withdraw(complaint.id, complaint.version, {
      on: '12/03/2026',
      inWriting: true,
    });
    expectError(shape, 400, 'VALIDATION_FAILED', 'withdrawal.on');
    const done = await withdraw(complaint.id, complaint.version, {
      on: '2026-03-12',
      inWriting: true,
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      status: 'terminated',
      termination: { cause: 'withdrawn', on: '2026-03-12', reconsiderable: true },
      deadline: { overdue: false },
    });
    expect(lastOf(done.body.decisions)).toMatchObject({
      kind: 'termination',
      numberSymbol: '01/QĐ-TTTP',
    });
    const decide = await act(t, team.leader, `/complaints/${complaint.id}/decide`, {
      version: done.body.version,
      outcome: 'right',
      reasoning: 'x',
      signer,
    });
    expectError(decide, 409, 'COMPLAINT_INVALID_TRANSITION', 'status');
    const pdf = await pdfOf(
      t,
      team.leader,
      `/complaints/${complaint.id}/documents/termination-decision`,
    );
    expect(pdf.text).toContain('Về việc đình chỉ việc giải quyết khiếu nại');
    expect(pdf.text).toContain('Người khiếu nại rút khiếu nại');
    expect(pdf.text).toContain('có thể được xem xét lại');
    expect(await auditActions(t, complaint.id)).toEqual([
      'complaint.open',
      'complaint.accept',
      'complaint.withdraw',
    ]);
  });

  it('from 1/7/2026 the withdrawn content is not reconsidered, unless the withdrawal was coerced', async () => {
    await travelTo(t, '2026-07-02', [team.desk, team.leader, team.investigator]);
    const plain = await acceptedComplaint(t, team, { decisionKnownOn: '2026-06-20' });
    const final = await withdraw(plain.complaint.id, plain.complaint.version, {
      on: '2026-07-02',
      inWriting: true,
    });
    expect(final.body.termination).toMatchObject({ reconsiderable: false });
    const pdf = await pdfOf(
      t,
      team.leader,
      `/complaints/${plain.complaint.id}/documents/termination-decision`,
    );
    expect(pdf.text).toContain('không được xem xét lại');
    const forced = await acceptedComplaint(t, team, { decisionKnownOn: '2026-06-20' });
    const coerced = await withdraw(forced.complaint.id, forced.complaint.version, {
      on: '2026-07-02',
      inWriting: true,
      coerced: true,
    });
    expect(coerced.body.termination).toMatchObject({ reconsiderable: true });
  });

  it('terminates for another cause with a decision, and refuses the withdrawal cause there', async () => {
    const { complaint } = await acceptedComplaint(t, team, { decisionKnownOn: '2026-06-20' });
    const wrongCause = await act(t, team.leader, `/complaints/${complaint.id}/terminate`, {
      version: complaint.version,
      termination: { on: '2026-07-02', cause: 'withdrawn' },
      signer,
    });
    expectError(wrongCause, 400, 'COMPLAINT_INPUT_INVALID', 'termination.cause');
    const ended = await act(t, team.leader, `/complaints/${complaint.id}/terminate`, {
      version: complaint.version,
      termination: { on: '2026-07-02', cause: 'complainant_died' },
      signer,
    });
    expect(ended.body).toMatchObject({
      status: 'terminated',
      termination: { cause: 'complainant_died', reconsiderable: null },
    });
  });

  it('records the lawsuit the court accepted (Điều 7, 11 khoản 9): in court, then terminated for that cause', async () => {
    const { complaint } = await acceptedComplaint(t, team, { decisionKnownOn: '2026-06-20' });
    const lawsuit = { court: 'Tòa án nhân dân thành phố Hà Nội', acceptedOn: '2026-07-02' };
    const path = `/complaints/${complaint.id}`;
    const unassigned = await act(t, team.investigator, `${path}/record-lawsuit`, {
      version: complaint.version,
      ...lawsuit,
    });
    expectError(unassigned, 404, 'NOT_FOUND');
    const sued = await act(t, team.leader, `${path}/record-lawsuit`, {
      version: complaint.version,
      ...lawsuit,
    });
    expect(sued.body).toMatchObject({
      status: 'in_court',
      resumeTo: 'accepted',
      lawsuit: { filedOn: '2026-07-02' },
    });
    const other = await act(t, team.leader, `${path}/terminate`, {
      version: sued.body.version,
      termination: { on: '2026-07-02', cause: 'complainant_died' },
      signer,
    });
    expectError(other, 400, 'COMPLAINT_INPUT_INVALID', 'termination.cause');
    const ended = await act(t, team.leader, `${path}/terminate`, {
      version: sued.body.version,
      termination: { on: '2026-07-02', cause: 'court_accepted' },
      signer,
    });
    expect(ended.body).toMatchObject({
      status: 'terminated',
      termination: { cause: 'court_accepted' },
    });
    expect(await auditActions(t, complaint.id)).toContain('complaint.record_lawsuit');
  });
});
