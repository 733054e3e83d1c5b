import { Client } from 'pg';

type QueryFn = (this: Client, ...args: unknown[]) => unknown;

/** What the pg clients of this process sent, and when each answer came back, in order. */
export interface Wire {
  /** `sent <text>`, `answered <text>` or `failed <text>` (whitespace collapsed). */
  readonly events: string[];
  restore(): void;
}

/**
 * Records every statement any pg Client sends (TypeORM's pool hands out such clients) and the
 * moment its answer arrives, to tell pipelined statements (sent before the previous one was
 * answered) from awaited ones. Call `restore()` when done.
 */
export function recordWire(): Wire {
  const proto = Client.prototype as unknown as { query: QueryFn };
  const original = proto.query;
  const events: string[] = [];
  proto.query = function (this: Client, ...args: unknown[]) {
    const first = args[0];
    const raw = typeof first === 'string' ? first : ((first as { text?: string }).text ?? '');
    const text = raw.trim().replace(/\s+/g, ' ');
    events.push(`sent ${text}`);
    const answer = original.apply(this, args);
    if (answer instanceof Promise) {
      answer.then(
        () => events.push(`answered ${text}`),
        () => events.push(`failed ${text}`),
      );
    }
    return answer;
  };
  return { events, restore: () => void (proto.query = original) };
}
