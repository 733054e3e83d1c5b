import {
  acceptedComplaint,
  act,
  noGrounds,
  proposedPetition,
  read,
  resolutionTeam,
  type ResolutionTeam,
  signer,
} from '../factories/resolution.factory';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(30_000); // several argon2 sign-ins and a whole proceeding per file

describe('complaint actions refuse bad input (400 naming the field) and illegal moves (409)', () => {
  let t: TestApp;
  let team: ResolutionTeam;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-12T02:00:00Z') });
    team = await resolutionTeam(t);
  });
  afterAll(() => t.close());

  it('names the unanswered Điều 11 ground, a missing D2 start and a future acceptance date', async () => {
    const proposed = await proposedPetition(t, team.desk);
    const opened = await act(t, team.leader, '/complaints', { petitionId: proposed.petitionId });
    const base = { version: opened.body.version, signer };
    const path = `/complaints/${opened.body.id}/accept`;
    const { not_signed: _omitted, ...partial } = noGrounds;
    expectError(
      await act(t, team.leader, path, { ...base, grounds: partial, decisionKnownOn: '2026-02-01' }),
      400,
      'VALIDATION_FAILED',
      'grounds.not_signed',
    );
    expectError(
      await act(t, team.leader, path, { ...base, grounds: noGrounds }),
      400,
      'COMPLAINT_INPUT_INVALID',
      'decisionKnownOn',
    );
    expectError(
      await act(t, team.leader, path, {
        ...base,
        grounds: noGrounds,
        decisionKnownOn: '2026-02-30',
      }),
      400,
      'VALIDATION_FAILED',
      'decisionKnownOn',
    );
    expectError(
      await act(t, team.leader, path, {
        ...base,
        grounds: noGrounds,
        decisionKnownOn: '2026-02-01',
        acceptedOn: '2026-03-13',
      }),
      400,
      'VALIDATION_FAILED',
      'acceptedOn',
    );
    expectError(
      await act(t, team.leader, path, {
        ...base,
        grounds: noGrounds,
        decisionKnownOn: '2026-02-01',
        signer: { name: '' },
      }),
      400,
      'VALIDATION_FAILED',
      'signer.name',
    );
    expectError(
      await act(t, team.leader, path, {
        ...base,
        grounds: noGrounds,
        decisionKnownOn: '2026-02-01',
        extra: 1,
      }),
      400,
      'VALIDATION_FAILED',
      'extra',
    );
    expectError(
      await act(t, team.leader, path, {
        ...base,
        grounds: noGrounds,
        decisionKnownOn: '2026-02-01',
        complex: true,
      }),
      400,
      'VALIDATION_FAILED',
      'complexReason',
    );
  });

  it('refuses acceptance when a ground applies (409 naming it) or when the limitation has run out (k6)', async () => {
    const proposed = await proposedPetition(t, team.desk);
    const opened = await act(t, team.leader, '/complaints', { petitionId: proposed.petitionId });
    const path = `/complaints/${opened.body.id}`;
    const late = {
      version: opened.body.version,
      grounds: noGrounds,
      decisionKnownOn: '2025-10-01',
      signer,
    };
    expectError(
      await act(t, team.leader, `${path}/accept`, late),
      409,
      'COMPLAINT_NOT_ACCEPTABLE',
      'grounds.time_limit_expired',
    );
    const excused = await act(t, team.leader, `${path}/accept`, { ...late, obstacleDays: 80 });
    expect(excused.status).toBe(200);
    expect(excused.body.checklist.limitationDueOn).toBe('2026-03-20'); // (01/10/2025 + 80 days) + 90
    const other = await proposedPetition(t, team.desk);
    const second = await act(t, team.leader, '/complaints', { petitionId: other.petitionId });
    const noGround = {
      version: second.body.version,
      grounds: noGrounds,
      decisionKnownOn: '2026-03-01',
      signer,
    };
    expectError(
      await act(t, team.leader, `/complaints/${second.body.id}/refuse-acceptance`, noGround),
      409,
      'COMPLAINT_REFUSAL_WITHOUT_GROUND',
      'acceptance',
    );
    const refused = await act(t, team.leader, `/complaints/${second.body.id}/refuse-acceptance`, {
      ...noGround,
      grounds: { ...noGrounds, not_signed: true },
    });
    expect(refused.body).toMatchObject({
      status: 'not_accepted',
      decisions: [{ kind: 'complaint_refusal_notice' }],
    });
    const again = await act(t, team.leader, '/complaints', { petitionId: other.petitionId });
    expect(again.status).toBe(409);
  });

  it('answers 409 for illegal moves and stale versions, 400 for measures naming the item, 403 without the permission', async () => {
    const { complaint } = await acceptedComplaint(t, team);
    const path = `/complaints/${complaint.id}`;
    expectError(
      await act(t, team.leader, `${path}/decide`, {
        version: complaint.version,
        outcome: 'right',
        reasoning: 'x',
        signer,
      }),
      409,
      'COMPLAINT_INVALID_TRANSITION',
      'status',
    );
    expectError(
      await act(t, team.leader, `${path}/set-flags`, {
        version: 99,
        complex: false,
        remote: false,
      }),
      409,
      'STALE_VERSION',
      'version',
    );
    expectError(
      await act(t, team.leader, `${path}/accept`, {
        version: complaint.version,
        grounds: noGrounds,
        decisionKnownOn: '2026-02-01',
        signer,
      }),
      409,
      'COMPLAINT_INVALID_TRANSITION',
      'status',
    );
    const assign = { version: complaint.version, leadId: team.desk.id, scope: 'x', signer };
    expectError(
      await act(t, team.leader, `${path}/assign-verification`, assign),
      400,
      'VALIDATION_FAILED',
      'leadId',
    );
    expect((await act(t, team.investigator, `${path}/assign-verification`, assign)).status).toBe(
      403,
    );
    expect((await act(t, team.desk, `${path}/verification-records`, {})).status).toBe(403);
    expectError(
      await read(t, team.leader, `${path}/documents/invoice`),
      400,
      'VALIDATION_FAILED',
      'kind',
    );
    expectError(
      await read(t, team.leader, '/resolutions/worklist?dueWithin=-1'),
      400,
      'VALIDATION_FAILED',
      'dueWithin',
    );
    expectError(
      await read(t, team.leader, '/complaints/00000000-0000-4000-8000-000000000000'),
      404,
      'NOT_FOUND',
    );
  });
});
