/** `extract gazetteer check`: the exact text of every message, on inline lists written to a temp folder. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGazetteer, ignoredFileMessage, insideBox, type CountryBounds } from '../src/gazetteer/check.js';
import { formatProblem, summarizeCheck } from '../src/write/reports.js';
// @ts-expect-error: a plain ES module script without types
import { GENERATED, validatorSource } from '../scripts/build-schema.mjs';

const BOUNDS: CountryBounds = {
  margin: 0.5,
  bounds: { SY: [35.72, 32.31, 42.38, 37.33], RU: [19.6, 41.19, -169.72, 81.86] },
};

/** A list in the object form, one entry a line: entry N is on line N + 1, column 3. */
const list = (...entries: object[]) =>
  `{"$schema": "./schema.json", "entries": [\n${entries.map((e) => `  ${JSON.stringify(e)}`).join(',\n')}\n]}\n`;

function folder(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'check-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(d, name), body);
  return d;
}

/** The check's output lines (file names without their folder) for folders checked in order, bundled lists left out. */
const check = (...folders: Record<string, string>[]) =>
  checkGazetteer(folders.map(folder), { bundled: false, bounds: BOUNDS, display: basename });
const lines = (...folders: Record<string, string>[]) => check(...folders).problems.map((p) => formatProblem(p));
const places = (...entries: object[]) => lines({ 'places.json': list(...entries) });
const actors = (...entries: object[]) => lines({ 'actors.json': list(...entries) });

const town = (id: string, extra: object = {}) => ({
  id,
  name: `Town ${id}`,
  category: 'town',
  country: 'SY',
  lat: 35,
  lon: 37,
  ...extra,
});

describe('syntax and schema errors', () => {
  it('JSON syntax, with line and column', () =>
    expect(lines({ 'places.json': '{"entries": [\n  {"id": "a",, "name": "A"}\n]}' })).toEqual([
      'places.json:2:14: error: invalid JSON: two commas in a row',
    ]));
  it('missing name', () =>
    expect(places({ id: 'a', category: 'town' })).toEqual(['places.json:2:3: error: entry 1 "a": "name" is required']));
  it('missing name and category', () =>
    expect(places({ id: 'a' })).toEqual([
      'places.json:2:3: error: entry 1 "a": "name" is required',
      'places.json:2:3: error: entry 1 "a": "category" is required',
    ]));
  it('bad lat', () =>
    expect(places(town('a'), town('b', { lat: 95 }))).toEqual([
      'places.json:3:3: error: entry 2 "b": "lat" must be a number between -90 and 90',
    ]));
  it('lat without lon', () =>
    expect(places({ id: 'a', name: 'Aa', category: 'town', lat: 1 })).toEqual([
      'places.json:2:3: error: entry 1 "a": give both "lat" and "lon" or neither',
    ]));
  it('bad country code', () =>
    expect(places(town('a', { country: 'Syria' }))).toEqual([
      'places.json:2:3: error: entry 1 "a": "country" must be an ISO 3166 alpha-2 code such as "SY"',
    ]));
  it('actor with coordinates', () =>
    expect(actors({ id: 'a', name: 'Alpha', category: 'militia', lat: 35, lon: 37 })).toEqual([
      'actors.json:2:3: error: entry 1 "a": actors have no coordinates; put places in a places*.json file',
    ]));
  it('bad until date', () =>
    expect(
      actors({ id: 'a', name: 'Alpha', category: 'militia', former_names: [{ name: 'Beta', until: '28 Jan 2017' }] }),
    ).toEqual(['actors.json:2:3: error: entry 1 "a": "former_names" item 1 "until" must be an ISO date (YYYY-MM-DD)']));
  it('an unknown field, naming the nearest', () =>
    expect(actors({ id: 'a', name: 'Alpha', category: 'militia', alias: ['Alef'] })).toEqual([
      'actors.json:2:3: error: entry 1 "a": "alias": unknown field; did you mean "aliases"?',
    ]));
  it('an unknown field with none near: the fields', () =>
    expect(places(town('a', { wikidata: 'Q1' }))[0]).toMatch(
      /"wikidata": unknown field; the fields are id, name, aliases,/,
    ));
  it('an unknown field of a former name', () =>
    expect(
      actors({ id: 'a', name: 'Alpha', category: 'militia', former_names: [{ name: 'Beta', untill: '2017' }] }),
    ).toEqual([
      'actors.json:2:3: error: entry 1 "a": "former_names" item 1 "untill": unknown field; did you mean "until"?',
    ]));
  it('a misspelt category, naming the nearest', () =>
    expect(actors({ id: 'a', name: 'Alpha', category: 'persn' })).toEqual([
      'actors.json:2:3: error: entry 1 "a": "category" must be an actor category; did you mean "person"?',
    ]));
  it('a place category in an actors file: the actor categories', () =>
    expect(actors({ id: 'a', name: 'Alpha', category: 'town' })[0]).toMatch(
      /"category" must be an actor category: state, person, armed_group, .*, other$/,
    ));
  it('an unknown place category', () =>
    expect(places(town('a', { category: 'hamlet' }))[0]).toMatch(
      /"category" must be a place category: country, .*, other$/,
    ));
  it('a new id without name and category', () =>
    expect(places({ id: 'a', aliases: ['Ayy'] })).toEqual([
      'places.json:2:3: error: entry 1 "a": "name" and "category" are required: no earlier list has this id to extend',
    ]));
  it('an id that extends none, naming the nearest', () =>
    expect(
      lines(
        { 'places.json': list(town('kafr_nubl')) },
        { 'places.json': list({ id: 'kafr_nbl', aliases: ['Kafranbel'] }) },
      ),
    ).toEqual([
      'places.json:2:3: error: entry 1 "kafr_nbl": "name" and "category" are required: no earlier list has this id to extend; did you mean "kafr_nubl"?',
    ]));
  it('accepts an entry that extends an id of an earlier file of the folder', () =>
    expect(
      lines({ 'places.generated.json': list(town('a')), 'places.json': list({ id: 'a', aliases: ['Ayy'] }) }),
    ).toEqual([]));
  it('accepts an entry that extends an id of a bundled pack', () =>
    expect(
      checkGazetteer([folder({ 'places.json': list({ id: 'country_sy', aliases: ['Sham'] }) })], {
        packs: ['core'],
        bounds: BOUNDS,
      }).problems,
    ).toEqual([]));
  it('warns of an entry that disables an id no earlier list has', () =>
    expect(places({ id: 'a', disabled: true })).toEqual([
      'places.json:2:3: warning: entry 1 "a": disables an id that no earlier list has: it does nothing',
    ]));
  it('warns of a file of the folder that no loader reads', () =>
    expect(lines({ 'people.json': list(town('a')), 'schema.json': '{}', 'notes.txt': '' })).toEqual([
      `people.json: warning: ${ignoredFileMessage()}`,
    ]));
  it('says which names are read', () =>
    expect(ignoredFileMessage()).toBe(
      "not read: a folder's files are read by their names (actors*.json, places*.json, events*.json, rules.json, rules.<name>.json, places*.tsv, actors*.jsonl, cameo.json, pack.json)",
    ));
  it('bad requires', () =>
    expect(actors({ id: 'a', name: 'Alpha', category: 'militia', requires: 'upper' })).toEqual([
      'actors.json:2:3: error: entry 1 "a": "requires" must be "case" or "capitalized"',
    ]));
  it('bad id, empty alias, not an object', () => {
    expect(places({ id: 'a b', name: 'Aa', category: 'town' }, town('c', { aliases: ['Cc', ' '] }), 5)).toEqual([
      'places.json:2:3: error: entry 1 "a b": "id" must be a non-empty string of letters, digits, _ . : -',
      'places.json:3:3: error: entry 2 "c": "aliases" item 2 must be a non-empty string',
      'places.json:4:3: error: entry 3: must be an object',
    ]);
  });
  it('a file that is not a list', () =>
    expect(lines({ 'places.json': '{"entries": {}}' })).toEqual([
      'places.json:1:13: error: "entries" must be an array of entries',
    ]));
  it('collects every problem, in file order', () =>
    expect(places({ id: 'a', category: 'town' }, town('b', { lat: 95 })).length).toBe(2));
  it('accepts an entry that only extends an id of an earlier folder', () =>
    expect(lines({ 'places.json': list(town('a')) }, { 'places.json': list({ id: 'a', aliases: ['Ayy'] }) })).toEqual(
      [],
    ));
});

describe('JSON syntax errors in plain words', () => {
  const syntax = (text: string) => lines({ 'places.json': text });
  it('trailing comma', () =>
    expect(syntax('[\n  {"id": "a"},\n]')).toEqual([
      'places.json:2:14: error: invalid JSON: trailing comma: JSON allows no comma after the last item',
    ]));
  it('missing comma', () =>
    expect(syntax('[\n  {"id": "a"}\n  {"id": "b"}\n]')).toEqual([
      'places.json:2:14: error: invalid JSON: missing comma after this item',
    ]));
  it('unclosed string', () =>
    expect(syntax('[\n  {"id": "a}\n]')).toEqual([
      'places.json:2:10: error: invalid JSON: unclosed string: no closing " before the end of the line',
    ]));
  it('unexpected end of file', () =>
    expect(syntax('[\n  {"id": "a"}\n')).toEqual([
      'places.json:3:1: error: invalid JSON: unexpected end of file: the array opened at line 1, column 1 is not closed',
    ]));
  it('a lost closing quote', () =>
    expect(syntax('[{"id": "a, "name": "A"}]')).toEqual([
      'places.json:1:14: error: invalid JSON: unquoted text name: is the closing " of the string before it missing?',
    ]));
  it('missing colon', () =>
    expect(syntax('[{"id" "a"}]')).toEqual([
      'places.json:1:8: error: invalid JSON: missing colon after the name "id"',
    ]));
  it('single quotes', () =>
    expect(syntax("[{'id': 'a'}]")).toEqual([
      'places.json:1:3: error: invalid JSON: single quote: JSON strings and names take double quotes (")',
    ]));
  it('a comment', () =>
    expect(syntax('// mine\n[]')).toEqual(['places.json:1:1: error: invalid JSON: a comment: JSON has no comments']));
  it('a bracket that closes the wrong thing', () =>
    expect(syntax('[\n  {"id": "a"]\n]')).toEqual([
      'places.json:2:13: error: invalid JSON: "]" does not close the object opened at line 2, column 3',
    ]));
});

describe('checks beyond the schema', () => {
  it('duplicate id in one file', () =>
    expect(places(town('a'), town('a'))).toEqual([
      'places.json:3:3: error: entry 2 "a": duplicate id: entry 1 of this file has it too',
    ]));
  it('one-letter alias', () =>
    expect(places(town('a', { aliases: ['Q'] }))).toEqual([
      'places.json:2:3: error: entry 1 "a": alias "Q" has only one letter',
    ]));
  it('a name without letters', () =>
    expect(places(town('a', { name: '--' }))).toEqual([
      'places.json:2:3: error: entry 1 "a": name "--" has no letters',
    ]));
  it('coordinates outside the country', () =>
    expect(places(town('a', { lat: 48.1, lon: 11.5 }))).toEqual([
      'places.json:2:3: error: entry 1 "a": lat 48.1, lon 11.5 is outside SY (lat 32.31 to 37.33, lon 35.72 to 42.38, give or take 0.5°)',
    ]));
  it('coordinates just over the border, within the margin', () =>
    expect(places(town('a', { lat: 37.6, lon: 42.7 }))).toEqual([]));
  it('boxes across the antimeridian', () => {
    expect([
      insideBox(64.7, 177.5, BOUNDS.bounds.RU, 0.5),
      insideBox(65, -170, BOUNDS.bounds.RU, 0.5),
      insideBox(40, -100, BOUNDS.bounds.RU, 0.5),
    ]).toEqual([true, true, false]);
  });
  it('the same name on two entries: a warning naming both', () => {
    expect(places(town('a', { name: 'Kafr Nubl' }), town('b', { aliases: ['Kafr-Nubl'] }))).toEqual([
      'places.json:3:3: warning: entry 2 "b": "Kafr-Nubl" is also a name of "a" (places.json:2); if both are meant, mark it "ambiguous" on either entry',
    ]);
  });
  it('across folders, naming the other file', () => {
    expect(
      lines(
        { 'places.json': list(town('a', { name: 'Hama' })) },
        { 'places-mine.json': list(town('b', { name: 'Ḩamā' })) },
      ),
    ).toEqual([
      'places-mine.json:2:3: warning: entry 1 "b": "Ḩamā" is also a name of "a" (places.json:2); if both are meant, mark it "ambiguous" on either entry',
    ]);
  });
  it('no warning when either entry marks the name ambiguous', () => {
    expect(places(town('a', { name: 'Tell Abyad' }), town('b', { name: 'Tell Abyad', ambiguous: true }))).toEqual([]);
    expect(
      places(town('a', { name: 'Tell Abyad', ambiguous: ['tell abyad'] }), town('b', { name: 'Tell Abyad' })),
    ).toEqual([]);
    expect(
      places(town('a', { name: 'Tell Abyad', ambiguous: ['Other'] }), town('b', { name: 'Tell Abyad' })).length,
    ).toBe(1);
  });
  it('no warning for an id extended by a later folder', () =>
    expect(
      lines(
        { 'places.json': list(town('a', { name: 'Hama' })) },
        { 'places.json': list({ id: 'a', aliases: ['Hama'] }) },
      ),
    ).toEqual([]));
  it('summarizes', () =>
    expect(
      summarizeCheck(check({ 'places.json': list(town('a', { aliases: ['Q'] }), town('b', { name: 'Town a' })) })),
    ).toBe('1 error, 1 warning in 1 file'));
});

describe('the bundled lists', () => {
  it('check clean: no errors, no warnings', () => {
    const report = checkGazetteer();
    expect(report.problems.map((p) => formatProblem(p))).toEqual([]);
  });
  it('src/gazetteer/schema.generated.ts is up to date with packs/core/schema.json (npm run gazetteer:schema)', () => {
    expect(readFileSync(GENERATED as string, 'utf8')).toBe((validatorSource as () => string)());
  });
});
