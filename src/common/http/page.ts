/** One page of a keyset-paginated list. `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  limit: number;
}

export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** Returns null for anything that is not a cursor this service produced. */
export function decodeCursor(cursor: string, arity: number): (string | number)[] | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== arity) return null;
    const ok = parsed.every((v) => typeof v === 'string' || typeof v === 'number');
    return ok ? parsed : null;
  } catch {
    return null;
  }
}

export function toPage<T>(rows: T[], limit: number, cursorOf: (row: T) => string): Page<T> {
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  const last = items[items.length - 1];
  return { items, limit, nextCursor: hasMore && last !== undefined ? cursorOf(last) : null };
}
