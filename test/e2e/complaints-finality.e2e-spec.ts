import {
  acceptedComplaint,
  act,
  auditActions,
  read,
  resolutionTeam,
  type ResolutionTeam,
  signer,
  travelTo,
  lastOf,
} from '../factories/resolution.factory';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(30_000); // several argon2 sign-ins and a whole proceeding per file

const REPORT = {
  kind: 'verification_report',
  recordedOn: '2026-03-12',
  summary: 'Việc thu hồi đúng trình tự, bồi thường đủ.',
  recommendation: 'Đề nghị kết luận khiếu nại sai.',
  demandsDifferFromVerification: false,
};

const dayBefore = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

describe('a decided complaint: lawsuit, returned, legal effect, closed (Luật Khiếu nại 2011 Điều 7, 44)', () => {
  let t: TestApp;
  let team: ResolutionTeam;
  let id: string;
  let version: number;
  let effectiveOn: string;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-10T02:00:00Z') });
    team = await resolutionTeam(t);
  });
  afterAll(() => t.close());

  const step = async (who: 'leader' | 'investigator', path: string, body: object, status = 200) => {
    const res = await act(t, team[who], `/complaints/${id}${path}`, { version, ...body });
    expect({ path, status: res.status, body: res.status === status ? null : res.body }).toEqual({
      path,
      status,
      body: null,
    });
    version = (res.body as { version: number }).version;
    return res.body as Record<string, any>;
  };
  const decision = async () =>
    lastOf((await read(t, team.leader, `/complaints/${id}`)).body.decisions);
  const events = () =>
    t.dataSource.query<{ action: string; from_status: string; to_status: string }[]>(
      `SELECT action, from_status, to_status, legal_basis FROM resolution_event
        WHERE proceeding_id = $1 ORDER BY seq`,
      [id],
    );

  it('decides; before D9 has run the decision does not take effect (409 with the date)', async () => {
    await travelTo(t, '2026-03-12', [team.desk, team.leader, team.investigator]);
    const { complaint } = await acceptedComplaint(t, team);
    id = complaint.id;
    version = complaint.version;
    await step('leader', '/assign-verification', {
      leadId: team.investigator.id,
      scope: 'Xác minh việc bồi thường',
      signer,
    });
    await step('investigator', '/verification-records', REPORT, 201);
    await step('investigator', '/start-drafting', {});
    const decided = await step('leader', '/decide', {
      outcome: 'wrong',
      reasoning: 'Quyết định thu hồi đất đúng pháp luật.',
      signer,
    });
    expect(decided.status).toBe('decided');
    effectiveOn = lastOf(decided.decisions).legalEffectOn as string;
    expect(effectiveOn > '2026-04-11').toBe(true); // 30 days from 12/03, then the day after
    const early = await act(t, team.leader, `/complaints/${id}/take-legal-effect`, { version });
    expectError(early, 409, 'COMPLAINT_NOT_YET_EFFECTIVE', 'legalEffect.today');
    expect(early.body.details).toEqual({ effectiveOn, today: '2026-03-12' });
  });

  it('a lawsuit clears the legal-effect date and blocks the legal effect', async () => {
    const sued = await step('leader', '/record-lawsuit', {
      court: 'Tòa án nhân dân thành phố Hà Nội',
      acceptedOn: '2026-03-12',
    });
    expect(sued).toMatchObject({ status: 'in_court', resumeTo: 'decided' });
    expect((await decision()).legalEffectOn).toBeNull();
    const blocked = await act(t, team.leader, `/complaints/${id}/take-legal-effect`, { version });
    expectError(blocked, 409, 'COMPLAINT_LEGAL_EFFECT_BLOCKED', 'legalEffect.effectiveOn');
    expect(blocked.body.details).toEqual({ blockedBy: 'lawsuit' });
    const noReason = await act(t, team.leader, `/complaints/${id}/drop-challenge`, { version });
    expectError(noReason, 400, 'VALIDATION_FAILED', 'reason');
    const investigator = await act(t, team.investigator, `/complaints/${id}/drop-challenge`, {
      version,
      reason: 'x',
    });
    expect(investigator.status).toBe(403);
  });

  it('the court returns the lawsuit: back to decided, D9 counted again from the issuance', async () => {
    const dropped = await step('leader', '/drop-challenge', {
      reason: 'Tòa án trả lại đơn khởi kiện',
    });
    expect(dropped).toMatchObject({ status: 'decided', resumeTo: null });
    expect(dropped.lawsuit).toBeUndefined();
    expect(await decision()).toMatchObject({ legalEffectOn: effectiveOn });
    const closeEarly = await act(t, team.leader, `/complaints/${id}/close`, { version });
    expectError(closeEarly, 409, 'COMPLAINT_INVALID_TRANSITION', 'status');
  });

  it('takes legal effect on the effective day, then the file is closed', async () => {
    await travelTo(t, dayBefore(effectiveOn), [team.leader]);
    const early = await act(t, team.leader, `/complaints/${id}/take-legal-effect`, { version });
    expectError(early, 409, 'COMPLAINT_NOT_YET_EFFECTIVE');
    await travelTo(t, effectiveOn, [team.leader]);
    const effective = await step('leader', '/take-legal-effect', {});
    expect(effective.status).toBe('legally_effective');
    expect(lastOf(effective.decisions).legalEffectOn).toBe(effectiveOn);
    // issue 8: taking legal effect opens the enforcement of the decision's measures
    const tracked = await read(
      t,
      team.leader,
      `/enforcement/decisions/${lastOf(effective.decisions).id as string}`,
    );
    expect(tracked.status).toBe(200);
    const stale = await act(t, team.leader, `/complaints/${id}/close`, { version: version - 1 });
    expectError(stale, 409, 'STALE_VERSION');
    const closed = await step('leader', '/close', {});
    expect(closed.status).toBe('closed');
    const again = await act(t, team.leader, `/complaints/${id}/close`, { version });
    expectError(again, 409, 'COMPLAINT_INVALID_TRANSITION');
  });

  it('writes each step’s audit row and resolution event', async () => {
    expect(await auditActions(t, id)).toEqual([
      'complaint.open',
      'complaint.accept',
      'complaint.assign_verification',
      'complaint.record_verification_report',
      'complaint.start_drafting',
      'complaint.decide',
      'complaint.record_lawsuit',
      'complaint.drop_challenge',
      'complaint.take_legal_effect',
      'complaint.close',
    ]);
    expect((await events()).slice(-4)).toEqual([
      {
        action: 'record_lawsuit',
        from_status: 'decided',
        to_status: 'in_court',
        legal_basis: 'Luật Khiếu nại 2011, Điều 7, 44',
      },
      {
        action: 'drop_challenge',
        from_status: 'in_court',
        to_status: 'decided',
        legal_basis: 'Luật Khiếu nại 2011, Điều 7, 33, 44',
      },
      {
        action: 'take_legal_effect',
        from_status: 'decided',
        to_status: 'legally_effective',
        legal_basis: 'Luật Khiếu nại 2011, Điều 44',
      },
      {
        action: 'close',
        from_status: 'legally_effective',
        to_status: 'closed',
        legal_basis: 'Luật Khiếu nại 2011, Điều 44',
      },
    ]);
    const audit = await t.dataSource.query<{ data: Record<string, unknown> }[]>(
      `SELECT data FROM audit_event WHERE entity_id = $1 AND action = 'complaint.drop_challenge'`,
      [id],
    );
    expect(audit[0]?.data).toMatchObject({
      from: 'in_court',
      to: 'decided',
      challenge: 'lawsuit',
      legalEffectOn: effectiveOn,
    });
  });
});
