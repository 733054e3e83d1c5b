import { Role } from '../../src/auth/role';
import { monthBuckets } from '../../src/statistics/oversight/domain/monthly-intake';
import { OversightReportRepository } from '../../src/statistics/oversight/oversight-report.repository';
import { ReportScopeService } from '../../src/statistics/scope/report-scope.service';
import { principalOf } from '../factories/person.factory';
import { newSignatory, petitionBody, postPetition } from '../factories/petition.factory';
import { getFile, newVisitor, postVisit, visitBody } from '../factories/visit.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { pdfText } from '../support/pdf-text';
import { createTestApp, type TestApp } from '../support/test-app';

// GET /reports/oversight.pdf and the saved narrative (issue 9, DESIGN §6) on a small 2026 dataset
// at the city inspectorate (HN-TTTP, a child unit of HN): 2 visits (one delegation), 5 petitions
// (one from a canary denouncer), 3 complaints (2 withdrawn) and 2 denunciations (1 withdrawn).

const CANARY = 'Đặng Thị Canary Báocáo';
const YEAR = { period: '2026', convention: 'calendar' };

jest.setTimeout(60_000);

describe('oversight report PDF', () => {
  let t: TestApp;
  let city: string;
  let tttp: string;
  let leader: TestOfficer;
  let oversight: TestOfficer;
  let tttpName: string;

  const pdf = async (who: TestOfficer, query: Record<string, string> = {}) => {
    const res = await getFile(t, who, '/api/v1/reports/oversight.pdf', {
      agencyId: city,
      ...YEAR,
      ...query,
    });
    return { ...res, text: res.status === 200 ? await pdfText(res.body) : '' };
  };
  const putNarrative = (who: TestOfficer, body: Record<string, unknown>) =>
    t.http
      .put('/api/v1/reports/oversight/narrative')
      .set(bearer(who.token))
      .send({ agencyId: city, ...YEAR, ...body });

  async function proceeding(
    table: 'complaint_resolution' | 'denunciation_resolution',
    petitionId: string,
    acceptedOn: string,
    withdrawnOn: string | null,
  ) {
    const [p] = await t.dataSource.query<{ case_id: string }[]>(
      'SELECT case_id FROM petition WHERE id = $1',
      [petitionId],
    );
    const kind = table === 'complaint_resolution' ? 'round' : 'kind';
    const due = table === 'complaint_resolution' ? 'acceptance_due_on' : 'prelim_due_on';
    const explanation =
      table === 'complaint_resolution' ? 'acceptance_explanation' : 'prelim_explanation';
    await t.dataSource.query(
      `INSERT INTO ${table} (agency_id, case_id, petition_id, ${kind}, status, received_on, ${due},
         ${explanation}, accepted_on, due_on, termination_cause, terminated_on, created_by)
       VALUES ($1, $2, $3, 'first', $4, $5, $5, '[]', $5, $5::date + 30, $6, $7, $8)`,
      [
        tttp,
        p!.case_id,
        petitionId,
        withdrawnOn ? 'terminated' : 'verifying',
        acceptedOn,
        withdrawnOn ? 'withdrawn' : null,
        withdrawnOn,
        leader.id,
      ],
    );
  }

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-12-30T03:00:00Z') });
    city = await agencyIdByCode(t, 'HN');
    tttp = await agencyIdByCode(t, 'HN-TTTP');
    const [agency] = await t.dataSource.query<{ name: string }[]>(
      'SELECT name FROM agency WHERE id = $1',
      [tttp],
    );
    tttpName = agency!.name;
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId: city });
    oversight = await createOfficer(t, { roles: [Role.Oversight], agencyId: city });
    const desk = await createOfficer(t, {
      roles: [Role.ReceptionOfficer, Role.PetitionHandler],
      agencyId: tttp,
    });
    for (const body of [
      visitBody(),
      visitBody({
        personsCount: 6,
        isDelegation: true,
        visitors: [newVisitor('Lê Văn Đoàn'), newVisitor('Phạm Thị Đoàn')],
        representatives: [0, 1],
      }),
    ]) {
      const res = await postVisit(t, desk, body);
      expect([res.status, res.body]).toEqual([201, expect.anything()]);
    }
    const petitions: string[] = [];
    for (const over of [
      { type: 'complaint' },
      { type: 'complaint' },
      { type: 'complaint', receivedOn: '2026-10-20' },
      { type: 'denunciation', signatories: [newSignatory(CANARY)], field: 'corruption' },
      { type: 'denunciation', field: 'corruption' },
      { type: 'complaint', receivedOn: '2025-06-02' },
    ]) {
      const res = await postPetition(t, desk, petitionBody(over));
      expect([res.status, res.body]).toEqual([201, expect.anything()]);
      petitions.push((res.body as { id: string }).id);
    }
    const [c1, c2, c3, d1, d2] = petitions as [string, string, string, string, string];
    await proceeding('complaint_resolution', c1, '2026-03-20', '2026-05-04');
    await proceeding('complaint_resolution', c2, '2026-03-20', '2026-06-04');
    await proceeding('complaint_resolution', c3, '2026-11-01', null); // 60 days at 31/12
    await proceeding('denunciation_resolution', d1, '2026-04-01', null); // 274 days
    await proceeding('denunciation_resolution', d2, '2026-04-01', '2026-07-01');
  });

  afterAll(() => t.close());

  it('returns the báo cáo as application/pdf with the period figures and comparisons', async () => {
    const res = await pdf(leader);
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/pdf');
    expect(res.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(res.text).toContain(
      'Kết quả công tác tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo năm 2026',
    );
    expect(res.text).toContain('Hà Nội, ngày 30 tháng 12 năm 2026');
    expect(res.text).toContain('đã tiếp 2 lượt công dân');
    expect(res.text).toContain('trong đó có 1 lượt đoàn đông người với 6 người');
    // 5 petitions in 2026 against 1 in 2025 (the previous calendar year is also last year).
    expect(res.text).toContain(
      '5 đơn tiếp nhận trong kỳ; số đơn tiếp nhận tăng 400,0% so với kỳ trước, tăng 400,0% so với cùng kỳ năm trước',
    );
    expect(res.text).toContain('Lượt tiếp công dân 2 0 kỳ so sánh không có số liệu 0');
    expect(res.text).toContain('Đã giải quyết 2 vụ việc, đạt tỷ lệ 66,7%');
    expect(res.text).toContain('Đã giải quyết 1 vụ việc, đạt tỷ lệ 50,0%');
    expect(res.text).toContain(`${tttpName} 2 5 3 2 66,7%`);
    expect(res.text).toContain('Tổng cộng 2 5 3 2 66,7%');
    expect(res.text).toContain('Tổng cộng 2 1 50,0% 0 0 —');
    expect(res.text).toContain('Biểu đồ 3. Vụ việc khiếu nại, tố cáo đang giải quyết đến ngày 31');
    expect(res.text).toContain('[Ưu điểm: phần này do lãnh đạo đơn vị nhập');
  });

  it('dates a ward’s báo cáo at the ward, the city’s at Hà Nội (NĐ 30/2020 Phụ lục I, địa danh)', async () => {
    // The place is the locality where the issuing agency sits (DOMAIN §8.2), not the tree's root.
    const ward = await agencyIdByCode(t, 'HN-P-BADINH');
    const res = await pdf(leader, { agencyId: ward });
    expect(res.status).toBe(200);
    expect(res.text).toContain('ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH');
    expect(res.text).toContain('Ba Đình, ngày 30 tháng 12 năm 2026');
    expect(res.text).not.toContain('Hà Nội, ngày');
  });

  it('never prints a denouncer’s name, nor any citizen’s', async () => {
    const res = await pdf(oversight);
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('Canary');
    expect(res.text).not.toContain('Phạm Thị Đoàn');
    expect(res.text).not.toContain('Phạm Văn Đơn');
  });

  it('counts the monthly intake and the backlog age in one snapshot each', async () => {
    const scope = await t.app.get(ReportScopeService).resolve(principalOf(leader), {
      agencyId: city,
      ...YEAR,
    });
    const buckets = monthBuckets(scope.period);
    const series = await t.app.get(OversightReportRepository).series(scope, buckets);
    expect(series.backlog).toEqual({ upTo30: 0, from31To60: 1, from61To90: 0, over90: 1 });
    const counts = Object.fromEntries(series.monthly.map((r) => [`${r.series} ${r.month}`, r.n]));
    expect(counts).toEqual({
      'petitions 2026-03-01': 4,
      'petitions 2026-10-01': 1,
      'visits 2026-03-01': 2,
    });
  });

  it('lets a leader save the narrative, audited, and prints it in place of the placeholders', async () => {
    const saved = await putNarrative(leader, {
      sections: {
        assessment: 'Tập trung giải quyết dứt điểm các vụ việc tồn đọng, kéo dài.',
        nextTasks: 'Rà soát toàn bộ vụ việc quá hạn.\nBáo cáo Thành ủy trước ngày 15/01.',
      },
      signerName: 'Người Ký Thửnghiệm',
      signerTitle: 'Chánh Thanh tra',
      documentNumber: 12,
      version: 0,
    });
    expect([saved.status, saved.body.version]).toEqual([200, 1]);
    const read = await t.http
      .get('/api/v1/reports/oversight/narrative')
      .query({ agencyId: city, ...YEAR })
      .set(bearer(oversight.token));
    expect(read.status).toBe(200);
    expect(read.body).toEqual(
      expect.objectContaining({
        agencyId: city,
        period: { from: '2026-01-01', to: '2026-12-31', convention: 'calendar' },
        signerName: 'Người Ký Thửnghiệm',
        documentNumber: 12,
        version: 1,
      }),
    );
    const audit = await t.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_event WHERE entity_type = 'report_narrative' AND actor_id = $1`,
      [leader.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['report_narrative.save']);
    const res = await pdf(leader);
    expect(res.text).toContain('Tập trung giải quyết dứt điểm các vụ việc tồn đọng, kéo dài.');
    expect(res.text).toContain('Rà soát toàn bộ vụ việc quá hạn. Báo cáo Thành ủy trước ngày');
    expect(res.text).not.toContain('[Ưu điểm:');
    expect(res.text).toContain('[Tồn tại, hạn chế:');
    expect(res.text).toContain('Số: 12/BC-UBND');
    expect(res.text).toContain('CHÁNH THANH TRA');
    expect(res.text).toContain('Người Ký Thửnghiệm');
  });

  it('refuses a stale narrative version with 409 and keeps the text saved first', async () => {
    const stale = await putNarrative(leader, { sections: { assessment: 'Bản cũ' }, version: 0 });
    expectError(stale, 409, 'STALE_VERSION', 'version');
    const next = await putNarrative(leader, { sections: { causes: 'Nguyên nhân' }, version: 1 });
    expect([next.status, next.body.version, next.body.sections]).toEqual([
      200,
      2,
      { causes: 'Nguyên nhân' },
    ]);
    const again = await putNarrative(leader, { sections: {}, version: 1 });
    expectError(again, 409, 'STALE_VERSION', 'version');
  });

  it('lets the oversight role read the PDF but not write the narrative (403)', async () => {
    expect((await pdf(oversight)).status).toBe(200);
    const res = await putNarrative(oversight, { sections: {}, version: 2 });
    expectError(res, 403, 'FORBIDDEN');
  });

  it('answers 400 naming the field for a 100-year period, an overlong or unprintable text', async () => {
    const century = await getFile(t, leader, '/api/v1/reports/oversight.pdf', {
      agencyId: city,
      from: '2000-01-01',
      to: '2099-12-31',
    });
    const body = JSON.parse(century.body.toString('utf8')) as {
      code: string;
      errors: { field: string }[];
    };
    expect([century.status, body.code]).toEqual([400, 'STATISTICS_PERIOD_INVALID']);
    expect(body.errors.map((e) => e.field)).toContain('to');
    const long = await putNarrative(leader, {
      sections: { assessment: 'x'.repeat(8001) },
      version: 2,
    });
    expectError(long, 400, 'VALIDATION_FAILED', 'sections.assessment');
    const emoji = await putNarrative(leader, { sections: { causes: 'Tốt 😀' }, version: 2 });
    expectError(emoji, 400, 'VALIDATION_FAILED', 'sections.causes');
  });

  it('answers 404 for an unknown agency, for the PDF and the narrative alike', async () => {
    const unknown = '7a1e5f0c-1d2b-4c3d-9e8f-0a1b2c3d4e5f';
    const res = await getFile(t, leader, '/api/v1/reports/oversight.pdf', {
      agencyId: unknown,
      ...YEAR,
    });
    expect(res.status).toBe(404);
    const put = await putNarrative(leader, { agencyId: unknown, sections: {}, version: 0 });
    expectError(put, 404, 'NOT_FOUND');
  });
});
