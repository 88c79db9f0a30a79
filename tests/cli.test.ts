/** End to end through the built CLI (npm test builds first). */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';

const BIN = join(__dirname, '..', 'bin', 'extract.js');
const ROOT = join(__dirname, '..');
const SAMPLES = fg.sync('samples/*.txt', { cwd: ROOT }).sort();

function run(args: string[], input?: string | Buffer, as: { uid?: number; gid?: number } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    ...as,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const tmp = () => mkdtempSync(join(tmpdir(), 'extract-'));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Root reads any file: as root, the permission test runs the CLI as `nobody`, if that user can run it at all. */
const ROOT_USER = process.getuid?.() === 0;
const NOBODY = { uid: 65534, gid: 65534 };
const NOBODY_RUNS = ROOT_USER && run(['--version'], undefined, NOBODY).code === 0;

interface JsonDoc {
  source: string;
  date: { value: string; from: string } | null;
  mentions: { kind: string; text: string; start: number; end: number; id?: string; lat?: number; value?: string }[];
  events: unknown[];
}

describe('extract on samples/', () => {
  const csv = run([...SAMPLES, '--format', 'csv']);
  const json = run([...SAMPLES, '--format', 'json']);
  const docs = (JSON.parse(json.out) as { documents: JsonDoc[] }).documents;

  it('exits 0 with a CSV header and rows', () => {
    expect(csv.code).toBe(0);
    expect(csv.out.split('\n')[0]).toBe(
      'source,doc_date,sentence,start,end,kind,text,id,name,category,country,lat,lon,value,context,admin1,geonames,population,precision,cameo,office,via',
    );
    expect(csv.out.split('\n').length).toBeGreaterThan(400);
  });
  it('writes CSV cells whose offsets slice to their text', () => {
    const rows = parse(csv.out, { columns: true }) as Record<string, string>[];
    const texts = new Map(SAMPLES.map((f) => [f, readFileSync(join(ROOT, f), 'utf8')]));
    for (const r of rows) expect(texts.get(r.source)!.slice(Number(r.start), Number(r.end))).toBe(r.text);
  });
  it('writes one JSON document per file, sorted, with dates from file names', () => {
    expect(docs.map((d) => d.source)).toEqual(SAMPLES);
    expect(docs[0].date).toEqual({ value: '2018-08-15', from: 'filename' });
  });
  it('resolves the known actors, places and dates of a post', () => {
    const doc = docs.find((d) => d.source.includes('turkey-blacklists-hts'))!;
    const has = (kind: string, text: string) =>
      doc.mentions.some((m) => m.kind === kind && m.text === text && (kind === 'date' || m.id));
    expect(has('actor', 'HTS')).toBe(true);
    expect(has('place', 'Idlib')).toBe(true);
    expect(doc.mentions.find((m) => m.kind === 'place' && m.text === 'Idlib')!.lat).toBeCloseTo(35.93, 1);
    const tehran = docs.find((d) => d.source.includes('tehran-summit'))!;
    expect(tehran.mentions.filter((m) => m.kind === 'date').map((m) => [m.text, m.value])).toContainEqual([
      'Sept 8',
      '2018-09-08',
    ]);
  });
  it('gives byte-identical output from run to run', () =>
    expect(run([...SAMPLES, '--format', 'json']).out).toBe(json.out));
  it('expands quoted glob patterns and folders like the shell', () => {
    expect(run(['samples/*.txt', '--format', 'json']).out).toBe(json.out);
    const folder = JSON.parse(run(['samples/dev2', '--format', 'json']).out) as { documents: JsonDoc[] };
    expect(folder.documents.length).toBe(12);
  });
  it('writes JSONL, one document per line', () => {
    const lines = run([...SAMPLES, '--format', 'jsonl'])
      .out.trim()
      .split('\n');
    expect(lines.map((l) => (JSON.parse(l) as JsonDoc).source)).toEqual(SAMPLES);
  });
  it('filters kinds', () => {
    const only = JSON.parse(run([SAMPLES[0], '--format', 'json', '--kinds', 'date']).out) as { documents: JsonDoc[] };
    expect(new Set(only.documents[0].mentions.map((m) => m.kind))).toEqual(new Set(['date']));
  });
  it('scores the bundled gold file, finding every document it names', () => {
    const r = run(['score', '--gold', 'samples/gold.json', ...SAMPLES, '--json']);
    const gold = JSON.parse(readFileSync(join(ROOT, 'samples', 'gold.json'), 'utf8')) as { docs: unknown[] };
    expect([r.code, JSON.parse(r.out).documents, JSON.parse(r.out).missing]).toEqual([0, gold.docs.length, []]);
  });
});

describe('score', () => {
  it('counts hits, misses and false alarms of a known document against an inline gold file', () => {
    const d = tmp();
    const text = 'Turkey shelled Idlib on 7 September 2018, and Russia watched the rebels.';
    writeFileSync(join(d, 't.txt'), text);
    const at = (s: string) => ({ text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length });
    // Russia is left out of the gold (a false alarm); "the rebels" is an actor the system cannot know (a miss).
    const mentions = [
      { type: 'actor', ...at('Turkey'), entity: 'Turkey', country: true },
      { type: 'place', ...at('Idlib'), entity: 'Idlib', lat: 35.93, lon: 36.63 },
      { type: 'date', ...at('7 September 2018'), value: '2018-09-07' },
      { type: 'actor', ...at('the rebels'), entity: 'rebels' },
    ];
    const events = [
      {
        type: 'ASSAULT',
        trigger: 'shelled',
        start: at('shelled').start,
        end: at('shelled').end,
        date: '2018-09-07',
        modality: 'asserted',
      },
    ];
    writeFileSync(join(d, 'gold.json'), JSON.stringify({ docs: [{ file: 't.txt', mentions, events }] }));
    const r = run(['score', '--gold', join(d, 'gold.json'), join(d, 't.txt'), '--json']);
    expect(r.code).toBe(0);
    const c = (tp: number, fp: number, fn: number) => ({ tp, fp, fn });
    expect(JSON.parse(r.out)).toMatchObject({
      documents: 1,
      missing: [],
      kinds: { actor: c(1, 1, 1), place: c(1, 0, 0), date: c(1, 0, 0) },
      mentions: { ...c(3, 1, 1), precision: 0.75, recall: 0.75, f1: expect.closeTo(0.75, 9) },
      coordinates: { correct: 1, total: 1 },
      dateValues: { correct: 1, total: 1, f1: 1 },
      events: {
        detection: { ...c(1, 0, 0), f1: 1 },
        typed: { ...c(1, 0, 0), f1: 1 },
        date: { correct: 1, total: 1 },
        modality: { correct: 1, total: 1 },
      },
    });
    expect(run(['score', '--gold', join(d, 'gold.json'), join(d, 't.txt')]).out).toContain(
      '| all mentions     | 0.750 | 0.750 | 0.750 |    3 |    1 |    1 |',
    );
  });
});

describe('inputs and dates', () => {
  it('reads standard input with --date', () => {
    const r = run(['-', '--format', 'json', '--date', '2018-09-07'], 'Turkey warned HTS yesterday in Idlib.');
    const [doc] = (JSON.parse(r.out) as { documents: JsonDoc[] }).documents;
    expect([doc.source, doc.date]).toEqual(['-', { value: '2018-09-07', from: 'option' }]);
    expect(doc.mentions.find((m) => m.kind === 'date')?.value).toBe('2018-09-06');
  });
  it('leaves relative dates without a value when there is no document date', () => {
    const [doc] = (
      JSON.parse(run(['-', '--format', 'json'], 'Turkey acted yesterday, and on 11 May 2013.').out) as {
        documents: JsonDoc[];
      }
    ).documents;
    expect(doc.date).toBeNull();
    expect(doc.mentions.filter((m) => m.kind === 'date').map((m) => m.value ?? null)).toEqual([null, '2013-05-11']);
  });
});

describe('errors', () => {
  it('reports a missing file, writes the rest and exits 1', () => {
    const r = run([SAMPLES[0], 'no-such-file.txt', '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe('extract: no-such-file.txt: no such file or directory');
    expect(r.out.trim().split('\n').length).toBe(1);
  });
  it('skips a binary file with one line', () => {
    const d = tmp();
    writeFileSync(join(d, 'x.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]));
    const r = run([join(d, 'x.txt'), SAMPLES[0]]);
    expect([r.code, r.err.trim()]).toEqual([1, `extract: ${join(d, 'x.txt')}: not a text file`]);
  });
  it('skips an unreadable file with one line, goes on and exits 1 (a socket: not even root can read it)', async () => {
    const d = tmp();
    const sock = join(d, 'x.txt');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(sock, resolve));
    try {
      const r = run([sock, SAMPLES[0], '--format', 'jsonl']);
      expect([r.code, r.err]).toEqual([
        1,
        expect.stringMatching(new RegExp(`^extract: ${escape(sock)}: ENXIO[^\n]*\n$`)),
      ]);
      expect(
        r.out
          .trim()
          .split('\n')
          .map((l) => (JSON.parse(l) as JsonDoc).source),
      ).toEqual([SAMPLES[0]]);
    } finally {
      server.close();
    }
  });
  it.skipIf(ROOT_USER && !NOBODY_RUNS)(
    'says permission denied for a file without read permission (as root: run as nobody; skipped if nobody cannot run the CLI)',
    () => {
      const d = tmp();
      chmodSync(d, 0o755);
      writeFileSync(join(d, 'x.txt'), 'Idlib');
      chmodSync(join(d, 'x.txt'), 0);
      const r = run([join(d, 'x.txt'), SAMPLES[0], '--format', 'jsonl'], undefined, ROOT_USER ? NOBODY : {});
      expect([r.code, r.err, r.out.trim().split('\n').length]).toEqual([
        1,
        `extract: ${join(d, 'x.txt')}: permission denied\n`,
        1,
      ]);
    },
  );
  it('stops on a broken gazetteer with file, line and column, writing nothing', () => {
    const d = tmp();
    writeFileSync(join(d, 'places.json'), '[\n  {"id": "x", "name": "X",, "category": "town"}\n]');
    const out = join(d, 'out.csv');
    writeFileSync(out, 'keep me');
    const r = run([SAMPLES[0], '--gazetteer', d, '--output', out]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`${join(d, 'places.json')}:2:\\d+: invalid JSON`));
    expect(r.out).toBe('');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
  });
  it('rejects usage errors with exit 2', () => {
    expect(run([SAMPLES[0], '--format', 'xml']).code).toBe(2);
    expect(run([SAMPLES[0], '--date', '18/09/2018']).err).toMatch(/--date: "18\/09\/2018" is not a date/);
    expect(run([]).code).toBe(2);
  });
  it('refuses to write over an input file', () => {
    const r = run([SAMPLES[0], '--output', SAMPLES[0]]);
    expect([r.code, r.err]).toEqual([2, expect.stringMatching(/is also an input/)]);
  });
  it('stops on a list that breaks the schema, naming entry, id and field, writing nothing', () => {
    const d = tmp();
    writeFileSync(
      join(d, 'places.json'),
      '{"$schema": "./schema.json", "entries": [\n  {"id": "x", "name": "X town", "category": "town", "lat": 95, "lon": 1}\n]}',
    );
    const out = join(d, 'out.csv');
    const r = run([SAMPLES[0], '--gazetteer', d, '--output', out]);
    expect([r.code, r.err, r.out, existsSync(out)]).toEqual([
      2,
      `extract: ${join(d, 'places.json')}:2:3: entry 1 "x": "lat" must be a number between -90 and 90\n`,
      '',
      false,
    ]);
  });
  it('shows no stack trace without --debug', () =>
    expect(run([SAMPLES[0], '--gazetteer', '/no/such']).err).not.toMatch(/\n\s+at /));
  it('ends quietly on a closed pipe', () => {
    const r = spawnSync(
      'bash',
      ['-c', `set -o pipefail; node ${BIN} samples/*.txt samples/dev2/*.txt --format jsonl | head -c 100 >/dev/null`],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect([r.status, r.stderr]).toEqual([0, '']);
  });
});

describe('output', () => {
  it('writes --output atomically, leaving no temporary file', () => {
    const d = tmp();
    const out = join(d, 'm.csv');
    expect(run([SAMPLES[0], '--output', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^source,/);
    expect(readdirSync(d)).toEqual(['m.csv']);
  });
  it('adds a BOM with --bom', () => expect(run([SAMPLES[0], '--bom']).out.startsWith('\uFEFFsource,')).toBe(true));
  it('neutralizes formula cells, including gazetteer text', () => {
    const d = tmp();
    writeFileSync(
      join(d, 'actors.json'),
      JSON.stringify([{ id: 'evil', name: '=HYPERLINK("http://x")', aliases: ['Evil Corp'], category: 'other' }]),
    );
    const rows = parse(run(['-', '--gazetteer', d], 'Evil Corp acted.').out, { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.find((r) => r.id === 'evil')!.name).toBe('\'=HYPERLINK("http://x")');
  });
  it('prints a summary on request', () =>
    expect(run([SAMPLES[0], '--summary']).err).toMatch(/1 document\nmentions: \d+ actors/));
  it('prints the same summary with a pool of workers (they count names themselves)', () => {
    const one = run([...SAMPLES, '--format', 'jsonl', '--summary', '--jobs', '1']).err;
    expect(one).toMatch(/^10 documents\n.*\ntop actors: Turkey \d+/);
    expect(run([...SAMPLES, '--format', 'jsonl', '--summary', '--jobs', '2']).err).toBe(one);
  });
  it('counts names once when workers come ready after every file is written', () => {
    // Ten files make two batches: most of eight workers start with nothing left to do.
    const one = run([...SAMPLES, '--format', 'jsonl', '--summary', '--jobs', '1']).err;
    expect(run([...SAMPLES, '--format', 'jsonl', '--summary', '--jobs', '8']).err).toBe(one);
  });
  it('refuses a folder as output before any work, and leaves nothing in it', () => {
    const d = tmp();
    mkdirSync(join(d, 'out.csv'));
    writeFileSync(join(d, 'keep.txt'), 'x');
    const before = readdirSync(d).sort();
    const r = run([SAMPLES[0], '--output', join(d, 'out.csv')]);
    expect([r.code, r.out, r.err]).toEqual([
      2,
      '',
      `extract: --output ${join(d, 'out.csv')} is a folder; give a file path in it\n`,
    ]);
    expect(readdirSync(d).sort()).toEqual(before);
  });
  it('refuses an output in a folder that does not exist, naming the folder, not a temporary file', () => {
    const r = run([SAMPLES[0], '-o', '/no/such/dir/x.csv']);
    expect([r.code, r.err]).toEqual([2, 'extract: --output /no/such/dir/x.csv: folder /no/such/dir does not exist\n']);
  });
});

describe('gazetteer inspection', () => {
  it('lists the packs in load order with what they hold and their licences', () => {
    const r = run(['gazetteer', 'packs']);
    expect(r.code).toBe(0);
    expect(r.out.match(/^[a-z-]+ \d/gm)).toEqual([
      'core 1',
      'arabic-names 1',
      'english 1',
      'levant 1',
      'world 1',
      'world-actors 1',
    ]);
    expect(r.out).toMatch(/^ {2}holds: \d+ actors, \d{4,} places/m);
    expect(r.out).toContain('CC BY 4.0');
  });
  it('lists the packs as JSON', () =>
    expect(JSON.parse(run(['gazetteer', 'packs', '--json']).out)[0]).toMatchObject({ name: 'core', bundled: true }));
  it('extracts with the chosen packs only', () => {
    const r = run(['-', '--packs', 'core,english', '-f', 'jsonl', '-q'], 'Assad left Idlib for Syria.');
    expect(JSON.parse(r.out).mentions.map((m: { text: string }) => m.text)).toEqual(['Syria']);
  });
  it('rejects an unknown pack', () => {
    const r = run(['-', '--packs', 'levnt'], 'x');
    expect([r.code, r.err]).toEqual([2, expect.stringContaining('no bundled pack "levnt"')]);
  });
  it('counts entries and aliases per kind and category', () => {
    const r = run(['gazetteer', 'stats']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^kind\s+category\s+entries\s+aliases$/m);
    expect(r.out).toMatch(/^actor\s+armed_group\s+\d+\s+\d+$/m);
    expect(r.out).toMatch(/^all\s+\d{4,}\s+\d{4,}$/m);
  });
  it('shows the entry, alias, rule and keys a name resolves by', () => {
    const r = run(['gazetteer', 'find', 'Jisr ash-Shoughour']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('[keys: jisr ash shoughour~shukur]');
    expect(r.out).toContain('-> place Jisr al-Shughur [sy_jisr_al_shughur] by translit, alias "Jisr al-Shughur"');
  });
  it('checks the bundled lists clean', () => {
    const r = run(['gazetteer', 'check']);
    expect([r.code, r.out]).toEqual([0, expect.stringMatching(/^0 errors, 0 warnings in \d+ files\n$/)]);
  });
  it('checks a user folder with the bundled lists: exit 0 with warnings only', () => {
    const d = tmp();
    writeFileSync(
      join(d, 'places-mine.json'),
      '{"entries": [\n  {"id": "my_idlib", "name": "Idleb", "category": "city", "country": "SY", "lat": 35.93, "lon": 36.63}\n]}',
    );
    const r = run(['gazetteer', 'check', d]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      new RegExp(
        `^${join(d, 'places-mine.json')}:2:3: warning: entry 1 "my_idlib": "Idleb" is also a name of "sy_idlib" \\(packs/levant/places\\.json:\\d+\\); if both are meant, mark it "ambiguous" on either entry\n0 errors, 1 warning in \\d+ files\n$`,
      ),
    );
  });
  it('exits 2 on errors and lists them all', () => {
    const d = tmp();
    writeFileSync(
      join(d, 'places.json'),
      '[\n  {"id": "a", "name": "A", "category": "town"},\n  {"id": "b", "name": "Bee", "category": "town", "country": "SY", "lat": 48.1, "lon": 11.5}\n]',
    );
    const r = run(['gazetteer', 'check', d]);
    expect(r.code).toBe(2);
    expect(r.out.split('\n').slice(0, 2)).toEqual([
      `${join(d, 'places.json')}:2:3: error: entry 1 "a": name "A" has only one letter`,
      `${join(d, 'places.json')}:3:3: error: entry 2 "b": lat 48.1, lon 11.5 is outside SY (lat 32.31 to 37.33, lon 35.72 to 42.38, give or take 0.5°)`,
    ]);
    expect(r.out).toMatch(/\n2 errors, 0 warnings in \d+ files\n$/);
    expect(JSON.parse(run(['gazetteer', 'check', d, '--json']).out)).toMatchObject({
      errors: 2,
      warnings: 0,
      problems: [
        { level: 'error', line: 2, column: 3, entry: 1, id: 'a', message: 'name "A" has only one letter' },
        { entry: 2, id: 'b' },
      ],
    });
  });
  it('says so and exits 1 when no entry matches', () => {
    const r = run(['gazetteer', 'find', 'Zzyzx']);
    expect([r.code, r.out.trim().split('\n')[1]]).toEqual([1, '  no entry matches']);
  });
});

describe('a strict command line', () => {
  const refused = (args: string[]) => {
    const r = run(args);
    return [r.code, r.out, r.err.trim()];
  };
  it('refuses a slip of a subcommand instead of reading it as an input', () =>
    expect(refused(['sugest', 'samples/'])).toEqual([
      2,
      '',
      'extract: "sugest" is no file and no command; did you mean "extract suggest"? (a file of that name: write ./sugest)',
    ]));
  it('refuses a slip before its options fail', () =>
    expect(refused(['gazeteer', 'stats'])[2]).toMatch(/did you mean "extract gazetteer"/));
  it('reads a file whose name is near a command', () => {
    const d = tmp();
    writeFileSync(join(d, 'scor'), 'Shelling hit Idlib.');
    const r = spawnSync(process.execPath, [BIN, 'scor', '-q'], { cwd: d, encoding: 'utf8' });
    expect([r.status, r.stdout.includes(',Idlib,')]).toEqual([0, true]);
  });
  it('shows a subcommand help for `help <command>`', () => {
    const r = run(['help', 'suggest']);
    expect([r.code, r.out.split('\n')[0]]).toEqual([0, 'Usage: extract suggest [options] <inputs...>']);
  });
  it('points a subcommand usage error to its own help', () =>
    expect(refused(['gazetteer', 'check', '--bogus'])[2]).toMatch(/\(run extract gazetteer check --help for usage\)$/));
  it('refuses events with the mentions CSV', () =>
    expect(refused([SAMPLES[0], '-k', 'event'])[2]).toBe(
      'extract: --kinds event: the mentions report has no events (use --report events, or --format json)',
    ));
  it('refuses a report with a format that has none', () =>
    expect(refused([SAMPLES[0], '--report', 'events', '-f', 'json'])[2]).toMatch(
      /^extract: --report events applies to --format csv only/,
    ));
  it('refuses --explain and --include-text with CSV', () =>
    expect(refused([SAMPLES[0], '--explain', '--include-text'])[2]).toBe(
      'extract: --include-text applies to --format json and jsonl only\nextract: --explain applies to --format json and jsonl only',
    ));
  it('refuses --bom with JSON', () =>
    expect(refused([SAMPLES[0], '--bom', '-f', 'json'])[2]).toBe('extract: --bom applies to --format csv only'));
  it('warns that a .jsonl input is read as prose without --input jsonl', () => {
    const d = tmp();
    writeFileSync(join(d, 'r.jsonl'), '{"id":"a","text":"Idlib"}\n');
    const r = run([join(d, 'r.jsonl'), '-q']);
    expect([r.code, r.err]).toEqual([
      0,
      `extract: warning: ${join(d, 'r.jsonl')} looks like JSONL records: add --input jsonl to read one document a line\n`,
    ]);
  });
  it('lists every format in --help, with the options that go with it', () => {
    const out = run(['--help']).out;
    expect(
      ['csv', 'json', 'jsonl', 'geojson', 'html', 'text'].filter((f) => !new RegExp(`^  ${f} `, 'm').test(out)),
    ).toEqual([]);
  });
});
