import {
  act,
  allConditions,
  auditActions,
  openedDenunciation,
  pdfOf,
  resolutionTeam,
  type ResolutionTeam,
  signer,
  travelTo,
} from '../factories/resolution.factory';
import { createTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(60_000); // several argon2 sign-ins and two proceedings per file

/** A number-and-symbol in running text may wrap after its "/" or "-". */
const joined = (text: string) => text.replace(/([/-])\s+/g, '$1');

/**
 * Thông báo thụ lý tố cáo to the denouncer and thông báo về nội dung tố cáo to the accused (Luật Tố
 * cáo 2018 Điều 29 khoản 4; DOMAIN §5.1 D13, §8.1): both go out with the quyết định thụ lý, in the
 * same step, each a TB document with its own number in the agency's gapless register for its year.
 */
describe('the notices sent with a denunciation acceptance: their own TB numbers (Luật TC 2018 Điều 29 khoản 4)', () => {
  let t: TestApp;
  let team: ResolutionTeam;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-12T02:00:00Z') });
    team = await resolutionTeam(t);
  });
  afterAll(() => t.close());

  /** A denunciation opened on the clock's day, naming `accused` as the person denounced. */
  async function opened(name: string, accused: string) {
    const { opened } = await openedDenunciation(t, team, { name });
    expect(opened.status).toBe(201);
    await t.dataSource.query(`UPDATE "case" SET respondent = $2 WHERE id = $1`, [
      opened.body.caseId,
      accused,
    ]);
    return { id: opened.body.id as string, version: opened.body.version as number };
  }

  const accept = (d: { id: string; version: number }) =>
    act(t, team.leader, `/denunciations/${d.id}/accept`, {
      version: d.version,
      conditions: allConditions,
      signer,
    });

  const pdf = (id: string, kind: string) =>
    pdfOf(t, team.leader, `/denunciations/${id}/documents/${kind}`);

  it('numbers the notices of two acceptances consecutively, each printed with its number and date', async () => {
    const first = await opened('Lương Văn Một', 'Ông Phạm Văn Bị Một');
    const second = await opened('Tạ Thị Hai', 'Bà Trần Thị Bị Hai');

    const a = await accept(first);
    expect(a.status).toBe(200);
    expect(a.body.decisions).toMatchObject([
      { kind: 'denunciation_acceptance', numberSymbol: '01/QĐ-TTTP', issuedOn: '2026-03-12' },
      {
        kind: 'denunciation_acceptance_notice',
        kindLabel: 'Thông báo thụ lý tố cáo',
        numberSymbol: '01/TB-TTTP',
        issuedOn: '2026-03-12',
      },
      { kind: 'denunciation_accused_notice', numberSymbol: '02/TB-TTTP', issuedOn: '2026-03-12' },
    ]);
    // an acceptance refused (Đ29 k1 not met) issues nothing and draws no number
    const vague = await opened('Vũ Văn Ba', 'Ông Không Rõ');
    const refused = await act(t, team.leader, `/denunciations/${vague.id}/accept`, {
      version: vague.version,
      conditions: { ...allConditions, identifiable_violation: false },
      signer,
    });
    expect(refused.status).toBe(409);
    await travelTo(t, '2026-03-13', [team.leader]);
    const b = await accept(second);
    expect(b.status).toBe(200);
    expect(b.body.decisions).toMatchObject([
      { kind: 'denunciation_acceptance', numberSymbol: '02/QĐ-TTTP', issuedOn: '2026-03-13' },
      {
        kind: 'denunciation_acceptance_notice',
        numberSymbol: '03/TB-TTTP',
        issuedOn: '2026-03-13',
      },
      { kind: 'denunciation_accused_notice', numberSymbol: '04/TB-TTTP', issuedOn: '2026-03-13' },
    ]);

    const one = await pdf(first.id, 'acceptance-notice');
    expect(one.text).toContain('Số: 01/TB-TTTP');
    expect(one.text).toContain('Hà Nội, ngày 12 tháng 3 năm 2026');
    expect(one.text).toContain('Kính gửi: Ông (bà) Lương Văn Một');
    expect(joined(one.text)).toContain('Quyết định số 01/QĐ-TTTP thụ lý tố cáo');
    const accusedOne = await pdf(first.id, 'accused-notice');
    expect(accusedOne.text).toContain('Số: 02/TB-TTTP');
    expect(accusedOne.text).toContain('Ông Phạm Văn Bị Một');
    expect(joined(accusedOne.text)).toContain('(Quyết định số 01/QĐ-TTTP)');
    expect(accusedOne.text).not.toContain('Lương Văn Một'); // Điều 47: never the denouncer

    const two = await pdf(second.id, 'acceptance-notice');
    expect(two.text).toContain('Số: 03/TB-TTTP');
    expect(two.text).toContain('Hà Nội, ngày 13 tháng 3 năm 2026');
    expect(two.text).toContain('Kính gửi: Ông (bà) Tạ Thị Hai');
    expect(joined(two.text)).toContain('Quyết định số 02/QĐ-TTTP thụ lý tố cáo');
    const accusedTwo = await pdf(second.id, 'accused-notice');
    expect(accusedTwo.text).toContain('Số: 04/TB-TTTP');
    expect(accusedTwo.text).toContain('Hà Nội, ngày 13 tháng 3 năm 2026');
    expect(accusedTwo.text).toContain('Bà Trần Thị Bị Hai');
    expect(accusedTwo.text).not.toContain('Tạ Thị Hai');
  });

  it('records the numbers in the acceptance event, one step and one audit row', async () => {
    const rows = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM denunciation_resolution ORDER BY created_at LIMIT 1`,
    );
    const id = rows[0]!.id;
    const events = await t.dataSource.query<Record<string, unknown>[]>(
      `SELECT action, data->>'decisionNo' AS decision, data->>'noticeNo' AS notice,
              data->>'accusedNoticeNo' AS accused
         FROM resolution_event WHERE proceeding_id = $1 AND action = 'accept'`,
      [id],
    );
    expect(events).toEqual([
      { action: 'accept', decision: '01/QĐ-TTTP', notice: '01/TB-TTTP', accused: '02/TB-TTTP' },
    ]);
    expect((await auditActions(t, id)).filter((a) => a === 'denunciation.accept')).toHaveLength(1);
  });
});
