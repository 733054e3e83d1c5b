import { Client } from 'pg';

/** One statement as the pg driver sent it. */
export interface CapturedStatement {
  text: string;
  values: readonly unknown[];
  /**
   * Sent while an earlier statement of the same connection was still unanswered (pipelined):
   * it shares that statement's round trip.
   */
  joined?: boolean;
  /** Which connection (pg Client) sent it, numbered from 1 in the order first seen. */
  connection?: number;
}

type QueryFn = (this: Client, ...args: unknown[]) => unknown;

/**
 * Counts (and optionally records) every statement any pg Client of this process sends, by
 * wrapping Client.prototype.query — TypeORM's pool hands out such clients. Used to count the
 * statements of one request (DESIGN §10 P2) and to capture them for the pgbench replay.
 */
export class SqlCapture {
  private readonly original: QueryFn;
  private recording: CapturedStatement[] | null = null;
  private connections = 0;
  count = 0;

  constructor() {
    const proto = Client.prototype as unknown as { query: QueryFn };
    this.original = proto.query;
    const original = this.original;
    const unanswered = new WeakMap<Client, number>();
    const connections = new WeakMap<Client, number>();
    const connectionOf = (client: Client) => {
      const known = connections.get(client);
      if (known !== undefined) return known;
      const next = this.connections + 1;
      this.connections = next;
      connections.set(client, next);
      return next;
    };
    const seen = (client: Client, args: unknown[]) => {
      this.count += 1;
      const joined = (unanswered.get(client) ?? 0) > 0;
      this.recording?.push({ ...statementOf(args), joined, connection: connectionOf(client) });
    };
    proto.query = function (this: Client, ...args: unknown[]) {
      seen(this, args);
      const answer = original.apply(this, args);
      if (answer instanceof Promise) {
        unanswered.set(this, (unanswered.get(this) ?? 0) + 1);
        const settled = () => void unanswered.set(this, (unanswered.get(this) ?? 1) - 1);
        answer.then(settled, settled);
      }
      return answer;
    };
  }

  /** Records statements until stop(); returns them. */
  start(): void {
    this.recording = [];
  }

  stop(): CapturedStatement[] {
    const recorded = this.recording ?? [];
    this.recording = null;
    return recorded;
  }

  restore(): void {
    (Client.prototype as unknown as { query: QueryFn }).query = this.original;
  }
}

function statementOf(args: readonly unknown[]): CapturedStatement {
  const [first, second] = args;
  if (typeof first === 'string') {
    return { text: first, values: Array.isArray(second) ? (second as unknown[]) : [] };
  }
  const config = first as { text?: string; values?: unknown[] } | undefined;
  return { text: config?.text ?? '', values: config?.values ?? [] };
}

/** A string literal; one holding ':' is written E'…\x3a…' so pgbench sees no `:variable`. */
const quote = (s: string) =>
  s.includes(':')
    ? `E'${s.replace(/\\/g, '\\\\').replace(/'/g, "''").replace(/:/g, '\\x3a')}'`
    : `'${s.replace(/'/g, "''")}'`;

function scalarText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return `${v}`;
  return JSON.stringify(v) ?? '';
}

function arrayLiteral(values: readonly unknown[]): string {
  const items = values.map((v) =>
    v === null ? 'NULL' : `"${scalarText(v).replace(/["\\]/g, (c) => `\\${c}`)}"`,
  );
  return `{${items.join(',')}}`;
}

/** The SQL literal of a parameter as the pg driver would have sent it (text format). */
export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return quote(value.toISOString());
  if (Array.isArray(value)) return quote(arrayLiteral(value));
  if (typeof value === 'object') return quote(JSON.stringify(value));
  return quote(scalarText(value));
}

/** The statement with its parameters inlined ($10 before $1), on one line for pgbench. */
export function inlined(s: CapturedStatement): string {
  let text = s.text;
  for (let i = s.values.length; i >= 1; i--) {
    text = text.split(`$${i}`).join(sqlLiteral(s.values[i - 1]));
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** A short label of a statement for the printed breakdown. */
export function labelOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (/^(BEGIN|START TRANSACTION)/i.test(flat)) return 'BEGIN';
  if (/^COMMIT/i.test(flat)) return 'COMMIT';
  if (/^SET TRANSACTION/i.test(flat)) return 'SET TRANSACTION';
  if (/^SELECT pg_advisory_xact_lock/i.test(flat)) return 'SELECT pg_advisory_xact_lock';
  const table = /(?:INSERT INTO|UPDATE|FROM)\s+"?([a-z_]+)"?/i.exec(flat)?.[1] ?? '?';
  const verb = /^WITH/i.test(flat) ? 'WITH…' : flat.split(' ')[0]!.toUpperCase();
  return `${verb} ${table}`;
}
