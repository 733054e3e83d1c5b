import { pdfPages } from '../../../test/support/pdf-text';
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
});
