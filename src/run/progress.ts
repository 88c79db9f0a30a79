/**
 * The progress line on standard error: files done, MB/s and ETA, redrawn in place at most five
 * times a second, and only once a run has taken two seconds (a short run prints nothing).
 * A CLI concern: the library never draws it.
 */

/** Seconds before the line first appears, and milliseconds between redraws. */
const SHOW_AFTER_S = 2;
const REDRAW_MS = 200;

export class Progress {
  private done = 0;
  private bytes = 0;
  private readonly started: number;
  private lastDraw = 0;
  private drawn = false;

  /**
   * `total` files are to be done; `enabled` is false off a terminal unless `--progress` was given;
   * `write` takes the terminal text; `clock` gives milliseconds (Date.now, or a test's clock).
   */
  constructor(
    private readonly total: number,
    private readonly enabled: boolean,
    private readonly write: (s: string) => void,
    private readonly clock: () => number = Date.now,
  ) {
    this.started = clock();
  }

  /** One more file done, of `bytes` bytes (0 for a file that failed). */
  tick(bytes: number): void {
    this.done++;
    this.bytes += bytes;
    if (!this.enabled) return;
    const now = this.clock();
    const elapsed = (now - this.started) / 1000;
    if (elapsed < SHOW_AFTER_S || now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.write(`\r\x1b[K${progressLine(this.done, this.total, this.bytes, elapsed)}`);
    this.drawn = true;
  }

  /** Erases the line (before other text goes to standard error, and at the end). */
  clear(): void {
    if (this.drawn) this.write('\r\x1b[K');
    this.drawn = false;
  }
}

/** `1234/10000 files, 5.2 MB/s, ETA 1 min 40 s`: the ETA from the pace so far. */
export function progressLine(done: number, total: number, bytes: number, elapsedS: number): string {
  const mbs = elapsedS > 0 ? bytes / 1048576 / elapsedS : 0;
  const eta = done > 0 ? (elapsedS / done) * (total - done) : 0;
  return `${done}/${total} files, ${mbs.toFixed(1)} MB/s, ETA ${duration(eta)}`;
}

function duration(s: number): string {
  const whole = Math.ceil(s);
  if (whole < 60) return `${whole} s`;
  const m = Math.floor(whole / 60);
  if (m < 60) return `${m} min ${whole % 60} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}
