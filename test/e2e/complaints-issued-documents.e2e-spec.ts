import {
  acceptedComplaint,
  act,
  pdfOf,
  read,
  resolutionTeam,
  type ResolutionTeam,
  signer,
  travelTo,
} from '../factories/resolution.factory';
import { createTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(30_000); // several argon2 sign-ins and a whole proceeding per file

/**
 * An issued document prints what was true on its issue date (NĐ 30/2020: a document, once
 * signed, does not change): the acceptance notice keeps the due date and period it announced,
 * while the proceeding and the worklist follow the deadline as suspensions and flags move it.
 */
describe('a complaint suspended, resumed and made complex after its acceptance notice (Luật KN 2011 Điều 27, 28)', () => {
  let t: TestApp;
  let team: ResolutionTeam;
  let id: string;
  let version: number;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-12T02:00:00Z') });
    team = await resolutionTeam(t);
  });
  afterAll(() => t.close());

  const notice = async () => {
    const pdf = await pdfOf(t, team.leader, `/complaints/${id}/documents/acceptance-notice`);
    expect(pdf.status).toBe(200);
    return pdf.text;
  };
  const stated =
    'Thời hạn giải quyết khiếu nại là 30 ngày kể từ ngày thụ lý, hạn cuối là ngày 13/04/2026';

  it('announces 30 days, due 13/04/2026, in the notice issued on 12/03/2026', async () => {
    const { complaint } = await acceptedComplaint(t, team, {}, { name: 'Phan Thị Thông Báo' });
    id = complaint.id;
    version = complaint.version;
    expect(complaint.deadline.dueOn).toBe('2026-04-13');
    const text = await notice();
    expect(text).toContain('Số: 01/TB-TTTP');
    expect(text).toContain('Hà Nội, ngày 12 tháng 3 năm 2026');
    expect(text).toContain(stated);
  });

  it('keeps the announced due date while the proceeding is suspended (its current due date is null)', async () => {
    await travelTo(t, '2026-03-20', [team.leader]);
    const suspended = await act(t, team.leader, `/complaints/${id}/suspend`, {
      version,
      reason: 'Chờ kết quả giám định của cơ quan chuyên môn',
    });
    expect(suspended.status).toBe(200);
    version = suspended.body.version;
    expect(suspended.body.deadline).toMatchObject({ dueOn: null, remainingDays: 23 });
    expect(await notice()).toContain(stated);
  });

  it('after the resumption and a complex flag: GET shows the moved due date, the notice the original one', async () => {
    await travelTo(t, '2026-03-30', [team.leader]);
    const resumed = await act(t, team.leader, `/complaints/${id}/resume`, { version });
    expect(resumed.status).toBe(200);
    // 11/04 + 10 suspended days (20/03–29/03) = 21/04
    expect(resumed.body.deadline.dueOn).toBe('2026-04-21');
    const flagged = await act(t, team.leader, `/complaints/${id}/set-flags`, {
      version: resumed.body.version,
      complex: true,
      complexReason: 'Nhiều nội dung, nhiều người liên quan',
      remote: false,
    });
    expect(flagged.status).toBe(200);
    const current = await read(t, team.leader, `/complaints/${id}`);
    const moved = current.body.deadline as { dueOn: string; explanation: { days?: number }[] };
    expect(moved.explanation[0]?.days).toBe(45);
    expect(moved.dueOn > '2026-04-21').toBe(true);
    const worklist = await read(t, team.leader, '/resolutions/worklist?type=complaint');
    const line = (worklist.body.items as { id: string; deadline: { dueOn: string } }[]).find(
      (i) => i.id === id,
    );
    expect(line?.deadline.dueOn).toBe(moved.dueOn);

    const text = await notice();
    expect(text).toContain('Hà Nội, ngày 12 tháng 3 năm 2026');
    expect(text).toContain(stated);
    const [y, m, d] = moved.dueOn.split('-');
    expect(text).not.toContain(`${d}/${m}/${y}`);
    expect(text).not.toContain('21/04/2026');
    expect(text).not.toContain('45 ngày');
  });

  it('states the current due date in a document issued later (the verification assignment)', async () => {
    const current = await read(t, team.leader, `/complaints/${id}`);
    const assigned = await act(t, team.leader, `/complaints/${id}/assign-verification`, {
      version: current.body.version,
      leadId: team.investigator.id,
      scope: 'Xác minh trình tự thu hồi đất',
      signer,
    });
    expect(assigned.status).toBe(200);
    const [y, m, d] = (current.body.deadline.dueOn as string).split('-');
    const pdf = await pdfOf(t, team.leader, `/complaints/${id}/documents/verification-assignment`);
    expect(pdf.text).toContain(`trước ngày ${d}/${m}/${y}`);
    expect(await notice()).toContain(stated);
  });
});
