/** Map output, parallel runs, JSONL records and HTML inputs, end to end through the built CLI. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../src/gazetteer/load.js';
import { allEntries } from '../src/gazetteer/indexed.js';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin', 'extract.js');
const SAMPLES = fg.sync(['samples/*.txt', 'samples/dev2/*.txt'], { cwd: ROOT }).sort();
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 1 << 28 });

describe('GeoJSON', () => {
  const r = run([...SAMPLES, '--format', 'geojson']);
  it('validates as RFC 7946 GeoJSON', () => {
    expect(r.status).toBe(0);
    expect(() => check(r.stdout)).not.toThrow();
  });
  it('round-trips place coordinates from the gazetteer, [lon, lat]', () => {
    const g = loadGazetteer();
    const byId = new Map([...g.entries, ...(g.indexed ?? []).flatMap(allEntries)].map((e) => [e.id, e]));
    const fc = JSON.parse(r.stdout) as {
      features: { geometry: { coordinates: number[] }; properties: { kind: string; id: string; mentions: number } }[];
    };
    const places = fc.features.filter((f) => f.properties.kind === 'place');
    expect(places.length).toBeGreaterThan(20);
    for (const f of places) {
      const e = byId.get(f.properties.id)!;
      expect(f.geometry.coordinates).toEqual([e.lon, e.lat]);
    }
  });
});

describe('parallel runs', () => {
  it('gives byte-identical output with --jobs 2 and --jobs 1', () => {
    const one = run([...SAMPLES, '--format', 'jsonl', '--jobs', '1']);
    const two = run([...SAMPLES, '--format', 'jsonl', '--jobs', '2']);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });
  it('gives byte-identical output with --jobs 2 when a file is too big for a worker', () => {
    // Files over 1 MB are extracted by the main thread in their turn; the others by the workers.
    const dir = mkdtempSync(join(tmpdir(), 'extract-pool-'));
    const texts = SAMPLES.map((f) => readFileSync(join(ROOT, f), 'utf8'));
    SAMPLES.slice(0, 4).forEach((f, i) => writeFileSync(join(dir, `${i}-${f.split('/').pop()}`), texts[i]));
    writeFileSync(join(dir, '2-big.txt'), Array.from({ length: 30 }, () => texts.join('\n\n')).join('\n\n'));
    const one = run([dir, '--format', 'jsonl', '--jobs', '1', '--date', '2018-09-18']);
    const two = run([dir, '--format', 'jsonl', '--jobs', '2', '--date', '2018-09-18']);
    expect([two.status, two.stdout.split('\n').length]).toEqual([0, 6]);
    expect(two.stdout).toBe(one.stdout);
  });
  it('gives byte-identical output with --jobs 2 when workers reuse their output buffers', () => {
    // 200 files of very different lengths (a line, a post, ten posts) in every format: buffers the
    // main thread has written go back to the workers and take output of another length.
    const dir = mkdtempSync(join(tmpdir(), 'extract-reuse-'));
    const texts = SAMPLES.map((f) => readFileSync(join(ROOT, f), 'utf8'));
    for (let i = 0; i < 200; i++) {
      const text =
        i % 3 === 0
          ? 'Turkey warned HTS near Idlib. Ağrı, İdlib’s “Jisr al-Shughur” — 3 May 2018.'
          : i % 3 === 1
            ? texts[i % texts.length]
            : Array.from({ length: 10 }, (_, k) => texts[(i + k) % texts.length]).join('\n\n');
      writeFileSync(join(dir, `${String(i).padStart(3, '0')}.txt`), text);
    }
    for (const format of ['jsonl', 'json', 'csv']) {
      const one = run([dir, '--format', format, '--jobs', '1', '--date', '2018-09-18']);
      const two = run([dir, '--format', format, '--jobs', '2', '--date', '2018-09-18']);
      expect(two.status).toBe(0);
      expect(two.stdout).toBe(one.stdout);
    }
    const stories = (jobs: string) => run([dir, '--report', 'stories', '--jobs', jobs, '--date', '2018-09-18']).stdout;
    expect(stories('2')).toBe(stories('1'));
  });
  it('gives the same output, messages and exit code with --jobs 2 when a batch holds files that fail', () => {
    // Batches of a worker mix documents with failures (binary, missing, a folder named as a file);
    // the failures carry no bytes of the batch's buffer and the documents after them keep theirs.
    const nasty = join(ROOT, 'tests', 'fixtures', 'nasty');
    const files = fg
      .sync('*', { cwd: nasty, onlyFiles: false })
      .sort()
      .map((f) => join(nasty, f));
    const inputs = [...files, join(nasty, 'missing.txt'), ...SAMPLES.slice(0, 6), ...files];
    const one = run([...inputs, '--format', 'jsonl', '--jobs', '1']);
    const two = run([...inputs, '--format', 'jsonl', '--jobs', '2']);
    expect(one.status).toBe(1);
    expect([two.status, two.stderr, two.stdout]).toEqual([one.status, one.stderr, one.stdout]);
  });
  it('rejects a bad --jobs', () => expect(run([SAMPLES[0], '--jobs', '0']).status).toBe(2));
});

describe('--input jsonl', () => {
  const records = [
    '{"id":"a","text":"Turkey warned HTS in Idlib yesterday.","date":"2018-09-01"}',
    '{"id":"b","text":"Russia struck Jisr al-Shughur on Friday.","source":"feed/b"}',
    '{"id":"c","text":"The UN met in Geneva."}',
  ];
  it('writes one result per record', () => {
    const r = run(['--input', 'jsonl', '-', '--format', 'jsonl'], records.join('\n'));
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; source: string; date: unknown });
    expect(out.map((d) => [d.id, d.source])).toEqual([
      ['a', 'a'],
      ['b', 'feed/b'],
      ['c', 'c'],
    ]);
    expect(out[0].date).toEqual({ value: '2018-09-01', from: 'record' });
  });
  it('gives the same output sharded and concatenated as in one run', () => {
    const whole = run(['--input', 'jsonl', '-', '--format', 'jsonl'], records.join('\n')).stdout;
    const shards = records.map((rec) => run(['--input', 'jsonl', '-', '--format', 'jsonl'], rec).stdout).join('');
    expect(shards).toBe(whole);
  });
  const firstLine = (args: string[], input: string) =>
    JSON.parse(run(['--input', 'jsonl', '-', '--format', 'jsonl', ...args], input).stdout.split('\n')[0]) as {
      date: unknown;
      meta?: unknown;
      mentions: { value?: string }[];
    };
  it('takes the date part of an ISO timestamp as the document date, and keeps the time', () => {
    const d = firstLine([], '{"id":"a","text":"Idlib was shelled on Friday.","date":"2018-09-08T10:00:00Z"}');
    expect([d.date, d.mentions.map((m) => m.value).filter(Boolean)]).toEqual([
      { value: '2018-09-08', from: 'record', time: '10:00:00Z' },
      ['2018-09-07'],
    ]);
  });
  it('takes a timestamp with an offset and a space', () =>
    expect(firstLine([], '{"id":"a","text":"x","date":"2018-09-08 23:30+02:00"}').date).toEqual({
      value: '2018-09-08',
      from: 'record',
      time: '23:30+02:00',
    }));
  it('refuses a timestamp that is no time of day, naming the line', () => {
    const r = run(['--input', 'jsonl', '-'], '{"id":"a","text":"x","date":"2018-09-08T25:00"}');
    expect([r.status, r.stderr.trim()]).toEqual([
      1,
      'extract: -:1: "date" must be YYYY-MM-DD or an ISO 8601 timestamp (2022-03-01T10:00:00Z)',
    ]);
  });
  it("carries a record's other fields to its result under meta", () =>
    expect(firstLine([], '{"id":"a","text":"x","url":"https://example.org/1","title":"T","tags":["a"]}').meta).toEqual({
      url: 'https://example.org/1',
      title: 'T',
      tags: ['a'],
    }));
  it('gives no meta to a record without other fields', () =>
    expect('meta' in firstLine([], '{"id":"a","text":"x"}')).toBe(false));
  it('writes CSV shards without their header with --no-header', () => {
    const rows = run(['--input', 'jsonl', '-', '--no-header'], records[0]).stdout;
    const whole = run(['--input', 'jsonl', '-'], records[0]).stdout;
    expect(whole.endsWith(rows) && whole.startsWith('source,') && !rows.startsWith('source,')).toBe(true);
  });
  it('names the line of a bad record and goes on', () => {
    const r = run(['--input', 'jsonl', '-', '--format', 'jsonl'], `${records[0]}\n{oops\n${records[1]}`);
    expect([r.status, r.stderr.trim(), r.stdout.trim().split('\n').length]).toEqual([
      1,
      expect.stringMatching(/^extract: -:2: invalid JSON record/),
      2,
    ]);
  });
});

describe('HTML inputs', () => {
  it('extracts the visible text and gives offsets into it', () => {
    const d = mkdtempSync(join(tmpdir(), 'html-'));
    const file = join(d, '2018-09-07-post.html');
    writeFileSync(
      file,
      '<html><head><title>Idlib</title><script>var Turkey = 1;</script></head><body><h1>Tehran summit</h1><p>Turkey &amp; Russia met in Tehran.</p></body></html>',
    );
    const [doc] = (
      JSON.parse(run([file, '--format', 'json', '--include-text']).stdout) as {
        documents: { text: string; mentions: { text: string; start: number; end: number }[] }[];
      }
    ).documents;
    expect(doc.text).toBe('Idlib\nTehran summit\nTurkey & Russia met in Tehran.');
    for (const m of doc.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    expect(doc.mentions.map((m) => m.text)).not.toContain('var');
  });
  const page = (head: string) =>
    `<html><head><title>Shelling hits Idlib | World News</title>${head}</head><body><nav><a href="/">Home</a> | <a href="/ru">Russia</a> | <a href="/tr">Turkey</a></nav><article><h1>Shelling hits Idlib</h1><p>Turkish troops entered Idlib on Friday after days of shelling, officials said. The army moved north towards Saraqib, where rebels held positions.</p><p>Jets struck villages south of the city on Saturday. The attacks killed at least twelve civilians, according to local monitors.</p></article><footer>Contact us | Syria desk</footer></body></html>`;
  const htmlDoc = (html: string, name = 'post.html', args: string[] = []) => {
    const file = join(mkdtempSync(join(tmpdir(), 'html-')), name);
    writeFileSync(file, html);
    return (
      JSON.parse(run([file, '--format', 'json', '--include-text', ...args]).stdout) as {
        documents: { text: string; date: unknown; mentions: { text: string; start: number; end: number }[] }[];
      }
    ).documents[0];
  };
  it("reads a page's article, not its navigation or footer", () => {
    const doc = htmlDoc(page(''));
    expect([doc.text.includes('Home'), doc.text.includes('Contact'), doc.mentions.map((m) => m.text)]).toEqual([
      false,
      false,
      ['Idlib', 'Turkish troops', 'Idlib', 'Friday', 'Saraqib', 'Saturday'],
    ]);
    for (const m of doc.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  });
  it("takes the page's publication date from its meta tags", () =>
    expect(htmlDoc(page('<meta property="article:published_time" content="2022-03-01T10:00:00Z">')).date).toEqual({
      value: '2022-03-01',
      from: 'html',
    }));
  it('takes it from JSON-LD too', () =>
    expect(
      htmlDoc(page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-07-04"}</script>'))
        .date,
    ).toEqual({ value: '2021-07-04', from: 'html' }));
  it('lets a dated file name and --date come first', () =>
    expect([
      htmlDoc(page('<meta name="date" content="2022-03-01">'), '2020-01-02-post.html').date,
      htmlDoc(page('<meta name="date" content="2022-03-01">'), 'post.html', ['--date', '2019-05-06']).date,
    ]).toEqual([
      { value: '2020-01-02', from: 'filename' },
      { value: '2019-05-06', from: 'option' },
    ]));
  it('ignores a publication date that is no calendar day', () =>
    expect(htmlDoc(page('<meta name="date" content="2022-02-30">')).date).toBeNull());
});
