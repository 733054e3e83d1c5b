import { Role } from '../../src/auth/role';
import { AppError } from '../../src/common/errors/app-error';
import { checkedPetition, handle, takeForResolution } from '../factories/petition.factory';
import { agencyIdByCode, createOfficer, type TestOfficer } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

async function proposed(t: TestApp, who: TestOfficer, over: Record<string, unknown> = {}) {
  const checked = await checkedPetition(t, who, over);
  const res = await handle(t, who, checked.id, {
    action: 'propose_acceptance',
    version: checked.version,
  });
  expect(res.status).toBe(201);
  return res.body as { id: string; case: { id: string }; version: number };
}

async function refusal(work: Promise<unknown>): Promise<{ status: number; code: string }> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return { status: error.httpStatus, code: error.code };
}

describe('PetitionsService.takeForResolution: the contract with the resolution modules (thụ lý)', () => {
  let t: TestApp;
  let handler: TestOfficer;
  let stranger: TestOfficer;

  beforeAll(async () => {
    t = await createTestApp();
    handler = await createOfficer(t, { roles: [Role.PetitionHandler] });
    const other = await agencyIdByCode(t, 'HN-TTTP');
    const communes = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM agency WHERE level = 'commune' AND id <> $1 LIMIT 1`,
      [other],
    );
    stranger = await createOfficer(t, { roles: [Role.PetitionHandler], agencyId: communes[0]!.id });
  });
  afterAll(() => t.close());

  it('takes a petition proposed for acceptance: accepted, audited, with the facts the proceeding needs', async () => {
    const petition = await proposed(t, handler);
    const facts = await takeForResolution(t, handler, petition.id, 'complaint');
    expect(facts).toEqual({
      petitionId: petition.id,
      caseId: petition.case.id,
      agencyId: handler.agencyId,
      receivedOn: '2026-03-09',
      type: 'complaint',
      isAnonymous: false,
      checkExtension: null,
    });
    const rows = await t.dataSource.query(`SELECT status, version FROM petition WHERE id = $1`, [
      petition.id,
    ]);
    expect(rows).toEqual([{ status: 'accepted', version: petition.version + 1 }]);
    const audit = await t.dataSource.query(
      `SELECT action, data->>'from' AS "from", data->>'to' AS "to" FROM audit_event
        WHERE entity_id = $1 AND action = 'petition.accept'`,
      [petition.id],
    );
    expect(audit).toEqual([
      { action: 'petition.accept', from: 'proposed_for_acceptance', to: 'accepted' },
    ]);
    // Taken once: a second call finds it accepted.
    expect(await refusal(takeForResolution(t, handler, petition.id, 'complaint'))).toEqual({
      status: 409,
      code: 'PETITION_INVALID_TRANSITION',
    });
  });

  it('refuses a petition that is not proposed for acceptance (409)', async () => {
    const checked = await checkedPetition(t, handler);
    expect(await refusal(takeForResolution(t, handler, checked.id, 'complaint'))).toEqual({
      status: 409,
      code: 'PETITION_INVALID_TRANSITION',
    });
  });

  it('refuses a petition of another type (409) and leaves it proposed', async () => {
    const petition = await proposed(t, handler);
    expect(await refusal(takeForResolution(t, handler, petition.id, 'denunciation'))).toEqual({
      status: 409,
      code: 'PETITION_TYPE_MISMATCH',
    });
    const rows = await t.dataSource.query(`SELECT status FROM petition WHERE id = $1`, [
      petition.id,
    ]);
    expect(rows).toEqual([{ status: 'proposed_for_acceptance' }]);
  });

  it('answers 404 for a petition outside the officer’s scope, as for a missing one', async () => {
    const petition = await proposed(t, handler);
    expect(await refusal(takeForResolution(t, stranger, petition.id, 'complaint'))).toEqual({
      status: 404,
      code: 'NOT_FOUND',
    });
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(await refusal(takeForResolution(t, handler, missing, 'complaint'))).toEqual({
      status: 404,
      code: 'NOT_FOUND',
    });
  });
});
