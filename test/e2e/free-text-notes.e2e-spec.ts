import { RecordComplaintDroppedChallenges1767225800000 as Migration } from '../../migrations/1767225800000-RecordComplaintDroppedChallenges';
import { EnforcementType as T } from '../../src/decisions/domain/recommended-measures';
import { type DecisionView, progress } from '../factories/enforcement.factory';
import {
  acceptedComplaint,
  act,
  lastOf,
  noGrounds,
  proposedPetition,
  read,
  resolutionTeam,
  type ResolutionTeam,
  travelTo,
} from '../factories/resolution.factory';
import { auditRows, rowOf } from '../support/audit-rows';
import { agencyIdByCode } from '../support/auth';
import { leakedNotes, textHolders } from '../support/free-text-sweep';
import { createTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(120_000); // two agencies' sign-ins, a proceeding to legal effect, its enforcement

// Event rows (resolution_event.data, petition_event.data) and audit rows (audit_event.data) hold
// codes, dates and ids — never text an officer typed, which may name a person and would then stay
// in the append-only, hash-chained audit trail for ever (ResolutionEventInput, docs/security.md,
// docs/resolution.md "free-text notes"). A note is kept on its record and shown by that record's
// GET. This file types a text of its own into every free-text field of the complaint and
// enforcement routes, walking one proceeding from acceptance through both challenges (round 2
// not accepted, lawsuit returned) to legal effect and the enforcement of its measures, then
// sweeps the event and audit tables for each text. The petition routes have their own walk and
// sweep: free-text-notes-petitions.e2e-spec.ts.

const NOTE = {
  acceptComplexReason: 'Nhiều hộ dân liên quan [ghi chú 01]',
  acceptRemoteReason: 'Xã đảo, đi lại khó khăn [ghi chú 02]',
  signerName: 'Đỗ Thị Ký Tên [ghi chú 03]',
  signerTitle: 'CHỦ TỊCH [ghi chú 04]',
  signerAuthority: 'KT. CHỦ TỊCH [ghi chú 05]',
  flagsComplexReason: 'Có tranh chấp thừa kế giữa ông Lò Văn Phức [ghi chú 06]',
  flagsRemoteReason: 'Thôn bản xa trung tâm [ghi chú 07]',
  suspendReason: 'Chờ kết quả giám định chữ ký bà Hà Thị Tạm [ghi chú 08]',
  verificationScope: 'Xác minh việc bồi thường cho ông Vi Văn Xác [ghi chú 09]',
  minutesSummary: 'Làm việc với bà Nông Thị Biên [ghi chú 10]',
  minutesDocuments: 'Sổ địa chính năm 1995 [ghi chú 11]',
  reportSummary: 'Việc bồi thường thiếu diện tích [ghi chú 12]',
  reportRecommendation: 'Đề nghị bồi thường bổ sung [ghi chú 13]',
  dialoguePlace: 'Nhà văn hóa thôn Đối [ghi chú 14]',
  dialogueChair: 'Ông Mạc Văn Chủ Trì [ghi chú 15]',
  participantName: 'Bà Lục Thị Dự [ghi chú 16]',
  participantRole: 'Người có quyền lợi liên quan [ghi chú 17]',
  dialogueMinutes: 'Các bên trình bày ý kiến [ghi chú 18]',
  dialogueAgreed: 'Thống nhất đo đạc lại [ghi chú 19]',
  decisionReasoning: 'Khiếu nại đúng một phần [ghi chú 20]',
  measureMoney: 'Thu hồi tiền bồi thường sai [ghi chú 21]',
  measureDiscipline: 'Kiểm điểm cán bộ địa chính [ghi chú 22]',
  dropSecondRound: 'Ông Khổng Văn Rút đã rút đơn khiếu nại lần hai [ghi chú 23]',
  lawsuitCourt: 'Tòa án nhân dân khu vực 1 [ghi chú 24]',
  dropLawsuit: 'Tòa án trả lại đơn khởi kiện của ông Khổng Văn Rút [ghi chú 25]',
  progressNote: 'Nộp tại Kho bạc qua bà Tô Thị Nộp [ghi chú 26]',
  overCollection: 'Thu thêm tiền chậm nộp [ghi chú 27]',
  disciplineMeasure: 'Khiển trách ông Đàm Văn Kỷ [ghi chú 28]',
  reopenReason: 'Ủy nhiệm chi của bà Tô Thị Nộp bị trả lại [ghi chú 29]',
  terminationReason: 'Người khiếu nại ông Phùng Văn Mất đã chết [ghi chú 30]',
} as const;

describe('free-text notes stay on their records, never in an event or audit row', () => {
  let t: TestApp;
  let ward: ResolutionTeam;
  let city: ResolutionTeam;
  const ids = { complaint: '', decision: '' };

  const { signerName: name, signerTitle: title, signerAuthority: authority } = NOTE;
  const signer = { name, title, authority };
  const everyone = () => [...Object.values(ward), ...Object.values(city)];

  /** The complaint's step, with its current version; expects a 2xx. */
  let version = 0;
  const step = async (who: 'leader' | 'investigator', path: string, body: object = {}) => {
    const res = await act(t, ward[who], `/complaints/${ids.complaint}${path}`, {
      version,
      ...body,
    });
    expect({ path, status: res.status < 300 ? 'ok' : res.body }).toEqual({ path, status: 'ok' });
    version = (res.body as { version: number }).version;
    return res.body as Record<string, any>;
  };

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-12T02:00:00Z') });
    ward = await resolutionTeam(t, await agencyIdByCode(t, 'HN-P-BADINH'));
    city = await resolutionTeam(t, await agencyIdByCode(t, 'HN'));
  });
  afterAll(() => t.close());

  it('walks a round-1 complaint to its decision, typing a note into every free-text field', async () => {
    const { complaint } = await acceptedComplaint(t, ward, {
      complex: true,
      complexReason: NOTE.acceptComplexReason,
      remote: true,
      remoteReason: NOTE.acceptRemoteReason,
      signer,
    });
    ids.complaint = complaint.id;
    version = complaint.version;
    await step('leader', '/set-flags', {
      complex: true,
      complexReason: NOTE.flagsComplexReason,
      remote: true,
      remoteReason: NOTE.flagsRemoteReason,
    });
    await step('leader', '/assign-verification', {
      leadId: ward.investigator.id,
      scope: NOTE.verificationScope,
      signer,
    });
    await travelTo(t, '2026-03-13', [ward.leader, ward.investigator]);
    await step('leader', '/suspend', { reason: NOTE.suspendReason });
    await step('leader', '/resume');
    await step('investigator', '/verification-records', {
      kind: 'working_minutes',
      recordedOn: '2026-03-13',
      summary: NOTE.minutesSummary,
      documents: NOTE.minutesDocuments,
    });
    await step('investigator', '/verification-records', {
      kind: 'verification_report',
      recordedOn: '2026-03-13',
      summary: NOTE.reportSummary,
      recommendation: NOTE.reportRecommendation,
      demandsDifferFromVerification: true,
    });
    await step('investigator', '/dialogues', {
      heldOn: '2026-03-13',
      place: NOTE.dialoguePlace,
      chairedBy: NOTE.dialogueChair,
      participants: [
        { name: NOTE.participantName, role: NOTE.participantRole },
        { name: 'Đại diện UBND phường', role: 'Người bị khiếu nại' },
      ],
      minutes: NOTE.dialogueMinutes,
      agreedPoints: NOTE.dialogueAgreed,
    });
    await step('investigator', '/start-drafting');
    const decided = await step('leader', '/decide', {
      outcome: 'partly_right',
      reasoning: NOTE.decisionReasoning,
      measures: [
        { type: T.RecoverMoney, amount: '1000000', description: NOTE.measureMoney },
        { type: T.DisciplinePerson, persons: 1, description: NOTE.measureDiscipline },
      ],
      signer,
    });
    expect(decided.status).toBe('decided');
    ids.decision = lastOf(decided.decisions).id as string;
  });

  it('drops a round-2 complaint and then a returned lawsuit: GET shows each with its reason', async () => {
    // round 2 at the city escalates round 1 (Luật KN Đ33) …
    await travelTo(t, '2026-03-25', everyone());
    const proposed = await proposedPetition(t, city.desk);
    const opened = await act(t, city.leader, '/complaints', {
      petitionId: proposed.petitionId,
      round: 'second',
      firstRoundId: ids.complaint,
    });
    expect(opened.status).toBe(201);
    const accepted = await act(t, city.leader, `/complaints/${opened.body.id}/accept`, {
      version: opened.body.version,
      grounds: noGrounds,
      firstRound: { decisionReceivedOn: '2026-03-21' },
      signer,
    });
    expect(accepted.status).toBe(200);
    version = (await read(t, ward.leader, `/complaints/${ids.complaint}`)).body.version;
    // … and ends without a decision; later the court returns the complainant's lawsuit (Đ7, Đ44)
    const back = await step('leader', '/drop-challenge', { reason: NOTE.dropSecondRound });
    expect(back).toMatchObject({ status: 'decided', resumeTo: null });
    await step('leader', '/record-lawsuit', { court: NOTE.lawsuitCourt, acceptedOn: '2026-03-25' });
    const returned = await step('leader', '/drop-challenge', { reason: NOTE.dropLawsuit });
    expect(returned.lawsuit).toBeUndefined();

    const shown = await read(t, ward.leader, `/complaints/${ids.complaint}`);
    expect(shown.status).toBe(200);
    expect(shown.body.droppedChallenges).toEqual([
      {
        challenge: 'second_round',
        challengeLabel: 'Khiếu nại lần hai',
        droppedOn: '2026-03-25',
        lawsuitCourt: null,
        lawsuitFiledOn: null,
        reason: NOTE.dropSecondRound,
        droppedBy: ward.leader.id,
      },
      {
        challenge: 'lawsuit',
        challengeLabel: 'Khởi kiện vụ án hành chính tại Tòa án',
        droppedOn: '2026-03-25',
        lawsuitCourt: NOTE.lawsuitCourt,
        lawsuitFiledOn: '2026-03-25',
        reason: NOTE.dropLawsuit,
        droppedBy: ward.leader.id,
      },
    ]);
    // the event and the audit row say what happened, in codes, dates and the record's id
    const rows = (await auditRows(t, ids.complaint)).filter(
      (r) => r.action === 'complaint.drop_challenge',
    );
    const keys = 'challenge,droppedChallengeId,from,lawsuitFiledOn,legalEffectOn,to';
    expect(rows.map((r) => [r.data.challenge, Object.keys(r.data).sort().join()])).toEqual([
      ['second_round', keys],
      ['lawsuit', keys],
    ]);
  });

  it('keeps an enforcement reopening’s reason on the reopening, shown by GET', async () => {
    const legalEffectOn = lastOf(
      (await read(t, ward.leader, `/complaints/${ids.complaint}`)).body.decisions,
    ).legalEffectOn as string;
    await travelTo(t, legalEffectOn, Object.values(ward));
    await step('leader', '/take-legal-effect');
    let view = (await read(t, ward.leader, `/enforcement/decisions/${ids.decision}`))
      .body as DecisionView;
    view = await progress(t, ward.investigator, view, 0, {
      on: legalEffectOn,
      documentRef: 'BL-0001',
      amount: '1200000',
      unit: 'VND',
      note: NOTE.progressNote,
      overCollectionNote: NOTE.overCollection,
    });
    view = await progress(t, ward.investigator, view, 1, {
      on: legalEffectOn,
      documentRef: 'QĐ-KL-01',
      measure: NOTE.disciplineMeasure,
      persons: 1,
    });
    const item = view.items[0]!;
    const reopened = await act(t, ward.leader, `/enforcement/items/${item.id}/reopen`, {
      version: item.version,
      reason: NOTE.reopenReason,
      voidEntryIds: [item.progress[0]!.id],
    });
    expect(reopened.status).toBe(200);

    const shown = await read(t, ward.leader, `/enforcement/decisions/${ids.decision}`);
    expect(shown.body.items[0].reopenings).toEqual([
      {
        id: expect.any(String),
        itemId: item.id,
        on: legalEffectOn,
        reason: NOTE.reopenReason,
        byOfficerId: ward.leader.id,
      },
    ]);
    const audited = rowOf(await auditRows(t, item.id), 'enforcement.reopen');
    expect(Object.keys(audited.data).sort().join()).toBe(
      'byOfficerId,decisionCompletedOn,itemId,on,previousCompletedOn,reopeningId,type,voidedEntryIds',
    );
  });

  it('keeps a termination’s reason on its decision', async () => {
    const { complaint } = await acceptedComplaint(t, ward);
    const res = await act(t, ward.leader, `/complaints/${complaint.id}/terminate`, {
      version: complaint.version,
      termination: {
        on: t.clock.today(),
        cause: 'complainant_died',
        reason: NOTE.terminationReason,
      },
      signer,
    });
    expect(res.status).toBe(200);
    expect(lastOf(res.body.decisions)).toMatchObject({ reasoning: NOTE.terminationReason });
  });

  it('finds none of the typed texts in any event or audit row (sweep)', async () => {
    expect(await leakedNotes(t, NOTE)).toEqual([]);
    expect(await textHolders(t, 'droppedChallengeId')).toBe(4); // the sweep sees what rows hold
  });

  it('migration 1767225800000 fills the records from the events written before, with their reason', async () => {
    const rowsOf = () =>
      t.dataSource.query<Record<string, unknown>[]>(
        `SELECT id, challenge, dropped_on::text AS "droppedOn", lawsuit_court AS court,
                lawsuit_filed_on::text AS "filedOn", reason, created_by AS "by"
           FROM complaint_dropped_challenge WHERE complaint_id = $1
          ORDER BY dropped_on, created_at`,
        [ids.complaint],
      );
    const written = await rowsOf();
    expect(written).toHaveLength(2);

    // Before this release the step's event carried the reason, and named no record.
    await t.dataSource.query(
      `UPDATE resolution_event e
          SET data = (e.data - 'droppedChallengeId') || jsonb_build_object('reason', r.reason)
         FROM complaint_dropped_challenge r
        WHERE e.proceeding_id = $1 AND e.action = 'drop_challenge'
          AND r.id::text = e.data->>'droppedChallengeId'`,
      [ids.complaint],
    );
    const runner = t.dataSource.createQueryRunner();
    try {
      await new Migration().down(runner);
      await new Migration().up(runner);
    } finally {
      await runner.release();
    }
    const strip = (rows: Record<string, unknown>[]) => rows.map(({ id: _id, ...r }) => r);
    // the court was in neither the event nor the proceeding any more
    expect(strip(await rowsOf())).toEqual(
      strip(written).map((r) => (r.challenge === 'lawsuit' ? { ...r, court: null } : r)),
    );
    const shown = await read(t, ward.leader, `/complaints/${ids.complaint}`);
    const reasons = (shown.body.droppedChallenges as { reason: string }[]).map((d) => d.reason);
    expect(reasons).toEqual([NOTE.dropSecondRound, NOTE.dropLawsuit]);
  });
});
