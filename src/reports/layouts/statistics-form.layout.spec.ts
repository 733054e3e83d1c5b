import { pdfPages, pdfTextRuns } from '../../../test/support/pdf-text';
import { FORM_CODES, type FormCode } from '../../statistics/domain/form-definition';
import { loadFormDefinition } from '../../statistics/form-templates';
import { strictRenderPolicy } from '../render-policy';
import type { StatisticsFormSheet } from './statistics-form.data';
import { renderStatisticsForm } from './statistics-form.layout';

/** A form filled with `units` rows of small figures (enough rows to run over a page). */
function sampleSheet(code: FormCode, units: number): StatisticsFormSheet {
  const form = loadFormDefinition(code);
  const values = (seed: number) =>
    Object.fromEntries(
      form.columns.map((c) => [c.number, c.unit === 'text' ? null : (seed * c.number) % 1000]),
    );
  return {
    code: form.code,
    title: form.title,
    issuer: 'Thanh tra thành phố Hà Nội',
    place: 'Hà Nội',
    issuedOn: '2026-03-05',
    period: { from: '2026-01-01', to: '2026-12-31', label: '2026' },
    columns: form.columns,
    rows: Array.from({ length: units }, (_, i) => ({
      name: `Ủy ban nhân dân quận số ${i + 1}`,
      values: values(i + 1),
    })),
    total: { name: 'Tổng cộng', values: values(units + 1) },
  };
}

describe('renderStatisticsForm (PDF)', () => {
  it('repeats the merged group headers (once each) and the MS row on every page', async () => {
    const pdf = await renderStatisticsForm(sampleSheet('01/TCD', 40), strictRenderPolicy);
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page.split('Thủ trưởng tiếp định kỳ và đột xuất').length - 1).toBe(1);
      expect(page.split('Ủy quyền tiếp').length - 1).toBe(1);
      expect(page.split('Trong đó đoàn đông người').length - 1).toBe(3);
      expect(page).toContain('MS 1 2 3 4 5 6 7 8 9 10');
    }
  });

  it.each(FORM_CODES.map((c) => [c]))(
    '%s: every header, group header and the MS row is printed whole on the first page',
    async (code) => {
      const sheet = sampleSheet(code, 3);
      const pdf = await renderStatisticsForm(sheet, strictRenderPolicy);
      const [first = ''] = await pdfPages(pdf);
      for (const c of sheet.columns) {
        for (const text of [c.header, ...c.parents]) expect(first).toContain(text.normalize('NFC'));
      }
      expect(first).not.toContain('…');
      const numbers = sheet.columns.map((c) => c.number).join(' ');
      expect(first).toContain('Đơn vị');
      expect(first).toContain(`MS ${numbers}`);
    },
  );

  // TT 01/2024/TT-TTCP report forms; NĐ 30/2020 Phụ lục I: the place-and-date line, italic, over
  // the head's signature on the right; day below 10 and months 1–2 with a leading zero.
  it.each([...FORM_CODES.map((c) => [c, 3] as const), ['01/TCD', 40] as const])(
    '%s (%i units): "Hà Nội, ngày 05 tháng 3 năm 2026" in italics right above THỦ TRƯỞNG CƠ QUAN',
    async (code, units) => {
      const pdf = await renderStatisticsForm(sampleSheet(code, units), strictRenderPolicy);
      const runs = await pdfTextRuns(pdf);
      const find = (text: string) => runs.filter((r) => r.text === text);
      const dates = find('Hà Nội, ngày 05 tháng 3 năm 2026');
      const [head] = find('THỦ TRƯỞNG CƠ QUAN');
      const [preparer] = find('NGƯỜI LẬP BIỂU');
      expect(dates).toHaveLength(1);
      const [date] = dates;
      expect(date!.italic).toBe(true);
      expect(head!.italic).toBe(false);
      expect(date!.page).toBe(head!.page);
      // On its own line directly above the title, in the right half (A4 landscape: 842 pt wide).
      expect(head!.y - date!.y).toBeGreaterThan(10);
      expect(head!.y - date!.y).toBeLessThan(25);
      expect(date!.x).toBeGreaterThan(842 / 2);
      expect(head!.x).toBeGreaterThan(842 / 2);
      // The two signature titles stay level under it.
      expect(preparer!.y).toBeCloseTo(head!.y, 0);
      expect(preparer!.x).toBeLessThan(842 / 2);
    },
  );
});
