/**
 * The package as a stranger gets it: what `npm pack` puts in the tarball, the library entry point,
 * and the README's example (the install from the tarball runs in .ci/run).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExtractor, UsageError } from '../src/index.js';

const ROOT = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  exports: Record<string, unknown>;
  bin: Record<string, string>;
};

/** The files `npm pack` would put in the tarball (scripts off: npm test has built dist/). */
function packedFiles(): string[] {
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0].files.map((f) => f.path);
}

describe('the packed package', () => {
  const files = packedFiles();
  it('carries the compiled code, its type declarations and the command', () =>
    expect(
      ['dist/cli.js', 'dist/index.js', 'dist/index.d.ts', 'bin/extract.js'].filter((f) => !files.includes(f)),
    ).toEqual([]));
  it('carries every pack, the indexed lists included', () =>
    expect(
      ['packs/core/schema.json', 'packs/world/places.geonames.tsv', 'packs/world/places.geonames.keys'].filter(
        (f) => !files.includes(f),
      ),
    ).toEqual([]));
  it('leaves out tests, samples, gold files, build inputs and sources', () =>
    expect(files.filter((f) => /^(tests|samples|scripts|src|docs|out)\/|gold|\/build\//.test(f))).toEqual([]));
  it('has a name that is not the unrelated `extract`, and the command `extract`', () =>
    expect([pkg.name === 'extract', Object.keys(pkg.bin)]).toEqual([false, ['extract']]));
  it('exports its entry point with types first', () =>
    expect(Object.keys(pkg.exports['.'] as object)).toEqual(['types', 'default']));
});

describe('the library', () => {
  const extractor = createExtractor({ packs: ['levant'] });
  it('extracts a text with its date', () =>
    expect(
      extractor
        .extract('Turkish troops entered Idlib on Friday.', { date: '2018-09-08' })
        .mentions.map((m) => [m.kind, m.text, m.value ?? m.id]),
    ).toEqual([
      ['actor', 'Turkish troops', 'tsk'],
      ['place', 'Idlib', 'sy_idlib'],
      ['date', 'Friday', '2018-09-07'],
    ]));
  it('dates a text by its date line when no date is given', () =>
    expect(extractor.extract('Date: 18 September 2018\n\nShelling hit Idlib.').date).toEqual({
      value: '2018-09-18',
      from: 'header',
    }));
  it('names the result as asked', () =>
    expect(extractor.extract('Idlib.', { source: 'a.txt', id: 'r1' })).toMatchObject({ source: 'a.txt', id: 'r1' }));
  it('refuses a date that is no calendar day', () =>
    expect(() => extractor.extract('Idlib.', { date: '2018-02-30' })).toThrow(UsageError));
  it('refuses a text that is not a string', () =>
    expect(() => extractor.extract(42 as unknown as string)).toThrow(/text must be a string/));
  it('reads and dates a file as the command line does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-api-'));
    const file = join(dir, '2018-09-08-post.txt');
    writeFileSync(file, 'Shelling hit Idlib on Friday.');
    const r = await extractor.extractFile(file);
    expect([r.date, r.mentions.map((m) => m.value ?? m.id)]).toEqual([
      { value: '2018-09-08', from: 'filename' },
      ['sy_idlib', '2018-09-07'],
    ]);
  });
  it('rejects a file it cannot read, naming it', async () =>
    await expect(extractor.extractFile('/no/such/file.txt')).rejects.toThrow('/no/such/file.txt: no such file'));
  it('refuses an unknown pack', () => expect(() => createExtractor({ packs: ['atlantis'] })).toThrow(UsageError));
});

describe("the README's library example", () => {
  it('runs as written, through the package name, and prints what it says', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const code = /### As a library[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(code).toContain("from 'geopolitical-extract'");
    // The package imports itself by name from its own folder (Node resolves a package's own name through its exports).
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code!], { cwd: ROOT, encoding: 'utf8' });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([
      'actor Turkish troops tsk  ',
      'place Idlib sy_idlib 35.9306 36.6339',
      'date Friday   ',
    ]);
  });
});
