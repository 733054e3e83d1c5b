import type { ColumnKey, ImportColumn } from './import-columns';
import type { CellValue, RowError } from './import-table';

// One data row while it is being checked: the values read so far, and the problems found, each
// named by the column's header as the user sees it.

export class RowDraft {
  readonly errors: RowError[] = [];
  private readonly values = new Map<ColumnKey, unknown>();
  private readonly raw = new Map<ColumnKey, CellValue>();

  constructor(
    readonly row: number,
    private readonly columns: ReadonlyMap<ColumnKey, ImportColumn>,
  ) {}

  header(key: ColumnKey): string {
    return this.columns.get(key)?.header ?? key;
  }

  setRaw(key: ColumnKey, cell: CellValue): void {
    this.raw.set(key, cell);
  }

  set(key: ColumnKey, value: unknown): void {
    this.values.set(key, value);
  }

  /** The value read from the cell; undefined when blank, absent or unreadable. */
  get<T>(key: ColumnKey): T | undefined {
    return this.values.get(key) as T | undefined;
  }

  /** True when the cell held something, even something unreadable. */
  filled(key: ColumnKey): boolean {
    return this.raw.has(key);
  }

  hasError(key: ColumnKey): boolean {
    const field = this.header(key);
    return this.errors.some((e) => e.field === field);
  }

  fail(key: ColumnKey, code: string, message: string): void {
    this.errors.push({ row: this.row, field: this.header(key), code, message });
  }
}
