import { performance } from 'node:perf_hooks';

/**
 * Values loaded on demand and kept for `ttlMs` of real elapsed time (a monotonic timer, never the
 * application Clock, which tests and the demo move by days). `clear()` drops every value, and a
 * load that was in flight then does not store its (possibly stale) result.
 */
export class ExpiringCache<V> {
  private readonly entries = new Map<string, { value: V; at: number }>();
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 64,
    private readonly nowMs: () => number = () => performance.now(),
  ) {}

  /** The value of `key`: kept if younger than the TTL, else loaded (and kept). */
  async get(key: string, load: () => Promise<V>): Promise<V> {
    const now = this.nowMs();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.value;
    const generation = this.generation;
    const value = await load();
    if (generation === this.generation) {
      if (this.entries.size >= this.maxEntries) this.entries.clear();
      this.entries.set(key, { value, at: now });
    }
    return value;
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }
}
