/**
 * Hostile input and safe output, end to end through the CLI (fixtures: tests/fixtures/nasty, see
 * tests/fixtures/NASTY.md).
 */
import { spawn, spawnSync } from 'node:child_process';
import { constants, existsSync, mkdtempSync, readFileSync, readdirSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin', 'extract.js');
const NASTY = 'tests/fixtures/nasty';
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 1 << 28 });

interface Doc {
  source: string;
  text: string;
  mentions: { kind: string; text: string; start: number; end: number; name?: string }[];
}

describe('a folder of nasty files', () => {
  const r = run([NASTY, 'missing.txt', '--format', 'jsonl', '--include-text', '--jobs', '1']);
  const docs = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Doc);
  const byName = (n: string) => docs.find((d) => d.source.endsWith(n))!;
  const errLines = r.stderr.trim().split('\n');

  it('finishes with exit code 1', () => expect(r.status).toBe(1));
  it('names each bad file once on standard error', () => {
    expect(errLines).toEqual([
      'extract: missing.txt: no such file or directory',
      `extract: ${NASTY}/02-empty.txt: empty file`,
      `extract: ${NASTY}/03-binary.txt: not a text file`,
      `extract: ${NASTY}/06-invalid-utf8.txt: invalid UTF-8 at byte 7; decoded with replacement characters`,
    ]);
  });
  it('writes every good document', () => expect(docs.length).toBe(12));
  it('keeps offsets exact in every document', () => {
    for (const d of docs) for (const m of d.mentions) expect(d.text.slice(m.start, m.end)).toBe(m.text);
  });
  const names = (n: string) =>
    byName(n)
      .mentions.filter((m) => m.kind !== 'date')
      .map((m) => m.text);
  it('decodes UTF-16 LE and BE', () => {
    expect(names('04-utf16le-bom.txt')).toEqual(['Russia', 'Idlib']);
    expect(names('05-utf16be-bom.txt')).toEqual(['Russia', 'Idlib']);
  });
  it('drops a UTF-8 BOM', () => expect(byName('11-utf8-bom.txt').text.startsWith('Turkey')).toBe(true));
  it('splits CRLF and old-Mac CR lines', () => {
    expect(names('07-crlf.txt')).toEqual(['Turkey', 'HTS', 'Russia', 'Idlib']);
    expect(names('08-old-mac-cr.txt')).toEqual(['Turkey', 'HTS', 'Russia', 'Idlib']);
  });
  it('counts astral characters as two string indices', () => {
    const d = byName('09-emoji-astral.txt');
    expect(d.mentions.find((m) => m.text === 'Turkey')!.start).toBe(5);
  });
  it('matches names written with combining marks', () =>
    expect(names('10-combining-marks.txt')).toEqual([
      'Erdog\u0306an',
      'C\u0327avus\u0327og\u0306lu',
      'Idlib',
      'MI\u0307T',
    ]));
  it('reads only the visible text of HTML', () => {
    const d = byName('12-page.html');
    expect(d.text).not.toMatch(/var|\.x\{/);
    expect(names('12-page.html')).toContain('Jisr al-Shughur');
  });
  it('names a folder given where a file is expected', () =>
    expect(run([`${NASTY}/14-directory.txt`]).stderr).toMatch(
      /14-directory\.txt: folder has no \.txt, \.md or \.html files/,
    ));
});

describe('CSV safety', () => {
  it('neutralizes every formula-like cell (OWASP payloads)', () => {
    const payloads = [
      "=cmd|' /C calc'!A0",
      '+SUM(1,1)',
      '-2+3',
      '@SUM(1)',
      '\t=1',
      '\r=1',
      '＝1+1',
      '＋1',
      '－1',
      '＠SUM(1)',
    ];
    const d = mkdtempSync(join(tmpdir(), 'csv-'));
    writeFileSync(
      join(d, 'actors.json'),
      JSON.stringify(
        payloads.map((p, i) => ({
          id: `evil${i}`,
          name: p,
          aliases: [`Evil Group ${String.fromCharCode(65 + i)}`],
          category: 'armed_group',
        })),
      ),
    );
    const text = payloads.map((_, i) => `Evil Group ${String.fromCharCode(65 + i)} acted.`).join('\n');
    for (const report of ['mentions', 'entities']) {
      const rows = parse(run(['-', '--gazetteer', d, '--report', report], text).stdout, { columns: true }) as Record<
        string,
        string
      >[];
      const evil = rows.filter((r) => r.id?.startsWith('evil'));
      expect(evil.length).toBe(payloads.length);
      for (const row of evil) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
    }
  });
  it('neutralizes document text in the context column', () => {
    const rows = parse(run([`${NASTY}/13-formula.txt`]).stdout, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) expect(row.context).toMatch(/^'?[^=+\-@]/);
    expect(rows.some((r) => r.context.startsWith("'="))).toBe(true);
  });
});

/** Waits until `ready()` holds (a child process has got going), polling; fails after 30 s. */
async function until(ready: () => boolean): Promise<void> {
  for (let waited = 0; !ready(); waited += 50) {
    if (waited > 30_000) throw new Error('timed out waiting for the child process');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('atomic output and interrupts', () => {
  it('leaves an existing output file untouched and removes the temporary file on Ctrl-C', async () => {
    const d = mkdtempSync(join(tmpdir(), 'sig-'));
    const out = join(d, 'out.csv');
    writeFileSync(out, 'precious');
    const child = spawn(process.execPath, [BIN, '-', '--output', out], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.write('Turkey warned HTS. ');
    // Standard input stays open: the run is mid-way (temporary file open) when the signal comes.
    await until(() => readdirSync(d).length === 2);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(130);
    expect(readFileSync(out, 'utf8')).toBe('precious');
    expect(readdirSync(d)).toEqual(['out.csv']);
  });
  it('acts on Ctrl-C in the middle of a long streamed document, not after it', async () => {
    // 40 MB: streamed, and many seconds of work after output has begun, which is when the signal comes.
    const d = mkdtempSync(join(tmpdir(), 'sig-'));
    const unit = 'Turkey warned HTS near Idlib on 3 May 2018 as Russia shelled Jisr al-Shughur. ';
    writeFileSync(join(d, 'big.txt'), unit.repeat(Math.ceil((40 * 1024 * 1024) / unit.length)));
    const out = join(d, 'out.jsonl');
    const child = spawn(process.execPath, [BIN, join(d, 'big.txt'), '--format', 'jsonl', '--output', out], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    const temporary = () => readdirSync(d).find((f) => f.endsWith('.tmp'));
    await until(() => {
      const t = temporary();
      return t !== undefined && existsSync(join(d, t)) && readFileSync(join(d, t)).length > 0;
    });
    child.kill('SIGINT');
    const code = await Promise.race([
      exited,
      new Promise<string>((r) => setTimeout(() => r('still running 4 s after the signal'), 4000)),
    ]);
    child.kill('SIGKILL');
    expect(code).toBe(130);
    expect(readdirSync(d)).toEqual(['big.txt']);
  }, 60_000);
  it('handles SIGTERM the same way, even the moment the temporary file appears', async () => {
    // A watcher signals as soon as the file is made: the handlers must be in place before it is.
    for (let attempt = 0; attempt < 10; attempt++) {
      const d = mkdtempSync(join(tmpdir(), 'sig-'));
      const child = spawn(process.execPath, [BIN, '-', '--output', join(d, 'out.csv')], {
        cwd: ROOT,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      const signal = () => {
        watcher.close(); // once: removing the file is an event too
        clearTimeout(fallback);
        child.kill('SIGTERM');
      };
      const watcher = watch(d, signal);
      // Should the watcher miss the file, the signal still comes (the run waits on standard input).
      const fallback = setTimeout(signal, 5000);
      const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
      watcher.close();
      clearTimeout(fallback);
      expect({ attempt, code, left: readdirSync(d) }).toEqual({ attempt, code: 130, left: [] });
    }
  }, 60_000);
});

describe('standard input shared with other processes', () => {
  // Opened, an inherited pipe turns non-blocking for every process sharing it: in
  // `ls | while read f; do extract "$f" & done` the loop's next read failed with EAGAIN.
  it.runIf(process.platform === 'linux')('stays as inherited (blocking) when no input is -', async () => {
    const child = spawn(process.execPath, [BIN, 'samples', '--format', 'jsonl', '--jobs', '1'], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // By its first output the CLI has loaded every module and started on the inputs.
    const flags = await new Promise<number>((resolve) =>
      child.stdout.once('data', () =>
        resolve(Number.parseInt(/flags:\s*(\d+)/.exec(readFileSync(`/proc/${child.pid}/fdinfo/0`, 'utf8'))![1], 8)),
      ),
    );
    child.stdout.resume();
    child.kill();
    await exited;
    expect(flags & constants.O_NONBLOCK).toBe(0);
  });
  it('is still read when an input is -', () =>
    expect(JSON.parse(run(['-', '--format', 'jsonl'], 'Shelling near Idlib.').stdout).mentions[0].text).toBe('Idlib'));
});

describe('very long single line', () => {
  it('processes a 24 MB line with exact offsets', () => {
    const d = mkdtempSync(join(tmpdir(), 'long-'));
    const unit = 'Turkey warned HTS near Idlib as Russia watched, ';
    const text = unit.repeat(Math.ceil((24 * 1024 * 1024) / unit.length));
    writeFileSync(join(d, 'long.txt'), text);
    const r = run([join(d, 'long.txt'), '--format', 'jsonl', '--kinds', 'place']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.mentions.length).toBe(Math.ceil((24 * 1024 * 1024) / unit.length));
    const last = doc.mentions[doc.mentions.length - 1];
    expect(text.slice(last.start, last.end)).toBe('Idlib');
  }, 120_000);
});

describe('a gazetteer of 1,000,000 aliases', () => {
  it('loads, compiles and matches (never hangs)', () => {
    const d = mkdtempSync(join(tmpdir(), 'huge-gaz-'));
    const entries = Array.from({ length: 100_000 }, (_, i) => ({
      id: `x${i}`,
      name: `Entity ${i}`,
      aliases: Array.from({ length: 10 }, (_, j) => `Zorblax${i.toString(36)}q${j}`),
      category: 'armed_group',
    }));
    writeFileSync(join(d, 'actors.json'), JSON.stringify(entries));
    const r = run(['-', '--gazetteer', d, '--date', '2018-01-01', '--format', 'jsonl'], 'Zorblax2n9q7 attacked Idlib.');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.mentions.map((m) => m.name)).toEqual([`Entity ${parseInt('2n9', 36)}`, 'Idlib']);
  }, 240_000);
});
