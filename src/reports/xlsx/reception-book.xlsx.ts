import { bookColumns, bookPeriod } from '../layouts/reception-book.layout';
import {
  type BookCellContext,
  type BookColumnKey,
  bookCellText,
  receptionBookTemplate,
  type ReceptionBookMeta,
  type ReceptionBookRow,
} from '../layouts/reception-book-rows';
import type { RenderPolicy } from '../render-policy';
import { type XlsxCell, type XlsxColumnKind, writeXlsxTable } from './xlsx-table';

const KINDS: Partial<Record<BookColumnKey, XlsxColumnKind>> = {
  no: 'integer',
  receivedOn: 'date',
  persons: 'integer',
};

function xlsxCell(row: ReceptionBookRow, key: BookColumnKey, context: BookCellContext): XlsxCell {
  switch (key) {
    case 'no':
      return row.no;
    case 'receivedOn':
      return row.receivedOn;
    case 'persons':
      return row.personsCount;
    case 'classification':
      return row.isGroup
        ? `${row.classification}\n${context.template.text('group')}`
        : row.classification;
    default:
      return bookCellText(row, key, context);
  }
}

/**
 * The Sổ tiếp công dân as a spreadsheet: same columns as the PDF, with "Phân loại" and "Số người"
 * split so the head count is a number; STT and dates are numbers/dates too. The same contract on
 * confidential denunciations applies (BookVisitor).
 */
export async function receptionBookXlsx(
  rows: readonly ReceptionBookRow[],
  meta: ReceptionBookMeta,
  policy: RenderPolicy,
): Promise<Buffer> {
  const t = receptionBookTemplate();
  const columns = bookColumns(t, 'xlsxColumns');
  const context = { template: t, policy };
  const titleRows = [meta.issuer.name, t.text('title'), bookPeriod(meta, t, policy)];
  return writeXlsxTable({
    sheetName: t.text('sheetName'),
    titleRows: titleRows.map((line) => line.normalize('NFC')),
    columns: columns.map((c) => ({
      header: c.header,
      width: c.weight,
      kind: KINDS[c.key] ?? 'text',
    })),
    rows: rows.map((row) => columns.map((c) => normalise(xlsxCell(row, c.key, context)))),
    landscape: true,
    numberColumns: true,
  });
}

const normalise = (cell: XlsxCell): XlsxCell =>
  typeof cell === 'string' ? cell.normalize('NFC') : cell;
