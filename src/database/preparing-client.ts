import { Client } from 'pg';

/** Statements a connection keeps prepared at most (PostgreSQL holds each one's plan in memory). */
export const MAX_PREPARED_PER_CONNECTION = 400;
/** A text is prepared the second time a connection runs it: one-off texts are never kept. */
const PREPARE_AT_USE = 2;
/** Distinct texts counted per connection before the counts are forgotten (bounds the map). */
const MAX_COUNTED = 1_000;

const PREPARABLE = /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i;

type AnyQuery = (this: Client, ...args: unknown[]) => unknown;

/**
 * A `pg` client that turns the parameterised statements it runs repeatedly into named prepared
 * statements, so that PostgreSQL parses (and, once it settles on a generic plan, plans) them once
 * per connection instead of on every call. TypeORM sends every statement unnamed through the
 * extended protocol; for the short OLTP statements of the write paths, parsing and planning were
 * about 40 % of the server's time (docs/benchmarks.md). Texts run once, texts without parameters
 * and utility statements are sent as before; at most MAX_PREPARED_PER_CONNECTION names per
 * connection. Statistics transactions ask for custom plans (`plan_cache_mode`), as their
 * parameters (periods, agencies) change the best plan.
 *
 * Used through the pool's `Client` option (data-source-options.ts). Not for a transaction-mode
 * connection pooler in front of PostgreSQL, where named statements do not survive.
 */
export class PreparingClient extends Client {
  private readonly names = new Map<string, string>();
  private readonly uses = new Map<string, number>();

  /** The statement name for this text on this connection, or undefined to send it unnamed. */
  nameFor(text: string): string | undefined {
    const known = this.names.get(text);
    if (known !== undefined) return known;
    if (this.names.size >= MAX_PREPARED_PER_CONNECTION || !PREPARABLE.test(text)) return undefined;
    const seen = (this.uses.get(text) ?? 0) + 1;
    if (seen < PREPARE_AT_USE) {
      if (this.uses.size >= MAX_COUNTED) this.uses.clear();
      this.uses.set(text, seen);
      return undefined;
    }
    this.uses.delete(text);
    const name = `kntc_${this.names.size + 1}`;
    this.names.set(text, name);
    return name;
  }
}

// Assigned, not declared as an override: Client.query has overloads a subclass cannot restate.
// Client.prototype.query is looked up on each call, so that a wrapper (the bench's SqlCapture) sees it.
const preparingQuery: AnyQuery = function query(this: Client, ...args: unknown[]) {
  const base = (Client.prototype as unknown as { query: AnyQuery }).query;
  const [text, values] = args;
  if (typeof text === 'string' && Array.isArray(values) && values.length > 0) {
    const name = (this as PreparingClient).nameFor(text);
    if (name) return base.call(this, { name, text, values }, ...args.slice(2));
  }
  return base.apply(this, args);
};
(PreparingClient.prototype as unknown as { query: AnyQuery }).query = preparingQuery;
