import type { Response } from 'supertest';
import { type EntityManager, In } from 'typeorm';

import { COMPLAINT_DETAIL } from '../../src/complaints/complaint-detail.sql';
import { ComplaintDialogueEntity } from '../../src/complaints/complaint-dialogue.entity';
import { ComplaintDroppedChallengeEntity } from '../../src/complaints/complaint-dropped-challenge.entity';
import { ComplaintResolutionEntity } from '../../src/complaints/complaint-resolution.entity';
import { ComplaintSuspensionEntity } from '../../src/complaints/complaint-suspension.entity';
import { ComplaintVerificationRecordEntity } from '../../src/complaints/complaint-verification-record.entity';
import { toComplaintResponse } from '../../src/complaints/complaint.mapper';
import { ComplaintsRepository } from '../../src/complaints/complaints.repository';
import { entitiesFromJson } from '../../src/database/json-entity';
import { PreparingClient } from '../../src/database/preparing-client';
import { DecisionMeasureEntity } from '../../src/decisions/decision-measure.entity';
import { DecisionEntity } from '../../src/decisions/decision.entity';
import type { DecisionWithMeasures } from '../../src/decisions/decisions.repository';
import { DENUNCIATION_DETAIL } from '../../src/denunciations/denunciation-detail.sql';
import { DenunciationExtensionEntity } from '../../src/denunciations/denunciation-extension.entity';
import { DenunciationResolutionEntity } from '../../src/denunciations/denunciation-resolution.entity';
import { DenunciationSuspensionEntity } from '../../src/denunciations/denunciation-suspension.entity';
import { DenunciationVerificationRecordEntity } from '../../src/denunciations/denunciation-verification-record.entity';
import { toDenunciationResponse } from '../../src/denunciations/denunciation.mapper';
import { DenunciationsRepository } from '../../src/denunciations/denunciations.repository';
import { PersonRecordType } from '../../src/persons/domain/person-enums';
import {
  ProceedingPersonsService,
  type ProceedingRecord,
} from '../../src/resolutions/proceeding-persons.service';
import { type CapturedStatement, labelOf, SqlCapture } from '../bench/sql-capture';
import {
  act,
  allConditions,
  noGrounds,
  proposedPetition,
  read,
  resolutionTeam,
  type ResolutionTeam,
  signer,
  travelTo,
} from '../factories/resolution.factory';
import { createTestApp, type TestApp } from '../support/test-app';

// The reply of every complaint / denunciation action (and GET /:id) reads the row, its records
// and its documents with their measures in ONE statement (complaint-detail.sql.ts,
// denunciation-detail.sql.ts), then the persons: 2 statements where there were 8 (complaints:
// the row, the persons, 4 record tables, decisions, measures) and 7 (denunciations: 3 record
// tables). The answer is the same JSON, byte for byte, as the mappers give from TypeORM's finds.

jest.setTimeout(60_000); // argon2 sign-ins and two whole proceedings

const WRITE = /^\s*(INSERT|UPDATE|DELETE|WITH\b[\s\S]*\b(INSERT\s+INTO|UPDATE\s+\S+\s+SET)\b)/i;
const EVENT = /INSERT INTO "?resolution_event/i;

/** The reads of the action's transaction after its last write (the connection of its event). */
function replyOf(statements: CapturedStatement[]): CapturedStatement[] {
  const event = statements.filter((s) => EVENT.test(s.text)).at(-1);
  const own = statements.filter((s) => s.connection === event?.connection);
  const commit = own.findIndex((s, i) => i > own.indexOf(event!) && /^\s*COMMIT/i.test(s.text));
  let last = -1;
  for (let i = 0; i < commit; i++) if (WRITE.test(own[i]!.text)) last = i;
  return own.slice(last + 1, commit);
}

const asc = 'ASC' as const;
type Who = keyof ResolutionTeam;

/** The documents as the two finds read them before (decisions, then their measures). */
async function findDecisions(m: EntityManager, proceedingId: string) {
  const decisions = await m.find(DecisionEntity, {
    where: { proceedingId },
    order: { issuedOn: asc, createdAt: asc, registerNo: asc },
  });
  const ids = decisions.map((d) => d.id);
  const measures =
    ids.length === 0
      ? []
      : await m.find(DecisionMeasureEntity, {
          where: { decisionId: In(ids) },
          order: { position: asc },
        });
  return decisions.map((decision): DecisionWithMeasures => ({
    decision,
    measures: measures.filter((x) => x.decisionId === decision.id),
  }));
}

/** A complaint's parts as the finds read them (findById, records(), listForProceeding()). */
async function findComplaint(m: EntityManager, id: string) {
  const where = { complaintId: id };
  const [s, v, g, dc] = [
    m.find(ComplaintSuspensionEntity, { where, order: { suspendedOn: asc, createdAt: asc } }),
    m.find(ComplaintVerificationRecordEntity, {
      where,
      order: { recordedOn: asc, createdAt: asc },
    }),
    m.find(ComplaintDialogueEntity, { where, order: { heldOn: asc, createdAt: asc } }),
    m.find(ComplaintDroppedChallengeEntity, { where, order: { droppedOn: asc, createdAt: asc } }),
  ];
  return {
    row: await m.findOneByOrFail(ComplaintResolutionEntity, { id }),
    records: {
      suspensions: await s,
      verification: await v,
      dialogues: await g,
      droppedChallenges: await dc,
    },
    decisions: await findDecisions(m, id),
  };
}

async function findDenunciation(m: EntityManager, id: string) {
  const where = { denunciationId: id };
  const [s, v, e] = [
    m.find(DenunciationSuspensionEntity, { where, order: { suspendedOn: asc, createdAt: asc } }),
    m.find(DenunciationVerificationRecordEntity, {
      where,
      order: { recordedOn: asc, createdAt: asc },
    }),
    m.find(DenunciationExtensionEntity, { where, order: { seq: asc } }),
  ];
  return {
    row: await m.findOneByOrFail(DenunciationResolutionEntity, { id }),
    records: { suspensions: await s, verification: await v, extensions: await e },
    decisions: await findDecisions(m, id),
  };
}

describe('the reply of a proceeding action: one statement for the row, records and documents', () => {
  let t: TestApp;
  let team: ResolutionTeam;
  let capture: SqlCapture;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-10T02:00:00Z') });
    team = await resolutionTeam(t);
    capture = new SqlCapture();
  });
  afterAll(async () => {
    capture.restore();
    await t.close();
  });

  /** POSTs one action; its reply is 2 statements: the detail statement, then the persons. */
  const counted = async (detail: string, label: string, path: string, body: object, who: Who) => {
    capture.start();
    const res = await act(t, team[who], path, body);
    const statements = capture.stop();
    const ok = res.status === 200 || res.status === 201;
    expect({ label, body: ok ? null : res.body }).toEqual({ label, body: null });
    const reply = replyOf(statements).map((s) => (s.text === detail ? 'detail' : labelOf(s.text)));
    expect({ label, reply }).toEqual({ label, reply: ['detail', 'SELECT person_record_link'] });
    return res;
  };

  const persons = (recordType: ProceedingRecord['recordType'], recordId: string) =>
    t.app.get(ProceedingPersonsService).list(undefined, { recordType, recordId, agencyId: '' });

  /** The one statement hydrates what the finds did; the reply is their mapped JSON, byte for byte. */
  const sameAsFinds = async (kind: 'complaint' | 'denunciation', id: string, res: Response) => {
    const m = t.dataSource.manager;
    const today = t.clock.today();
    if (kind === 'complaint') {
      const found = await findComplaint(m, id);
      expect(await t.app.get(ComplaintsRepository).detail(id)).toStrictEqual(found);
      const people = await persons(PersonRecordType.Complaint, id);
      const { row, ...parts } = found;
      const expected = toComplaintResponse({ complaint: row, ...parts, persons: people }, today);
      expect(res.text).toBe(JSON.stringify(expected));
    } else {
      const found = await findDenunciation(m, id);
      expect(await t.app.get(DenunciationsRepository).detail(id)).toStrictEqual(found);
      const people = await persons(PersonRecordType.Denunciation, id);
      const { row, ...parts } = found;
      const expected = toDenunciationResponse(
        { denunciation: row, ...parts, persons: people },
        today,
      );
      expect(res.text).toBe(JSON.stringify(expected));
    }
  };

  /** GET /:id reads the proceeding's tables in one statement too. */
  const readOnce = async (path: string, tables: RegExp) => {
    capture.start();
    const res = await read(t, team.leader, path);
    const statements = capture.stop();
    expect(res.status).toBe(200);
    expect(statements.filter((s) => tables.test(s.text))).toHaveLength(1);
    return res.body as Record<string, unknown>;
  };

  it('a complaint from opening to a dropped lawsuit: 2 statements per reply, the same JSON', async () => {
    await travelTo(t, '2026-03-12', [team.desk, team.leader, team.investigator, team.other]);
    const { petitionId } = await proposedPetition(t, team.desk);
    const opened = await counted(COMPLAINT_DETAIL, 'open', '/complaints', { petitionId }, 'leader');
    const id = opened.body.id as string;
    await sameAsFinds('complaint', id, opened);
    let v = opened.body.version as number;
    const step = async (label: string, path: string, body: object, who: Who = 'leader') => {
      const [url, versioned] = [`/complaints/${id}${path}`, { version: v, ...body }];
      const res = await counted(COMPLAINT_DETAIL, label, url, versioned, who);
      await sameAsFinds('complaint', id, res);
      v = res.body.version as number;
      return res;
    };
    await step('accept', '/accept', { grounds: noGrounds, decisionKnownOn: '2026-02-20', signer });
    await travelTo(t, '2026-03-13', [team.desk, team.leader, team.investigator]);
    await step('suspend', '/suspend', { reason: 'Chờ kết quả giám định' });
    await step('resume', '/resume', {});
    const assignment = { leadId: team.investigator.id, scope: 'Xác minh thu hồi đất', signer };
    await step('assign verification', '/assign-verification', assignment);
    const minutes = { kind: 'working_minutes', recordedOn: '2026-03-13', summary: 'Làm việc' };
    await step('record verification', '/verification-records', minutes, 'investigator');
    await step(
      'record the report',
      '/verification-records',
      {
        kind: 'verification_report',
        recordedOn: '2026-03-13',
        summary: 'Việc thu hồi đúng trình tự nhưng bồi thường thiếu.',
        recommendation: 'Đề nghị kết luận khiếu nại đúng một phần.',
        demandsDifferFromVerification: true,
      },
      'investigator',
    );
    const dialogue = {
      heldOn: '2026-03-13',
      place: 'Trụ sở Thanh tra thành phố',
      chairedBy: 'Nguyễn Văn Chánh',
      participants: [
        { name: 'Trần Thị Khiếu Nại', role: 'Người khiếu nại' },
        { name: 'Đại diện UBND phường', role: 'Người bị khiếu nại' },
      ],
      minutes: 'Hai bên trình bày ý kiến về mức bồi thường.',
    };
    await step('hold a dialogue', '/dialogues', dialogue, 'investigator');
    await step('start drafting', '/start-drafting', {}, 'investigator');
    const decided = await step('decide', '/decide', {
      outcome: 'partly_right',
      reasoning: 'Việc bồi thường chưa đủ theo quy định.',
      measures: [
        { type: 'return_money_person', amount: '150000000', beneficiaries: 1 },
        { type: 'recover_land', area: '1500.5' },
        { type: 'discipline_person', persons: 2, officials: 1 },
      ],
      signer,
    });
    // numeric(20,0) and numeric(14,2) as PostgreSQL writes them, not as json numbers
    const measures = (decided.body.decisions as { measures: { amount: string; area: string }[] }[])
      .at(-1)!
      .measures.map((x) => [x.amount, x.area]);
    expect(measures).toEqual([
      ['150000000', null],
      [null, '1500.50'],
      [null, null],
    ]);
    await step('record a lawsuit', '/record-lawsuit', {
      court: 'Tòa án nhân dân thành phố Hà Nội',
      acceptedOn: '2026-03-13',
    });
    await step('drop the lawsuit', '/drop-challenge', { reason: 'Tòa án trả lại đơn khởi kiện' });
    const got = await readOnce(`/complaints/${id}`, /\b(complaint_\w+|decision\w*)\b/);
    expect(got.droppedChallenges).toHaveLength(1);
  });

  it('a denunciation from opening to its conclusion: 2 statements per reply, the same JSON', async () => {
    const { petitionId } = await proposedPetition(t, team.desk, {
      contentType: 'denunciation',
      summary: 'Tố cáo cán bộ địa chính nhận tiền khi làm thủ tục',
    });
    const opened = await counted(
      DENUNCIATION_DETAIL,
      'open',
      '/denunciations',
      { petitionId },
      'leader',
    );
    const id = opened.body.id as string;
    await sameAsFinds('denunciation', id, opened);
    let v = opened.body.version as number;
    const step = async (label: string, path: string, body: object, who: Who = 'leader') => {
      const [url, versioned] = [`/denunciations/${id}${path}`, { version: v, ...body }];
      const res = await counted(DENUNCIATION_DETAIL, label, url, versioned, who);
      await sameAsFinds('denunciation', id, res);
      v = res.body.version as number;
      return res;
    };
    await step('accept', '/accept', { conditions: allConditions, signer });
    const assignment = { leadId: team.investigator.id, scope: 'Xác minh việc nhận tiền', signer };
    await step('assign verification', '/assign-verification', assignment);
    await travelTo(t, '2026-03-16', [team.desk, team.leader, team.investigator]);
    await step('suspend', '/suspend', { reason: 'Chờ kết quả giám định' });
    await step('resume', '/resume', {});
    const extension = { complexity: 'complex', reason: 'Vụ việc phức tạp, nhiều người liên quan' };
    await step('extend', '/extend', { extension, signer });
    await step(
      'record the report',
      '/verification-records',
      {
        kind: 'verification_report',
        recordedOn: '2026-03-16',
        summary: 'Có căn cứ về một phần nội dung.',
        recommendation: 'Kết luận tố cáo đúng một phần.',
      },
      'investigator',
    );
    await step('conclude', '/conclude', {
      outcome: 'partly_right',
      reasoning: 'Một phần nội dung tố cáo là đúng.',
      measures: [{ type: 'recover_money', amount: '2500000' }],
      signer,
    });
    const got = await readOnce(`/denunciations/${id}`, /\b(denunciation_\w+|decision\w*)\b/);
    expect(got.extensions).toHaveLength(1);
  });

  it('refuses a numeric column read as a json number rather than rounding it', () => {
    const measure = { id: 'x', position: 0, type: 'recover_land', area: 1500.5 };
    expect(() => entitiesFromJson(t.dataSource.manager, DecisionMeasureEntity, [measure])).toThrow(
      'decision_measure.area (numeric) must be read as text, not a json number',
    );
  });

  it('sends both detail statements as named prepared statements (read by key)', () => {
    const client = new PreparingClient();
    for (const text of [COMPLAINT_DETAIL, DENUNCIATION_DETAIL]) {
      expect(client.nameFor(text, 1)).toBeUndefined(); // the first time: unnamed
      expect(client.nameFor(text, 1)).toMatch(/^kntc_\d+$/);
    }
  });
});
