import { formatAdministrativeDate, formatShortDate } from '../format/administrative-date';
import { drawAdministrativeHeader } from '../pdf/admin-header';
import { PdfDoc } from '../pdf/pdf-doc';
import { drawTable, type TableColumn } from '../pdf/table';
import { drawTitle } from '../pdf/text-blocks';
import type { RenderPolicy } from '../render-policy';
import type { DocumentTemplate } from '../templates/document-template';
import { administrativeTexts } from './issued-document';
import {
  bookCellText,
  isBookColumnKey,
  receptionBookTemplate,
  type ReceptionBookMeta,
  type ReceptionBookRow,
} from './reception-book-rows';

export function bookColumns(t: DocumentTemplate, templateKey: 'columns' | 'xlsxColumns') {
  return t.columns(templateKey).map((column) => {
    if (!isBookColumnKey(column.key)) {
      throw new Error(`Template reception-book: unknown column key "${column.key}"`);
    }
    return { ...column, key: column.key };
  });
}

export function bookPeriod(meta: ReceptionBookMeta, t: DocumentTemplate, policy: RenderPolicy) {
  const { from, to } = meta.period;
  return t.fill('period', { from: formatShortDate(from), to: formatShortDate(to) }, policy);
}

/**
 * Sổ tiếp công dân: landscape A4, the issuer and Quốc hiệu header, the title and period, then the
 * nine-column table with its header and column numbers repeated on every page.
 */
export async function renderReceptionBook(
  rows: readonly ReceptionBookRow[],
  meta: ReceptionBookMeta,
  policy: RenderPolicy,
): Promise<Buffer> {
  const t = receptionBookTemplate();
  const common = administrativeTexts();
  const pdf = new PdfDoc({ policy, landscape: true, title: t.text('title') });
  drawAdministrativeHeader(pdf, {
    parent: meta.issuer.parent,
    issuer: meta.issuer.name,
    dateLine: meta.printedOn
      ? formatAdministrativeDate(meta.issuer.place, meta.printedOn)
      : undefined,
    nationalTitle: common.text('nationalTitle'),
    motto: common.text('motto'),
  });
  drawTitle(pdf, t.text('title'), bookPeriod(meta, t, policy));
  const columns = bookColumns(t, 'columns');
  const tableColumns: TableColumn[] = columns.map(({ header, weight, align }) => ({
    header,
    weight,
    align,
  }));
  const context = { template: t, policy };
  drawTable(pdf, {
    columns: tableColumns,
    rows: rows.map((row) => columns.map((c) => bookCellText(row, c.key, context))),
    numberColumns: true,
  });
  return pdf.finish();
}
