import { Semaphore } from './semaphore';

describe('Semaphore', () => {
  it('never admits more than its limit and serves waiters in order', async () => {
    const semaphore = new Semaphore(2);
    let inside = 0;
    let peak = 0;
    const order: number[] = [];
    const releases: (() => void)[] = [];
    const tasks = [0, 1, 2, 3, 4].map((i) =>
      semaphore.run(async () => {
        inside += 1;
        peak = Math.max(peak, inside);
        order.push(i);
        await new Promise<void>((resolve) => releases.push(resolve));
        inside -= 1;
      }),
    );
    while (order.length < 5) {
      await Promise.resolve();
      releases.shift()?.();
      await new Promise((r) => setImmediate(r));
    }
    releases.forEach((r) => r());
    await Promise.all(tasks);
    expect(peak).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });

  it('releases its slot when the work throws', async () => {
    const semaphore = new Semaphore(1);
    await expect(semaphore.run(() => Promise.reject(new Error('x')))).rejects.toThrow('x');
    await expect(semaphore.run(() => Promise.resolve(7))).resolves.toBe(7);
  });
});
