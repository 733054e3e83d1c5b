import { runInTransaction } from '../../src/database/transaction';
import { PetitionsService } from '../../src/petitions/petitions.service';
import type { TestOfficer } from '../support/auth';
import { bearer } from '../support/auth';
import type { TestApp } from '../support/test-app';
import { principalOf } from './person.factory';
import { newIdNumber } from './visit.factory';

/** A new signatory with a full identity. */
export function newSignatory(fullName: string, over: object = {}) {
  return {
    identity: {
      fullName,
      idType: 'cccd',
      idNumber: newIdNumber(),
      address: 'Số 12 phố Thử Nghiệm, Hà Nội',
      ...over,
    },
  };
}

/** A valid body of POST /petitions: one citizen's complaint by post, opening a new case. */
export function petitionBody(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    receivedOn: '2026-03-09',
    source: 'post',
    signatoryKind: 'one',
    signatories: [newSignatory('Phạm Văn Đơn')],
    type: 'complaint',
    field: 'admin_land_housing',
    respondent: 'Ủy ban nhân dân phường Thử Nghiệm',
    summary: 'Khiếu nại quyết định thu hồi đất số 12/QĐ-UBND',
    newCase: true,
    ...over,
  };
}

export function postPetition(t: TestApp, who: TestOfficer, body: object) {
  return t.http.post('/api/v1/petitions').set(bearer(who.token)).send(body);
}

export function handle(t: TestApp, who: TestOfficer, id: string, body: object) {
  return t.http.post(`/api/v1/petitions/${id}/handling`).set(bearer(who.token)).send(body);
}

/** Every condition of TT 05/2021 met. */
export const ALL_MET = {
  vietnamese: true,
  dated: true,
  identified: true,
  signed: true,
  contentClear: true,
  notHandledBefore: true,
};

/** Registers a petition and records its check; returns the petition after the check. */
export async function checkedPetition(
  t: TestApp,
  who: TestOfficer,
  over: Record<string, unknown> = {},
  check: { inCompetence: boolean; items?: object } = { inCompetence: true },
) {
  const created = await postPetition(t, who, petitionBody(over));
  if (created.status !== 201) throw new Error(`${created.status} ${JSON.stringify(created.body)}`);
  const checked = await handle(t, who, created.body.id, {
    action: 'check',
    version: created.body.version,
    items: check.items ?? ALL_MET,
    inCompetence: check.inCompetence,
  });
  if (checked.status !== 201) throw new Error(`${checked.status} ${JSON.stringify(checked.body)}`);
  return checked.body as { id: string; version: number; case: { id: string; code: string } };
}

/** The resolution modules' call (issue 7's contract), as an officer would make it. */
export function takeForResolution(
  t: TestApp,
  who: TestOfficer,
  petitionId: string,
  type: 'complaint' | 'denunciation',
) {
  const ctx = { actor: principalOf(who), requestId: null };
  return runInTransaction(t.dataSource, (m) =>
    t.app.get(PetitionsService).takeForResolution(m, ctx, petitionId, type),
  );
}

/** GET /petitions/case-candidates as `who` (200 expected): the proposed cases. */
export async function petitionCaseCandidates<C>(
  t: TestApp,
  who: TestOfficer,
  query: Record<string, string>,
): Promise<C[]> {
  const res = await t.http
    .get('/api/v1/petitions/case-candidates')
    .query(query)
    .set(bearer(who.token))
    .expect(200);
  return res.body.items as C[];
}
