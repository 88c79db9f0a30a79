/**
 * Lists that cannot be wrong quietly, on a run: a user's list that would load wrong stops the run
 * (exit code 2, file:line:column, nothing written), and a file of the folder that no loader reads is
 * named on standard error without changing the exit code.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { ignoredFileMessage } from '../src/gazetteer/check.js';

/** Runs `extract -g DIR doc.txt` over the core pack, DIR holding `files`; file names lose their folder. */
async function run(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'strict-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  const doc = join(mkdtempSync(join(tmpdir(), 'strict-doc-')), 'doc.txt');
  writeFileSync(doc, 'The Zorblax Brigade met Ahmad Zorblax in Syria.');
  const outFile = `${doc}.out`;
  const fd = openSync(outFile, 'w');
  let err = '';
  const io = {
    get stdin() {
      return process.stdin;
    },
    stdoutFd: fd,
    stderr: (s: string) => void (err += s),
    stderrIsTTY: false,
    env: {},
  };
  const code = await main(['node', 'extract', '-g', dir, '--packs', 'core', '-q', doc], io);
  closeSync(fd);
  return { code, err: err.replaceAll(`${dir}/`, ''), written: readFileSync(outFile, 'utf8') !== '' };
}

describe('a run over a user folder', () => {
  it('stops on a new id without name and category', async () =>
    expect(await run({ 'actors.json': '[\n  {"id": "zorblax", "aliases": ["Zorblax Brigade"]}\n]' })).toEqual({
      code: 2,
      err: 'extract: actors.json:2:3: entry 1 "zorblax": "name" and "category" are required: no earlier list has this id to extend\n',
      written: false,
    }));
  it('stops on a misspelt field', async () =>
    expect(
      (await run({ 'actors.json': '[{"id": "z", "name": "Zorblax Brigade", "alias": ["ZB"], "category": "militia"}]' }))
        .err,
    ).toBe('extract: actors.json:1:2: entry 1 "z": "alias": unknown field; did you mean "aliases"?\n'));
  it('stops on a misspelt category', async () =>
    expect((await run({ 'actors.json': '[{"id": "z", "name": "Ahmad Zorblax", "category": "persn"}]' })).err).toBe(
      'extract: actors.json:1:2: entry 1 "z": "category" must be an actor category; did you mean "person"?\n',
    ));
  it('stops on a trailing comma, in plain words', async () =>
    expect((await run({ 'places.json': '[\n  {"id": "z", "name": "Zorblax", "category": "town"},\n]' })).err).toBe(
      'extract: places.json:2:53: invalid JSON: trailing comma: JSON allows no comma after the last item\n',
    ));
  it('names a file no loader reads, and runs', async () =>
    expect(await run({ 'people.json': '[{"id": "z", "name": "Ahmad Zorblax", "category": "person"}]' })).toEqual({
      code: 0,
      err: `extract: warning: people.json: ${ignoredFileMessage()}\n`,
      written: true,
    }));
});
