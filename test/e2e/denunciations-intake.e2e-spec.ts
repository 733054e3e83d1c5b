import {
  act,
  allConditions,
  auditActions,
  openedDenunciation,
  pdfOf,
  read,
  resolutionTeam,
  type ResolutionTeam,
  signer,
  travelTo,
  idsOf,
  lastOf,
} from '../factories/resolution.factory';
import { auditRows, rowOf } from '../support/audit-rows';
import { expectError } from '../support/expect-error';
import { proceedingSteps } from '../support/proceeding-steps';
import { createTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(30_000); // several argon2 sign-ins and a whole proceeding per file

describe('denunciation intake: anonymous, refused, transferred, follow-up (Luật Tố cáo 2018 Điều 24, 25, 29, 37, 38)', () => {
  let t: TestApp;
  let team: ResolutionTeam;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-12T02:00:00Z') });
    team = await resolutionTeam(t);
  });
  afterAll(() => t.close());

  it('does not process an anonymous denunciation (Điều 25), whatever the checklist says', async () => {
    const { opened } = await openedDenunciation(t, team, { anonymous: true });
    expect(opened.body).toMatchObject({ isAnonymous: true, status: 'prelim_check' });
    const id = opened.body.id as string;
    const accept = await act(t, team.leader, `/denunciations/${id}/accept`, {
      version: opened.body.version,
      conditions: allConditions,
      signer,
    });
    expectError(accept, 409, 'DENUNCIATION_NOT_ACCEPTABLE', 'conditions.proper_form');
    const marked = await act(t, team.leader, `/denunciations/${id}/mark-anonymous`, {
      version: opened.body.version,
      specificInformation: true,
    });
    expect(marked.body).toMatchObject({
      status: 'anonymous_not_processed',
      usableAsInformation: true,
      deadline: null,
    });
    const after = await act(t, team.leader, `/denunciations/${id}/accept`, {
      version: marked.body.version,
      conditions: allConditions,
      signer,
    });
    expectError(after, 409, 'DENUNCIATION_INVALID_TRANSITION', 'status');
    expect(await auditActions(t, id)).toEqual([
      'denunciation.start_prelim_check',
      'denunciation.mark_anonymous',
    ]);
    const waiting = await read(t, team.leader, '/resolutions/worklist?awaitingApproval=true');
    expect(idsOf(waiting.body.items)).not.toContain(id);
  });

  it('refuses to mark a named denouncer anonymous, and routes the checklist: refuse or transfer', async () => {
    const named = await openedDenunciation(t, team);
    const marked = await act(
      t,
      team.leader,
      `/denunciations/${named.opened.body.id}/mark-anonymous`,
      {
        version: named.opened.body.version,
        specificInformation: false,
      },
    );
    expectError(marked, 409, 'DENUNCIATION_DENOUNCER_IDENTIFIED', 'anonymity.denouncerIdentified');
    const notCompetent = { ...allConditions, within_competence: false };
    const wrongRoute = await act(
      t,
      team.leader,
      `/denunciations/${named.opened.body.id}/refuse-acceptance`,
      {
        version: named.opened.body.version,
        conditions: notCompetent,
        signer,
      },
    );
    expectError(wrongRoute, 409, 'DENUNCIATION_ROUTE_MISMATCH', 'acceptance');
    const transferred = await act(
      t,
      team.leader,
      `/denunciations/${named.opened.body.id}/transfer`,
      {
        version: named.opened.body.version,
        conditions: notCompetent,
        transferTo: 'Thanh tra Bộ Tài nguyên và Môi trường',
      },
    );
    expect(transferred.body).toMatchObject({
      status: 'transferred',
      transferredTo: 'Thanh tra Bộ Tài nguyên và Môi trường',
    });
    const vague = await openedDenunciation(t, team, { name: 'Ngô Văn Từ Chối' });
    const refused = await act(
      t,
      team.leader,
      `/denunciations/${vague.opened.body.id}/refuse-acceptance`,
      {
        version: vague.opened.body.version,
        conditions: { ...allConditions, identifiable_violation: false },
        signer,
      },
    );
    expect(refused.body).toMatchObject({ status: 'not_accepted', checklist: { route: 'refuse' } });
    const pdf = await pdfOf(
      t,
      team.leader,
      `/denunciations/${vague.opened.body.id}/documents/non-acceptance-notice`,
    );
    expect(pdf.text).toContain('Về việc không thụ lý tố cáo');
    expect(pdf.text).toContain('Điều 29 khoản 1 điểm d');
    expect(pdf.text).toContain('Ngô Văn Từ Chối');
  });

  it('links a follow-up denunciation to the first, only once the first is resolved or overdue, and re-resolves it', async () => {
    const first = await openedDenunciation(t, team);
    const accepted = await act(t, team.leader, `/denunciations/${first.opened.body.id}/accept`, {
      version: first.opened.body.version,
      conditions: allConditions,
      signer,
    });
    const early = await openedDenunciation(t, team, {}, first.opened.body.id);
    expectError(early.opened, 409, 'DENUNCIATION_FOLLOW_UP_NOT_ALLOWED', 'firstResolution');
    await travelTo(t, '2026-04-20', [team.desk, team.leader, team.investigator]);
    const followUp = await openedDenunciation(
      t,
      team,
      { name: 'Lý Văn Tố Tiếp' },
      first.opened.body.id,
    );
    expect(followUp.opened.status).toBe(201);
    expect(followUp.opened.body).toMatchObject({
      kind: 're_resolution',
      firstId: first.opened.body.id,
      followUpBasis: 'overdue',
      status: 'prelim_check',
    });
    expect(accepted.body.deadline.dueOn).toBe('2026-04-13');
    const id = followUp.opened.body.id as string;
    const events = await t.dataSource.query(
      'SELECT legal_basis FROM resolution_event WHERE proceeding_id = $1',
      [id],
    );
    expect(events).toEqual([{ legal_basis: 'Luật Tố cáo 2018, Điều 37, 38' }]);
    // The re-resolution: its own acceptance and its own D14, counted from its acceptance (Đ37, Đ30).
    const { step } = proceedingSteps(t, team, `/denunciations/${id}`, followUp.opened.body.version);
    const reAccepted = await step('leader', '/accept', { conditions: allConditions, signer });
    expect(reAccepted).toMatchObject({
      kind: 're_resolution',
      firstId: first.opened.body.id,
      status: 'accepted',
      acceptedOn: '2026-04-20',
      acceptanceTimeliness: 'on_time',
      deadline: { ruleKey: 'D14', dueOn: '2026-05-20' }, // 20/04 + 30 days, a Wednesday
    });
    await step('leader', '/assign-verification', {
      leadId: team.investigator.id,
      scope: 'Xác minh lại việc nhận tiền',
      signer,
    });
    await travelTo(t, '2026-05-15', [team.leader, team.investigator]);
    await step(
      'investigator',
      '/verification-records',
      {
        kind: 'verification_report',
        recordedOn: '2026-05-15',
        summary: 'Có căn cứ về việc nhận tiền ở một hồ sơ.',
        recommendation: 'Kết luận tố cáo đúng một phần.',
      },
      201,
    );
    const concluded = await step('leader', '/conclude', {
      outcome: 'partly_right',
      reasoning: 'Việc nhận tiền xảy ra ở một trong ba hồ sơ được tố cáo.',
      signer,
    });
    expect(concluded).toMatchObject({
      status: 'concluded',
      concludedOn: '2026-05-15',
      conclusionNoticeDueOn: '2026-05-22', // D15: 5 working days
      handlingDueOn: '2026-05-26', // D16: 7 working days
    });
    expect(lastOf(concluded.decisions)).toMatchObject({
      kind: 'denunciation_conclusion',
      outcome: 'partly_right',
      timeliness: 'on_time',
      dueOn: '2026-05-20',
    });
    const base = `/denunciations/${id}/documents`;
    const decision = await pdfOf(t, team.leader, `${base}/acceptance-decision`);
    expect(decision.text).toContain('Về việc thụ lý tố cáo');
    expect(decision.text).toContain('hạn cuối ngày 20/05/2026');
    const conclusion = await pdfOf(t, team.leader, `${base}/conclusion`);
    expect(conclusion.text).toContain('KẾT LUẬN');
    expect(conclusion.text).toContain('Có căn cứ về việc nhận tiền ở một hồ sơ.');
    expect(conclusion.text).toContain(
      `Căn cứ Quyết định số ${reAccepted.decisions[0].numberSymbol} ngày 20/04/2026 về việc thụ lý tố cáo`,
    );
    expect(conclusion.text).toContain('Kết luận: Tố cáo có đúng, có sai.');
    expect(conclusion.text).toContain(
      'hạn cuối ngày 20/05/2026; kết luận ban hành ngày 15/05/2026 (Đúng quy định)',
    );
    expect(conclusion.text).not.toContain('Lý Văn Tố Tiếp');
    const rows = await auditRows(t, id);
    expect(rows.map((r) => r.action)).toEqual([
      'denunciation.start_prelim_check',
      'denunciation.accept',
      'denunciation.assign_verification',
      'denunciation.record_verification_report',
      'denunciation.conclude',
    ]);
    expect(rowOf(rows, 'denunciation.start_prelim_check')).toMatchObject({
      to: 'prelim_check',
      data: { firstId: first.opened.body.id },
    });
    expect(rowOf(rows, 'denunciation.accept').data).toMatchObject({
      dueOn: '2026-05-20',
      noticeDueOn: '2026-04-28', // D13: 5 working days, 27/04 (Giỗ Tổ day off) not counted
    });
    expect(rowOf(rows, 'denunciation.conclude')).toMatchObject({
      actorId: team.leader.id,
      from: 'verifying',
      to: 'concluded',
      data: { outcome: 'partly_right', timeliness: 'on_time', dueOn: '2026-05-20' },
    });
    expect(JSON.stringify(rows)).not.toContain('Lý Văn Tố Tiếp');
  });
});
