/** A one-line progress bar on stderr: month, rows/s, ETA (a line per ~5 % when not a TTY). */
export class BenchProgress {
  private readonly started = Date.now();
  private lastLine = -1;

  constructor(
    private readonly totalMonths: number,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {}

  update(done: number, month: string, rows: number): void {
    const elapsed = (Date.now() - this.started) / 1000;
    const rate = elapsed > 0 ? rows / elapsed : 0;
    const eta = done > 0 ? (elapsed / done) * (this.totalMonths - done) : 0;
    const width = 30;
    const filled = Math.round((done / this.totalMonths) * width);
    const line =
      `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${month} ` +
      `${done}/${this.totalMonths} months  ${rows.toLocaleString('en-US')} rows  ` +
      `${Math.round(rate).toLocaleString('en-US')} rows/s  ETA ${formatSeconds(eta)}`;
    if (this.out.isTTY) {
      this.out.write(`\r${line}\x1b[K`);
      if (done === this.totalMonths) this.out.write('\n');
      return;
    }
    const step = Math.floor((done * 20) / this.totalMonths);
    if (step !== this.lastLine || done === this.totalMonths) {
      this.lastLine = step;
      this.out.write(`${line}\n`);
    }
  }
}

export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
