import {
  acceptedComplaint,
  act,
  auditActions,
  lastOf,
  noGrounds,
  pdfOf,
  read,
  resolutionTeam,
  type ResolutionTeam,
  signer,
  travelTo,
} from '../factories/resolution.factory';
import { newVisitor, postVisit, visitBody } from '../factories/visit.factory';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(30_000); // several argon2 sign-ins and whole proceedings per file

describe('a new complaint on withdrawn content (Luật KN 2011 Điều 10; Luật số 136/2025/QH15 from 1/7/2026)', () => {
  let t: TestApp;
  let team: ResolutionTeam;
  /** Cases whose complaint was withdrawn before 1/7/2026 (reconsiderable). */
  let before: { caseId: string };

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-06-25T02:00:00Z') });
    team = await resolutionTeam(t);
  });
  afterAll(() => t.close());

  const everyone = () => [team.desk, team.leader, team.investigator];

  /** Accepts a complaint on a new case and withdraws it on the clock's day. */
  async function withdrawn(withdrawal: Record<string, unknown> = {}) {
    const { proposed, complaint } = await acceptedComplaint(t, team, {
      decisionKnownOn: '2026-06-20',
    });
    const res = await act(t, team.leader, `/complaints/${complaint.id}/withdraw`, {
      version: complaint.version,
      withdrawal: { on: t.clock.today(), inWriting: true, ...withdrawal },
      signer,
    });
    expect(res.status).toBe(200);
    return { caseId: proposed.caseId, id: complaint.id, termination: res.body.termination };
  }

  /** The complainant comes back on the same case: a new petition, opened as a new proceeding. */
  async function reopened(caseId: string) {
    const res = await postVisit(
      t,
      team.desk,
      visitBody({
        receivedAt: `${t.clock.today()}T08:30:00+07:00`,
        visitors: [newVisitor('Lê Văn Khiếu')],
        outcome: 'received_for_handling',
        newCase: undefined,
        caseId,
      }),
    );
    expect({ status: res.status, caseId: res.body.case?.id }).toEqual({ status: 201, caseId });
    await t.dataSource.query(
      `UPDATE petition SET status = 'proposed_for_acceptance' WHERE id = $1`,
      [res.body.petition.id],
    );
    const opened = await act(t, team.leader, '/complaints', { petitionId: res.body.petition.id });
    expect(opened.status).toBe(201);
    return opened.body as { id: string; version: number };
  }

  const accept = (c: { id: string; version: number }, extra: object = {}) =>
    act(t, team.leader, `/complaints/${c.id}/accept`, {
      version: c.version,
      grounds: noGrounds,
      decisionKnownOn: '2026-06-20',
      signer,
      ...extra,
    });

  it('the rule is data: W1 is in force from 1/7/2026 in the legal rules table (a content is withdrawn on 25/6/2026)', async () => {
    const on = (date: string) => read(t, team.leader, `/legal/rules?on=${date}`);
    const keys = (res: { body: { items: { key: string }[] } }) => res.body.items.map((r) => r.key);
    expect(keys(await on('2026-06-30'))).not.toContain('W1');
    const items = (await on('2026-07-01')).body.items as { key: string }[];
    const after = items.find((r) => r.key === 'W1');
    expect(after).toMatchObject({
      version: 1,
      effectiveFrom: '2026-07-01',
      legalBasis: expect.stringContaining('Luật số 136/2025/QH15'),
    });
    before = await withdrawn();
  });

  it('accepts again a content withdrawn before 1/7/2026', async () => {
    await travelTo(t, '2026-07-02', everyone());
    const again = await reopened(before.caseId);
    const res = await accept(again);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'accepted', checklist: { withdrawalCoercion: null } });
  });

  it('refuses with 409 to accept a content withdrawn from 1/7/2026, and accepts it when the new complaint shows the withdrawal was coerced', async () => {
    const final = await withdrawn();
    expect(final.termination).toMatchObject({ reconsiderable: false });
    const again = await reopened(final.caseId);
    const refused = await accept(again);
    expectError(refused, 409, 'COMPLAINT_WITHDRAWN_CONTENT_FINAL', 'withdrawalCoerced');
    expect(refused.body.message).toContain('không được xem xét lại');
    expect(refused.body.message).toContain('Luật số 136/2025/QH15');
    expect(refused.body.details).toEqual({
      withdrawnComplaintId: final.id,
      withdrawnOn: '2026-07-02',
    });
    const unexplained = await accept(again, { withdrawalCoerced: true });
    expectError(unexplained, 400, 'VALIDATION_FAILED', 'withdrawalCoercionReason');
    const stillReceived = await read(t, team.leader, `/complaints/${again.id}`);
    expect(stillReceived.body.status).toBe('received');
    const reason = 'Biên bản xác minh ngày 01/07/2026: người khiếu nại bị đe dọa khi rút đơn';
    const coerced = await accept(again, {
      withdrawalCoerced: true,
      withdrawalCoercionReason: reason,
    });
    expect(coerced.status).toBe(200);
    expect(coerced.body).toMatchObject({
      status: 'accepted',
      checklist: { withdrawalCoercion: { withdrawalIds: [final.id], reason } },
    });
    expect(await auditActions(t, again.id)).toEqual(['complaint.open', 'complaint.accept']);
  });

  it('accepts again a content whose withdrawal was recorded as coerced', async () => {
    const forced = await withdrawn({ coerced: true });
    expect(forced.termination).toMatchObject({ reconsiderable: true });
    const again = await reopened(forced.caseId);
    const res = await accept(again);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('accepted');
  });

  it('still refuses acceptance with the Điều 11 notice in a case with a final withdrawal', async () => {
    const final = await withdrawn();
    const again = await reopened(final.caseId);
    const refused = await act(t, team.leader, `/complaints/${again.id}/refuse-acceptance`, {
      version: again.version,
      grounds: { ...noGrounds, not_signed: true },
      decisionKnownOn: '2026-06-20',
      signer,
    });
    expect(refused.status).toBe(200);
    expect(refused.body.status).toBe('not_accepted');
    const noticeNo = lastOf(refused.body.decisions).numberSymbol as string;
    expect(noticeNo).toMatch(/^\d{2}\/TB-TTTP$/);
    const pdf = await pdfOf(
      t,
      team.leader,
      `/complaints/${again.id}/documents/non-acceptance-notice`,
    );
    expect(pdf.status).toBe(200);
    expect(pdf.text).toContain('THÔNG BÁO');
    expect(pdf.text).toContain(`Số: ${noticeNo}`);
    expect(pdf.text).toContain('Về việc không thụ lý giải quyết khiếu nại');
    expect(pdf.text).toContain('Ngày 02/07/2026');
    expect(pdf.text).toContain('không thụ lý giải quyết khiếu nại nêu trên vì');
    expect(pdf.text).toContain('Đơn khiếu nại không có chữ ký hoặc điểm chỉ của người khiếu nại');
    expect(pdf.text).toContain('Lê Văn Khiếu');
    const withdrawnOne = await read(
      t,
      team.leader,
      `/complaints/${final.id}/documents/non-acceptance-notice`,
    );
    expectError(withdrawnOne, 409, 'RESOLUTION_DOCUMENT_NOT_APPLICABLE', 'kind');
  });
});
