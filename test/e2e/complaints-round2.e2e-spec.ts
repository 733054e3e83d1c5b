import { Role } from '../../src/auth/role';
import {
  acceptedComplaint,
  act,
  auditActions,
  noGrounds,
  pdfOf,
  proposedPetition,
  read,
  resolutionTeam,
  type ResolutionTeam,
  signer,
  travelTo,
  actionsOf,
  lastOf,
} from '../factories/resolution.factory';
import { auditRows, rowOf } from '../support/audit-rows';
import { agencyIdByCode } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(30_000); // several argon2 sign-ins and a whole proceeding per file

describe('a round-2 complaint annulling round 1 (Luật KN 2011 Điều 7, 33, 36–40, 44)', () => {
  let t: TestApp;
  let ward: ResolutionTeam;
  let city: ResolutionTeam;
  let first: { id: string; version: number; caseId: string };

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-12T02:00:00Z') });
    ward = await resolutionTeam(t, await agencyIdByCode(t, 'HN-P-BADINH'));
    city = await resolutionTeam(t, await agencyIdByCode(t, 'HN'));
    expect(ward.leader.roles).toEqual([Role.Leader]);
  });
  afterAll(() => t.close());

  const everyone = () => [...Object.values(ward), ...Object.values(city)];

  it('decides round 1 at the ward: wrong, no dialogue needed when demands and verification agree', async () => {
    const { proposed, complaint } = await acceptedComplaint(
      t,
      ward,
      {},
      { name: 'Phạm Văn Lần Hai' },
    );
    let v = complaint.version;
    const go = async (who: 'leader' | 'investigator', path: string, body: object) => {
      const res = await act(t, ward[who], `/complaints/${complaint.id}${path}`, {
        version: v,
        ...body,
      });
      expect({ path, status: res.status }).toEqual({
        path,
        status: res.status < 300 ? res.status : 200,
      });
      v = res.body.version;
      return res.body;
    };
    await go('leader', '/assign-verification', {
      leadId: ward.investigator.id,
      scope: 'Xác minh',
      signer,
    });
    await go('investigator', '/verification-records', {
      kind: 'verification_report',
      recordedOn: '2026-03-12',
      summary: 'Quyết định thu hồi đúng pháp luật.',
      recommendation: 'Khiếu nại sai.',
      demandsDifferFromVerification: false,
    });
    const needless = await act(t, ward.investigator, `/complaints/${complaint.id}/dialogues`, {
      version: v,
      heldOn: '2026-03-12',
      place: 'UBND phường',
      chairedBy: 'A',
      participants: [
        { name: 'A', role: 'B' },
        { name: 'C', role: 'D' },
      ],
      minutes: 'x',
    });
    expectError(needless, 409, 'COMPLAINT_DIALOGUE_NOT_REQUIRED', 'demandsDifferFromVerification');
    await go('investigator', '/start-drafting', {});
    await travelTo(t, '2026-03-20', everyone());
    const decided = await go('leader', '/decide', {
      outcome: 'wrong',
      reasoning: 'Khiếu nại không có cơ sở.',
      signer,
    });
    expect(lastOf(decided.decisions)).toMatchObject({
      numberSymbol: '02/QĐ-UBND',
      outcome: 'wrong',
      timeliness: 'on_time',
      legalEffectOn: '2026-04-21',
    });
    first = { id: complaint.id, version: v, caseId: proposed.caseId };
  });

  it('accepts the round-2 complaint at the city within D7, escalating round 1 and blocking its legal effect', async () => {
    await travelTo(t, '2026-03-25', everyone());
    const proposed = await proposedPetition(t, city.desk, { name: 'Phạm Văn Lần Hai' });
    const unlinked = await act(t, city.leader, '/complaints', {
      petitionId: proposed.petitionId,
      round: 'second',
    });
    expectError(unlinked, 400, 'VALIDATION_FAILED', 'firstRoundId');
    const opened = await act(t, city.leader, '/complaints', {
      petitionId: proposed.petitionId,
      round: 'second',
      firstRoundId: first.id,
    });
    expect(opened.status).toBe(201);
    const noReceipt = await act(t, city.leader, `/complaints/${opened.body.id}/accept`, {
      version: opened.body.version,
      grounds: noGrounds,
      signer,
    });
    expectError(noReceipt, 400, 'COMPLAINT_INPUT_INVALID', 'firstRound.decisionReceivedOn');
    const accepted = await act(t, city.leader, `/complaints/${opened.body.id}/accept`, {
      version: opened.body.version,
      grounds: noGrounds,
      firstRound: { decisionReceivedOn: '2026-03-21' },
      signer,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      round: 'second',
      firstRoundId: first.id,
      checklist: { acceptable: true, limitationDueOn: '2026-04-20' },
      deadline: { ruleKey: 'D8', dueOn: '2026-05-11' },
    });
    const r1 = await read(t, city.leader, `/complaints/${first.id}`);
    expect(r1.body).toMatchObject({ status: 'escalated', resumeTo: 'decided' });
    expect(lastOf(r1.body.decisions)).toMatchObject({ legalEffectOn: null });
    // the round-1 decision as issued keeps the D9 date it stated, with its Điều 44 exception
    const issued = await pdfOf(t, ward.leader, `/complaints/${first.id}/documents/decision`);
    expect(issued.text).toContain('có hiệu lực pháp luật từ ngày 21/04/2026');
    expect(issued.text).toContain('trừ trường hợp người khiếu nại khiếu nại lần hai');
    expect(await auditActions(t, first.id)).toContain('complaint.record_second_round');
    const leader2 = city.leader;
    const id = opened.body.id as string;
    let v = accepted.body.version as number;
    const go = async (who: 'leader' | 'investigator', path: string, body: object) => {
      const res = await act(
        t,
        who === 'leader' ? leader2 : city.investigator,
        `/complaints/${id}${path}`,
        { version: v, ...body },
      );
      expect({ path, status: res.status < 300 }).toEqual({ path, status: true });
      v = res.body.version;
      return res.body;
    };
    await go('leader', '/assign-verification', {
      leadId: city.investigator.id,
      scope: 'Xác minh lại',
      signer,
    });
    await go('investigator', '/verification-records', {
      kind: 'verification_report',
      recordedOn: '2026-03-25',
      summary: 'Quyết định lần đầu chưa xem xét hồ sơ bồi thường.',
      recommendation: 'Hủy quyết định lần đầu.',
    });
    const noDialogue = await act(t, city.investigator, `/complaints/${id}/start-drafting`, {
      version: v,
    });
    expectError(noDialogue, 409, 'COMPLAINT_DIALOGUE_REQUIRED', 'dialogueHeld');
    await go('investigator', '/dialogues', {
      heldOn: '2026-03-25',
      place: 'UBND thành phố',
      chairedBy: 'Lãnh đạo UBND thành phố',
      participants: [
        { name: 'Phạm Văn Lần Hai', role: 'Người khiếu nại' },
        { name: 'UBND phường Ba Đình', role: 'Người giải quyết lần đầu' },
      ],
      minutes: 'Đối thoại lần hai.',
    });
    await go('investigator', '/start-drafting', {});
    const decided = await go('leader', '/decide', {
      outcome: 'annulled_or_amended_first',
      contentConclusion: 'right',
      reasoning: 'Quyết định lần đầu không xem xét đầy đủ hồ sơ.',
      signer,
    });
    const decision = lastOf(decided.decisions);
    expect(decision).toMatchObject({
      kind: 'complaint_second_round',
      issuedOn: '2026-03-25',
      outcome: 'annulled_or_amended_first',
      contentConclusion: 'right',
      timeliness: 'on_time',
      dueOn: '2026-05-11',
      // Điều 44 k2 (D9): 30 days after issuance, not from signing — 25/03 + 30 = Fri 24/04
      legalEffectOn: '2026-04-25',
    });
    expect(decision.legalEffectExplanation[0].days).toBe(30);
    expect((await read(t, city.leader, `/complaints/${first.id}`)).body.status).toBe('closed');
    const pdf = await pdfOf(t, city.leader, `/complaints/${id}/documents/decision`);
    expect(pdf.text).toContain('(lần hai)');
    expect(pdf.text).toContain('Hủy, sửa quyết định giải quyết lần đầu số 02/QĐ-UBND');
    expect(pdf.text).toContain('về nội dung: Khiếu nại đúng');
    expect(pdf.text).toContain('có hiệu lực pháp luật từ ngày 25/04/2026');
    expect(pdf.text).toContain('trừ trường hợp người khiếu nại khởi kiện vụ án hành chính');
    const rows = await auditRows(t, id);
    expect(rows.map((r) => r.action)).toEqual([
      'complaint.open',
      'complaint.accept',
      'complaint.assign_verification',
      'complaint.record_verification_report',
      'complaint.hold_dialogue',
      'complaint.start_drafting',
      'complaint.decide',
    ]);
    expect(rowOf(rows, 'complaint.accept')).toMatchObject({
      actorId: city.leader.id,
      from: 'received',
      to: 'accepted',
    });
    expect(rowOf(rows, 'complaint.decide')).toMatchObject({
      actorId: city.leader.id,
      from: 'drafting',
      to: 'decided',
      data: { outcome: 'annulled_or_amended_first', legalEffectOn: '2026-04-25' },
    });
    const firstRows = await auditRows(t, first.id);
    expect(firstRows.map((r) => r.action).slice(-2)).toEqual([
      'complaint.record_second_round',
      'complaint.close',
    ]);
    expect(rowOf(firstRows, 'complaint.record_second_round')).toMatchObject({
      actorId: city.leader.id,
      from: 'decided',
      to: 'escalated',
    });
    expect(rowOf(firstRows, 'complaint.close')).toMatchObject({
      from: 'escalated',
      to: 'closed',
      data: { byDecisionNo: decision.numberSymbol },
    });
    const timeline = await read(t, city.leader, `/resolutions/case/${first.caseId}/timeline`);
    expect(actionsOf(timeline.body.events)).toContain('record_second_round');
  });

  it('refuses a third round and a round 2 filed after D7 (Điều 11 khoản 6)', async () => {
    await travelTo(t, '2026-06-01', everyone());
    const round1 = await acceptedComplaint(t, ward, { decisionKnownOn: '2026-05-20' });
    const proposed = await proposedPetition(t, city.desk);
    const opened = await act(t, city.leader, '/complaints', {
      petitionId: proposed.petitionId,
      round: 'second',
      firstRoundId: round1.complaint.id,
    });
    const pending = await act(t, city.leader, `/complaints/${opened.body.id}/accept`, {
      version: opened.body.version,
      grounds: noGrounds,
      signer,
    });
    expectError(pending, 409, 'COMPLAINT_SECOND_ROUND_NOT_ALLOWED', 'secondRound');
    const proposedLate = await proposedPetition(t, city.desk);
    const late = await act(t, city.leader, '/complaints', {
      petitionId: proposedLate.petitionId,
      round: 'second',
      firstRoundId: first.id,
    });
    const refused = await act(t, city.leader, `/complaints/${late.body.id}/refuse-acceptance`, {
      version: late.body.version,
      grounds: noGrounds,
      firstRound: { decisionReceivedOn: '2026-03-21' },
      signer,
    });
    expect([refused.status, refused.body.status]).toEqual([200, 'not_accepted']);
  });
});
