// Builders of import files for specs: rows as header → value records, written as CSV.

export const HEADERS = [
  'STT',
  'Số quyết định',
  'Ngày ban hành',
  'Ngày có hiệu lực',
  'Cơ quan ban hành (mã)',
  'Loại quyết định',
  'Loại nội dung thi hành',
  'Số tiền phải thu (đồng)',
  'Diện tích (m²)',
  'Số người, tập thể phải xử lý',
  'Trong đó cán bộ, công chức, viên chức',
  'Nội dung',
  'Đã thực hiện',
  'Số tiền đã thu, đã trả (đồng)',
  'Diện tích đã thu, đã trả (m²)',
  'Ngày hoàn thành',
  'Ghi chú',
] as const;

export type SampleRow = Partial<Record<(typeof HEADERS)[number], string>>;

export const BASE_ROW: SampleRow = {
  'Số quyết định': '123/QĐ-UBND',
  'Ngày ban hành': '05/03/2024',
  'Ngày có hiệu lực': '2024-04-05',
  'Cơ quan ban hành (mã)': 'HN-UBND',
  'Loại quyết định': 'Quyết định giải quyết khiếu nại lần đầu',
  'Loại nội dung thi hành': 'Thu hồi tiền cho Nhà nước',
  'Số tiền phải thu (đồng)': '1.234.567',
};

function quote(value: string, delimiter: string): string {
  const needs = value.includes(delimiter) || /["\r\n]/.test(value);
  return needs ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV file (CRLF, as Excel writes it) with the given header and rows. */
export function csvText(
  rows: readonly SampleRow[],
  options: { delimiter?: string; headers?: readonly string[] } = {},
): string {
  const delimiter = options.delimiter ?? ';';
  const headers = options.headers ?? HEADERS;
  const line = (cells: readonly string[]) => cells.map((c) => quote(c, delimiter)).join(delimiter);
  const body = rows.map((r, i) =>
    line(headers.map((h) => (h === 'STT' ? String(i + 1) : (r[h as keyof SampleRow] ?? '')))),
  );
  return [line(headers), ...body].join('\r\n') + '\r\n';
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
