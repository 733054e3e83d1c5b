import { ExpiringCache } from './expiring-cache';

describe('ExpiringCache', () => {
  let now = 0;
  const cache = () => new ExpiringCache<number>(1_000, 2, () => now);
  const counter = () => {
    let loads = 0;
    return { load: () => Promise.resolve(++loads), loads: () => loads };
  };

  beforeEach(() => (now = 0));

  it('keeps a value for the TTL of its own timer, then loads it again', async () => {
    const c = cache();
    const n = counter();
    expect(await c.get('a', n.load)).toBe(1);
    now = 999;
    expect(await c.get('a', n.load)).toBe(1);
    now = 1_000;
    expect(await c.get('a', n.load)).toBe(2);
    expect(n.loads()).toBe(2);
  });

  it('drops everything on clear()', async () => {
    const c = cache();
    const n = counter();
    await c.get('a', n.load);
    c.clear();
    expect(await c.get('a', n.load)).toBe(2);
  });

  it('does not store what a load in flight during clear() returns', async () => {
    const c = cache();
    let release!: (v: number) => void;
    const pending = c.get('a', () => new Promise<number>((r) => (release = r)));
    c.clear(); // an edit committed while the old value was being read
    release(1);
    expect(await pending).toBe(1);
    expect(await c.get('a', () => Promise.resolve(2))).toBe(2);
  });

  it('holds at most maxEntries values', async () => {
    const c = cache();
    const n = counter();
    await c.get('a', n.load);
    await c.get('b', n.load);
    await c.get('c', n.load); // full: starts over
    expect(await c.get('a', n.load)).toBe(4);
  });
});
