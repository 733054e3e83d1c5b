import { randomBytes } from 'node:crypto';

import type { RecommendedMeasure } from '../../src/decisions/domain/recommended-measures';
import { bearer, type TestOfficer } from '../support/auth';
import type { TestApp } from '../support/test-app';

// Legally effective decisions inserted by SQL (fast: the complaint workflow is tested elsewhere),
// and the enforcement API calls the specs repeat.

let registerNo = 0;

export interface DecisionSpec {
  agencyId: string;
  signerId: string;
  issuedOn: string;
  legalEffectOn: string | null;
  kind?: 'complaint_first_round' | 'complaint_second_round' | 'denunciation_conclusion';
  measures: RecommendedMeasure[];
}

/** A decision (with its case and measures) as the resolution modules write it; returns its id. */
export async function insertDecision(t: TestApp, spec: DecisionSpec): Promise<string> {
  registerNo += 1;
  const kind = spec.kind ?? 'complaint_first_round';
  const denunciation = kind === 'denunciation_conclusion';
  const year = Number(spec.issuedOn.slice(0, 4));
  const [c] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO "case" (agency_id, code, opened_on, content_type, field, summary, created_by)
     VALUES ($1, $2, $3, $4, 'admin_land_housing', 'Thi hành quyết định', $5) RETURNING id`,
    [
      spec.agencyId,
      `TH-${randomBytes(6).toString('hex')}`,
      spec.issuedOn,
      denunciation ? 'denunciation' : 'complaint',
      spec.signerId,
    ],
  );
  const [d] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO decision (agency_id, case_id, proceeding_type, proceeding_id, kind, document_type,
       register_year, register_no, number_symbol, issued_on, signer_id, signer_name, signer_title,
       outcome, legal_effect_on)
     VALUES ($1, $2, $3, gen_random_uuid(), $4, $5, $6, $7, $8, $9, $10, 'Nguyễn Văn Chánh',
       'CHÁNH THANH TRA', 'right', $11) RETURNING id`,
    [
      spec.agencyId,
      c!.id,
      denunciation ? 'denunciation' : 'complaint',
      kind,
      denunciation ? 'conclusion' : 'decision',
      year,
      registerNo,
      `${registerNo}/QĐ-TTTP`,
      spec.issuedOn,
      spec.signerId,
      spec.legalEffectOn,
    ],
  );
  for (const [position, m] of spec.measures.entries()) {
    await t.dataSource.query(
      `INSERT INTO decision_measure (decision_id, position, type, amount, area, collectives,
         persons, officials, beneficiaries, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        d!.id,
        position,
        m.type,
        m.amount ?? null,
        m.area ?? null,
        m.collectives ?? null,
        m.persons ?? null,
        m.officials ?? null,
        m.beneficiaries ?? null,
        m.description ?? null,
      ],
    );
  }
  return d!.id;
}

export interface ItemView {
  id: string;
  position: number;
  type: string;
  status: string;
  completedOn: string | null;
  achieved: string | null;
  outstanding: string | null;
  version: number;
  progress: { id: string; voided: boolean; amount?: string }[];
  reopenings: { id: string; on: string; reason: string; byOfficerId: string }[];
}

export interface DecisionView {
  id: string;
  decisionId: string | null;
  complete: boolean;
  completedOn: string | null;
  items: ItemView[];
}

export async function openEnforcement(
  t: TestApp,
  leader: TestOfficer,
  decisionId: string,
): Promise<DecisionView> {
  const res = await t.http
    .post(`/api/v1/enforcement/decisions/${decisionId}/open`)
    .set(bearer(leader.token))
    .send({});
  if (res.status !== 200) throw new Error(`open: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as DecisionView;
}

/** POST a progress entry on the item at `position`, with its current version. */
export function postProgress(
  t: TestApp,
  who: TestOfficer,
  view: DecisionView,
  position: number,
  body: Record<string, unknown>,
) {
  const item = view.items[position]!;
  return t.http
    .post(`/api/v1/enforcement/items/${item.id}/progress`)
    .set(bearer(who.token))
    .send({ version: item.version, ...body });
}

/** Like postProgress, expecting 201; returns the decision as it stands after. */
export async function progress(
  t: TestApp,
  who: TestOfficer,
  view: DecisionView,
  position: number,
  body: Record<string, unknown>,
): Promise<DecisionView> {
  const res = await postProgress(t, who, view, position, body);
  if (res.status !== 201) throw new Error(`progress: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as DecisionView;
}

export const money = (on: string, amount: string) => ({
  on,
  amount,
  unit: 'VND',
  documentRef: `BL-${on}-${amount}`,
});

export const land = (on: string, amount: string) => ({
  on,
  amount,
  unit: 'm2',
  documentRef: `BB-${on}-${amount}`,
});

export async function figures(
  t: TestApp,
  who: TestOfficer,
  from: string,
  to: string,
  agencyId?: string,
) {
  const query = new URLSearchParams({ from, to, ...(agencyId ? { agencyId } : {}) });
  const res = await t.http
    .get(`/api/v1/enforcement/figures?${query.toString()}`)
    .set(bearer(who.token));
  if (res.status !== 200) throw new Error(`figures: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as {
    form02: { figures: Record<string, unknown>; row: (string | number)[] };
    form04: { figures: Record<string, unknown>; row: (string | number)[] };
  };
}
