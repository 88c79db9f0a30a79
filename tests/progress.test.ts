import { describe, expect, it } from 'vitest';
import { Progress, progressLine } from '../src/run/progress.js';

/** A progress line over `total` files with a hand-moved clock; `out` collects what it writes. */
function progress(total: number, enabled = true) {
  let now = 1_000_000;
  const out: string[] = [];
  const p = new Progress(
    total,
    enabled,
    (s) => out.push(s),
    () => now,
  );
  return { p, out, after: (ms: number) => (now += ms) };
}

describe('progress line', () => {
  it('says nothing in the first two seconds', () => {
    const { p, out, after } = progress(10);
    after(1999);
    p.tick(1024);
    expect(out).toEqual([]);
  });
  it('shows files done, MB/s and ETA, redrawn in place', () => {
    const { p, out, after } = progress(10);
    after(4000);
    p.tick(4 * 1048576);
    expect(out).toEqual(['\r\x1b[K1/10 files, 1.0 MB/s, ETA 36 s']);
  });
  it('redraws at most five times a second', () => {
    const { p, out, after } = progress(100);
    after(3000);
    p.tick(10);
    after(100);
    p.tick(10);
    after(150);
    p.tick(10);
    expect(out).toHaveLength(2);
  });
  it('draws nothing when off (not a terminal, no --progress)', () => {
    const { p, out, after } = progress(10, false);
    after(10_000);
    p.tick(100);
    p.clear();
    expect(out).toEqual([]);
  });
  it('erases the line only once drawn', () => {
    const { p, out, after } = progress(10);
    p.clear();
    after(3000);
    p.tick(1);
    p.clear();
    expect(out.slice(1)).toEqual(['\r\x1b[K']);
  });
  it.each([
    [1, 2, 30, '1/2 files, 0.0 MB/s, ETA 30 s'],
    [1, 11, 9, '1/11 files, 0.0 MB/s, ETA 1 min 30 s'],
    [10, 10010, 4, '10/10010 files, 0.0 MB/s, ETA 1 h 6 min'],
  ])('%i of %i files after %i s: %s', (done, total, s, line) => expect(progressLine(done, total, 0, s)).toBe(line));
});
