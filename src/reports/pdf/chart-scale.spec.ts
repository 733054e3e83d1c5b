import { niceScale, tickLabel } from './chart-scale';

describe('chart axis scale', () => {
  it.each([
    [33797, 40000, 10000],
    [86, 100, 20],
    [0.814, 1, 0.2],
    [7, 8, 2],
    [12, 12.5, 2.5],
  ])('covers %p with a nice maximum %p and step %p', (value, max, step) => {
    const scale = niceScale(value);
    expect(scale.max).toBeCloseTo(max);
    expect(scale.step).toBeCloseTo(step);
    expect(scale.ticks[0]).toBe(0);
    expect(scale.ticks.at(-1)).toBeCloseTo(max);
  });

  it('falls back to 0–1 for an empty or zero series', () => {
    expect(niceScale(0)).toEqual({ max: 1, step: 1, ticks: [0, 1] });
  });

  it('labels ticks in Vietnamese notation', () => {
    expect(tickLabel(40000, 10000)).toBe('40.000');
    expect(tickLabel(2.5, 2.5)).toBe('2,5');
    expect(tickLabel(0.4, 0.2)).toBe('0,4');
  });
});
