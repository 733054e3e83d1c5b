import { Role } from '../../src/auth/role';
import { checkedPetition, handle, petitionBody, postPetition } from '../factories/petition.factory';
import { newCanaries } from '../factories/person.factory';
import { getFile } from '../factories/visit.factory';
import { createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { pdfText } from '../support/pdf-text';
import { createTestApp, type TestApp } from '../support/test-app';

const DENUNCIATION = { type: 'denunciation', field: 'corruption' };

describe('documents of petition handling (DOMAIN.md §3.5, §8)', () => {
  let t: TestApp;
  let handler: TestOfficer;

  const text = async (id: string, kind: string, who: TestOfficer = handler) => {
    const file = await getFile(t, who, `/api/v1/petitions/${id}/documents/${kind}`);
    expect({ status: file.status, type: file.type }).toEqual({
      status: 200,
      type: 'application/pdf',
    });
    return pdfText(file.body);
  };

  /** A checked petition taken to `action`; returns its id. */
  const decided = async (
    over: Record<string, unknown>,
    inCompetence: boolean,
    action: Record<string, unknown>,
  ) => {
    const checked = await checkedPetition(t, handler, over, { inCompetence });
    await handle(t, handler, checked.id, { version: checked.version, ...action }).expect(201);
    return checked.id;
  };

  beforeAll(async () => {
    t = await createTestApp();
    handler = await createOfficer(t, { roles: [Role.PetitionHandler] });
  });
  afterAll(() => t.close());

  it('renders the proposal for handling with the conditions checked and the outcome proposed', async () => {
    const id = await decided({}, true, { action: 'propose_acceptance' });
    const pdf = await text(id, 'proposal');
    expect(pdf).toContain('PHIẾU ĐỀ XUẤT XỬ LÝ ĐƠN');
    expect(pdf).toContain('Có chữ ký hoặc điểm chỉ của người viết đơn');
    expect(pdf).toContain('Đề xuất hướng xử lý: Đề xuất thụ lý.');
    expect(pdf).toContain('Khiếu nại quyết định thu hồi đất số 12/QĐ-UBND');
  });

  it('renders the transfer slip of a forwarded petition, naming the competent body', async () => {
    const id = await decided({ type: 'feedback', field: 'other' }, false, {
      action: 'forward',
      body: 'Ủy ban nhân dân phường Ba Đình',
    });
    const pdf = await text(id, 'transfer-slip');
    expect(pdf).toContain('PHIẾU CHUYỂN ĐƠN');
    expect(pdf).toContain('Kính gửi: Ủy ban nhân dân phường Ba Đình');
    expect(pdf).toContain('Phạm Văn Đơn');
  });

  it('never puts a denouncer’s identity on the transfer slip to the accused’s agency (canary)', async () => {
    const c = newCanaries();
    const checked = await checkedPetition(
      t,
      handler,
      { ...DENUNCIATION, signatories: [{ identity: { fullName: c.name, address: c.address } }] },
      { inCompetence: false },
    );
    await handle(t, handler, checked.id, {
      action: 'forward',
      version: checked.version,
      body: 'Ủy ban nhân dân phường Cán Bộ Bị Tố Cáo',
      denouncerNotifiedOn: '2026-03-10',
    }).expect(201);
    const pdf = await text(checked.id, 'transfer-slip');
    expect(pdf).not.toContain(c.name);
    expect(pdf).not.toContain(c.address);
    expect(pdf).toMatch(/CD-2026-\d{6}/);
    expect(pdf).toContain('giữ bí mật họ tên, địa chỉ, bút tích');
    expect(pdf).toContain('khoản 2 Điều 24 Luật Tố cáo năm 2018');
    const proposal = await text(checked.id, 'proposal');
    expect(proposal).not.toContain(c.name);
    const reads = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event
        WHERE action = 'identity.read' AND data->>'purpose' LIKE 'petition.document.%'
          AND data->>'recordId' = $1`,
      [checked.id],
    );
    expect(reads).toEqual([{ n: 0 }]);
  });

  it('renders the guidance to the complainant, with the body to address', async () => {
    const id = await decided({}, false, { action: 'guide', body: 'Tòa án nhân dân khu vực 1' });
    const pdf = await text(id, 'guidance');
    expect(pdf).toContain('PHIẾU HƯỚNG DẪN');
    expect(pdf).toContain('Tòa án nhân dân khu vực 1');
    expect(pdf).toContain('Phạm Văn Đơn');
  });

  it('renders the urging letter to the subordinate body', async () => {
    const id = await decided({}, false, {
      action: 'urge',
      body: 'Ủy ban nhân dân phường Hoàn Kiếm',
    });
    const pdf = await text(id, 'urging');
    expect(pdf).toContain('Về việc đôn đốc giải quyết đơn');
    expect(pdf).toContain('đề nghị Ủy ban nhân dân phường Hoàn Kiếm khẩn trương xem xét');
  });

  it('renders the notice of non-acceptance with its ground of Luật Khiếu nại Điều 11', async () => {
    const id = await decided({}, true, { action: 'not_acceptable', ground: 'limitation_expired' });
    const pdf = await text(id, 'non-acceptance');
    expect(pdf).toContain('Về việc không thụ lý giải quyết khiếu nại');
    expect(pdf).toContain('thời hiệu, thời hạn khiếu nại đã hết mà không có lý do chính đáng');
    expect(pdf).toContain('khoản 6 Điều 11 Luật Khiếu nại năm 2011');
    expect(pdf).toContain('Phạm Văn Đơn');
  });

  it('answers 409 for a document the outcome does not have, 400 for an unknown kind', async () => {
    const created = await postPetition(t, handler, petitionBody()).expect(201);
    const url = `/api/v1/petitions/${created.body.id}/documents`;
    const guidance = await t.http
      .get(`${url}/guidance`)
      .set('Authorization', `Bearer ${handler.token}`);
    expectError(guidance, 409, 'PETITION_DOCUMENT_NOT_APPLICABLE', 'kind');
    const unknown = await t.http
      .get(`${url}/letter`)
      .set('Authorization', `Bearer ${handler.token}`);
    expectError(unknown, 400, 'VALIDATION_FAILED', 'kind');
  });
});
