import { randomUUID } from 'node:crypto';

import { Role } from '../../src/auth/role';
import { agencyIdByCode, createOfficer } from '../support/auth';

import type { TestApp } from '../support/test-app';
import { insertEnforcement } from './statistics-enforcement.factory';

// A random but reproducible dataset over every table the statistics read, written by SQL (the
// workflows that produce these rows are tested in their own specs; here only the figures and the
// drill-down matter). A tiny LCG makes every run the same.

export function lcg(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}

export type Random = ReturnType<typeof lcg>;

const DAY = 86_400_000;
export const dayOf = (base: string, offset: number) =>
  new Date(Date.parse(`${base}T00:00:00Z`) + offset * DAY).toISOString().slice(0, 10);
const maybe = <T>(r: Random, p: number, value: T): T | null => (r.chance(p) ? value : null);

let serial = 0;
export const next = () => (serial += 1);

export interface Ctx {
  t: TestApp;
  r: Random;
  officerId: string;
  /** First day of the dataset; records spread over `days` days from it. */
  start: string;
  days: number;
}

async function insertCase(c: Ctx, agencyId: string, on: string, type: string): Promise<string> {
  const [row] = await c.t.dataSource.query<{ id: string }[]>(
    `INSERT INTO "case" (agency_id, code, opened_on, content_type, field, summary, created_by)
     VALUES ($1, $2, $3, $4, 'admin_land_housing', 'Vụ việc ngẫu nhiên', $5) RETURNING id`,
    [agencyId, `ST-${next()}`, on, type, c.officerId],
  );
  return row!.id;
}

async function insertVisits(c: Ctx, agencyId: string, count: number) {
  const cases: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const reuse = cases.length > 0 && c.r.chance(0.4);
    const on = dayOf(c.start, c.r.int(0, c.days));
    const caseId = reuse ? c.r.pick(cases) : await insertCase(c, agencyId, on, 'complaint');
    if (!reuse) cases.push(caseId);
    const persons = c.r.chance(0.2) ? c.r.int(5, 30) : c.r.int(1, 3);
    await c.t.dataSource.query(
      `INSERT INTO reception_visit (id, agency_id, book_year, visit_no, received_at, visit_on,
         reception_kind, receiving_officer_id, persons_count, is_delegation, content_type, field,
         summary, outcome, case_id, is_first_time, created_by)
       VALUES ($1, $2, $3, $4, $5::date + time '09:00', $5, 'regular', $6, $7, $8, 'complaint',
         'admin_land_housing', 'Nội dung', 'guided', $9, $10, $6)`,
      [
        randomUUID(),
        agencyId,
        2000 + next(),
        1,
        on,
        c.officerId,
        persons,
        persons >= 5,
        caseId,
        !reuse,
      ],
    );
  }
  for (let i = 0; i < 3; i += 1) {
    const held = c.r.chance(0.7);
    const on = dayOf(c.start, c.r.int(0, c.days));
    await c.t.dataSource.query(
      `INSERT INTO reception_session (agency_id, head_name, head_title, planned_on, place, status,
         held_on, created_by)
       VALUES ($1, 'Nguyễn Văn Chánh', 'Chủ tịch', $2, 'Trụ sở', $3, $4, $5)`,
      [agencyId, on, held ? 'held' : 'planned', held ? on : null, c.officerId],
    );
  }
}

const OUTCOMES = ['guide', 'forward', 'urge', 'file', 'propose_acceptance'] as const;
const STATUS_OF: Record<string, string> = {
  guide: 'guided',
  forward: 'forwarded',
  urge: 'urged',
  file: 'filed',
  propose_acceptance: 'proposed_for_acceptance',
};

async function insertPetition(c: Ctx, agencyId: string, type: string, on: string) {
  const caseId = await insertCase(c, agencyId, on, type);
  const handled = c.r.chance(0.6);
  const outcome = handled ? c.r.pick(OUTCOMES) : null;
  const split = !handled && c.r.chance(0.05);
  const status = split ? 'split' : outcome ? STATUS_OF[outcome] : 'received';
  const [row] = await c.t.dataSource.query<{ id: string }[]>(
    `INSERT INTO petition (agency_id, book_year, book_no, received_on, source, type, field, summary,
       case_id, handling_due_on, handling_rule_key, handling_rule_version, status, created_by,
       due_on, is_eligible, is_in_competence, outcome, handled_on)
     VALUES ($1, $2, 1, $3, 'post', $4, 'admin_land_housing', 'Đơn', $5, $3, 'D1', 1, $6, $7, $3,
       $8, $9, $10, $11) RETURNING id`,
    [
      agencyId,
      2000 + next(),
      on,
      type,
      caseId,
      status,
      c.officerId,
      handled ? c.r.chance(0.8) : null,
      handled ? c.r.chance(0.5) : null,
      outcome,
      handled ? dayOf(on, c.r.int(0, 60)) : null,
    ],
  );
  return { petitionId: row!.id, caseId };
}

async function insertDecisionRow(
  c: Ctx,
  agencyId: string,
  caseId: string,
  kind: string,
  on: string,
) {
  const complaint = kind !== 'denunciation_conclusion' && kind !== 'termination';
  const finding = c.r.pick(['right', 'partly_right', 'wrong']);
  const [row] = await c.t.dataSource.query<{ id: string }[]>(
    `INSERT INTO decision (agency_id, case_id, proceeding_type, proceeding_id, kind, document_type,
       register_year, register_no, number_symbol, issued_on, signer_id, signer_name, signer_title,
       outcome, timeliness, legal_effect_on)
     VALUES ($1, $2, $3, gen_random_uuid(), $4, 'decision', $5, 1, $6, $7, $8, 'Nguyễn Văn Chánh',
       'CHÁNH THANH TRA', $9, $10, $7) RETURNING id`,
    [
      agencyId,
      caseId,
      complaint ? 'complaint' : 'denunciation',
      kind,
      2000 + next(),
      `${serial}/QĐ-ST`,
      on,
      c.officerId,
      kind === 'termination' ? null : finding,
      kind === 'termination' ? null : c.r.pick(['on_time', 'late']),
    ],
  );
  return row!.id;
}

async function insertProceeding(c: Ctx, agencyId: string, type: 'complaint' | 'denunciation') {
  const received = dayOf(c.start, c.r.int(0, c.days));
  const { petitionId, caseId } = await insertPetition(c, agencyId, type, received);
  const accepted = maybe(c.r, 0.85, dayOf(received, c.r.int(0, 10)));
  const ending = accepted === null ? null : c.r.pick(['open', 'decided', 'withdrawn', 'other']);
  const endOn = accepted === null ? null : dayOf(accepted, c.r.int(0, 200));
  const dueOn = accepted === null ? null : dayOf(accepted, c.r.int(20, 90));
  const conclusion = type === 'complaint' ? 'complaint_first_round' : 'denunciation_conclusion';
  const decisionId =
    ending === 'decided' || ending === 'withdrawn'
      ? await insertDecisionRow(
          c,
          agencyId,
          caseId,
          ending === 'decided' ? conclusion : 'termination',
          endOn!,
        )
      : null;
  const terminated = ending === 'withdrawn' || ending === 'other';
  const cause =
    ending === 'withdrawn' ? 'withdrawn' : type === 'complaint' ? 'complainant_died' : 'other';
  if (type === 'complaint') {
    await c.t.dataSource.query(
      `INSERT INTO complaint_resolution (agency_id, case_id, petition_id, round, status, received_on,
         acceptance_due_on, acceptance_explanation, accepted_on, due_on, termination_cause,
         terminated_on, decision_id, created_by)
       VALUES ($1, $2, $3, 'first', $4, $5, $5, '[]', $6, $7, $8, $9, $10, $11)`,
      [
        agencyId,
        caseId,
        petitionId,
        accepted === null
          ? 'not_accepted'
          : terminated
            ? 'terminated'
            : ending === 'decided'
              ? 'decided'
              : 'verifying',
        received,
        accepted,
        dueOn,
        terminated ? cause : null,
        terminated ? endOn : null,
        decisionId,
        c.officerId,
      ],
    );
    return;
  }
  await c.t.dataSource.query(
    `INSERT INTO denunciation_resolution (agency_id, case_id, petition_id, kind, status, received_on,
       prelim_due_on, prelim_explanation, accepted_on, due_on, concluded_on, termination_cause,
       terminated_on, decision_id, created_by)
     VALUES ($1, $2, $3, 'first', $4, $5, $5, '[]', $6, $7, $8, $9, $10, $11, $12)`,
    [
      agencyId,
      caseId,
      petitionId,
      accepted === null
        ? 'not_accepted'
        : terminated
          ? 'terminated'
          : ending === 'decided'
            ? 'concluded'
            : 'verifying',
      received,
      accepted,
      dueOn,
      ending === 'decided' ? endOn : null,
      terminated ? cause : null,
      terminated ? endOn : null,
      decisionId,
      c.officerId,
    ],
  );
}

/** Visits, sessions, petitions, proceedings, decisions and enforcement in each agency. */
export async function seedRandomStatistics(
  t: TestApp,
  options: {
    seed: number;
    officerId: string;
    agencyIds: readonly string[];
    start: string;
    days: number;
  },
) {
  const c: Ctx = { t, r: lcg(options.seed), ...options };
  for (const agencyId of options.agencyIds) {
    await insertVisits(c, agencyId, 25);
    for (let i = 0; i < 15; i += 1) {
      await insertPetition(c, agencyId, 'petition', dayOf(c.start, c.r.int(-60, c.days)));
    }
    for (let i = 0; i < 15; i += 1) await insertProceeding(c, agencyId, 'complaint');
    for (let i = 0; i < 10; i += 1) await insertProceeding(c, agencyId, 'denunciation');
    for (let i = 0; i < 8; i += 1) await insertEnforcement(c, agencyId);
  }
}

/**
 * The city, HN-TTTP and HN-BTCD (the scope of the random-dataset specs), seeded with 270 days of
 * records from 1/1/2026 by a reception officer of HN-TTTP; the agency ids, city first.
 */
export async function seedThreeAgencies(t: TestApp, seed: number): Promise<string[]> {
  const ids = [
    await agencyIdByCode(t, 'HN'),
    await agencyIdByCode(t, 'HN-TTTP'),
    await agencyIdByCode(t, 'HN-BTCD'),
  ];
  const officer = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: ids[1] });
  await seedRandomStatistics(t, {
    seed,
    officerId: officer.id,
    agencyIds: ids,
    start: '2026-01-01',
    days: 270,
  });
  return ids;
}
