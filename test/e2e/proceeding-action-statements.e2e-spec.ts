import { writeFileSync } from 'node:fs';

import type { AuthenticatedOfficer } from '../../src/auth/authenticated-officer';
import { Role } from '../../src/auth/role';
import { ComplaintResolutionEntity } from '../../src/complaints/complaint-resolution.entity';
import { ComplaintsRepository } from '../../src/complaints/complaints.repository';
import { DecisionMeasureEntity } from '../../src/decisions/decision-measure.entity';
import { DecisionEntity } from '../../src/decisions/decision.entity';
import { DecisionsService } from '../../src/decisions/decisions.service';
import { DecisionOutcome } from '../../src/decisions/domain/decision-outcome';
import { IssuedDocumentKind } from '../../src/decisions/domain/document-kind';
import { EnforcementType } from '../../src/decisions/domain/recommended-measures';
import type { ExplanationStep } from '../../src/legal/domain/deadline-engine';
import { type CapturedStatement, labelOf, SqlCapture } from '../bench/sql-capture';
import { ALL_MET, handle, petitionBody, postPetition } from '../factories/petition.factory';
import {
  act,
  allConditions,
  noGrounds,
  proposedPetition,
  resolutionTeam,
  type ResolutionTeam,
  signer,
  travelTo,
} from '../factories/resolution.factory';
import { createOfficer, login, type TestOfficer } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

// The statements of one action's transaction (BEGIN … COMMIT), as seed:demo runs them a year
// over: a document issued is one statement with its measures (INSERT … RETURNING, no re-read),
// the team's officers one statement, the row locked with a plain SELECT … FOR UPDATE.

jest.setTimeout(60_000); // argon2 sign-ins and two whole proceedings

/** The labels of the transaction that wrote the action's audit row (BEGIN to COMMIT). */
function transactionOf(statements: CapturedStatement[]): string[] {
  const audit = statements.filter((s) => /INSERT INTO "?audit_event/i.test(s.text)).at(-1);
  const own = statements.filter((s) => s.connection === audit?.connection);
  const at = own.indexOf(audit!);
  let begin = at;
  while (begin > 0 && !/^\s*(BEGIN|START TRANSACTION)/i.test(own[begin]!.text)) begin--;
  let commit = at;
  while (commit < own.length - 1 && !/^\s*COMMIT/i.test(own[commit]!.text)) commit++;
  return own.slice(begin, commit + 1).map((s) => labelOf(s.text));
}

type Who = keyof ResolutionTeam;

/**
 * BEGIN to COMMIT of each action (before: a document's INSERTs were followed by a SELECT of the
 * decision and one of its measures, a proceeding's INSERT by a SELECT of its row).
 */
const EXPECTED: Record<string, number> = {
  'complaint open': 14, // 15 before
  'complaint accept': 11, // 13
  'complaint assign verification': 12, // 14
  'complaint record verification': 9,
  'complaint start drafting': 8,
  'complaint decide': 11, // 14
  'denunciation open': 14, // 15
  'denunciation accept': 14, // 20: three documents
  'denunciation assign verification': 12, // 14
  'denunciation record verification': 9,
  'denunciation conclude': 18, // 22: the enforcement file reads the decision in one statement
  'petition check': 7,
  'petition propose acceptance': 7,
};

/** Each action's statement count, and no document read back after it was written. */
function expectCounts(counts: Record<string, string[]>, labels: readonly string[]) {
  const got = Object.fromEntries(labels.map((l) => [l, counts[l]?.length]));
  expect(got).toEqual(Object.fromEntries(labels.map((l) => [l, EXPECTED[l]])));
  for (const l of labels) {
    const issued = counts[l]!.indexOf('WITH… decision');
    if (issued >= 0) {
      expect({ l, after: counts[l]![issued + 1] }).not.toEqual({ l, after: 'SELECT decision' });
    }
  }
}

describe('the statements of the actions seed:demo runs a year over', () => {
  let t: TestApp;
  let team: ResolutionTeam;
  let handler: TestOfficer;
  let capture: SqlCapture;
  const counts: Record<string, string[]> = {};

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-10T02:00:00Z') });
    team = await resolutionTeam(t);
    handler = await createOfficer(t, { roles: [Role.PetitionHandler] });
    capture = new SqlCapture();
  });
  afterAll(async () => {
    capture.restore();
    await t.close();
    if (process.env.PRINT_STATEMENTS) {
      writeFileSync(process.env.PRINT_STATEMENTS, JSON.stringify(counts));
    }
  });

  const counted = async (label: string, run: () => Promise<{ status: number; body: unknown }>) => {
    capture.start();
    const res = await run();
    const statements = capture.stop();
    const ok = res.status === 200 || res.status === 201;
    expect({ label, body: ok ? null : res.body }).toEqual({ label, body: null });
    counts[label] = transactionOf(statements);
    return res as { status: number; body: Record<string, unknown> };
  };

  it('complaint accept, assign verification and decide', async () => {
    await travelTo(t, '2026-03-12', [team.desk, team.leader, team.investigator, team.other]);
    const { petitionId } = await proposedPetition(t, team.desk);
    const opened = await counted('complaint open', () =>
      act(t, team.leader, '/complaints', { petitionId }),
    );
    const id = opened.body.id as string;
    let v = opened.body.version as number;
    const step = async (label: string, path: string, body: object, who: Who = 'leader') => {
      const res = await counted(label, () =>
        act(t, team[who], `/complaints/${id}${path}`, { version: v, ...body }),
      );
      v = res.body.version as number;
    };
    await step('complaint accept', '/accept', {
      grounds: noGrounds,
      decisionKnownOn: '2026-02-20',
      signer,
    });
    await travelTo(t, '2026-03-13', [team.desk, team.leader, team.investigator]);
    const assignment = { leadId: team.investigator.id, scope: 'Xác minh thu hồi đất', signer };
    await step('complaint assign verification', '/assign-verification', assignment);
    const report = {
      kind: 'verification_report',
      recordedOn: '2026-03-13',
      summary: 'Việc thu hồi đúng trình tự nhưng bồi thường thiếu.',
      recommendation: 'Đề nghị kết luận khiếu nại đúng một phần.',
      demandsDifferFromVerification: false,
    };
    await step('complaint record verification', '/verification-records', report, 'investigator');
    await step('complaint start drafting', '/start-drafting', {}, 'investigator');
    await step('complaint decide', '/decide', {
      outcome: 'partly_right',
      reasoning: 'Việc bồi thường chưa đủ theo quy định.',
      measures: [
        { type: 'return_money_person', amount: '150000000', beneficiaries: 1 },
        { type: 'recover_land', area: '1500.5' },
      ],
      signer,
    });
    expectCounts(
      counts,
      Object.keys(EXPECTED).filter((l) => l.startsWith('complaint')),
    );
  });

  it('denunciation accept and conclude', async () => {
    const { petitionId } = await proposedPetition(t, team.desk, {
      contentType: 'denunciation',
      summary: 'Tố cáo cán bộ địa chính nhận tiền khi làm thủ tục',
    });
    const opened = await counted('denunciation open', () =>
      act(t, team.leader, '/denunciations', { petitionId }),
    );
    const id = opened.body.id as string;
    let v = opened.body.version as number;
    const step = async (label: string, path: string, body: object, who: Who = 'leader') => {
      const res = await counted(label, () =>
        act(t, team[who], `/denunciations/${id}${path}`, { version: v, ...body }),
      );
      v = res.body.version as number;
    };
    await step('denunciation accept', '/accept', { conditions: allConditions, signer });
    const assignment = { leadId: team.investigator.id, scope: 'Xác minh việc nhận tiền', signer };
    await step('denunciation assign verification', '/assign-verification', assignment);
    const report = {
      kind: 'verification_report',
      recordedOn: '2026-03-13',
      summary: 'Có căn cứ về một phần nội dung.',
      recommendation: 'Kết luận tố cáo đúng một phần.',
    };
    await step('denunciation record verification', '/verification-records', report, 'investigator');
    await step('denunciation conclude', '/conclude', {
      outcome: 'partly_right',
      reasoning: 'Một phần nội dung tố cáo là đúng.',
      measures: [{ type: 'recover_money', amount: '2500000' }],
      signer,
    });
    expectCounts(
      counts,
      Object.keys(EXPECTED).filter((l) => l.startsWith('denunciation')),
    );
  });

  it('petition check and propose acceptance', async () => {
    handler.token = await login(t, handler.username, handler.totpSecret);
    const created = await postPetition(t, handler, petitionBody()).expect(201);
    const id = created.body.id as string;
    const checked = await counted('petition check', () =>
      handle(t, handler, id, {
        action: 'check',
        version: created.body.version,
        items: ALL_MET,
        inCompetence: true,
      }),
    );
    await counted('petition propose acceptance', () =>
      handle(t, handler, id, { action: 'propose_acceptance', version: checked.body.version }),
    );
    expectCounts(counts, ['petition check', 'petition propose acceptance']);
  });

  it('a document, a proceeding row and its lock read as the finds read them', async () => {
    const { petitionId } = await proposedPetition(t, team.desk);
    const other = await proposedPetition(t, team.desk);
    const opened = await act(t, team.leader, '/complaints', { petitionId });
    const id = opened.body.id as string;
    const m = t.dataSource.manager;
    const complaint = await m.findOneByOrFail(ComplaintResolutionEntity, { id });
    const rollback = new Error('rollback');
    const outcome = t.dataSource.transaction(async (tx) => {
      const repository = t.app.get(ComplaintsRepository);
      expect(await repository.lockById(tx, id)).toStrictEqual(complaint);
      const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...values } = complaint;
      const inserted = await repository.insert(tx, { ...values, petitionId: other.petitionId });
      expect(inserted).toStrictEqual(
        await tx.findOneByOrFail(ComplaintResolutionEntity, { id: inserted.id }),
      );
      const ctx = { actor: { id: team.leader.id } as AuthenticatedOfficer, requestId: null };
      const issued = await t.app.get(DecisionsService).issue(tx, ctx, {
        kind: IssuedDocumentKind.ComplaintFirstRound,
        proceedingType: 'complaint',
        proceedingId: id,
        caseId: complaint.caseId,
        agencyId: complaint.agencyId,
        issuerAbbrev: 'TTTP',
        issuedOn: t.clock.today(),
        signer,
        outcome: DecisionOutcome.PartlyRight,
        reasoning: 'Đúng một phần.',
        measures: [
          { type: EnforcementType.ReturnMoneyPerson, amount: '150000000', beneficiaries: 1 },
          { type: EnforcementType.RecoverLand, area: '1500.5' },
        ],
        legalEffectOn: '2026-04-13',
        legalEffectExplanation: [{ step: 'D9' } as unknown as ExplanationStep],
      });
      const decision = await tx.findOneByOrFail(DecisionEntity, { id: issued.decision.id });
      const where = { decisionId: decision.id };
      const measures = await tx.find(DecisionMeasureEntity, { where, order: { position: 'ASC' } });
      expect(issued).toStrictEqual({ decision, measures });
      expect(measures.map((x) => [x.amount, x.area])).toEqual([
        ['150000000', null],
        [null, '1500.50'],
      ]);
      expect(await t.app.get(DecisionsService).findWithMeasures(tx, decision.id)).toStrictEqual(
        issued,
      );
      throw rollback; // the register numbers stay as they were
    });
    await expect(outcome).rejects.toBe(rollback);
  });
});
