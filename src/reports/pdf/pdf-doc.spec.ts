import { pdfPages, pdfText, pdfTextRuns } from '../../../test/support/pdf-text';
import { renderReceptionBook } from '../layouts/reception-book.layout';
import { lenientRenderPolicy, RenderError, strictRenderPolicy } from '../render-policy';
import { sampleBookMeta, sampleBookRows } from '../samples/reception-samples';
import { drawBarChart } from './bar-chart';
import { documentFonts } from './fonts';
import { MISSING_GLYPH_STAND_IN, missingCodePoints } from './glyph-guard';
import { drawLineChart } from './line-chart';
import { PAGE_MARGINS } from './page-setup';
import { PdfDoc } from './pdf-doc';
import { drawTable } from './table';

describe('PdfDoc (pdfkit wrapper)', () => {
  it('numbers pages from page 2 on, centred in the top margin, never on page 1 (NĐ 30/2020)', async () => {
    const pdf = await renderReceptionBook(sampleBookRows(40), sampleBookMeta, strictRenderPolicy);
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    // The body starts at the top margin; the number sits in the middle of the margin.
    const inTopMargin = (await pdfTextRuns(pdf)).filter((run) => run.y < PAGE_MARGINS.top - 15);
    expect(inTopMargin.map((run) => [run.page, run.text])).toEqual(
      pages.slice(1).map((_, i) => [i + 2, String(i + 2)]),
    );
    const landscapeCentre = 841.89 / 2 + (PAGE_MARGINS.left - PAGE_MARGINS.right) / 2;
    for (const run of inTopMargin) {
      expect(Math.abs(run.x + 3 - landscapeCentre)).toBeLessThan(12);
    }
  });

  it('repeats the table header on every page', async () => {
    const pdf = await renderReceptionBook(sampleBookRows(40), sampleBookMeta, strictRenderPolicy);
    for (const page of await pdfPages(pdf)) {
      expect(page).toContain('STT Ngày tiếp Họ tên – địa chỉ');
      expect(page).toContain('(1) (2) (3) (4) (5) (6) (7) (8) (9)');
    }
    expect(await pdfText(pdf)).toContain('40 12/01/2026 lúc 08:30 Người tố cáo TC-2026-040');
  });

  it('refuses a string with a character the font lacks instead of dropping it silently', () => {
    const pdf = new PdfDoc({ policy: strictRenderPolicy });
    expect(() => pdf.text('Khiếu nại 😀 lần hai')).toThrow(RenderError);
    expect(() => pdf.text('Khiếu nại 😀 lần hai')).toThrow('has no glyph for U+1F600');
    expect(() => pdf.widthOf('漢字')).toThrow('U+6F22, U+5B57');
  });

  it('in production draws a visible stand-in and warns with the code point only', async () => {
    const warn = jest.fn();
    const pdf = new PdfDoc({ policy: lenientRenderPolicy(warn) });
    pdf.text('Nguyễn Văn 😀 Ánh');
    const text = await pdfText(await pdf.finish());
    expect(text).toContain(`Nguyễn Văn ${MISSING_GLYPH_STAND_IN} Ánh`);
    expect(warn).toHaveBeenCalledWith('LiberationSerif-Regular.ttf has no glyph for U+1F600');
  });

  it('knows every Vietnamese letter, ₫ and the typographic marks used in documents', () => {
    const letters =
      'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ';
    for (const { font } of Object.values(documentFonts())) {
      expect(missingCodePoints(`${letters}₫–—…“”‘’²°§№`, font)).toEqual([]);
    }
  });

  it('normalises decomposed (NFD) input to NFC before drawing', async () => {
    const pdf = new PdfDoc({ policy: strictRenderPolicy });
    pdf.text('Quyết định giải quyết khiếu nại lần hai'.normalize('NFD'));
    expect(await pdfText(await pdf.finish())).toContain('Quyết định giải quyết khiếu nại lần hai');
  });

  it('returns one PDF buffer per document', async () => {
    const pdf = new PdfDoc({ policy: strictRenderPolicy, title: 'Thử' });
    drawTable(pdf, { columns: [{ header: 'Cột', weight: 1 }], rows: [['ô']] });
    const bytes = await pdf.finish();
    expect(Buffer.isBuffer(bytes)).toBe(true);
    expect(bytes.subarray(-6).toString()).toContain('%%EOF');
  });
});

describe('chart primitives', () => {
  it('draws bar and line charts with Vietnamese number notation on axes and labels', async () => {
    const pdf = new PdfDoc({ policy: strictRenderPolicy });
    const categories = ['Ba Đình', 'Hoàn Kiếm', 'Đống Đa'];
    drawBarChart(pdf, {
      orientation: 'vertical',
      height: 160,
      title: 'Số lượt tiếp công dân',
      valueAxisLabel: 'Lượt',
      categories,
      values: [33797, 12500, 8042],
    });
    drawBarChart(pdf, {
      orientation: 'horizontal',
      height: 120,
      categories,
      values: [0.814, 0.5, 0.7],
      valueFormat: (v) => `${String(v).replace('.', ',')}`,
    });
    drawLineChart(pdf, {
      height: 180,
      title: 'Tỷ lệ giải quyết (%)',
      categories: ['2023', '2024', '2025'],
      series: [
        { name: 'Khiếu nại', values: [78.5, 80.25, 81.4] },
        { name: 'Tố cáo', values: [68.5, 70, 68.54] },
      ],
    });
    const text = await pdfText(await pdf.finish());
    expect(text).toContain('Số lượt tiếp công dân');
    expect(text).toContain('33.797');
    expect(text).toContain('40.000');
    expect(text).toContain('Hoàn Kiếm');
    expect(text).toContain('81,4');
    expect(text).toContain('68,5');
    expect(text).toContain('Khiếu nại');
    expect(text).toContain('Tố cáo');
  });
});
