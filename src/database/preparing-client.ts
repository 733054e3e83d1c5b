import { Client } from 'pg';

/** Statements a connection keeps prepared at most (PostgreSQL holds each one's plan in memory). */
export const MAX_PREPARED_PER_CONNECTION = 400;
/** A text is prepared the second time a connection runs it: one-off texts are never kept. */
const PREPARE_AT_USE = 2;
/** Distinct texts counted per connection before the counts are forgotten (bounds the map). */
const MAX_COUNTED = 1_000;
/** Larger texts (chunked multi-row inserts) are sent unnamed: their plans would be big. */
const MAX_TEXT_LENGTH = 8_000;
const MAX_PARAMETERS = 100;

/** A data-modifying statement: INSERT, UPDATE or DELETE, alone or in a WITH. */
const WRITES =
  /^\s*(INSERT\s+INTO|UPDATE\s|DELETE\s+FROM)|^\s*WITH\b[\s\S]*\b(INSERT\s+INTO|DELETE\s+FROM|UPDATE\s+\S+\s+SET)\b/i;
/** A read (SELECT, or WITH … SELECT). */
const READS = /^\s*(SELECT|WITH)\b/i;
/**
 * Read shapes whose best plan depends on the values: paged lists and searches (`LIMIT $n`),
 * aggregates, optional filters (`$1 IS NULL OR …`: a parameter tested for null; a column's
 * `valid_to IS NULL OR …` is not). A cached generic plan would fit some values and not others.
 * A read by key, ordered or not (a decision's measures by position), is prepared.
 */
const VALUE_DEPENDENT =
  /\bLIMIT\s+\$|\bGROUP\s+BY\b|\bDISTINCT\b|\$\d+(?:::[\w[\]]+)?\s+IS\s+NULL\s+OR\b/i;
/**
 * A result that follows a table's columns (`RETURNING *`, `alias.*`): a migration adding a column
 * would change it. (`SELECT * FROM cte` over a CTE's explicit columns is fine.)
 */
const STAR_RESULT = /RETURNING\s+\*|\w\.\*/i;

type AnyQuery = (this: Client, ...args: unknown[]) => unknown;

/** Errors after which the named statement is not reused (see PreparingClient). */
function statementBroken(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code !== 'string' || code === '0A000' || code === '26000';
}
type Connection = {
  parsedStatements: Record<string, string>;
  submittedNamedStatements?: Record<string, string>;
};

/**
 * A `pg` client that turns the statements it runs repeatedly — writes, and reads by key — into
 * named prepared statements, so that PostgreSQL parses and plans them once per connection instead
 * of on every call (TypeORM sends every statement unnamed). For the write paths, parsing and
 * planning were about 40 % of the server's time; the registration CTE alone took 1,8 ms to plan.
 *
 * What stays unnamed, as before:
 * - reads whose best plan depends on the values (LIMIT $n, GROUP BY, DISTINCT, `IS NULL OR`
 *   filters): lists, searches, worklists and reports, planned for each call;
 * - texts whose result follows a table's columns (RETURNING *, alias.*): a migration adding a
 *   column would make the prepared statement fail ("cached plan must not change result type");
 * - texts run once, without parameters, longer than MAX_TEXT_LENGTH or with more than
 *   MAX_PARAMETERS parameters; beyond MAX_PREPARED_PER_CONNECTION names per connection.
 * A named statement that fails because of the statement itself — a migration changed its result
 * (0A000), the server does not know it (26000), a parameter could not be encoded (no SQLSTATE) —
 * is forgotten, so the next call prepares it afresh under a new name. Other errors (a unique or
 * check violation…) leave it prepared: the statement is fine, the data was not.
 *
 * Used through the pool's `Client` option (data-source-options.ts). Not for a transaction-mode
 * connection pooler in front of PostgreSQL, where named statements do not survive.
 */
export class PreparingClient extends Client {
  private readonly names = new Map<string, string>();
  private readonly uses = new Map<string, number>();
  /** Texts found unpreparable (bounded like `uses`): the rules are not re-run on every call. */
  private readonly unnamed = new Set<string>();
  private issued = 0;

  /** The statement name for this text on this connection, or undefined to send it unnamed. */
  nameFor(text: string, parameters: number): string | undefined {
    const known = this.names.get(text);
    if (known !== undefined) return known;
    if (this.names.size >= MAX_PREPARED_PER_CONNECTION || this.unnamed.has(text)) return undefined;
    if (!preparable(text, parameters)) {
      if (this.unnamed.size >= MAX_COUNTED) this.unnamed.clear();
      this.unnamed.add(text);
      return undefined;
    }
    const seen = (this.uses.get(text) ?? 0) + 1;
    if (seen < PREPARE_AT_USE) {
      if (this.uses.size >= MAX_COUNTED) this.uses.clear();
      this.uses.set(text, seen);
      return undefined;
    }
    this.uses.delete(text);
    this.issued += 1;
    const name = `kntc_${this.issued}`;
    this.names.set(text, name);
    return name;
  }

  /** After a failure of the named statement: drop the name here and in pg's parsed list. */
  forget(text: string, name: string): void {
    if (this.names.get(text) === name) this.names.delete(text);
    const connection = (this as unknown as { connection?: Connection }).connection;
    if (!connection) return;
    delete connection.parsedStatements[name];
    if (connection.submittedNamedStatements) delete connection.submittedNamedStatements[name];
  }
}

function preparable(text: string, parameters: number): boolean {
  return (
    parameters <= MAX_PARAMETERS &&
    text.length <= MAX_TEXT_LENGTH &&
    !STAR_RESULT.test(text) &&
    (WRITES.test(text) || (READS.test(text) && !VALUE_DEPENDENT.test(text)))
  );
}

// Assigned, not declared as an override: Client.query has overloads a subclass cannot restate.
// Client.prototype.query is looked up on each call, so that a wrapper (the bench's SqlCapture) sees it.
const preparingQuery: AnyQuery = function query(this: Client, ...args: unknown[]) {
  const base = (Client.prototype as unknown as { query: AnyQuery }).query;
  const [text, values, callback] = args;
  if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0) {
    return base.apply(this, args);
  }
  const client = this as PreparingClient;
  const name = client.nameFor(text, values.length);
  if (!name) return base.apply(this, args);
  const config = { name, text, values };
  if (typeof callback === 'function') {
    return base.call(this, config, (error: unknown, result: unknown) => {
      if (error && statementBroken(error)) client.forget(text, name);
      (callback as (e: unknown, r: unknown) => void)(error, result);
    });
  }
  const pending = base.call(this, config) as Promise<unknown>;
  pending.catch((error: unknown) => {
    if (statementBroken(error)) client.forget(text, name);
  });
  return pending;
};
(PreparingClient.prototype as unknown as { query: AnyQuery }).query = preparingQuery;
