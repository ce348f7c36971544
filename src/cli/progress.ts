/** A one-line progress bar with rate and ETA, drawn on a terminal stream. */
import type { WriteStream } from 'node:tty';

/** Progress of a batch, drawn at most every 100 ms; silent when the stream is not a terminal. */
export class Progress {
  private last = 0;
  private readonly t0 = Date.now();
  constructor(private readonly stream: NodeJS.WriteStream, private readonly total: () => number | null) {}

  get active(): boolean {
    return (this.stream as WriteStream).isTTY === true;
  }

  /** Redraws with `done` records finished and `fraction` of the input read (null when unknown). */
  update(done: number, fraction: number | null, force = false): void {
    if (!this.active) return;
    const now = Date.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const secs = Math.max((now - this.t0) / 1000, 1e-3);
    const rate = done / secs;
    const width = 24;
    let bar = '';
    let eta = '';
    if (fraction !== null) {
      const f = Math.min(1, Math.max(0, fraction));
      const filled = Math.round(f * width);
      bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(f * 100).toFixed(0).padStart(3)}% `;
      if (f > 0 && f < 1) eta = ` ETA ${formatSeconds((secs / f) * (1 - f))}`;
    }
    const cols = (this.stream as WriteStream).columns ?? 80;
    const line = `${bar}${done} records, ${rate.toFixed(0)}/s${eta}`;
    this.stream.write(`\r${line.slice(0, cols - 1).padEnd(Math.min(cols - 1, line.length + 4))}`);
  }

  /** Final line. */
  finish(done: number, failed: number): void {
    if (!this.active) return;
    this.update(done, this.total() === null ? null : 1, true);
    this.stream.write(`\n${failed ? `${failed} record(s) failed\n` : ''}`);
  }
}

function formatSeconds(s: number): string {
  if (s < 60) return `${s.toFixed(0)}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${Math.round(s % 60)}s` : `${Math.floor(m / 60)}h${m % 60}m`;
}
