import { RecordPetitionStepBodies1767225810000 as StepBodies } from '../../migrations/1767225810000-RecordPetitionStepBodies';
import { RecordPetitionStepNotes1767225830000 as StepNotes } from '../../migrations/1767225830000-RecordPetitionStepNotes';
import { Role } from '../../src/auth/role';
import { ALL_MET, handle, petitionBody, postPetition } from '../factories/petition.factory';
import { act, read } from '../factories/resolution.factory';
import { getFile } from '../factories/visit.factory';
import { auditRows, rowOf } from '../support/audit-rows';
import { createOfficer, type TestOfficer } from '../support/auth';
import { leakedNotes, textHolders } from '../support/free-text-sweep';
import { pdfText } from '../support/pdf-text';
import { createTestApp, type TestApp } from '../support/test-app';

// The petition routes' part of the free-text sweep (free-text-notes.e2e-spec.ts walks the
// complaint and enforcement routes): a petition's history rows (petition_event.data) and audit
// rows hold codes, dates and ids — never text an officer typed, which may name a person and would
// then stay in the append-only, hash-chained trail for ever. The competent body an outcome names
// (guide, forward, urge, refer_*, return_misrouted) is kept beside its history row
// (petition_step_body) and on the petition (`outcome_body`, which its documents print), a note on
// the petition (`outcome_note`), a reply on its own row. This file types a text of its own into
// every free-text field of registration, the check, every outcome, a reply and a split, then
// sweeps the event and audit tables for each text.

const NOTE = {
  summary: 'Khiếu nại việc cấp sổ cho bà Quách Thị Đơn [ghi chú 01]',
  respondent: 'Ông Lã Văn Bị, cán bộ địa chính [ghi chú 02]',
  senderBody: 'Văn phòng Đoàn ĐBQH, ông Khúc Văn Chuyển [ghi chú 03]',
  dispatchNo: '12/VP [ghi chú 04]',
  checkNote: 'Đã gọi điện cho bà Quách Thị Đơn [ghi chú 05]',
  guideBody: 'Tòa án khu vực, thẩm phán Lê Thị Hướng [ghi chú 06]',
  guideNote: 'Hướng dẫn trực tiếp tại trụ sở [ghi chú 07]',
  forwardBody: 'Thanh tra Sở, ông Triệu Văn Nhận [ghi chú 08]',
  forwardNote: 'Chuyển kèm bản sao đơn [ghi chú 09]',
  replyFrom: 'Thanh tra Sở, ông Triệu Văn Đáp [ghi chú 10]',
  replyNo: '45/TTS [ghi chú 11]',
  replySummary: 'Đã giải quyết cho ông Ông Văn Tố [ghi chú 12]',
  urgeBody: 'UBND phường, bà Chu Thị Đốc [ghi chú 13]',
  urgeAgainBody: 'UBND quận, ông Phí Văn Thúc [ghi chú 14]',
  urgeNote: 'Lần hai, quá hạn giải quyết [ghi chú 15]',
  referInvestigationBody: 'Cơ quan điều tra, điều tra viên Mã Văn Tra [ghi chú 16]',
  referPartyBody: 'Ủy ban Kiểm tra, ông Ninh Văn Đảng [ghi chú 17]',
  returnBody: 'Sở Xây dựng, bà Lạc Thị Trả [ghi chú 18]',
  notAcceptableNote: 'Ông Âu Văn Hết đã quá thời hiệu [ghi chú 19]',
  proposeNote: 'Đề nghị thụ lý đơn của bà Quách Thị Đơn [ghi chú 20]',
  fileNote: 'Trùng đơn của ông Bế Văn Trùng [ghi chú 21]',
  returnOriginalsNote: 'Trả giấy tờ gốc cho ông Hầu Văn Gốc [ghi chú 22]',
  partSummary: 'Tố cáo ông Giáp Văn Phần nhận tiền [ghi chú 23]',
  partRespondent: 'Ông Giáp Văn Phần [ghi chú 24]',
} as const;

const DENUNCIATION = { type: 'denunciation', field: 'corruption' };

type Shown = { id: string; version: number } & Record<string, any>;

describe('free-text notes of petition handling stay on their rows, never in an event or audit row', () => {
  let t: TestApp;
  let handler: TestOfficer;
  const petition = { guided: '', forwarded: '', urged: '' };

  /** A petition of the clock's day with the typed summary and respondent; 201 expected. */
  const register = async (over: Record<string, unknown> = {}) => {
    const body = petitionBody({ summary: NOTE.summary, respondent: NOTE.respondent, ...over });
    const res = await postPetition(t, handler, body);
    expect([res.status, res.body]).toEqual([201, expect.anything()]);
    return res.body as Shown;
  };
  /** `action` on the petition as read (2xx expected): the petition after it. */
  const take = async (p: Shown, action: string, details: object = {}) => {
    const res = await handle(t, handler, p.id, { action, version: p.version, ...details });
    expect({ action, status: res.status < 300 ? 'ok' : res.body }).toEqual({
      action,
      status: 'ok',
    });
    return res.body as Shown;
  };
  /** Registered, checked (with a note), then taken to `action`. */
  const decided = async (
    over: Record<string, unknown>,
    inCompetence: boolean,
    action: string,
    details: object,
  ) => {
    const check = { items: ALL_MET, inCompetence, note: NOTE.checkNote };
    return take(await take(await register(over), 'check', check), action, details);
  };
  const detailOf = async (id: string) => {
    const res = await read(t, handler, `/petitions/${id}`);
    expect(res.status).toBe(200);
    return res.body as Shown;
  };
  /** What the petition's timeline shows of its steps of `action`. */
  const steps = (shown: Shown, action: string) =>
    (shown.timeline as { kind: string; detail: Record<string, unknown> }[])
      .filter((i) => i.kind === 'event' && i.detail.petitionId === shown.id)
      .filter((i) => i.detail.action === action)
      .map((i) => i.detail);
  const documentText = async (id: string, kind: string) => {
    const file = await getFile(t, handler, `/api/v1/petitions/${id}/documents/${kind}`);
    expect(file.status).toBe(200);
    return (await pdfText(file.body)).replace(/\s+/g, ' ');
  };

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-10T02:00:00Z') });
    handler = await createOfficer(t, { roles: [Role.PetitionHandler] });
  });
  afterAll(() => t.close());

  it('walks petitions through every handling route, typing a note into every free-text field', async () => {
    const today = t.clock.today();
    const guide = { body: NOTE.guideBody, note: NOTE.guideNote };
    petition.guided = (await decided({}, false, 'guide', guide)).id;
    const forwarded = await decided(DENUNCIATION, false, 'forward', {
      body: NOTE.forwardBody,
      note: NOTE.forwardNote,
      denouncerNotifiedOn: today,
    });
    petition.forwarded = forwarded.id;
    await take(forwarded, 'record_reply', {
      reply: {
        fromBody: NOTE.replyFrom,
        replyNo: NOTE.replyNo,
        replyOn: today,
        summary: NOTE.replySummary,
      },
    });
    const urged = await decided({}, false, 'urge', { body: NOTE.urgeBody });
    petition.urged = urged.id;
    await take(urged, 'urge', { body: NOTE.urgeAgainBody, note: NOTE.urgeNote });
    await decided(DENUNCIATION, true, 'refer_investigation', { body: NOTE.referInvestigationBody });
    await decided(DENUNCIATION, true, 'refer_party', { body: NOTE.referPartyBody });
    const sent = {
      source: 'forwarded_by_agency',
      senderBody: NOTE.senderBody,
      dispatchNo: NOTE.dispatchNo,
      dispatchOn: '2026-03-05',
    };
    await decided(sent, false, 'return_misrouted', { body: NOTE.returnBody });
    const notAcceptable = { ground: 'limitation_expired', note: NOTE.notAcceptableNote };
    await decided({}, true, 'not_acceptable', notAcceptable);
    await decided({}, true, 'propose_acceptance', { note: NOTE.proposeNote });
    await decided({}, true, 'file', { note: NOTE.fileNote });
    await decided({}, false, 'return_originals', { note: NOTE.returnOriginalsNote });
    const mixed = await register({ type: 'mixed', field: 'other' });
    const split = await act(t, handler, `/petitions/${mixed.id}/split`, {
      version: mixed.version,
      parts: [
        { type: 'complaint', field: 'admin_land_housing', summary: NOTE.partSummary },
        { ...DENUNCIATION, summary: NOTE.partSummary, respondent: NOTE.partRespondent },
      ],
    });
    expect(split.status).toBe(201);
  });

  it('shows each body and note from its row: GET /petitions/:id, its timeline, the documents', async () => {
    // urged twice: the petition (and its letter) shows the latest urging, the timeline both
    const urged = await detailOf(petition.urged);
    expect(urged.outcome).toMatchObject({ body: NOTE.urgeAgainBody, note: NOTE.urgeNote });
    expect(steps(urged, 'urge').map((d) => d.body)).toEqual([NOTE.urgeBody, NOTE.urgeAgainBody]);
    expect(steps(urged, 'urge').map((d) => d.note)).toEqual([undefined, NOTE.urgeNote]);
    expect(await documentText(petition.urged, 'urging')).toContain(NOTE.urgeAgainBody);

    const guided = await detailOf(petition.guided);
    expect(guided.outcome).toMatchObject({ body: NOTE.guideBody, note: NOTE.guideNote });
    expect(steps(guided, 'guide').map((d) => d.body)).toEqual([NOTE.guideBody]);
    expect(steps(guided, 'check')).toEqual([
      expect.not.objectContaining({ body: expect.anything() }),
    ]);
    // each step keeps its own note: the check's is not lost when the outcome is recorded
    expect(steps(guided, 'check').map((d) => d.note)).toEqual([NOTE.checkNote]);
    expect(steps(guided, 'guide').map((d) => d.note)).toEqual([NOTE.guideNote]);
    expect(await documentText(petition.guided, 'guidance')).toContain(NOTE.guideBody);

    const forwarded = await detailOf(petition.forwarded);
    expect(forwarded.outcome).toMatchObject({ body: NOTE.forwardBody, note: NOTE.forwardNote });
    expect(steps(forwarded, 'forward').map((d) => d.body)).toEqual([NOTE.forwardBody]);
    expect(await documentText(petition.forwarded, 'transfer-slip')).toContain(NOTE.forwardBody);
    // the reply is its own row; the step's history and audit rows name it, with its date
    const replies = forwarded.replies as Record<string, unknown>[];
    expect(replies).toEqual([
      {
        id: expect.any(String),
        fromBody: NOTE.replyFrom,
        replyNo: NOTE.replyNo,
        replyOn: t.clock.today(),
        summary: NOTE.replySummary,
      },
    ]);
    const audited = rowOf(await auditRows(t, petition.forwarded), 'petition.record_reply');
    expect(audited.data).toEqual({
      from: 'forwarded',
      to: 'forwarded',
      legalBasis: expect.any(String),
      replyId: replies[0]!.id,
      replyOn: t.clock.today(),
    });
  });

  it('finds none of the typed texts in any event or audit row (sweep)', async () => {
    expect(await leakedNotes(t, NOTE)).toEqual([]);
    expect(await textHolders(t, 'replyId')).toBe(2); // the sweep sees what rows hold
  });

  it('migration 1767225810000 fills the step bodies from the history rows written before', async () => {
    const bodiesOf = () =>
      t.dataSource.query<{ petitionId: string; action: string; body: string }[]>(
        `SELECT e.petition_id AS "petitionId", e.action, b.body
           FROM petition_step_body b JOIN petition_event e ON e.id = b.event_id
          WHERE b.body IS NOT NULL ORDER BY e.seq`,
      );
    const written = await bodiesOf();
    expect(written.map((b) => b.action)).toEqual([
      'guide',
      'forward',
      'urge',
      'urge',
      'refer_investigation',
      'refer_party',
      'return_misrouted',
    ]);

    // Before this release the step's history row carried the body, and no row held it.
    await t.dataSource.query(
      `UPDATE petition_event e SET data = e.data || jsonb_build_object('body', b.body)
         FROM petition_step_body b WHERE b.event_id = e.id`,
    );
    const runner = t.dataSource.createQueryRunner();
    try {
      await new StepNotes().down(runner);
      await new StepBodies().down(runner);
      await new StepBodies().up(runner);
      await new StepNotes().up(runner);
    } finally {
      await runner.release();
    }
    expect(await bodiesOf()).toEqual(written);
    const urged = await detailOf(petition.urged);
    expect(steps(urged, 'urge').map((d) => d.body)).toEqual([NOTE.urgeBody, NOTE.urgeAgainBody]);
  });
});
