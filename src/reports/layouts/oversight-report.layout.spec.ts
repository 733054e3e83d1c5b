import { pdfPages, pdfText, pdfTextRuns } from '../../../test/support/pdf-text';
import { AgencyKind } from '../../agencies/domain/agency-enums';
import { localAuthoritiesOf } from '../format/local-authorities';
import { PAGE_MARGINS } from '../pdf/page-setup';
import { strictRenderPolicy as policy } from '../render-policy';
import {
  addresseeLines,
  changeText,
  completionRateText,
  rateChangeText,
  rateText,
} from './oversight-report-text';
import { keyFigureRows } from './oversight-report-tables';
import { sampleOversightData } from './oversight-report.samples';
import { renderOversightReport } from './oversight-report.layout';

// Rendering and parsing a 30-unit report takes a few seconds on a loaded 2-core machine.
jest.setTimeout(30_000);

describe('oversight report comparisons (DOMAIN §7.3: change against the previous period)', () => {
  it.each([
    [33_797, 32_126, 'tăng 5,2%'],
    [33_797, 34_878, 'giảm 3,1%'],
    [100, 100, 'không thay đổi'],
    [5, 0, 'kỳ so sánh không có số liệu'],
    [0, 0, 'kỳ so sánh không có số liệu'],
  ])('a count of %d against %d reads "%s"', (current, base, text) => {
    expect(changeText(current, base, policy)).toBe(text);
  });

  it('compares rates in percentage points, never as a relative change', () => {
    expect(rateChangeText(1911 / 2348, 1800 / 2300, policy)).toBe('tăng 3,1 điểm phần trăm');
    expect(rateChangeText(0.5, 0.6, policy)).toBe('giảm 10,0 điểm phần trăm');
    expect(rateChangeText(null, 0.6, policy)).toBe('kỳ so sánh không có số liệu');
  });

  it('prints rates in Vietnamese notation (Hà Nội 2017: 1.911 / 2.348 = 81,4%), "—" without a base', () => {
    expect(rateText(1911 / 2348)).toBe('81,4%');
    expect(rateText(554 / 801)).toBe('69,2%');
    expect(completionRateText(292 / 426)).toBe('68,54%'); // DOMAIN §9.1: published to two decimals
    expect(rateText(null)).toBe('—');
  });

  it('lays the key figures out as label, period, previous, change, last year, change', () => {
    const [visits] = keyFigureRows(sampleOversightData(2), policy);
    expect(visits).toEqual([
      'Lượt tiếp công dân',
      '33.797',
      '32.126',
      'tăng 5,2%',
      '34.878',
      'giảm 3,1%',
    ]);
  });
});

describe('oversight report addressees (the Party committee and People’s Committee of the level)', () => {
  const pc = (name: string) => ({ name, kind: AgencyKind.PeopleCommittee });
  const city = pc('Ủy ban nhân dân thành phố Hà Nội');

  it('a city-level report keeps "Ủy ban nhân dân thành phố", as it always printed', () => {
    expect(addresseeLines(localAuthoritiesOf([city]), policy)).toEqual([
      'Thành ủy Hà Nội',
      'Ủy ban nhân dân thành phố',
    ]);
  });

  it.each([
    {
      unit: 'a district’s',
      chain: [pc('Ủy ban nhân dân quận Ba Đình'), city],
      party: 'Quận ủy Ba Đình',
      people: 'Ủy ban nhân dân quận Ba Đình',
    },
    {
      unit: 'a ward’s',
      chain: [pc('Ủy ban nhân dân phường Ba Đình'), city],
      party: 'Đảng ủy phường Ba Đình',
      people: 'Ủy ban nhân dân phường Ba Đình',
    },
  ])('$unit report goes to $party and $people', ({ chain, party, people }) => {
    expect(addresseeLines(localAuthoritiesOf(chain), policy)).toEqual([party, people]);
  });

  it('leaves out a Party committee it cannot name', () => {
    const lines = addresseeLines(localAuthoritiesOf([pc('Ủy ban nhân dân Côn Đảo'), city]), policy);
    expect(lines).toEqual(['Ủy ban nhân dân Côn Đảo']);
  });

  it('prints a district’s addressees in the PDF, with the saved recipients after "Như trên"', async () => {
    const district = [pc('Ủy ban nhân dân quận Ba Đình'), city];
    const data = sampleOversightData(2);
    const text = await pdfText(
      await renderOversightReport(
        {
          ...data,
          authorities: localAuthoritiesOf(district),
          narrative: { sections: {}, recipients: ['Ban Nội chính Quận ủy'] },
        },
        policy,
      ),
    );
    expect(text).toContain(
      'Kính gửi: - Quận ủy Ba Đình; - Ủy ban nhân dân quận Ba Đình; Thực hiện chế độ báo cáo',
    );
    expect(text).toContain(
      'Nơi nhận: - Như trên; - Thanh tra thành phố Hà Nội (để b/c); - Ban Nội chính Quận ủy; - Lưu: VT, TH.',
    );
    expect(text).not.toContain('Thành ủy Hà Nội');
  });
});

describe('oversight report PDF (NĐ 30/2020 layout, from sample data)', () => {
  let pdf: Buffer;
  let text: string;

  beforeAll(async () => {
    pdf = await renderOversightReport(sampleOversightData(30), policy);
    text = await pdfText(pdf);
  });

  it('has the NĐ 30/2020 header, the title with its trích yếu and the addressees', () => {
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('UBND THÀNH PHỐ HÀ NỘI');
    expect(text).toContain('Số: /BC-TTTP');
    expect(text).toContain('Hà Nội, ngày 20 tháng 12 năm 2017');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain(
      'Kết quả công tác tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo năm 2017',
    );
    expect(text).toContain(
      'Kính gửi: - Thành ủy Hà Nội; - Ủy ban nhân dân thành phố; Thực hiện chế độ báo cáo',
    );
    expect(text).toContain('Nơi nhận: - Như trên; - Thanh tra Chính phủ (để b/c); - Lưu: VT, TH.');
  });

  it('has every section title, in order', () => {
    const titles = [
      'I. CÔNG TÁC TIẾP CÔNG DÂN',
      'II. CÔNG TÁC TIẾP NHẬN, XỬ LÝ ĐƠN',
      'III. KẾT QUẢ GIẢI QUYẾT KHIẾU NẠI THUỘC THẨM QUYỀN',
      'IV. KẾT QUẢ GIẢI QUYẾT TỐ CÁO THUỘC THẨM QUYỀN',
      'V. THI HÀNH QUYẾT ĐỊNH GIẢI QUYẾT KHIẾU NẠI, KẾT LUẬN NỘI DUNG TỐ CÁO',
      'VI. ĐÁNH GIÁ',
      'VII. NHIỆM VỤ TRỌNG TÂM KỲ TỚI',
      'Nơi nhận:',
    ];
    const positions = titles.map((title) => text.indexOf(title));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('prints the figures in Vietnamese notation with their comparisons', () => {
    expect(text).toContain('đã tiếp 33.797 lượt công dân (tăng 5,2% so với kỳ trước, giảm 3,1%');
    expect(text).toContain('479 lượt đoàn đông người');
    expect(text).toContain('Đã giải quyết 1.911 vụ việc, đạt tỷ lệ 81,4%');
    expect(text).toContain('Đã giải quyết 554 vụ việc, đạt tỷ lệ 69,2%');
    expect(text).toContain('2.600,0 triệu đồng và 2.982 m² đất');
    expect(text).toContain('(đã thu 1.800,0 triệu đồng và 1.500,5 m²)');
    expect(text).toContain(
      'kiến nghị trả lại cho tổ chức, cá nhân 7.020,0 triệu đồng và 840 m² đất (đã trả 5.000,0 triệu đồng và 840 m²)',
    );
    expect(text).toContain('64 tập thể và 61 cá nhân');
    expect(text).toContain('chuyển cơ quan điều tra 4 vụ với 6 người');
    expect(text).toContain('đã thực hiện xong 292 quyết định, đạt 68,54%');
  });

  it('has a row per unit plus a total in the per-agency tables, and the three charts', () => {
    expect(text).toContain('Ủy ban nhân dân quận, huyện số 30');
    expect(text).toContain('Thanh tra thành phố Hà Nội (trực tiếp)');
    expect(text).toContain('Tổng cộng 33.797 33.114 2.348 1.911 81,4%');
    expect(text).toContain('Biểu đồ 1. Tỷ lệ giải quyết khiếu nại, tố cáo');
    expect(text).toContain('Biểu đồ 1 (tiếp)');
    expect(text).toContain('Biểu đồ 2. Diễn biến đơn tiếp nhận và lượt tiếp công dân theo tháng');
    expect(text).toContain(
      'Biểu đồ 3. Vụ việc khiếu nại, tố cáo đang giải quyết đến ngày 15 tháng 12',
    );
    expect(text).toContain('Trên 90 ngày');
  });

  it('prints the narrative placeholders in italics when the leader saved nothing', () => {
    expect(text).toContain('[Ưu điểm: phần này do lãnh đạo đơn vị nhập trước khi ký ban hành.]');
    expect(text).toContain('[Họ và tên người ký]');
  });

  it('numbers the pages from page 2 only, in the top margin', async () => {
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    const numbers = (await pdfTextRuns(pdf)).filter((run) => run.y < PAGE_MARGINS.top - 15);
    expect(numbers.map((run) => [run.page, run.text])).toEqual(
      pages.slice(1).map((_, i) => [i + 2, String(i + 2)]),
    );
  });

  it('prints the saved narrative in place of the placeholders', async () => {
    const data = sampleOversightData(3);
    const saved = await renderOversightReport(
      {
        ...data,
        narrative: {
          sections: { assessment: 'Đã tập trung giải quyết dứt điểm vụ việc tồn đọng.' },
          signerName: 'Người Ký Mẫu',
          signerTitle: 'Chánh Thanh tra',
          documentNumber: 7,
          recipients: ['Ban Nội chính Thành ủy'],
        },
      },
      policy,
    );
    const savedText = await pdfText(saved);
    expect(savedText).toContain('Đã tập trung giải quyết dứt điểm vụ việc tồn đọng.');
    expect(savedText).not.toContain('[Ưu điểm:');
    expect(savedText).toContain('[Tồn tại, hạn chế:');
    expect(savedText).toContain('Số: 07/BC-TTTP');
    expect(savedText).toContain('CHÁNH THANH TRA');
    expect(savedText).toContain('Người Ký Mẫu');
    expect(savedText).toContain('- Ban Nội chính Thành ủy;');
  });
});
