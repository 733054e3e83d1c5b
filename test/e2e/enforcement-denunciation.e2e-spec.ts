import { EnforcementType as T } from '../../src/decisions/domain/recommended-measures';
import {
  act,
  allConditions,
  openedDenunciation,
  pdfOf,
  read,
  resolutionTeam,
  type ResolutionTeam,
  signer,
} from '../factories/resolution.factory';
import {
  figures,
  insertDecision,
  openEnforcement,
  type DecisionView,
} from '../factories/enforcement.factory';
import { createTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(30_000); // several argon2 sign-ins and a whole proceeding

// A denunciation conclusion takes effect when issued (Luật Tố cáo 2018 Đ35–36): concluding opens
// its enforcement (04/KQGQ) at once; its urging letter is a PDF without the denouncer's identity.

describe('enforcement of a denunciation conclusion (04/KQGQ)', () => {
  let t: TestApp;
  let team: ResolutionTeam;
  let id: string;
  let version: number;
  let decisionId: string;
  let numberSymbol: string;
  const canary = 'Lê Thị Canary Tố Giác';

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-10T02:00:00Z') });
    team = await resolutionTeam(t);
  });
  afterAll(() => t.close());

  const step = async (path: string, body: object, status = 200, who = team.leader) => {
    const res = await act(t, who, `/denunciations/${id}${path}`, { version, ...body });
    expect({ path, status: res.status, body: res.status === status ? null : res.body }).toEqual({
      path,
      status,
      body: null,
    });
    version = res.body.version;
    return res.body as Record<string, any>;
  };

  it('concludes with measures and opens enforcement with its items', async () => {
    const { opened } = await openedDenunciation(t, team, { name: canary });
    expect(opened.status).toBe(201);
    id = opened.body.id;
    version = opened.body.version;
    await step('/accept', { conditions: allConditions, signer });
    await step('/assign-verification', { leadId: team.investigator.id, scope: 'Xác minh', signer });
    await step(
      '/verification-records',
      {
        kind: 'verification_report',
        recordedOn: '2026-03-10',
        summary: 'Có căn cứ về việc nhận tiền.',
        recommendation: 'Kết luận tố cáo đúng.',
      },
      201,
      team.investigator,
    );
    const concluded = await step('/conclude', {
      outcome: 'right',
      reasoning: 'Nội dung tố cáo là đúng.',
      measures: [
        { type: 'recover_money', amount: '1234567' },
        { type: 'discipline_person', persons: 1, officials: 1 },
      ],
      signer,
    });
    const decision = (concluded.decisions as Record<string, any>[]).find(
      (d) => d.kind === 'denunciation_conclusion',
    )!;
    decisionId = decision.id;
    numberSymbol = decision.numberSymbol;
    const [row] = await t.dataSource.query<{ issued: string; effect: string }[]>(
      'SELECT issued_on::text AS issued, legal_effect_on::text AS effect FROM decision WHERE id = $1',
      [decisionId],
    );
    expect(row).toEqual({ issued: '2026-03-10', effect: '2026-03-10' });

    const view = await read(t, team.leader, `/enforcement/decisions/${decisionId}`);
    expect(view.status).toBe(200);
    const body = view.body as DecisionView;
    expect(body.decisionId).toBe(decisionId);
    expect(body.items.map((i) => [i.type, i.status, i.outstanding])).toEqual([
      ['recover_money', 'not_started', '1234567'],
      ['discipline_person', 'not_started', null],
    ]);

    const { form02, form04 } = await figures(t, team.leader, '2026-01-01', '2026-03-31');
    expect(form04.figures).toMatchObject({ toImplement: 1, newlyEffective: 1, completed: 0 });
    expect(form02.figures).toMatchObject({ toImplement: 0 });
  });

  it('renders the urging letter with the outstanding amounts and no identity', async () => {
    const pdf = await pdfOf(
      t,
      team.leader,
      `/enforcement/decisions/${decisionId}/documents/urging-letter`,
    );
    expect(pdf.status).toBe(200);
    expect(pdf.text).toContain(numberSymbol);
    expect(pdf.text).toContain('1.234.567 đồng');
    expect(pdf.text).toContain('Về việc đôn đốc thực hiện kết luận nội dung tố cáo');
    expect(pdf.text).toContain('phải thực hiện 1.234.567 đồng; đã thực hiện 0 đồng');
    expect(pdf.text).not.toContain(canary);
  });

  it('refuses the organising decision for a denunciation conclusion (409)', async () => {
    const pdf = await pdfOf(
      t,
      team.leader,
      `/enforcement/decisions/${decisionId}/documents/organising-decision`,
    );
    expect(pdf.status).toBe(409);
  });

  it('renders the organising decision of a complaint decision', async () => {
    const complaintDecision = await insertDecision(t, {
      agencyId: team.leader.agencyId,
      signerId: team.leader.id,
      issuedOn: '2025-12-02', // another register year than the proceeding's documents
      legalEffectOn: '2026-03-05',
      measures: [{ type: T.ReturnMoneyPerson, amount: '2500000', beneficiaries: 1 }],
    });
    await openEnforcement(t, team.leader, complaintDecision);
    const pdf = await pdfOf(
      t,
      team.leader,
      `/enforcement/decisions/${complaintDecision}/documents/organising-decision`,
    );
    expect(pdf.status).toBe(200);
    expect(pdf.text).toContain('Về việc tổ chức thi hành quyết định giải quyết khiếu nại');
    expect(pdf.text).toContain('2.500.000 đồng');
  });
});
