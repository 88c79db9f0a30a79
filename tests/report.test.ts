/** The HTML report rendered in headless Chromium (Debian's chromium; .ci/run installs it). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { regionOf } from '../src/write/html.js';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin', 'extract.js');
const CHROMIUM = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p): p is string => p !== undefined && p !== '' && existsSync(p),
);
/** Without Chromium the browser tests are skipped, and say so (in CI they run, and fail without it). */
const SKIP_WHY =
  'Chromium not found (looked at $CHROMIUM, /usr/bin/chromium, /usr/bin/chromium-browser): the HTML report tests in Chromium are skipped. Install it (Debian: apt-get install chromium) or set CHROMIUM=/path/to/chromium.';
if (!CHROMIUM && !process.env.CI) console.warn(`tests/report.test.ts: ${SKIP_WHY}`);
const SAMPLES = fg.sync('samples/*.txt', { cwd: ROOT }).sort();

const chromiumFlags = (dir: string) => [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--user-data-dir=${join(dir, 'profile')}`,
];

if (!CHROMIUM && !process.env.CI)
  describe('HTML report in Chromium, skipped', () => {
    it.skip(SKIP_WHY, () => undefined);
  });

describe.skipIf(!CHROMIUM && !process.env.CI)('HTML report in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-'));
  const report = join(dir, 'report.html');
  const made = spawnSync(process.execPath, [BIN, ...SAMPLES, '--format', 'html', '--output', report, '--quiet'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const geo = JSON.parse(
    spawnSync(process.execPath, [BIN, ...SAMPLES, '--format', 'geojson'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    }).stdout,
  ) as {
    features: { geometry: { coordinates: [number, number] }; properties: Record<string, unknown> }[];
  };

  it('writes a self-contained file', () => {
    expect(made.status).toBe(0);
    const html = readFileSync(report, 'utf8');
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  it('renders the map and timeline with the expected number of marks', () => {
    expect(CHROMIUM, 'chromium is not installed (apt-get install chromium)').toBeTruthy();
    const r = spawnSync(CHROMIUM!, [...chromiumFlags(dir), '--dump-dom', `file://${report}`], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    const dom = r.stdout;
    const count = (re: RegExp) => (dom.match(re) ?? []).length;
    const places = geo.features.filter((f) => f.properties.kind === 'place' && f.properties.category !== 'country');
    const extent = regionOf(
      places.map((f) => ({ lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1], weight: 1 })),
    );
    const inView = (f: (typeof places)[number]) => {
      const [lon, lat] = f.geometry.coordinates;
      return lon >= extent.west && lon <= extent.east && lat >= extent.south && lat <= extent.north;
    };
    const jsonl = spawnSync(process.execPath, [BIN, ...SAMPLES, '--format', 'jsonl'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    }).stdout;
    const dayEvents = jsonl
      .trim()
      .split('\n')
      .flatMap((l) => (JSON.parse(l) as { events: { date: string | null }[] }).events)
      .filter((e) => e.date && /^\d{4}-\d{2}-\d{2}$/.test(e.date));
    expect(count(/<circle class="place at-/g)).toBe(places.filter(inView).length);
    expect(count(/<rect class="event"/g)).toBe(
      geo.features.filter((f) => f.properties.kind === 'event' && inView(f as (typeof places)[number])).length,
    );
    expect(count(/<rect class="tevent"/g)).toBe(dayEvents.length);
    expect(count(/<path class="country"/g)).toBeGreaterThan(3);
    expect(count(/<circle class="place at-/g)).toBeGreaterThan(10);
    // What the map leaves out is said under it; the legend says what a mark's point stands for.
    expect(count(/<circle class="mark at-(point|admin1|country|region)"/g)).toBe(4);
  });
});
