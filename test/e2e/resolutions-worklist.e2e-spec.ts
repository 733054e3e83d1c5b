import {
  acceptedComplaint,
  act,
  allConditions,
  findById,
  idsOf,
  lastOf,
  openedDenunciation,
  pdfOf,
  proposedPetition,
  read,
  resolutionTeam,
  type ResolutionTeam,
  signer,
} from '../factories/resolution.factory';
import { createTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(30_000); // several argon2 sign-ins and whole proceedings per file

interface Line {
  id: string;
  type: string;
  awaitingApproval: boolean;
  deadline: { ruleKey: string; dueOn: string } | null;
}

describe('GET /resolutions/worklist: due soon and waiting for my approval (issue 7)', () => {
  let t: TestApp;
  let team: ResolutionTeam;
  /** Received complaint (D4 running), accepted complaint (D5, a month away), denunciation (D11). */
  let received: string;
  let accepted: string;
  let denunciation: { id: string; version: number };

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-12T02:00:00Z') });
    team = await resolutionTeam(t);
  });
  afterAll(() => t.close());

  const lines = async (who: keyof ResolutionTeam, query: string): Promise<Line[]> => {
    const res = await read(t, team[who], `/resolutions/worklist?${query}`);
    expect(res.status).toBe(200);
    return res.body.items as Line[];
  };

  it('dueWithin=N lists the complaint and the denunciation due within N working days, not the one due later', async () => {
    const proposed = await proposedPetition(t, team.desk);
    const opened = await act(t, team.leader, '/complaints', { petitionId: proposed.petitionId });
    expect(opened.body.acceptanceDeadline).toMatchObject({ ruleKey: 'D4', dueOn: '2026-03-23' });
    received = opened.body.id;
    accepted = (await acceptedComplaint(t, team)).complaint.id;
    const { opened: d } = await openedDenunciation(t, team);
    expect(d.body.prelimDeadline).toMatchObject({ ruleKey: 'D11', dueOn: '2026-03-23' });
    denunciation = { id: d.body.id, version: d.body.version };

    // 12/3/2026 (Thursday) + 7 working days = 23/3; + 6 = 20/3
    const week = await lines('leader', 'dueWithin=7');
    expect(idsOf(week).sort()).toEqual([received, denunciation.id].sort());
    expect(findById(week, received)).toMatchObject({
      type: 'complaint',
      deadline: { ruleKey: 'D4', dueOn: '2026-03-23' },
    });
    expect(findById(week, denunciation.id)).toMatchObject({
      type: 'denunciation',
      deadline: { ruleKey: 'D11', dueOn: '2026-03-23' },
    });
    expect(idsOf(await lines('leader', 'dueWithin=6'))).toEqual([]);
    const all = await lines('leader', '');
    expect(findById(all, accepted)).toMatchObject({
      deadline: { ruleKey: 'D5', dueOn: '2026-04-13' },
    });
  });

  it('awaitingApproval lists the denunciation with its verification report for the leader only', async () => {
    let v = denunciation.version;
    const step = async (who: 'leader' | 'investigator', path: string, body: object) => {
      const res = await act(t, team[who], `/denunciations/${denunciation.id}${path}`, {
        version: v,
        ...body,
      });
      expect({ path, status: res.status }).toEqual({
        path,
        status: res.status < 300 ? res.status : 200,
      });
      v = res.body.version;
      return res.body as Record<string, unknown>;
    };
    await step('leader', '/accept', { conditions: allConditions, signer });
    await step('leader', '/assign-verification', {
      leadId: team.investigator.id,
      scope: 'Xác minh việc nhận tiền',
      signer,
    });
    const assigned = await lines('leader', 'awaitingApproval=true&type=denunciation');
    expect(idsOf(assigned)).toEqual([]); // verifying, no report yet: nothing for the leader to decide
    await step('investigator', '/verification-records', {
      kind: 'verification_report',
      recordedOn: '2026-03-12',
      summary: 'Có căn cứ về việc nhận tiền.',
      recommendation: 'Kết luận tố cáo đúng.',
    });

    const leader = await lines('leader', 'awaitingApproval=true&type=denunciation');
    expect(idsOf(leader)).toEqual([denunciation.id]);
    expect(leader[0]).toMatchObject({ awaitingApproval: true, deadline: { ruleKey: 'D14' } });
    const leaderAll = await lines('leader', 'awaitingApproval=true');
    // a received complaint awaits acceptance, an accepted one its verification assignment
    expect(idsOf(leaderAll).sort()).toEqual([received, accepted, denunciation.id].sort());

    // The assigned investigator sees the proceeding, but nothing waits for their approval
    const mine = await lines('investigator', '');
    expect(findById(mine, denunciation.id)).toMatchObject({ awaitingApproval: false });
    expect(await lines('investigator', 'awaitingApproval=true')).toEqual([]);

    const concluded = await step('leader', '/conclude', {
      outcome: 'right',
      reasoning: 'Nội dung tố cáo là đúng.',
      measures: [{ type: 'discipline_person', persons: 1, officials: 1 }],
      signer,
    });
    expect(concluded.status).toBe('concluded');
    expect(idsOf(await lines('leader', 'awaitingApproval=true&type=denunciation'))).toEqual([]);
  });

  it('renders the result notice to the denouncer (Luật Tố cáo 2018 Điều 35 khoản 2) with the conclusion it announces', async () => {
    const path = `/denunciations/${denunciation.id}/documents`;
    const conclusion = await pdfOf(t, team.leader, `${path}/conclusion`);
    const current = await read(t, team.leader, `/denunciations/${denunciation.id}`);
    const sent = await act(t, team.leader, `/denunciations/${denunciation.id}/notify-result`, {
      version: current.body.version,
      signer,
    });
    expect(sent.status).toBe(200);
    // its own number in the TB register, after the acceptance notice of the accepted complaint
    // and the two notices sent with the denunciation's acceptance (Đ29 k4)
    expect(lastOf(sent.body.decisions)).toMatchObject({
      kind: 'denunciation_result_notice',
      numberSymbol: '04/TB-TTTP',
      timeliness: 'on_time',
    });
    const notice = await pdfOf(t, team.leader, `${path}/result-notice`);
    expect(notice.status).toBe(200);
    expect(notice.text).toContain('Số: 04/TB-TTTP');
    expect(notice.text).toContain('THÔNG BÁO');
    expect(notice.text).toContain('Kết quả giải quyết tố cáo');
    expect(notice.text).toContain('Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018');
    expect(notice.text).toContain('Ngày 12/03/2026');
    expect(notice.text).toMatch(/Kết luận nội dung tố cáo số 01\/KL-TTTP, kết luận: Tố cáo đúng/);
    expect(notice.text).toContain(
      'Các biện pháp xử lý: - Kiến nghị xử lý, kiểm điểm cá nhân: 1 người, trong đó 1 cán bộ, công chức, viên chức. ',
    );
    expect(notice.text).toContain('Kính gửi: Ông (bà) Lê Văn Khiếu'); // the leader may read the name
    expect(notice.text).toContain('Kính gửi');
    expect(conclusion.text).toContain('01/KL-TTTP');
    // the assigned investigator works on the redacted file: the notice does not name the denouncer
    const investigator = await pdfOf(t, team.investigator, `${path}/result-notice`);
    expect(investigator.status).toBe(200);
    expect(investigator.text).toContain('Kết luận nội dung tố cáo số 01/KL-TTTP');
    expect(investigator.text).not.toContain('Lê Văn Khiếu');
  });
});
