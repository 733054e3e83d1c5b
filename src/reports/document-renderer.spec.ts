import { pdfText } from '../../test/support/pdf-text';
import { type AppConfig, loadAppConfig } from '../config/app-config';
import { DocumentRenderer } from './document-renderer';
import { RenderError } from './render-policy';
import {
  sampleBookMeta,
  sampleBookRows,
  sampleGuidanceSlip,
  sampleOralStatement,
  sampleReceipt,
  sampleRefusalNotice,
} from './samples/reception-samples';

const configFor = (nodeEnv: 'test' | 'production'): AppConfig =>
  loadAppConfig({ NODE_ENV: 'test' }, process.cwd()).with({ nodeEnv });

describe('DocumentRenderer', () => {
  const renderer = new DocumentRenderer(configFor('test'));

  it('renders each reception document to a PDF buffer', async () => {
    const buffers = await Promise.all([
      renderer.receptionReceipt(sampleReceipt),
      renderer.guidanceSlip(sampleGuidanceSlip),
      renderer.oralStatementRecord(sampleOralStatement),
      renderer.receptionRefusalNotice(sampleRefusalNotice),
      renderer.receptionBook(sampleBookRows(2), sampleBookMeta),
    ]);
    for (const pdf of buffers) {
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    }
    expect(await pdfText(buffers[3])).toContain('Về việc từ chối tiếp công dân');
  });

  it('renders the reception book to XLSX (a zip)', async () => {
    const xlsx = await renderer.receptionBookXlsx(sampleBookRows(2), sampleBookMeta);
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
  });

  it('throws on a missing glyph outside production', async () => {
    const data = { ...sampleReceipt, citizen: { displayName: 'Nguyễn Văn 😀' } };
    await expect(renderer.receptionReceipt(data)).rejects.toThrow(RenderError);
  });

  it('in production logs the code point and still delivers the document', async () => {
    const production = new DocumentRenderer(configFor('production'));
    const warn = jest.spyOn(production['logger'], 'warn').mockImplementation(() => undefined);
    const data = { ...sampleReceipt, citizen: { displayName: 'Nguyễn Văn 😀' } };
    const text = await pdfText(await production.receptionReceipt(data));
    expect(text).toContain('Nguyễn Văn ?');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('U+1F600'));
    expect(warn.mock.calls.flat().join(' ')).not.toContain('Nguyễn');
  });
});
