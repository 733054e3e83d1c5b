import { allocate, scaleCount } from './allocate';

describe('allocate (largest remainder)', () => {
  it('splits a total into whole parts that always sum to it', () => {
    expect(allocate(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(allocate(33_797, [0.22, 0.03, 0.75]).reduce((a, b) => a + b, 0)).toBe(33_797);
  });

  it('gives a zero weight nothing', () => {
    expect(allocate(7, [0, 2, 5])).toEqual([0, 2, 5]);
  });

  it('refuses a negative total and empty weights', () => {
    expect(() => allocate(-1, [1])).toThrow();
    expect(() => allocate(3, [])).toThrow();
  });
});

describe('scaleCount', () => {
  it('keeps a published figure that is not zero at least 1', () => {
    expect(scaleCount(4, 0.02)).toBe(1);
    expect(scaleCount(0, 0.5)).toBe(0);
    expect(scaleCount(33_797, 0.02)).toBe(676);
  });
});
