import {
  acceptedComplaint,
  act,
  auditActions,
  pdfOf,
  proposedPetition,
  read,
  resolutionTeam,
  type ResolutionTeam,
  signer,
  travelTo,
  kindsOf,
  idsOf,
  lastOf,
  findById,
} from '../factories/resolution.factory';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

const REPORT = {
  kind: 'verification_report',
  recordedOn: '2026-03-12',
  summary: 'Việc thu hồi đúng trình tự nhưng bồi thường thiếu.',
  recommendation: 'Đề nghị kết luận khiếu nại đúng một phần.',
  demandsDifferFromVerification: true,
};
const DIALOGUE = {
  heldOn: '2026-03-12',
  place: 'Trụ sở Thanh tra thành phố',
  chairedBy: 'Nguyễn Văn Chánh',
  participants: [
    { name: 'Trần Thị Khiếu Nại', role: 'Người khiếu nại' },
    { name: 'Đại diện UBND phường', role: 'Người bị khiếu nại' },
  ],
  minutes: 'Hai bên trình bày ý kiến về mức bồi thường.',
  agreedPoints: 'Bồi thường bổ sung phần còn thiếu.',
};

jest.setTimeout(30_000); // several argon2 sign-ins and a whole proceeding per file

describe('a round-1 complaint decided partly right on time (Luật Khiếu nại 2011 Điều 27–31, 44)', () => {
  let t: TestApp;
  let team: ResolutionTeam;
  let id: string;
  let version: number;
  let caseId: string;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-10T02:00:00Z') });
    team = await resolutionTeam(t);
  });
  afterAll(() => t.close());

  const step = async (who: 'leader' | 'investigator', path: string, body: object, status = 200) => {
    const res = await act(t, team[who], `/complaints/${id}${path}`, { version, ...body });
    expect({ path, status: res.status }).toEqual({ path, status });
    version = (res.body as { version: number }).version;
    return res.body as Record<string, any>;
  };

  it('takes the petition over in `received` with the D4 acceptance window and its explanation', async () => {
    const proposed = await proposedPetition(t, team.desk);
    const opened = await act(t, team.leader, '/complaints', { petitionId: proposed.petitionId });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({
      status: 'received',
      checklist: null,
      deadline: null,
      acceptanceDeadline: { ruleKey: 'D4', dueOn: '2026-03-20', overdue: false },
    });
    expect(kindsOf(opened.body.acceptanceDeadline.explanation)).toEqual([
      'rule',
      'start',
      'count',
      'due',
    ]);
    const petition = await t.dataSource.query('SELECT status FROM petition WHERE id = $1', [
      proposed.petitionId,
    ]);
    expect(petition[0].status).toBe('accepted');
    const twice = await act(t, team.leader, '/complaints', { petitionId: proposed.petitionId });
    expect(twice.status).toBe(409);
  });

  it('accepts with the Điều 11 checklist, D2 limitation and D4 recorded; D5 is 30 days, rolled to Monday', async () => {
    await travelTo(t, '2026-03-12', [team.desk, team.leader, team.investigator, team.other]);
    const { proposed, complaint } = await acceptedComplaint(
      t,
      team,
      {},
      { name: 'Trần Thị Khiếu Nại' },
    );
    id = complaint.id;
    version = complaint.version;
    caseId = proposed.caseId;
    expect(complaint).toMatchObject({
      status: 'accepted',
      acceptedOn: '2026-03-12',
      acceptanceTimeliness: 'on_time',
      checklist: { acceptable: true, limitationDueOn: '2026-05-21' },
      deadline: { ruleKey: 'D5', ruleVersion: 1, dueOn: '2026-04-13', overdue: false },
    });
    expect(complaint.checklist.grounds).toHaveLength(9);
    const kinds = kindsOf(complaint.deadline.explanation);
    expect(kinds).toContain('roll_forward');
    expect(complaint.decisions[0]).toMatchObject({
      kind: 'complaint_acceptance_notice',
      numberSymbol: '01/TB-TTTP',
    });
    expect(JSON.stringify(complaint)).not.toContain('Trần Thị Khiếu Nại');
  });

  it('assigns the verification to an investigator of the agency; others do not see the proceeding', async () => {
    const assigned = await step('leader', '/assign-verification', {
      leadId: team.investigator.id,
      scope: 'Xác minh trình tự thu hồi đất',
      signer,
    });
    expect(assigned).toMatchObject({
      status: 'verifying',
      verification: { leadId: team.investigator.id },
    });
    expectError(await read(t, team.other, `/complaints/${id}`), 404, 'NOT_FOUND');
    const refused = await act(t, team.other, `/complaints/${id}/start-drafting`, { version });
    expectError(refused, 404, 'NOT_FOUND');
    expect((await read(t, team.investigator, `/complaints/${id}`)).status).toBe(200);
  });

  it('records the verification, holds the dialogue the differing demands require, drafts', async () => {
    const minutes = { kind: 'working_minutes', recordedOn: '2026-03-12', summary: 'Làm việc' };
    await step('investigator', '/verification-records', minutes, 201);
    const early = await act(t, team.investigator, `/complaints/${id}/start-drafting`, { version });
    expectError(early, 409, 'COMPLAINT_VERIFICATION_REPORT_REQUIRED', 'hasVerificationReport');
    await step('investigator', '/verification-records', REPORT, 201);
    const noDialogue = await act(t, team.investigator, `/complaints/${id}/start-drafting`, {
      version,
    });
    expectError(noDialogue, 409, 'COMPLAINT_DIALOGUE_REQUIRED', 'dialogueHeld');
    await step('investigator', '/dialogues', DIALOGUE, 201);
    const drafted = await step('investigator', '/start-drafting', {});
    expect(drafted.status).toBe('drafting');
  });

  it('lists the draft as waiting for the leader, and the proceeding in the investigator’s own list', async () => {
    const waiting = await read(t, team.leader, '/resolutions/worklist?awaitingApproval=true');
    expect(waiting.status).toBe(200);
    const line = findById(waiting.body.items, id);
    expect(line).toMatchObject({
      type: 'complaint',
      status: 'drafting',
      deadline: { ruleKey: 'D5', dueOn: '2026-04-13' },
    });
    expect(line?.deadline.explanation.length).toBeGreaterThan(2);
    const mine = await read(t, team.investigator, '/resolutions/worklist?mine=true');
    expect(idsOf(mine.body.items)).toEqual([id]);
    expect((await read(t, team.other, '/resolutions/worklist')).body.items).toEqual([]);
    const soon = await read(t, team.leader, '/resolutions/worklist?dueWithin=5');
    expect(idsOf(soon.body.items)).not.toContain(id);
  });

  it('decides partly right on 10/04, on time; measures recorded; legal effect by D9', async () => {
    await travelTo(t, '2026-04-10', [team.leader, team.investigator, team.other]);
    const measures = [
      { type: 'recover_money', amount: '1000' },
      { type: 'other', area: '-5' },
    ];
    const bad = await act(t, team.leader, `/complaints/${id}/decide`, {
      ...{ version, outcome: 'partly_right', reasoning: 'x', measures, signer },
    });
    expectError(bad, 400, 'DECISION_MEASURES_INVALID', 'measures.1.area');
    expect(bad.body.errors).toHaveLength(2); // measures.1.area not allowed, .description required
    const decided = await step('leader', '/decide', {
      outcome: 'partly_right',
      reasoning: 'Việc bồi thường chưa đủ theo quy định.',
      measures: [
        { type: 'return_money_person', amount: '150000000', beneficiaries: 1 },
        { type: 'discipline_person', persons: 2, officials: 1 },
      ],
      signer,
    });
    const decision = lastOf(decided.decisions);
    expect(decided.status).toBe('decided');
    expect(decision).toMatchObject({
      kind: 'complaint_first_round',
      numberSymbol: '02/QĐ-TTTP',
      issuedOn: '2026-04-10',
      outcome: 'partly_right',
      outcomeLabel: 'Khiếu nại đúng một phần',
      timeliness: 'on_time',
      dueOn: '2026-04-13',
      legalEffectOn: '2026-05-12',
    });
    expect(decision.measures).toHaveLength(2);
    const rows = await t.dataSource.query(
      'SELECT type, amount, persons, officials FROM decision_measure ORDER BY position',
    );
    expect(rows[0]).toMatchObject({ type: 'return_money_person', amount: '150000000' });
  });

  it('renders every document from the records (PDF text)', async () => {
    const base = `/complaints/${id}/documents`;
    const notice = await pdfOf(t, team.leader, `${base}/acceptance-notice`);
    expect(notice.text).toContain('THÔNG BÁO');
    expect(notice.text).toContain('Về việc thụ lý giải quyết khiếu nại lần đầu');
    expect(notice.text).toContain('Trần Thị Khiếu Nại');
    expect(notice.text).toContain('13/04/2026');
    const assignment = await pdfOf(t, team.leader, `${base}/verification-assignment`);
    expect(assignment.text).toContain('Về việc giao nhiệm vụ xác minh nội dung khiếu nại');
    expect(assignment.text).toContain('Cán bộ Thử Nghiệm');
    const minutes = await pdfOf(t, team.investigator, `${base}/dialogue-minutes`);
    expect(minutes.text).toContain('BIÊN BẢN');
    expect(minutes.text).toContain('Bồi thường bổ sung phần còn thiếu.');
    // biên bản đối thoại: signed by the participants, in no register — no blank "Số: /BB-…" line
    expect(minutes.text).not.toMatch(/Số:|\/BB-/);
    const decision = await pdfOf(t, team.leader, `${base}/decision`);
    expect(decision.text).toContain('QUYẾT ĐỊNH');
    expect(decision.text).toContain('Kết luận: Khiếu nại đúng một phần');
    expect(decision.text).toContain('150.000.000 đồng');
    expect(decision.text).toContain('12/05/2026');
    const none = await pdfOf(t, team.leader, `${base}/termination-decision`);
    expect(none.status).toBe(409);
  });

  it('writes one audit row per action and a case timeline with actor and legal basis', async () => {
    expect(await auditActions(t, id)).toEqual([
      'complaint.open',
      'complaint.accept',
      'complaint.assign_verification',
      'complaint.record_working_minutes',
      'complaint.record_verification_report',
      'complaint.hold_dialogue',
      'complaint.start_drafting',
      'complaint.decide',
    ]);
    const timeline = await read(t, team.leader, `/resolutions/case/${caseId}/timeline`);
    expect(timeline.status).toBe(200);
    const decide = (timeline.body.events as { action: string }[]).find(
      (e) => e.action === 'decide',
    );
    expect(decide).toMatchObject({
      actorName: 'Cán bộ Thử Nghiệm',
      legalBasis: 'Luật Khiếu nại 2011, Điều 31, 44',
      fromStatus: 'drafting',
      toStatus: 'decided',
      actedOn: '2026-04-10',
    });
    expectError(
      await read(t, team.other, `/resolutions/case/${caseId}/timeline`),
      404,
      'NOT_FOUND',
    );
  });
});
