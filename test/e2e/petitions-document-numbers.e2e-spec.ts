import { Role } from '../../src/auth/role';
import { checkedPetition, handle, postPetition, petitionBody } from '../factories/petition.factory';
import { getFile } from '../factories/visit.factory';
import { createOfficer, login, type TestOfficer } from '../support/auth';
import { pdfText } from '../support/pdf-text';
import { createTestApp, type TestApp } from '../support/test-app';

/** A number-and-symbol in running text may wrap after its "/" or "-". */
const joined = (text: string) => text.replace(/([/-])\s+/g, '$1');

/** "Số: 05/TB-TTTP" → { no: 5, symbol: "TB-TTTP" }; null when the header has no number. */
function numberLine(text: string, type: string) {
  const m = new RegExp(`Số: (\\d+)/(${type}-[A-ZĐ0-9-]+)`).exec(joined(text));
  return m ? { no: Number(m[1]), symbol: m[2]! } : null;
}

/**
 * The documents of petition handling that leave the agency (TT 05/2021/TT-TTCP; DOMAIN §3.5,
 * §8.1) carry a number from the agency's gapless register of their type for the year (NĐ 30/2020
 * Phụ lục I), drawn by the outcome step; the internal proposal slip carries none.
 */
describe('numbers of the petition handling documents (DOMAIN §3.5, §8.1; NĐ 30/2020)', () => {
  let t: TestApp;
  let handler: TestOfficer;

  const text = async (id: string, kind: string) => {
    const file = await getFile(t, handler, `/api/v1/petitions/${id}/documents/${kind}`);
    expect(file.status).toBe(200);
    return pdfText(file.body);
  };

  /** A checked petition taken to `action`. */
  const decided = async (inCompetence: boolean, action: Record<string, unknown>) => {
    const checked = await checkedPetition(t, handler, {}, { inCompetence });
    await handle(t, handler, checked.id, { version: checked.version, ...action }).expect(201);
    return checked.id;
  };

  const issued = (id: string) =>
    t.dataSource.query<{ kind: string; number_symbol: string; issued_on: string }[]>(
      `SELECT kind, number_symbol, issued_on::text FROM decision
        WHERE proceeding_type = 'petition' AND proceeding_id = $1 ORDER BY register_no`,
      [id],
    );

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-10T02:00:00Z') });
    handler = await createOfficer(t, { roles: [Role.PetitionHandler] });
  });
  afterAll(() => t.close());

  it('numbers two notices of non-acceptance consecutively in the TB register; a re-print is the same document', async () => {
    const notAcceptable = { action: 'not_acceptable', ground: 'limitation_expired' };
    const first = await decided(true, notAcceptable);
    const second = await decided(true, notAcceptable);
    const one = numberLine(await text(first, 'non-acceptance'), 'TB');
    const two = numberLine(await text(second, 'non-acceptance'), 'TB');
    expect(one).not.toBeNull();
    expect(two).toEqual({ no: one!.no + 1, symbol: one!.symbol });
    expect(await issued(first)).toEqual([
      {
        kind: 'petition_non_acceptance',
        number_symbol: `${String(one!.no).padStart(2, '0')}/${one!.symbol}`,
        issued_on: '2026-03-10',
      },
    ]);

    // days later: the re-print shows the number and the date it was issued with
    t.clock.set(new Date('2026-03-16T02:00:00Z'));
    handler.token = await login(t, handler.username, handler.totpSecret);
    const again = await text(first, 'non-acceptance');
    expect(numberLine(again, 'TB')).toEqual(one);
    expect(again).toContain('ngày 10 tháng 3 năm 2026');
    expect(again).not.toContain('ngày 16 tháng 3 năm 2026');
    t.clock.set(new Date('2026-03-10T02:00:00Z'));
    handler.token = await login(t, handler.username, handler.totpSecret);
  });

  it('numbers the transfer slip, the guidance and each urging letter in their own registers', async () => {
    const forwarded = await decided(false, { action: 'forward', body: 'UBND phường Ba Đình' });
    const slip = numberLine(await text(forwarded, 'transfer-slip'), 'PC');
    const guided = await decided(false, { action: 'guide', body: 'Tòa án nhân dân khu vực 1' });
    const guidance = numberLine(await text(guided, 'guidance'), 'PHD');
    expect([slip?.no, guidance?.no]).toEqual([1, 1]);

    const urged = await checkedPetition(t, handler, {}, { inCompetence: false });
    const body = { action: 'urge', body: 'UBND phường Hoàn Kiếm' };
    const u1 = await handle(t, handler, urged.id, { version: urged.version, ...body }).expect(201);
    const firstLetter = numberLine(await text(urged.id, 'urging'), 'ĐĐ');
    await handle(t, handler, urged.id, { version: u1.body.version, ...body }).expect(201);
    const secondLetter = numberLine(await text(urged.id, 'urging'), 'ĐĐ');
    expect([firstLetter?.no, secondLetter?.no]).toEqual([1, 2]); // each urging is a new letter
    expect((await issued(urged.id)).map((r) => r.kind)).toEqual([
      'petition_urging_letter',
      'petition_urging_letter',
    ]);
  });

  it('records the number in the outcome step’s history and audit rows', async () => {
    const id = await decided(true, { action: 'not_acceptable', ground: 'limitation_expired' });
    const [row] = await issued(id);
    const events = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM petition_event
        WHERE petition_id = $1 AND action = 'not_acceptable' AND data->>'documentNo' = $2`,
      [id, row!.number_symbol],
    );
    const audits = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event
        WHERE entity_id = $1 AND action = 'petition.not_acceptable' AND data->>'documentNo' = $2`,
      [id, row!.number_symbol],
    );
    expect([events[0]!.n, audits[0]!.n]).toEqual([1, 1]);
  });

  it('draws nothing at registration, check or proposal, nor on a stale request; the proposal has no "Số:" line', async () => {
    const before = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM decision WHERE proceeding_type = 'petition'`,
    );
    const created = await postPetition(t, handler, petitionBody()).expect(201);
    const checked = await handle(t, handler, created.body.id, {
      action: 'check',
      version: created.body.version,
      items: {
        vietnamese: true,
        dated: true,
        identified: true,
        signed: true,
        contentClear: true,
        notHandledBefore: true,
      },
      inCompetence: true,
    }).expect(201);
    await handle(t, handler, created.body.id, {
      action: 'not_acceptable',
      version: checked.body.version - 1,
      ground: 'limitation_expired',
    }).expect(409);
    await handle(t, handler, created.body.id, {
      action: 'propose_acceptance',
      version: checked.body.version,
    }).expect(201);
    const after = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM decision WHERE proceeding_type = 'petition'`,
    );
    expect(after).toEqual(before);
    const proposal = await text(created.body.id, 'proposal');
    expect(proposal).toContain('PHIẾU ĐỀ XUẤT XỬ LÝ ĐƠN');
    expect(proposal).not.toMatch(/Số:|\/PĐX-/);
  });
});
