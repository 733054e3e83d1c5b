import { Role } from '../../src/auth/role';
import {
  EnforcementType as T,
  type RecommendedMeasure,
} from '../../src/decisions/domain/recommended-measures';
import {
  insertDecision,
  land,
  money,
  openEnforcement,
  progress,
} from '../factories/enforcement.factory';
import { petitionBody, postPetition } from '../factories/petition.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import type { FormJson } from '../support/form-json';
import { createTestApp, type TestApp } from '../support/test-app';

// Exact figures of the resolution and enforcement forms (01–04/KQGQ, DOMAIN §7.2) on a hand-built
// timeline at HN-TTTP that crosses the period P = 1/4–30/6/2026 (DESIGN §5): complaints accepted
// before P and withdrawn before / in / after it, one decided in P, one accepted in P and one after;
// denunciations withdrawn in P, terminated in P and accepted in P but concluded after it; decisions
// effective before P and completed in it, completed before it, effective after it. The forms agree
// with the summary, which counts the same records.

const P = { from: '2026-04-01', to: '2026-06-30' };
const Q3 = { from: '2026-07-01', to: '2026-09-30' };

type End = { on: string; how: 'withdrawn' | 'other' | 'decided' } | null;

jest.setTimeout(60_000);

describe('KQGQ forms across the period boundaries', () => {
  let t: TestApp;
  let tttp: string;
  let leader: TestOfficer;
  let desk: TestOfficer;

  /** A petition received on `receivedOn` at HN-TTTP; its case id and id. */
  async function petition(type: 'complaint' | 'denunciation', receivedOn: string) {
    const res = await postPetition(t, desk, petitionBody({ type, receivedOn }));
    expect(res.status).toBe(201);
    const id = (res.body as { id: string }).id;
    const [p] = await t.dataSource.query<{ case_id: string }[]>(
      'SELECT case_id FROM petition WHERE id = $1',
      [id],
    );
    return { id, caseId: p!.case_id };
  }

  /** A decision (or conclusion) of the proceeding, issued on `on`, with its outcome and timeliness. */
  async function decision(kind: 'complaint_first_round' | 'denunciation_conclusion', on: string) {
    const id = await insertDecision(t, {
      agencyId: tttp,
      signerId: leader.id,
      kind,
      issuedOn: on,
      legalEffectOn: null,
      measures: [{ type: T.RecoverMoney, amount: '300000000' }],
    });
    await t.dataSource.query(
      `UPDATE decision SET timeliness = 'late', content_conclusion = 'right' WHERE id = $1`,
      [id],
    );
    return id;
  }

  async function complaint(acceptedOn: string, end: End) {
    const p = await petition('complaint', acceptedOn);
    const decided = end?.how === 'decided';
    const decisionId = decided ? await decision('complaint_first_round', end.on) : null;
    await t.dataSource.query(
      `INSERT INTO complaint_resolution (agency_id, case_id, petition_id, round, status, received_on,
         acceptance_due_on, acceptance_explanation, accepted_on, due_on, termination_cause,
         terminated_on, decision_id, created_by)
       VALUES ($1, $2, $3, 'first', $4, $5, $5, '[]', $5, $5::date + 90, $6, $7, $8, $9)`,
      [
        tttp,
        p.caseId,
        p.id,
        end === null ? 'verifying' : decided ? 'decided' : 'terminated',
        acceptedOn,
        end && !decided ? end.how : null,
        end && !decided ? end.on : null,
        decisionId,
        leader.id,
      ],
    );
  }

  async function denunciation(acceptedOn: string, end: End) {
    const p = await petition('denunciation', acceptedOn);
    const concluded = end?.how === 'decided';
    const decisionId = concluded ? await decision('denunciation_conclusion', end.on) : null;
    await t.dataSource.query(
      `INSERT INTO denunciation_resolution (agency_id, case_id, petition_id, kind, status,
         received_on, prelim_due_on, prelim_explanation, accepted_on, due_on, concluded_on,
         termination_cause, terminated_on, decision_id, created_by)
       VALUES ($1, $2, $3, 'first', $4, $5, $5, '[]', $5, $5::date + 90, $6, $7, $8, $9, $10)`,
      [
        tttp,
        p.caseId,
        p.id,
        end === null ? 'verifying' : concluded ? 'concluded' : 'terminated',
        acceptedOn,
        concluded ? end.on : null,
        end && !concluded ? end.how : null,
        end && !concluded ? end.on : null,
        decisionId,
        leader.id,
      ],
    );
  }

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-10-01T03:00:00Z') });
    tttp = await agencyIdByCode(t, 'HN-TTTP');
    const city = await agencyIdByCode(t, 'HN');
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId: city });
    desk = await createOfficer(t, {
      roles: [Role.ReceptionOfficer, Role.PetitionHandler],
      agencyId: tttp,
    });
    await complaint('2026-03-05', { on: '2026-03-20', how: 'withdrawn' }); // A: all before P
    await complaint('2026-03-05', { on: '2026-04-15', how: 'withdrawn' }); // B: carried, withdrawn in P
    await complaint('2026-03-05', { on: '2026-07-05', how: 'withdrawn' }); // C: carried, withdrawn after
    await complaint('2026-03-10', { on: '2026-05-20', how: 'decided' }); // F: carried, decided (late) in P
    await complaint('2026-05-04', null); // D: accepted in P, pending
    await complaint('2026-07-02', null); // E: after P
    await denunciation('2026-03-05', { on: '2026-05-10', how: 'withdrawn' }); // G
    await denunciation('2026-02-01', { on: '2026-06-01', how: 'other' }); // I: terminated in P
    await denunciation('2026-04-10', { on: '2026-08-01', how: 'decided' }); // H: concluded after P

    // Enforcement. X: effective before P, 100 of 300 million collected before it, the rest in it.
    const enforce = async (
      kind: 'complaint_first_round' | 'denunciation_conclusion',
      legalEffectOn: string,
      measure: RecommendedMeasure,
      steps: Record<string, unknown>[],
    ) => {
      const id = await insertDecision(t, {
        agencyId: tttp,
        signerId: leader.id,
        kind,
        issuedOn: '2025-12-20', // registered in 2025: no clash with the 2026 numbers above
        legalEffectOn,
        measures: [measure],
      });
      let view = await openEnforcement(t, leader, id);
      for (const step of steps) view = await progress(t, leader, view, 0, step);
      return view;
    };
    const x = await enforce(
      'complaint_first_round',
      '2026-03-15',
      { type: T.RecoverMoney, amount: '300000000' },
      [money('2026-03-25', '100000000'), money('2026-05-10', '200000000')],
    );
    expect(x.completedOn).toBe('2026-05-10');
    // W: effective and completed before P. Z: effective after P.
    await enforce(
      'complaint_first_round',
      '2026-02-01',
      { type: T.RecoverMoney, amount: '40000000' },
      [money('2026-03-30', '40000000')],
    );
    await enforce(
      'complaint_first_round',
      '2026-07-03',
      { type: T.ReturnMoneyPerson, amount: '5000000', beneficiaries: 1 },
      [],
    );
    // Y: a conclusion effective before P, its land recovered partly before P and the rest in it.
    const y = await enforce(
      'denunciation_conclusion',
      '2026-03-01',
      { type: T.RecoverLand, area: '500.5' },
      [land('2026-03-20', '100.25'), land('2026-06-20', '400.25')],
    );
    expect(y.completedOn).toBe('2026-06-20');
  }, 120_000);
  afterAll(() => t.close());

  const form = async (code: string, period: { from: string; to: string }) => {
    const res = await t.http
      .get(`/api/v1/statistics/forms/${code}`)
      .query({ agencyId: tttp, ...period })
      .set(bearer(leader.token));
    expect(res.status).toBe(200);
    const body = res.body as FormJson;
    expect(body.checks).toEqual([]);
    return (...columns: number[]) => columns.map((n) => body.total.values[n]);
  };
  const summary = async (period: { from: string; to: string }) => {
    const res = await t.http
      .get('/api/v1/statistics/summary')
      .query({ agencyId: tttp, ...period })
      .set(bearer(leader.token));
    expect(res.status).toBe(200);
    return res.body as {
      complaints: Record<string, number>;
      denunciations: Record<string, number>;
      enforcement: {
        complaintDecisions: { toImplement: number; completed: number };
        denunciationConclusions: { toImplement: number; completed: number };
      };
    };
  };

  it('01/KQGQ: carried over in, a withdrawal and a decision resolved in P, one accepted before and resolved after', async () => {
    const cols = await form('01-kqgq', P);
    // 1 petitions, 2 carried (B, C, F), 3 received (D), 4 cases, 5 by decision (F), 6 withdrawn (B),
    // 7 money of F's decision (Trđ), 20 right (F), 25 on time (B), 26 late (F)
    expect(cols(1, 2, 3, 4, 5, 6, 7, 20, 25, 26)).toEqual([4, 3, 1, 4, 1, 1, '300', 1, 1, 1]);
    const s = (await summary(P)).complaints;
    expect(cols(4, 2, 3, 5, 6)).toEqual([
      s.inCompetence,
      s.carriedOver,
      s.accepted,
      s.resolvedByDecision,
      s.resolvedByWithdrawal,
    ]);
    expect(s).toMatchObject({ resolved: 2, pending: 2 });
  });

  it('01/KQGQ carries out the cases pending at the end of P (C, D) into the next quarter', async () => {
    const cols = await form('01-kqgq', Q3);
    // 2 carried (C, D), 3 received (E), 6 withdrawn (C), 5 nothing decided, 7 no decision issued
    expect(cols(1, 2, 3, 4, 5, 6, 7)).toEqual([3, 2, 1, 3, 0, 1, '0']);
  });

  it('03/KQGQ: a withdrawal and a termination resolved in P, a case accepted in P and concluded after it', async () => {
    const cols = await form('03-kqgq', P);
    // 2 carried (G, I), 3 received (H), 6 resolved = 9 withdrawn (G) + 10 terminated (I), 7 none
    // concluded; 11 no conclusion issued in P (H's comes after)
    expect(cols(1, 2, 3, 4, 6, 7, 9, 10, 11, 24)).toEqual([3, 2, 1, 3, 2, 0, 1, 1, '0', 0]);
    const s = (await summary(P)).denunciations;
    expect(s).toMatchObject({ inCompetence: 3, carriedOver: 2, accepted: 1, resolved: 2 });
    const next = await form('03-kqgq', Q3);
    // H carried into Q3 and concluded there, found right, late; its money recommended in Q3
    expect(next(1, 2, 3, 4, 6, 7, 11, 24, 31)).toEqual([1, 1, 0, 1, 1, 1, '300', 1, 1]);
  });

  it('02/KQGQ: the decision effective before P and completed in it; the one completed before and the one effective after are not', async () => {
    const cols = await form('02-kqgq', P);
    // 1 to implement (X), 2 completed (X), 3 still to collect at the start of P, 5 collected in P
    expect(cols(1, 2, 3, 5, 9)).toEqual([1, 1, '200', '200', '0']);
    const s = (await summary(P)).enforcement.complaintDecisions;
    expect(cols(1, 2)).toEqual([s.toImplement, s.completed]);
    const next = await form('02-kqgq', Q3);
    expect(next(1, 2, 3, 9)).toEqual([1, 0, '0', '5']); // Z only
  });

  it('04/KQGQ: the conclusion effective before P whose land was recovered in P', async () => {
    const cols = await form('04-kqgq', P);
    // 1 to implement, 2 completed, 4 land still to recover at the start of P, 6 recovered in P
    expect(cols(1, 2, 4, 6)).toEqual([1, 1, '400.25', '400.25']);
    const s = (await summary(P)).enforcement.denunciationConclusions;
    expect(cols(1, 2)).toEqual([s.toImplement, s.completed]);
    expect((await form('04-kqgq', Q3))(1, 2)).toEqual([0, 0]);
  });
});
