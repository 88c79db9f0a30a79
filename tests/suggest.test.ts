/** `extract suggest`: unknown names, ranked, as a table or as entries to paste. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseList } from '../src/gazetteer/listfile.js';
import { extractDocument } from '../src/pipeline.js';
import { suggest, suggestFrom, type SuggestOptions } from '../src/suggest.js';
import { renderSuggestionTable, suggestionsJson } from '../src/write/reports.js';
import { fixtureContext } from './helpers.js';

const suggestIn = (text: string, o: SuggestOptions = { min: 1 }) =>
  suggest([{ source: 't.txt', text, date: null }], fixtureContext(), o);
const names = (text: string) => suggestIn(text).map((s) => s.name);

describe('suggest', () => {
  it('does not suggest names the gazetteer knows', () => {
    expect(names('HTS fighters entered Idlib. Later HTS left Idlib for Hama.')).toEqual([]);
  });

  it('suggests an unknown armed group seen twice as an actor, with an example sentence', () => {
    const [s] = suggestIn('Jaysh al-Izza shelled Hama on Monday. Fighters of Jaysh al-Izza then withdrew to Idlib.', {
      min: 2,
    });
    expect(s).toMatchObject({ name: 'Jaysh al-Izza', kind: 'actor', category: 'armed_group', count: 2, files: 1 });
    expect(s.example.sentence).toBe('Jaysh al-Izza shelled Hama on Monday.');
    expect(s.example.sentence.slice(s.example.start, s.example.end)).toBe('Jaysh al-Izza');
  });

  it('lists a name seen in a strong context first, as that mention says, even seen once', () => {
    const text =
      'Shelling hit the village of Kafr Zita. Suqur al-Ghab fired back. Suqur al-Ghab then left. Suqur al-Ghab regrouped.';
    const result = extractDocument({ source: 't.txt', text, date: null }, fixtureContext());
    const at = text.indexOf('Kafr Zita');
    // Built by hand: the unknown-name contexts come from the bundled rules, not the test gazetteer.
    result.mentions.push({ kind: 'place', text: 'Kafr Zita', start: at, end: at + 9, sentence: 0, resolved: false });
    const list = suggestFrom([{ doc: { source: 't.txt', text, date: null }, result }], fixtureContext(), { min: 2 });
    expect(list.map((s) => [s.name, s.kind, s.category, s.strong, s.count])).toEqual([
      ['Kafr Zita', 'place', 'village', true, 1],
      ['Suqur al-Ghab', 'actor', 'other', false, 3],
    ]);
  });

  it('counts spellings with one matching key together, the most frequent as the name', () => {
    const [s] = suggestIn("Rebels reached Tal Rifaat. They left Tal Rif'at at dawn. Tal Rifaat fell.");
    expect([s.name, s.aliases, s.count]).toEqual(['Tal Rifaat', ["Tal Rif'at"], 3]);
  });

  it('does not suggest ordinary words capitalized at the start of a sentence', () => {
    expect(names('However, the rebels moved. The rebels moved again. However, nothing changed. The end came.')).toEqual(
      [],
    );
  });

  it('trims titles before a name', () => {
    expect(names('General Suheil al-Hassan visited Hama. Later General Suheil al-Hassan left.')).toEqual([
      'Suheil al-Hassan',
    ]);
  });

  it('writes JSON whose entries load as actors and places lists', () => {
    const list = suggestIn('Jaysh al-Izza took the village of Kafr Zita. Jaysh al-Izza then lost Kafr Zita village.');
    const json = JSON.parse(suggestionsJson(list)) as {
      actors: { id: string; note: string }[];
      places: { id: string; note: string }[];
    };
    expect(json.actors.map((e) => e.id)).toEqual(['suggested_jaysh_al_izza']);
    expect(json.places.map((e) => e.id)).toEqual(['suggested_kafr_zita']);
    expect(json.places[0].note).toMatch(
      /^seen 2 times in 1 file(, named by its context)?, e\.g\. ".*Kafr Zita.*"; check the category, add lat\/lon$/,
    );
    for (const [type, entries] of [
      ['actor', json.actors],
      ['place', json.places],
    ] as const) {
      expect(parseList(`${type}s.json`, JSON.stringify({ entries }), type).problems).toEqual([]);
    }
    expect(renderSuggestionTable(list).split('\n')[0]).toMatch(/^count +files +kind +category +name +example$/);
  });
});

describe('extract suggest (CLI)', () => {
  const BIN = join(__dirname, '..', 'bin', 'extract.js');
  const run = (args: string[]) => spawnSync(process.execPath, [BIN, 'suggest', ...args], { encoding: 'utf8' });
  const dir = mkdtempSync(join(tmpdir(), 'extract-suggest-'));
  const post = join(dir, 'post.txt');
  writeFileSync(post, 'Liwa Fursan al-Haqq shelled Hama. Liwa Fursan al-Haqq fighters then withdrew.\n');

  it('prints a table, or JSON with --format json', () => {
    const table = run([post]);
    expect([table.status, table.stderr]).toEqual([0, '']);
    expect(table.stdout).toMatch(
      /^ +2 +1 +actor\*? +armed_group +Liwa Fursan al-Haqq +Liwa Fursan al-Haqq shelled Hama\.$/m,
    );
    const json = run([post, '--format', 'json']);
    expect(JSON.parse(json.stdout).actors[0].name).toBe('Liwa Fursan al-Haqq');
  });

  it('names a missing input on standard error, writes the rest and exits 1', () => {
    const r = run([post, join(dir, 'missing.txt')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`extract: ${join(dir, 'missing.txt')}: no such file or directory\n`);
    expect(r.stdout).toContain('Liwa Fursan al-Haqq');
  });

  it('exits 2 on a usage error', () => {
    expect(run([]).status).toBe(2);
    expect(run([post, '--min', '0']).status).toBe(2);
    expect(run([post, '--format', 'csv']).status).toBe(2);
  });
});
