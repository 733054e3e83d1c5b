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
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(30_000); // several argon2 sign-ins and a whole proceeding per file

describe('a denunciation with two extensions concluded late (Luật Tố cáo 2018 Điều 24, 29, 30, 35, 36)', () => {
  let t: TestApp;
  let team: ResolutionTeam;
  let id: string;
  let version: number;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-10T02:00:00Z') });
    team = await resolutionTeam(t);
  });
  afterAll(() => t.close());

  const step = async (who: 'leader' | 'investigator', path: string, body: object, status = 200) => {
    const res = await act(t, team[who], `/denunciations/${id}${path}`, { version, ...body });
    expect({ path, status: res.status, body: res.status === status ? null : res.body }).toEqual({
      path,
      status,
      body: null,
    });
    version = res.body.version;
    return res.body as Record<string, any>;
  };

  it('opens the preliminary check (D11: 7 working days), extended once to 10', async () => {
    const { opened } = await openedDenunciation(t, team, { name: 'Vũ Thị Tố Giác' });
    expect(opened.status).toBe(201);
    id = opened.body.id;
    version = opened.body.version;
    await t.dataSource.query(`UPDATE "case" SET respondent = 'Ông Đỗ Văn Bị Tố' WHERE id = $1`, [
      opened.body.caseId,
    ]);
    expect(opened.body).toMatchObject({
      kind: 'first',
      status: 'prelim_check',
      prelimDeadline: { ruleKey: 'D11', dueOn: '2026-03-19' },
    });
    // Đ24 k1 names the two grounds: the same codes as at the petition stage (POST
    // /petitions/:id/extend-check). A free-text reason alone is refused, naming `ground`.
    const extend = (body: object) =>
      act(t, team.leader, `/denunciations/${id}/extend-prelim-check`, { version, ...body });
    for (const body of [
      { reason: 'Cần kiểm tra tại nhiều nơi' },
      { ground: 'cần kiểm tra tại nhiều nơi' },
      { ground: 'complex' },
    ]) {
      expectError(await extend(body), 400, 'VALIDATION_FAILED', 'ground');
    }
    // Nothing was written: the extension below is taken at the same version.
    const extended = await step('leader', '/extend-prelim-check', {
      ground: 'several_places',
      reason: 'Phải xác minh tại hai phường',
    });
    expect(extended.prelimDeadline.dueOn).toBe('2026-03-24');
    const [event] = await t.dataSource.query<{ data: Record<string, unknown> }[]>(
      `SELECT data FROM resolution_event WHERE proceeding_id = $1 AND action = 'extend_prelim_check'`,
      [id],
    );
    // codes and dates only: the free-text note is kept on the proceeding's row
    // (denunciations-prelim-extension.e2e-spec.ts)
    expect(event!.data).toEqual({ prelimDueOn: '2026-03-24', ground: 'several_places' });
    const twice = await extend({ ground: 'delegated' });
    expectError(twice, 409, 'DENUNCIATION_EXTENSION_LIMIT', 'prelimExtended');
  });

  it('accepts with the Điều 29 checklist: D13 notice and D14 resolution deadlines', async () => {
    await travelTo(t, '2026-03-12', [team.desk, team.leader, team.investigator, team.other]);
    const accepted = await step('leader', '/accept', { conditions: allConditions, signer });
    expect(accepted).toMatchObject({
      status: 'accepted',
      acceptedOn: '2026-03-12',
      acceptanceTimeliness: 'on_time',
      noticeDueOn: '2026-03-19',
      checklist: { route: 'accept' },
      deadline: { ruleKey: 'D14', dueOn: '2026-04-13' },
    });
    // Đ29 k4: the notices to the denouncer and to the accused go out with the decision
    expect(accepted.decisions).toMatchObject([
      { kind: 'denunciation_acceptance', numberSymbol: '01/QĐ-TTTP', issuedOn: '2026-03-12' },
      {
        kind: 'denunciation_acceptance_notice',
        numberSymbol: '01/TB-TTTP',
        issuedOn: '2026-03-12',
      },
      { kind: 'denunciation_accused_notice', numberSymbol: '02/TB-TTTP', issuedOn: '2026-03-12' },
    ]);
    await step('leader', '/assign-verification', {
      leadId: team.investigator.id,
      scope: 'Xác minh việc nhận tiền',
      signer,
    });
  });

  it('extends twice, each a decision with its reason, and refuses a third extension', async () => {
    await travelTo(t, '2026-04-10', [team.leader, team.investigator]);
    const normal = await act(t, team.leader, `/denunciations/${id}/extend`, {
      version,
      extension: { complexity: 'normal', reason: 'x' },
      signer,
    });
    expectError(normal, 409, 'DENUNCIATION_NOT_COMPLEX_ENOUGH', 'extension.complexity');
    const first = await step('leader', '/extend', {
      extension: { complexity: 'complex', reason: 'Vụ việc phức tạp, nhiều người liên quan' },
      signer,
    });
    expect(first).toMatchObject({
      status: 'extended_1',
      extensionCount: 1,
      deadline: { dueOn: '2026-05-11' },
    });
    await travelTo(t, '2026-05-08', [team.leader, team.investigator]);
    const second = await step('leader', '/extend', {
      extension: { complexity: 'especially_complex', reason: 'Phải trưng cầu giám định chữ ký' },
      signer,
    });
    expect(second).toMatchObject({
      status: 'extended_2',
      extensionCount: 2,
      deadline: { dueOn: '2026-06-10' },
    });
    const extensions = second.extensions as { previousDueOn: string; newDueOn: string }[];
    expect(extensions.map((e) => [e.previousDueOn, e.newDueOn])).toEqual([
      ['2026-04-13', '2026-05-11'],
      ['2026-05-11', '2026-06-10'],
    ]);
    const third = await act(t, team.leader, `/denunciations/${id}/extend`, {
      version,
      extension: { complexity: 'especially_complex', reason: 'Lần ba' },
      signer,
    });
    expectError(third, 409, 'DENUNCIATION_EXTENSION_LIMIT', 'status');
    const pdf = await pdfOf(t, team.leader, `/denunciations/${id}/documents/extension-decision`);
    expect(pdf.text).toContain('Về việc gia hạn giải quyết tố cáo (lần 2)');
    expect(pdf.text).toContain('Phải trưng cầu giám định chữ ký');
    expect(pdf.text).toContain('10/06/2026');
    // Issued documents keep what they stated on their day: the acceptance decision, its notice
    // and the verification assignment still say 13/04, while the proceeding shows 10/06.
    expect(second.deadline.dueOn).toBe('2026-06-10');
    const docs = `/denunciations/${id}/documents`;
    const acceptance = await pdfOf(t, team.leader, `${docs}/acceptance-decision`);
    expect(acceptance.text).toContain(
      'Thời hạn giải quyết là 30 ngày kể từ ngày thụ lý, hạn cuối ngày 13/04/2026',
    );
    expect(acceptance.text).toContain('(hạn cuối ngày 19/03/2026)');
    expect(acceptance.text).not.toContain('10/06/2026');
    const notice = await pdfOf(t, team.leader, `${docs}/acceptance-notice`);
    expect(notice.text).toContain('(hạn cuối ngày 13/04/2026)');
    const assignment = await pdfOf(t, team.leader, `${docs}/verification-assignment`);
    expect(assignment.text).toContain('trước ngày 13/04/2026');
    const latest = await pdfOf(t, team.leader, `${docs}/extension-decision`);
    expect(latest.text).toContain('từ ngày 11/05/2026 đến ngày 10/06/2026');
  });

  it('concludes late (after the extended D14), flags the deliberately false denunciation, then handles it (D16)', async () => {
    await step(
      'investigator',
      '/verification-records',
      {
        kind: 'verification_report',
        recordedOn: '2026-05-08',
        summary: 'Không có căn cứ về việc nhận tiền.',
        recommendation: 'Kết luận tố cáo sai.',
      },
      201,
    );
    await travelTo(t, '2026-06-15', [team.leader, team.investigator]);
    const overdue = await read(
      t,
      team.leader,
      '/resolutions/worklist?overdue=true&type=denunciation',
    );
    expect(idsOf(overdue.body.items)).toEqual([id]);
    const partly = await act(t, team.leader, `/denunciations/${id}/conclude`, {
      version,
      outcome: 'partly_right',
      deliberatelyFalse: true,
      reasoning: 'x',
      signer,
    });
    expectError(partly, 400, 'DECISION_OUTCOME_INVALID', 'deliberatelyFalse');
    const concluded = await step('leader', '/conclude', {
      outcome: 'wrong',
      deliberatelyFalse: true,
      reasoning: 'Nội dung tố cáo không đúng sự thật.',
      measures: [{ type: 'other', description: 'Kiến nghị xử lý người cố ý tố cáo sai sự thật' }],
      signer,
    });
    expect(concluded).toMatchObject({
      status: 'concluded',
      isDeliberatelyFalse: true,
      concludedOn: '2026-06-15',
      conclusionNoticeDueOn: '2026-06-22',
      handlingDueOn: '2026-06-24',
    });
    expect(lastOf(concluded.decisions)).toMatchObject({
      kind: 'denunciation_conclusion',
      numberSymbol: '01/KL-TTTP',
      outcome: 'wrong',
      outcomeLabel: 'Tố cáo sai',
      timeliness: 'late',
      dueOn: '2026-06-10',
    });
    const early = await act(t, team.leader, `/denunciations/${id}/close`, { version });
    expectError(early, 409, 'DENUNCIATION_INVALID_TRANSITION', 'status');
    const unsent = await pdfOf(t, team.leader, `/denunciations/${id}/documents/result-notice`);
    expect(unsent.status).toBe(409);
    const handled = await step('leader', '/handle', {
      handledOn: '2026-06-15',
      note: 'Đã chuyển hồ sơ xử lý',
    });
    expect(handled.status).toBe('handled');
    const decisions = handled.decisions as { numberSymbol: string }[];
    expect(decisions.map((d) => d.numberSymbol)).toEqual([
      '01/QĐ-TTTP',
      '01/TB-TTTP',
      '02/TB-TTTP',
      '02/QĐ-TTTP',
      '03/QĐ-TTTP',
      '04/QĐ-TTTP',
      '01/KL-TTTP',
    ]);
    const pdf = await pdfOf(t, team.leader, `/denunciations/${id}/documents/conclusion`);
    expect(pdf.text).toContain('KẾT LUẬN');
    expect(pdf.text).toContain('Kết luận: Tố cáo sai');
    expect(pdf.text).toContain('cố ý tố cáo sai sự thật');
    expect(pdf.text).toContain('Không đúng quy định');
    expect(pdf.text).not.toContain('Vũ Thị Tố Giác');
    expect(await auditActions(t, id)).toEqual([
      'denunciation.start_prelim_check',
      'denunciation.extend_prelim_check',
      'denunciation.accept',
      'denunciation.assign_verification',
      'denunciation.extend',
      'denunciation.extend',
      'denunciation.record_verification_report',
      'denunciation.conclude',
      'denunciation.handle',
    ]);
  });

  it('closes the file only after the result notice (Đ35 k2), a TB of its own, is sent', async () => {
    const unsent = await act(t, team.leader, `/denunciations/${id}/close`, { version });
    expectError(unsent, 409, 'DENUNCIATION_RESULT_NOT_NOTIFIED', 'resultNotice');
    await travelTo(t, '2026-06-23', [team.leader, team.investigator]);
    const notified = await step('leader', '/notify-result', { signer });
    expect(notified.status).toBe('handled');
    // D15: 15/06 + 5 working days = 22/06; sent on 23/06
    expect(lastOf(notified.decisions)).toMatchObject({
      kind: 'denunciation_result_notice',
      kindLabel: 'Thông báo kết quả giải quyết tố cáo',
      numberSymbol: '03/TB-TTTP', // after the two acceptance notices
      issuedOn: '2026-06-23',
      dueOn: '2026-06-22',
      timeliness: 'late',
    });
    const pdf = await pdfOf(t, team.leader, `/denunciations/${id}/documents/result-notice`);
    expect(pdf.text).toContain('Số: 03/TB-TTTP');
    expect(pdf.text).toContain('Hà Nội, ngày 23 tháng 6 năm 2026');
    expect(pdf.text).toContain('Ngày 15/06/2026');
    expect(pdf.text).toContain('Kết luận nội dung tố cáo số 01/KL-TTTP');
  });

  it('closes the handled file (Đ36) with its event and audit row', async () => {
    const investigator = await act(t, team.investigator, `/denunciations/${id}/close`, { version });
    expect(investigator.status).toBe(403);
    const closed = await step('leader', '/close', {});
    expect(closed.status).toBe('closed');
    const again = await act(t, team.leader, `/denunciations/${id}/close`, { version });
    expectError(again, 409, 'DENUNCIATION_INVALID_TRANSITION', 'status');
    expect((await auditActions(t, id)).slice(-3)).toEqual([
      'denunciation.handle',
      'denunciation.notify_result',
      'denunciation.close',
    ]);
    const events = await t.dataSource.query<Record<string, unknown>[]>(
      `SELECT action, from_status, to_status, legal_basis FROM resolution_event
        WHERE proceeding_id = $1 ORDER BY seq DESC LIMIT 1`,
      [id],
    );
    expect(events).toEqual([
      {
        action: 'close',
        from_status: 'handled',
        to_status: 'closed',
        legal_basis: 'Luật Tố cáo 2018, Điều 36',
      },
    ]);
  });
});
