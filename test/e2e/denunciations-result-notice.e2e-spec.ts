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
} from '../factories/resolution.factory';
import { expectError } from '../support/expect-error';
import { proceedingSteps } from '../support/proceeding-steps';
import { createTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(60_000); // several argon2 sign-ins and two whole proceedings per file

/**
 * Thông báo kết quả giải quyết tố cáo (Luật Tố cáo 2018 Điều 35 khoản 2; DOMAIN §5.1 D15, §8.1):
 * a TB document of its own, numbered in the agency's gapless register for its year, dated on the
 * day it is sent, and judged against the 5 working days from the conclusion.
 */
describe('the result notice to the denouncer: its own number, date and deadline (Luật TC 2018 Điều 35 khoản 2)', () => {
  let t: TestApp;
  let team: ResolutionTeam;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-12T02:00:00Z') });
    team = await resolutionTeam(t);
  });
  afterAll(() => t.close());

  /** A denunciation accepted, verified and concluded on the clock's day `on`, with its D15. */
  async function concluded(name: string, on: string, noticeDueOn: string) {
    const { opened } = await openedDenunciation(t, team, { name });
    expect(opened.status).toBe(201);
    const base = `/denunciations/${opened.body.id as string}`;
    const p = proceedingSteps(t, team, base, opened.body.version);
    await p.step('leader', '/accept', { conditions: allConditions, signer });
    await p.step('leader', '/assign-verification', {
      leadId: team.investigator.id,
      scope: 'Xác minh việc nhận tiền',
      signer,
    });
    await p.step(
      'investigator',
      '/verification-records',
      {
        kind: 'verification_report',
        recordedOn: on,
        summary: 'Có căn cứ về việc nhận tiền.',
        recommendation: 'Kết luận tố cáo đúng.',
      },
      201,
    );
    const body = await p.step('leader', '/conclude', {
      outcome: 'right',
      reasoning: 'Nội dung tố cáo là đúng.',
      signer,
    });
    expect(body).toMatchObject({
      status: 'concluded',
      concludedOn: on,
      conclusionNoticeDueOn: noticeDueOn,
    });
    return { id: opened.body.id as string, base, ...p };
  }

  it('gives two notices consecutive TB numbers, each printed with its own date', async () => {
    // D15: 12/03 + 5 working days = 19/03
    const first = await concluded('Lương Văn Một', '2026-03-12', '2026-03-19');
    const second = await concluded('Tạ Thị Hai', '2026-03-12', '2026-03-19');
    const early = await act(t, team.leader, `${first.base}/notify-result`, {
      version: first.version(),
      issuedOn: '2026-03-11',
      signer,
    });
    expectError(early, 400, 'VALIDATION_FAILED', 'issuedOn'); // before the conclusion

    await travelTo(t, '2026-03-16', [team.leader, team.investigator]);
    const a = await first.step('leader', '/notify-result', { signer });
    await travelTo(t, '2026-03-17', [team.leader, team.investigator]);
    const b = await second.step('leader', '/notify-result', { signer });
    const noticeOf = (body: Record<string, any>) =>
      (body.decisions as Record<string, unknown>[]).find(
        (d) => d.kind === 'denunciation_result_notice',
      );
    // 01–04/TB went out with the two acceptances (Đ29 k4: to each denouncer and each accused)
    expect([noticeOf(a), noticeOf(b)]).toEqual([
      expect.objectContaining({ numberSymbol: '05/TB-TTTP', issuedOn: '2026-03-16' }),
      expect.objectContaining({ numberSymbol: '06/TB-TTTP', issuedOn: '2026-03-17' }),
    ]);
    expect(noticeOf(a)).toMatchObject({ dueOn: '2026-03-19', timeliness: 'on_time' });
    expect(a.status).toBe('concluded'); // the notice does not move the proceeding

    const one = await pdfOf(t, team.leader, `${first.base}/documents/result-notice`);
    const two = await pdfOf(t, team.leader, `${second.base}/documents/result-notice`);
    expect(one.text).toContain('Số: 05/TB-TTTP');
    expect(one.text).toContain('Hà Nội, ngày 16 tháng 3 năm 2026');
    expect(one.text).toContain('Kính gửi: Ông (bà) Lương Văn Một');
    expect(one.text).toMatch(/Ngày 12\/03\/2026, .* Kết luận nội dung tố cáo số 01\/KL-TTTP/);
    expect(two.text).toContain('Số: 06/TB-TTTP');
    expect(two.text).toContain('Hà Nội, ngày 17 tháng 3 năm 2026');
    expect(two.text).toContain('Kết luận nội dung tố cáo số 02/KL-TTTP');
    expect(two.text).not.toContain('Lương Văn Một');

    const again = await act(t, team.leader, `${first.base}/notify-result`, {
      version: first.version(),
      signer,
    });
    expectError(again, 409, 'DENUNCIATION_RESULT_ALREADY_NOTIFIED', 'status');
    const investigator = await act(t, team.investigator, `${second.base}/notify-result`, {
      version: second.version(),
      signer,
    });
    expect(investigator.status).toBe(403);
    expect((await auditActions(t, first.id)).slice(-2)).toEqual([
      'denunciation.conclude',
      'denunciation.notify_result',
    ]);
    const events = await t.dataSource.query<Record<string, unknown>[]>(
      `SELECT action, from_status, to_status, acted_on::text, legal_basis, data FROM resolution_event
        WHERE proceeding_id = $1 ORDER BY seq DESC LIMIT 1`,
      [first.id],
    );
    expect(events).toEqual([
      {
        action: 'notify_result',
        from_status: 'concluded',
        to_status: 'concluded',
        acted_on: '2026-03-16',
        legal_basis: 'Luật Tố cáo 2018, Điều 35 khoản 2',
        data: { noticeNo: '05/TB-TTTP', dueOn: '2026-03-19', timeliness: 'on_time' },
      },
    ]);
  });

  it('a third notice sent late takes the next number and is judged late against D15', async () => {
    await travelTo(t, '2026-03-17', [team.desk, team.leader, team.investigator]);
    // D15: 17/03 + 5 working days = 24/03; sent on 27/03
    const third = await concluded('Hồ Văn Ba', '2026-03-17', '2026-03-24');
    await travelTo(t, '2026-03-27', [team.leader, team.investigator]);
    const sent = await third.step('leader', '/notify-result', { signer }); // 07–08/TB: acceptance
    const current = await read(t, team.leader, third.base);
    expect(current.body.status).toBe('concluded');
    expect(
      (sent.decisions as Record<string, unknown>[]).find(
        (d) => d.kind === 'denunciation_result_notice',
      ),
    ).toMatchObject({ numberSymbol: '09/TB-TTTP', dueOn: '2026-03-24', timeliness: 'late' });
  });
});
