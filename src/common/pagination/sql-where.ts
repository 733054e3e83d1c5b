import type { SqlParam } from './keyset';

/** One WHERE clause of a list query with its parameters (values are always parameters). */
export class Where {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];
  readonly param: SqlParam = (value) => `$${this.params.push(value)}`;

  /** Adds a condition; `sql` turns each value into its placeholder with `p`. */
  add(sql: (p: SqlParam) => string): void {
    this.parts.push(sql(this.param));
  }

  toString(): string {
    return this.parts.length > 0 ? `WHERE ${this.parts.join(' AND ')}` : '';
  }
}
