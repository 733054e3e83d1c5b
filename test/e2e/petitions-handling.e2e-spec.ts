import { Role } from '../../src/auth/role';
import {
  ALL_MET,
  checkedPetition,
  handle,
  petitionBody,
  postPetition,
} from '../factories/petition.factory';
import { createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

const DENUNCIATION = { type: 'denunciation', field: 'corruption' };
const FEEDBACK = { type: 'feedback', field: 'other' };
const FORWARDED = {
  source: 'forwarded_by_agency',
  senderBody: 'Sở Tài nguyên và Môi trường',
  dispatchNo: '77/STNMT',
  dispatchOn: '2026-03-02',
};

describe('handling petitions: conditions, outcomes and report buckets (DOMAIN.md §3.3–3.5)', () => {
  let t: TestApp;
  let handler: TestOfficer;

  beforeAll(async () => {
    t = await createTestApp();
    handler = await createOfficer(t, { roles: [Role.PetitionHandler] });
  });
  afterAll(() => t.close());

  it('records the check item by item: not eligible when one condition fails', async () => {
    const checked = await checkedPetition(
      t,
      handler,
      {},
      {
        inCompetence: true,
        items: { ...ALL_MET, signed: false },
      },
    );
    expect(checked).toMatchObject({
      status: 'checked',
      eligibility: {
        items: { ...ALL_MET, signed: false },
        isEligible: false,
        isInCompetence: true,
      },
    });
    const events = await t.dataSource.query(
      `SELECT action, from_status, to_status, legal_basis FROM petition_event
        WHERE petition_id = $1 ORDER BY occurred_at, seq`,
      [checked.id],
    );
    expect(events[1]).toMatchObject({
      action: 'check',
      from_status: 'received',
      to_status: 'checked',
    });
    expect(events[1].legal_basis).toContain('05/2021');
    expectError(
      await handle(t, handler, checked.id, {
        action: 'propose_acceptance',
        version: checked.version,
      }),
      409,
      'PETITION_OUTCOME_NOT_ALLOWED',
      'action',
    );
  });

  it('refuses a check without every condition answered (400 naming the item)', async () => {
    const created = await postPetition(t, handler, petitionBody()).expect(201);
    const { signed: _signed, ...partial } = ALL_MET;
    expectError(
      await handle(t, handler, created.body.id, {
        action: 'check',
        version: 1,
        items: partial,
        inCompetence: true,
      }),
      400,
      'PETITION_INVALID',
      'items.signed',
    );
    expectError(
      await handle(t, handler, created.body.id, {
        action: 'check',
        version: 1,
        inCompetence: true,
      }),
      400,
      'PETITION_INVALID',
      'items',
    );
  });

  it.each([
    ['propose_acceptance', {}, true, 'proposed_for_acceptance', 'IN_COMPETENCE_KN', {}],
    ['propose_acceptance', DENUNCIATION, true, 'proposed_for_acceptance', 'IN_COMPETENCE_TC', {}],
    ['propose_resolution', FEEDBACK, true, 'proposed_for_resolution', 'IN_COMPETENCE_KNPA', {}],
    [
      'not_acceptable',
      {},
      true,
      'not_accepted',
      'IN_COMPETENCE_KN',
      { ground: 'limitation_expired' },
    ],
    ['guide', {}, false, 'guided', 'GUIDED', { body: 'Tòa án nhân dân khu vực 1' }],
    ['forward', FEEDBACK, false, 'forwarded', 'FORWARDED', { body: 'UBND phường Ba Đình' }],
    [
      'forward',
      DENUNCIATION,
      false,
      'forwarded',
      'FORWARDED',
      { body: 'Thanh tra Sở Xây dựng', denouncerNotifiedOn: '2026-03-10' },
    ],
    ['urge', {}, false, 'urged', 'URGED', { body: 'UBND phường Hoàn Kiếm' }],
    ['return_originals', {}, false, 'returned', 'FORWARDED', {}],
    [
      'return_misrouted',
      FORWARDED,
      false,
      'returned',
      'FORWARDED',
      { body: 'Sở Tài nguyên và Môi trường' },
    ],
    [
      'refer_investigation',
      DENUNCIATION,
      true,
      'referred',
      'IN_COMPETENCE_TC',
      { body: 'Cơ quan Cảnh sát điều tra' },
    ],
    [
      'refer_party',
      DENUNCIATION,
      true,
      'referred',
      'IN_COMPETENCE_TC',
      { body: 'Ủy ban Kiểm tra Thành ủy' },
    ],
    ['file', {}, true, 'filed', 'IN_COMPETENCE_KN', { note: 'Đơn trùng nội dung đã giải quyết' }],
  ] as const)(
    '%s of a %j petition (in competence: %s) → %s, counted as %s',
    async (action, over, inCompetence, status, bucket, details) => {
      const checked = await checkedPetition(t, handler, { ...over }, { inCompetence });
      const res = await handle(t, handler, checked.id, {
        action,
        version: checked.version,
        ...details,
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        status,
        version: checked.version + 1,
        outcome: { code: action, reportBucket: bucket, handledOn: '2026-03-10' },
        deadlines: { isOverdue: false },
      });
    },
  );

  it.each([
    ['not_acceptable', DENUNCIATION, true, 'outcomeNotForType', { ground: 'not_signed' }],
    ['propose_acceptance', FEEDBACK, true, 'outcomeNotForType', {}],
    ['guide', FEEDBACK, false, 'outcomeNotForType', { body: 'UBND phường' }],
    ['guide', DENUNCIATION, false, 'denunciationNotGuided', { body: 'UBND phường' }],
    ['propose_acceptance', {}, false, 'outcomeNeedsCompetence', {}],
    ['guide', {}, true, 'outcomeNeedsNoCompetence', { body: 'Tòa án' }],
    ['return_misrouted', {}, false, 'misroutedNeedsForwardedSource', { body: 'Sở' }],
  ] as const)(
    'refuses %s for a %j petition (in competence: %s) with 409 (%s)',
    async (action, over, inCompetence, rule, details) => {
      const checked = await checkedPetition(t, handler, { ...over }, { inCompetence });
      const res = await handle(t, handler, checked.id, {
        action,
        version: checked.version,
        ...details,
      });
      expectError(res, 409, 'PETITION_OUTCOME_NOT_ALLOWED', 'action');
      expect(res.body.errors[0].code).toBe(rule);
    },
  );

  it('refuses an outcome in the wrong state (409) and a stale version (409)', async () => {
    const created = await postPetition(t, handler, petitionBody()).expect(201);
    const guide = { action: 'guide', version: 1, body: 'Tòa án' };
    expectError(
      await handle(t, handler, created.body.id, guide),
      409,
      'PETITION_INVALID_TRANSITION',
      'status',
    );
    const checked = await checkedPetition(t, handler, {}, { inCompetence: true });
    const stale = { action: 'propose_acceptance', version: checked.version - 1 };
    expectError(await handle(t, handler, checked.id, stale), 409, 'STALE_VERSION', 'version');
    await handle(t, handler, checked.id, { ...stale, version: checked.version }).expect(201);
    expectError(
      await handle(t, handler, checked.id, { ...stale, version: checked.version + 1 }),
      409,
      'PETITION_INVALID_TRANSITION',
    );
  });

  it('refuses details that do not belong to the action, and missing ones (400 naming the field)', async () => {
    const checked = await checkedPetition(t, handler, {}, { inCompetence: true });
    const version = checked.version;
    expectError(
      await handle(t, handler, checked.id, { action: 'not_acceptable', version }),
      400,
      'PETITION_INVALID',
      'ground',
    );
    expectError(
      await handle(t, handler, checked.id, { action: 'file', version, ground: 'not_signed' }),
      400,
      'PETITION_INVALID',
      'ground',
    );
    expectError(
      await handle(t, handler, checked.id, { action: 'accept', version }),
      400,
      'VALIDATION_FAILED',
      'action',
    );
    const denunciation = await checkedPetition(t, handler, DENUNCIATION, { inCompetence: false });
    expectError(
      await handle(t, handler, denunciation.id, {
        action: 'forward',
        version: denunciation.version,
        body: 'Thanh tra Sở',
      }),
      400,
      'PETITION_INVALID',
      'denouncerNotifiedOn',
    );
  });
});
