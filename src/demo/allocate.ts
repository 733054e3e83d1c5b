/**
 * Splits `total` into whole parts proportional to `weights` (largest remainder, ties to the
 * earlier weight): the parts always sum to exactly `total`.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0) throw new Error(`allocate: bad total ${total}`);
  const sum = weights.reduce((a, w) => a + w, 0);
  if (weights.length === 0 || sum <= 0) throw new Error('allocate: weights must be positive');
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map((x) => Math.floor(x));
  let left = total - parts.reduce((a, p) => a + p, 0);
  const order = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return parts;
}

/** Scales a published count; a figure that is not zero stays at least 1. */
export function scaleCount(value: number, scale: number): number {
  if (value === 0) return 0;
  return Math.max(1, Math.round(value * scale));
}
