import { Role } from '../../src/auth/role';
import { getFile, newVisitor, postVisit, visitBody } from '../factories/visit.factory';
import { agencyIdByCode, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { pdfText } from '../support/pdf-text';
import { xlsxText } from '../support/xlsx-text';
import { createTestApp, type TestApp } from '../support/test-app';

describe('documents of a visit and the reception book (DOMAIN.md §2.2, §8)', () => {
  let t: TestApp;
  let officer: TestOfficer;
  const doc = (id: string, kind: string) => `/api/v1/reception/visits/${id}/documents/${kind}`;

  beforeAll(async () => {
    t = await createTestApp();
    const tttp = await agencyIdByCode(t, 'HN-TTTP');
    officer = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: tttp });
  });
  afterAll(() => t.close());

  it('renders the receipt and the oral statement record of a complaint with the citizen’s name', async () => {
    const body = visitBody({
      outcome: 'received_for_handling',
      visitors: [newVisitor('Hoàng Thị Lụa')],
    });
    const visit = await postVisit(t, officer, body).expect(201);
    const receipt = await getFile(t, officer, doc(visit.body.id, 'receipt'));
    expect([receipt.status, receipt.type]).toEqual([200, 'application/pdf']);
    const text = await pdfText(receipt.body);
    expect(text).toContain('GIẤY BIÊN NHẬN');
    expect(text).toContain('Hoàng Thị Lụa');
    expect(text).toContain('THANH TRA THÀNH PHỐ HÀ NỘI');
    const record = await getFile(t, officer, doc(visit.body.id, 'oral-statement-record'));
    const recordText = await pdfText(record.body);
    expect(recordText).toContain('VĂN BẢN GHI NỘI DUNG KHIẾU NẠI');
    expect(recordText).toContain('Hoàng Thị Lụa');
    expect(recordText).toContain('thu hồi đất');
  });

  it('renders the guidance slip only for a guided visit, and the refusal notice only for a refusal', async () => {
    const guided = await postVisit(
      t,
      officer,
      visitBody({ outcome: 'guided', guidedTo: 'Chủ tịch UBND phường Ba Đình' }),
    ).expect(201);
    const slip = await getFile(t, officer, doc(guided.body.id, 'guidance-slip'));
    expect(slip.status).toBe(200);
    expect(await pdfText(slip.body)).toContain('PHIẾU HƯỚNG DẪN');
    const notApplicable = await t.http
      .get(doc(guided.body.id, 'refusal-notice'))
      .set('Authorization', `Bearer ${officer.token}`);
    expectError(notApplicable, 409, 'RECEPTION_DOCUMENT_NOT_APPLICABLE', 'kind');

    const refused = await postVisit(
      t,
      officer,
      visitBody({
        outcome: 'refused',
        refusalGround: 'repeated_resolved_matter',
        refusalNotice: { number: '12/TB-TTTP', issuedOn: '2026-02-01' },
        earlierHandlingBody: 'Chủ tịch UBND thành phố',
        earlierDecisionNo: '345/QĐ-UBND',
      }),
    ).expect(201);
    const notice = await getFile(t, officer, doc(refused.body.id, 'refusal-notice'));
    const noticeText = await pdfText(notice.body);
    expect(noticeText).toContain('THÔNG BÁO');
    expect(noticeText).toContain('khoản 3 Điều 9 Luật Tiếp công dân năm 2013');
    expect(noticeText).toContain('345/QĐ-UBND');
  });

  it('lists the documents handed over on the receipt, and returns them with the visit', async () => {
    const handedOverDocuments = [
      { title: 'Đơn khiếu nại ngày 01/3/2026', pages: 3, copies: 1, original: true },
      { title: 'Quyết định thu hồi đất số 77/QĐ-UBND', pages: 12, copies: 2, original: false },
      { title: 'Biên bản kiểm đếm tài sản', pages: 45, note: 'Có chữ ký các bên' },
    ];
    const visit = await postVisit(
      t,
      officer,
      visitBody({ outcome: 'received_for_handling', handedOverDocuments }),
    ).expect(201);
    const got = await t.http
      .get(`/api/v1/reception/visits/${visit.body.id}`)
      .set('Authorization', `Bearer ${officer.token}`)
      .expect(200);
    expect(got.body.handedOverDocuments).toEqual([
      { ...handedOverDocuments[0], note: null },
      { ...handedOverDocuments[1], note: null },
      { ...handedOverDocuments[2], copies: null, original: null },
    ]);
    const receipt = await getFile(t, officer, doc(visit.body.id, 'receipt'));
    const text = await pdfText(receipt.body);
    for (const { title, pages } of handedOverDocuments) {
      expect(text).toContain(title);
      expect(text).toContain(`${title} ${pages}`);
    }
    expect(text).toContain('Bản chính');
    expect(text).toContain('Bản sao');
    expect(text).toContain('Có chữ ký các bên');
  });

  it('fills the guidance slip with the competent body and the reason recorded on the visit', async () => {
    const guidedTo = 'Chủ tịch Ủy ban nhân dân phường Hoàn Kiếm';
    const guidanceReason =
      'Việc khiếu nại quyết định hành chính của Chủ tịch UBND phường thuộc thẩm quyền giải quyết lần đầu của người đã ra quyết định (Điều 18 Luật Khiếu nại năm 2011)';
    const visit = await postVisit(
      t,
      officer,
      visitBody({ outcome: 'guided', guidedTo, guidanceReason }),
    ).expect(201);
    expect(visit.body).toMatchObject({ guidedTo, guidanceReason, handedOverDocuments: [] });
    const slip = await getFile(t, officer, doc(visit.body.id, 'guidance-slip'));
    const text = await pdfText(slip.body);
    expect(text).toContain(guidedTo);
    expect(text).toContain(guidanceReason);
  });

  it('refuses an unknown document kind, naming it', async () => {
    const visit = await postVisit(t, officer, visitBody()).expect(201);
    const res = await t.http
      .get(doc(visit.body.id, 'invoice'))
      .set('Authorization', `Bearer ${officer.token}`);
    expectError(res, 400, 'VALIDATION_FAILED', 'kind');
  });

  it('exports the reception book of a period as PDF and XLSX, line by line in book order', async () => {
    await postVisit(t, officer, visitBody({ visitors: [newVisitor('Bùi Văn Sổ')] })).expect(201);
    const query = { from: '2026-03-01', to: '2026-03-31' };
    const pdf = await getFile(t, officer, '/api/v1/reception/book', query);
    expect([pdf.status, pdf.type]).toEqual([200, 'application/pdf']);
    const text = await pdfText(pdf.body);
    expect(text).toContain('Bùi Văn Sổ');
    expect(text).toContain('Khiếu nại');
    const xlsx = await getFile(t, officer, '/api/v1/reception/book', { ...query, format: 'xlsx' });
    expect(xlsx.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(await xlsxText(xlsx.body)).toContain('Bùi Văn Sổ');
    const bad = await t.http
      .get('/api/v1/reception/book')
      .query({ ...query, format: 'docx' })
      .set('Authorization', `Bearer ${officer.token}`);
    expectError(bad, 400, 'VALIDATION_FAILED', 'format');
  });
});
