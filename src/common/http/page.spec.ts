import { decodeCursor, encodeCursor, toPage } from './page';

describe('keyset pages', () => {
  it('round-trips a cursor and refuses a forged or malformed one', () => {
    const cursor = encodeCursor(['2026-01-20', 'b3c1']);
    expect(decodeCursor(cursor, 2)).toEqual(['2026-01-20', 'b3c1']);
    expect(decodeCursor(cursor, 3)).toBeNull();
    expect(decodeCursor('not-base64-json', 2)).toBeNull();
    expect(decodeCursor(encodeCursor([1]).replace(/./, 'x'), 1)).toBeNull();
  });

  it('gives a next cursor only when one more row than the limit was fetched', () => {
    const rows = [{ id: 1 }, { id: 2 }, { id: 3 }];
    const page = toPage(rows, 2, (r) => encodeCursor([r.id]));
    expect(page.items).toEqual([{ id: 1 }, { id: 2 }]);
    expect(decodeCursor(page.nextCursor ?? '', 1)).toEqual([2]);
    expect(toPage(rows, 3, (r) => String(r.id)).nextCursor).toBeNull();
  });
});
