import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../src/errors.js';
import { ignoredFiles } from '../src/gazetteer/check.js';
import { validateEntry } from '../src/gazetteer/listfile.js';
import { loadGazetteer } from '../src/gazetteer/load.js';
import { createContext } from '../src/pipeline.js';
import { expectMentions } from './helpers.js';

function dir(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'gaz-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(d, name), body);
  return d;
}

const load = (files: Record<string, string>) => loadGazetteer([dir(files)], { bundled: false });

describe('gazetteer loading', () => {
  it('loads actors and places lists', () => {
    const g = load({
      'actors.json': '[{"id":"a","name":"Alpha Group","category":"armed_group"}]',
      'places.json': '[{"id":"p","name":"Beta","category":"town","lat":1,"lon":2}]',
    });
    expect(g.entries.map((e) => [e.id, e.type])).toEqual([
      ['a', 'actor'],
      ['p', 'place'],
    ]);
  });
  it('loads the object form {"$schema", "entries"} and the bare array form alike', () => {
    const g = load({
      'actors.json':
        '{"$schema": "./schema.json", "entries": [{"id":"a","name":"Alpha Group","category":"armed_group"}]}',
      'places.json': '[{"id":"p","name":"Beta","category":"town"}]',
    });
    expect(g.entries.map((e) => [e.id, e.type, e.file.endsWith('.json')])).toEqual([
      ['a', 'actor', true],
      ['p', 'place', true],
    ]);
  });
  it('names file, line and column of a JSON syntax error', () => {
    expect(() => load({ 'actors.json': '[\n  {"id": "a", "name": "A" "category": "x"}\n]' })).toThrow(
      /actors\.json:2:\d+: invalid JSON/,
    );
  });
  it('names the line of an invalid entry', () => {
    expect(() =>
      load({
        'places.json':
          '[\n {"id":"ok","name":"Ok","category":"town"},\n {"id":"bad","name":"Bad","category":"town","lat":"x","lon":1}\n]',
      }),
    ).toThrow(/places\.json:3:2: entry 2 "bad": "lat" must be a number between -90 and 90$/);
  });
  it('names the line of an invalid entry in the object form', () => {
    expect(() =>
      load({
        'places.json':
          '{"$schema": "./schema.json",\n "entries": [\n  {"id":"ok","name":"Ok","category":"town"},\n  {"id":"bad","name":"Bad","category":"town","country":"Syria"}\n]}',
      }),
    ).toThrow(/places\.json:4:3: entry 2 "bad": "country" must be an ISO 3166 alpha-2 code such as "SY"$/);
  });
  it('rejects a list that is neither an array nor an object with "entries"', () => {
    expect(() => load({ 'actors.json': '{}' })).toThrow(/actors\.json:1:1: "entries" is required$/);
    expect(() => load({ 'actors.json': '"x"' })).toThrow(
      /actors\.json:1:1: expected an object \{"\$schema": "\.\/schema\.json", "entries": \[\.\.\.\]\} or an array of entries$/,
    );
  });
  it('rejects a missing folder', () =>
    expect(() => loadGazetteer(['/no/such/dir'], { bundled: false })).toThrow(
      /\/no\/such\/dir: cannot read gazetteer folder/,
    ));
  it('lets a later folder extend an entry by id', () => {
    const base = dir({ 'actors.json': '[{"id":"a","name":"Alpha Group","aliases":["AG"],"category":"armed_group"}]' });
    const user = dir({ 'actors-mine.json': '[{"id":"a","aliases":["Alfa Group"],"country":"SY"}]' });
    const [e] = loadGazetteer([base, user], { bundled: false }).entries;
    expect([e.name, e.aliases, e.country]).toEqual(['Alpha Group', ['AG', 'Alfa Group'], 'SY']);
  });
  it('lets a later folder replace or disable an entry', () => {
    const base = dir({
      'actors.json':
        '[{"id":"a","name":"Alpha","aliases":["AG"],"category":"militia"},{"id":"b","name":"Beta","category":"militia"}]',
    });
    const user = dir({
      'actors.json': '[{"id":"a","name":"Alef","category":"party","replace":true},{"id":"b","disabled":true}]',
    });
    const entries = loadGazetteer([base, user], { bundled: false }).entries;
    expect(entries.map((e) => [e.id, e.name, e.aliases])).toEqual([['a', 'Alef', undefined]]);
  });
  it('loads generated lists before curated ones in a folder', () => {
    const g = load({
      'places.json': '[{"id":"p","name":"Curated","category":"town"}]',
      'places.generated.json': '[{"id":"p","name":"Generated","category":"town"}]',
    });
    expect(g.entries[0].name).toBe('Curated');
  });
  it('validates coordinates, country codes and former names', () => {
    expect(validateEntry({ id: 'x', name: 'X', category: 'town', lat: 1 }, 'place')).toBe(
      'give both "lat" and "lon" or neither',
    );
    expect(validateEntry({ id: 'x', name: 'X', category: 'state', country: 'Syria' }, 'actor')).toBe(
      '"country" must be an ISO 3166 alpha-2 code such as "SY"',
    );
    expect(
      validateEntry(
        { id: 'x', name: 'X', category: 'militia', former_names: [{ name: 'Y', until: '28 Jan' }] },
        'actor',
      ),
    ).toBe('"former_names" item 1 "until" must be an ISO date (YYYY-MM-DD)');
    expect(validateEntry({ id: 'x', name: 'X', category: 'town', lat: 1, lon: 2 }, 'place')).toBeNull();
  });
  it('refuses a new id without name and category, which would match as "undefined"', () =>
    expect(() => load({ 'actors.json': '[{"id":"a","aliases":["Alpha Group"]}]' })).toThrow(
      /actors\.json:1:2: entry 1 "a": "name" and "category" are required: no earlier list has this id to extend$/,
    ));
  it('lets an entry extend an id of a bundled pack', () =>
    expect(
      loadGazetteer([dir({ 'places.json': '[{"id":"country_sy","aliases":["Sham"]}]' })], {
        packs: ['core'],
      }).entries.find((e) => e.id === 'country_sy')?.aliases,
    ).toContain('Sham'));
  it('refuses an unknown field, naming the nearest', () =>
    expect(() => load({ 'actors.json': '[{"id":"a","name":"A A","alias":["B"],"category":"militia"}]' })).toThrow(
      /actors\.json:1:2: entry 1 "a": "alias": unknown field; did you mean "aliases"\?$/,
    ));
  it('refuses an unknown category, naming the nearest', () =>
    expect(() => load({ 'actors.json': '[{"id":"a","name":"A A","category":"persn"}]' })).toThrow(
      /actors\.json:1:2: entry 1 "a": "category" must be an actor category; did you mean "person"\?$/,
    ));
  it('finds the files of a folder that no loader reads', () => {
    const d = dir({
      'people.json': '[]',
      'rules-mine.json': '{}',
      'actors.json': '[]',
      'schema.json': '{}',
      'a.md': '',
    });
    expect(ignoredFiles(d)).toEqual([join(d, 'people.json'), join(d, 'rules-mine.json')]);
  });
  it('says what is wrong with JSON in plain words, with the line and column', () => {
    expect(() => load({ 'places.json': '[\n  {"id": "a", "name": "A", "category": "town"},\n]' })).toThrow(
      /places\.json:2:47: invalid JSON: trailing comma: JSON allows no comma after the last item$/,
    );
    expect(parseJsonText('{"a": [1, 2}')).toEqual({
      error: { message: 'invalid JSON: "}" does not close the array opened at line 1, column 7', line: 1, column: 12 },
    });
  });
  it('matches the user entries it loaded', () => {
    const g = load({ 'actors.json': '[{"id":"sh","name":"Syrian Hawks","category":"militia"}]' });
    expectMentions('The Syrian Hawks attacked.', [['Syrian Hawks', 'actor', 'sh']], createContext(g));
  });
});

describe('bundled gazetteer', () => {
  const g = loadGazetteer();
  it('has unique ids and required fields', () => {
    const ids = new Set<string>();
    for (const { type, file: _file, ...e } of g.entries) {
      expect(validateEntry(e, type)).toBeNull();
      expect(ids.has(e.id)).toBe(false);
      ids.add(e.id);
    }
  });
  it('gives every non-region place coordinates and a country (or a note on why it has none: a border)', () => {
    const missing = g.entries.filter(
      (e) =>
        e.type === 'place' &&
        e.category !== 'region' &&
        e.category !== 'river' &&
        e.category !== 'road' &&
        e.precision !== 'region' &&
        (typeof e.lat !== 'number' || (!e.country && typeof e.note !== 'string')),
    );
    expect(missing.map((e) => e.id)).toEqual([]);
  });
  it('knows the standing cast', () => {
    const names = new Set(g.entries.map((e) => e.name));
    for (const n of [
      'Syria',
      'Turkey',
      'Russia',
      'Iran',
      'Idlib',
      'Aleppo',
      'Damascus',
      'Khmeimim',
      "Hay'at Tahrir al-Sham",
      'National Liberation Front',
    ])
      expect(names.has(n), n).toBe(true);
  });
});
