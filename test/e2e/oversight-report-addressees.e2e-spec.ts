import { Role } from '../../src/auth/role';
import { getFile } from '../factories/visit.factory';
import { insertOldCommune } from '../support/agency-tree';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { pdfText } from '../support/pdf-text';
import { createTestApp, type TestApp } from '../support/test-app';

// "Kính gửi" of the oversight báo cáo, and "Như trên" under "Nơi nhận": the Party committee and
// the People's Committee of the nearest level at or above the agency that has a people's committee
// (src/reports/format/local-authorities.ts; DOMAIN §1.2 levels, §8.2 layout): the city's for the
// city's bodies, exactly as before; a district's for the district and its bodies until 30/6/2025;
// a commune's or ward's for its own, on both trees.

jest.setTimeout(60_000);

describe('oversight report addressees', () => {
  let t: TestApp;
  let city: string;
  let tttp: string;
  let leader: TestOfficer;

  const pdf = async (who: TestOfficer, query: Record<string, string>) => {
    const res = await getFile(t, who, '/api/v1/reports/oversight.pdf', {
      period: '2026',
      convention: 'calendar',
      ...query,
    });
    return { status: res.status, text: res.status === 200 ? await pdfText(res.body) : '' };
  };
  const putNarrative = (who: TestOfficer, body: Record<string, unknown>) =>
    t.http
      .put('/api/v1/reports/oversight/narrative')
      .set(bearer(who.token))
      .send({ period: '2026', convention: 'calendar', ...body });
  const addressees = (party: string, people: string) =>
    `Kính gửi: - ${party}; - ${people}; Thực hiện chế độ báo cáo theo quy định`;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-12-30T03:00:00Z') });
    city = await agencyIdByCode(t, 'HN');
    tttp = await agencyIdByCode(t, 'HN-TTTP');
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId: city });
  });

  afterAll(() => t.close());

  it('addresses the city’s báo cáo, and its inspectorate’s, to Thành ủy Hà Nội and the city’s committee', async () => {
    for (const agencyId of [city, tttp]) {
      const res = await pdf(leader, { agencyId });
      expect(res.status).toBe(200);
      expect(res.text).toContain(addressees('Thành ủy Hà Nội', 'Ủy ban nhân dân thành phố'));
      expect(res.text).toContain(
        'Nơi nhận: - Như trên; - Thanh tra Chính phủ (để b/c); - Lưu: VT, TH.',
      );
    }
  });

  it('addresses a district’s báo cáo, its inspectorate’s and its old wards’ to their own level (2024, three-level tree)', async () => {
    const district = await agencyIdByCode(t, 'HN-Q-BADINH');
    const [inspectorate] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO agency (code, name, level, kind, parent_id, valid_from, valid_to)
       VALUES ('HN-Q-BADINH-TT', 'Thanh tra quận Ba Đình', 'district', 'inspectorate', $1,
               '2008-08-01', '2025-06-30') RETURNING id`,
      [district],
    );
    const oldWard = await insertOldCommune(
      t,
      district,
      'HN-Q-BADINH-P-PHUCXA',
      'Ủy ban nhân dân phường Phúc Xá',
    );
    const year2024 = { period: '2024', convention: 'calendar' };
    for (const agencyId of [district, inspectorate!.id]) {
      const res = await pdf(leader, { agencyId, ...year2024 });
      expect(res.status).toBe(200);
      expect(res.text).toContain(addressees('Quận ủy Ba Đình', 'Ủy ban nhân dân quận Ba Đình'));
      expect(res.text).toContain('Ba Đình, ngày 30 tháng 12 năm 2026');
      expect(res.text).not.toContain('Thành ủy Hà Nội');
      // a district's report is compiled by the city's inspectorate, not by Thanh tra Chính phủ
      expect(res.text).toContain(
        'Nơi nhận: - Như trên; - Thanh tra thành phố Hà Nội (để b/c); - Lưu: VT, TH.',
      );
      expect(res.text).not.toContain('Thanh tra Chính phủ (để b/c)');
    }
    const ward = await pdf(leader, { agencyId: oldWard, ...year2024 });
    expect(ward.status).toBe(200);
    expect(ward.text).toContain(
      addressees('Đảng ủy phường Phúc Xá', 'Ủy ban nhân dân phường Phúc Xá'),
    );
    expect(ward.text).not.toContain('Quận ủy Ba Đình');
    expect(ward.text).toContain('- Thanh tra thành phố Hà Nội (để b/c);');
  });

  it('addresses a ward’s báo cáo to its Party committee and committee, with the leader’s recipients after them (2026, two-level tree)', async () => {
    const ward = await agencyIdByCode(t, 'HN-P-BADINH');
    const wardLeader = await createOfficer(t, { roles: [Role.Leader], agencyId: ward });
    const saved = await putNarrative(wardLeader, {
      agencyId: ward,
      recipients: ['Ban Nội chính Thành ủy (để b/c)'],
      version: 0,
      sections: {},
    });
    expect(saved.status).toBe(200);
    const res = await pdf(wardLeader, { agencyId: ward });
    expect(res.status).toBe(200);
    expect(res.text).toContain(
      addressees('Đảng ủy phường Ba Đình', 'Ủy ban nhân dân phường Ba Đình'),
    );
    expect(res.text).toContain(
      'Nơi nhận: - Như trên; - Thanh tra thành phố Hà Nội (để b/c); - Ban Nội chính Thành ủy (để b/c); - Lưu: VT, TH.',
    );
    expect(res.text).not.toContain('Thành ủy Hà Nội');
    expect(res.text).not.toContain('Ủy ban nhân dân thành phố;');
  });
});
