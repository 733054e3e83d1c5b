import {
  act,
  allConditions,
  openedDenunciation,
  pdfOf,
  read,
  resolutionTeam,
  type ResolutionTeam,
  signer,
} from '../factories/resolution.factory';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

const CANARY = 'Hoàng Bí Mật Canary';

jest.setTimeout(30_000); // several argon2 sign-ins and a whole proceeding per file

describe('the denouncer stays secret (Luật Tố cáo 2018 Điều 9, 47, 56; DESIGN §7)', () => {
  let t: TestApp;
  let team: ResolutionTeam;
  let id: string;
  let version: number;
  const replies: unknown[] = [];

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-12T02:00:00Z') });
    team = await resolutionTeam(t);
    const { opened } = await openedDenunciation(t, team, { name: CANARY });
    await t.dataSource.query(`UPDATE "case" SET respondent = 'Ông Đỗ Văn Bị Tố' WHERE id = $1`, [
      opened.body.caseId,
    ]);
    const accepted = await act(t, team.leader, `/denunciations/${opened.body.id}/accept`, {
      version: opened.body.version,
      conditions: allConditions,
      signer,
    });
    const assigned = await act(
      t,
      team.leader,
      `/denunciations/${opened.body.id}/assign-verification`,
      {
        version: accepted.body.version,
        leadId: team.investigator.id,
        scope: 'Xác minh nội dung tố cáo',
        signer,
      },
    );
    replies.push(opened.body, accepted.body, assigned.body);
    id = opened.body.id;
    version = assigned.body.version;
  });
  afterAll(() => t.close());

  it('never puts the identity in POST replies (they are stored with an Idempotency-Key)', () => {
    expect(JSON.stringify(replies)).not.toContain(CANARY);
    expect((replies[2] as { denouncers: object[] }).denouncers[0]).not.toHaveProperty('identity');
  });

  it('shows the identity to the leader, audited, and never to the assigned investigator without a grant', async () => {
    const leader = await read(t, team.leader, `/denunciations/${id}`);
    expect(leader.body.denouncers[0].identity.fullName).toBe(CANARY);
    const investigator = await read(t, team.investigator, `/denunciations/${id}`);
    expect(investigator.status).toBe(200);
    expect(investigator.body.denouncers[0]).toEqual({
      id: expect.any(String),
      pseudonym: expect.stringMatching(/^CD-2026-/),
      role: 'denouncer',
    });
    expect(JSON.stringify(investigator.body)).not.toContain(CANARY);
    const reads = await t.dataSource.query(
      `SELECT action, actor_id FROM audit_event WHERE action LIKE 'identity.%' AND data->>'recordId' = $1`,
      [id],
    );
    expect(reads.length).toBeGreaterThanOrEqual(1);
  });

  it('keeps the name off every document but the notices addressed to the denouncer', async () => {
    const base = `/denunciations/${id}/documents`;
    const toDenouncer = await pdfOf(t, team.leader, `${base}/acceptance-notice`);
    expect(toDenouncer.text).toContain(CANARY);
    const forInvestigator = await pdfOf(t, team.investigator, `${base}/acceptance-notice`);
    expect(forInvestigator.text).not.toContain(CANARY);
    expect(forInvestigator.text).toMatch(/CD-2026-\d+/);
    for (const kind of ['accused-notice', 'acceptance-decision', 'verification-assignment']) {
      const pdf = await pdfOf(t, team.leader, `${base}/${kind}`);
      expect({ kind, status: pdf.status }).toEqual({ kind, status: 200 });
      expect({ kind, leaks: pdf.text.includes(CANARY) }).toEqual({ kind, leaks: false });
    }
    const accused = await pdfOf(t, team.leader, `${base}/accused-notice`);
    expect(accused.text).toContain('Ông Đỗ Văn Bị Tố');
    expect(accused.text).toContain('Về nội dung tố cáo');
    expectError(
      await read(t, team.leader, `${base}/conclusion`),
      409,
      'RESOLUTION_DOCUMENT_NOT_APPLICABLE',
      'kind',
    );
  });

  it('lets only the assigned team act (404 for others), and only leaders approve (403)', async () => {
    const record = {
      version,
      kind: 'working_minutes',
      recordedOn: '2026-03-12',
      summary: 'Làm việc',
    };
    expectError(
      await act(t, team.other, `/denunciations/${id}/verification-records`, record),
      404,
      'NOT_FOUND',
    );
    expectError(await read(t, team.other, `/denunciations/${id}`), 404, 'NOT_FOUND');
    const approve = await act(t, team.investigator, `/denunciations/${id}/conclude`, { version });
    expect(approve.status).toBe(403);
    const ok = await act(t, team.investigator, `/denunciations/${id}/verification-records`, record);
    expect(ok.status).toBe(201);
    version = ok.body.version;
  });

  it('keeps resolving after a withdrawal when there are signs of a violation (Điều 33)', async () => {
    const withdrawal = {
      on: '2026-03-12',
      inWriting: true,
      entire: true,
      signsOfViolation: true,
      coerced: false,
    };
    const kept = await act(t, team.leader, `/denunciations/${id}/withdraw`, {
      version,
      withdrawal,
    });
    expect(kept.status).toBe(200);
    expect(kept.body).toMatchObject({
      status: 'verifying',
      withdrawal: { stopsCase: false, continuesBecause: ['signs_of_violation'] },
      terminationCause: null,
    });
    const clean = { ...withdrawal, signsOfViolation: false };
    const unsigned = await act(t, team.leader, `/denunciations/${id}/withdraw`, {
      version: kept.body.version,
      withdrawal: clean,
    });
    expectError(unsigned, 400, 'VALIDATION_FAILED', 'signer');
    const stopped = await act(t, team.leader, `/denunciations/${id}/withdraw`, {
      version: kept.body.version,
      withdrawal: clean,
      signer,
    });
    expect(stopped.body).toMatchObject({ status: 'terminated', terminationCause: 'withdrawn' });
    const pdf = await pdfOf(t, team.leader, `/denunciations/${id}/documents/termination-decision`);
    expect(pdf.text).toContain('Về việc đình chỉ việc giải quyết tố cáo');
    expect(pdf.text).not.toContain(CANARY);
  });
});
