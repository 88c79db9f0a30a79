/** The Phoenix conversion of scripts/build-actors.mjs. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  datedCode,
  foldName,
  groupEntry,
  parsePhoenix,
  personEntry,
  phoenixDate,
  splitAcronym,
  titleCase,
  // @ts-expect-error: a build script without type declarations
} from '../scripts/build-actors.mjs';
import { articleFolding } from '../src/fold.js';
import { filedAliases, rulesFingerprint, variantTable } from '../src/gazetteer/compile.js';
import { allEntries, indexedKeys, readIndexedList } from '../src/gazetteer/indexed.js';
import { createContext } from '../src/pipeline.js';
import type { GazetteerEntry } from '../src/types.js';
import { RULES, fixtureGazetteer, mentionsOf } from './helpers.js';

const ISO = new Map([
  ['ESP', 'ES'],
  ['NGA', 'NG'],
]);
const group = (text: string, taken: string[] = [], words: string[] = ['front', 'brigade']) => {
  const [raw] = parsePhoenix(text);
  const codes = raw.codes.map((c: { code: string }) => c.code);
  return groupEntry(raw, codes, ISO, new Set(taken.map(foldName)), new Set(words));
};

describe('build-actors: Phoenix armed groups', () => {
  it('title-cases a Phoenix name with small words in lower case', () =>
    expect(titleCase('ARMY_OF_GOD_')).toBe('Army of God'));
  it('keeps an acronym in capitals', () => expect(titleCase('ETA_MILITARY', new Set(['ETA']))).toBe('ETA Military'));
  it('splits off an acronym in parentheses', () =>
    expect(splitAcronym('ANIMAL_LIBERATION_FRONT_(ALF)_')).toEqual({
      name: 'ANIMAL LIBERATION FRONT',
      acronym: 'ALF',
    }));
  it('reads an entry with its aliases and code', () =>
    expect(parsePhoenix('BASQUE_FATHERLAND_AND_FREEDOM_(ETA)_ [ESPREB] # x\n+BASQUE_HOMELAND_AND_FREEDOM_\n')).toEqual([
      {
        name: 'BASQUE_FATHERLAND_AND_FREEDOM_(ETA)_',
        aliases: ['BASQUE_HOMELAND_AND_FREEDOM_'],
        codes: [{ code: 'ESPREB', dates: '' }],
      },
    ]));
  it('makes a group with its country and CAMEO code', () =>
    expect(group('BASQUE_FATHERLAND_AND_FREEDOM_(ETAS)_ [ESPREB]\n')).toMatchObject({
      name: 'Basque Fatherland and Freedom',
      aliases: ['ETAS'],
      country: 'ES',
      cameo: 'ESPREB',
      category: 'armed_group',
    }));
  it('leaves out a group a curated list names', () =>
    expect(group('BOKO_HARAM_ [NGAREB]\n', ['Boko Haram'])).toBeNull());
  it('leaves out a one-word name', () => expect(group('INTIFADA_ [NGAREB]\n')).toBeNull());
  it('leaves out a name that reads as a date', () => expect(group('21_JUNE_ [NGAREB]\n')).toBeNull());
  it('leaves out an individual militant', () => expect(group('ABU_ABDULLAH_ [IMGSASMUS]\n')).toBeNull());
  it('keeps a militant group coded as such', () =>
    expect(group('AL-FARUQ_BRIGADE_ [IMGMUS]\n')).toMatchObject({ name: 'Al-Faruq Brigade' }));
  it('drops an acronym that is a taken name (a country)', () =>
    expect(group('DIRECT_ACTION_(GREECE)_ [ESPREB]\n', ['Greece'])?.aliases).toBeUndefined());
});

describe('build-actors: Phoenix office holders', () => {
  const TITLES = new Set(['president', 'prime', 'minister', 'russian']);
  const person = (text: string, taken: string[] = []) => {
    const [raw] = parsePhoenix(text);
    return personEntry(raw, new Map([['RUS', 'RU']]), new Set(taken.map(foldName)), TITLES);
  };
  const PUTIN =
    'VLADIMIR_PUTIN_  # CountryInfo.txt\n+PUTIN_\n+PRESIDENT_PUTIN_\n+VLADIMIR_V._PUTIN\n\t[RUSELI 700101-990809]\n\t[RUSGOV >000507]\n';
  it('reads a two-digit year under 30 as 20xx, over as 19xx', () => {
    expect(phoenixDate('000507')).toBe('2000-05-07');
    expect(phoenixDate('700101')).toBe('1970-01-01');
    expect(phoenixDate('19270101')).toBe('1927-01-01');
  });
  it('reads a range, an open start and no dates', () => {
    expect(datedCode('RUSGOV', '000507-080507')).toEqual({ code: 'RUSGOV', from: '2000-05-07', until: '2008-05-07' });
    expect(datedCode('RUSGOV', '>080508')).toEqual({ code: 'RUSGOV', from: '2008-05-08' });
    expect(datedCode('RUSELI', '')).toEqual({ code: 'RUSELI' });
  });
  it('makes a person with dated codes, the surname and untitled aliases', () =>
    expect(person(PUTIN)).toMatchObject({
      id: 'phx.ru.vladimir_putin',
      name: 'Vladimir Putin',
      aliases: ['Putin', 'Vladimir V. Putin'],
      country: 'RU',
      cameo_dated: [
        { code: 'RUSELI', from: '1970-01-01', until: '1999-08-09' },
        { code: 'RUSGOV', from: '2000-05-07' },
      ],
    }));
  it('leaves out a person the curated lists name', () => expect(person(PUTIN, ['Vladimir Putin'])).toBeNull());
  it('leaves out a person whose coded periods all ended before 1990', () =>
    expect(person('OLD_MINISTER_\n\t[RUSGOV 700101-800101]\n')).toBeNull());
  it('leaves out an entry without dated codes (a national institution)', () =>
    expect(person('RUSSIAN_NATIONAL_GUARD_\n\t[RUSMIL]\n')).toBeNull());
});

describe('indexed actor lists', () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-actors-'));
  const people: GazetteerEntry[] = [
    {
      id: 'p.one',
      name: 'Igor Sechin',
      category: 'person',
      country: 'RU',
      cameo_dated: [{ code: 'RUSGOV', from: '2008-05-12' }],
    },
    { id: 'p.two', name: 'Yury Luzhkov', category: 'person', country: 'RU' },
  ];
  const lines = people.map((e) => JSON.stringify(e));
  writeFileSync(join(dir, 'actors.test.jsonl'), `${lines.join('\n')}\n`);
  const articles = articleFolding(RULES.articles, RULES.freeArticles);
  const variants = variantTable(RULES.nameWordVariants);
  writeFileSync(
    join(dir, 'actors.test.keys'),
    indexedKeys(
      lines,
      people,
      (e) => filedAliases({ ...e, type: 'actor', file: '' }, articles, variants).flatMap((f) => f.firstKeys),
      rulesFingerprint(RULES),
    ),
  );
  const list = readIndexedList(join(dir, 'actors.test.jsonl'));
  it('round-trips every actor through its JSON line', () =>
    expect(allEntries(list).map((e) => [e.id, e.type, e.name])).toEqual([
      ['p.one', 'actor', 'Igor Sechin'],
      ['p.two', 'actor', 'Yury Luzhkov'],
    ]));
  it('parses an actor only when a text reaches its name, and matches it with its dated code', () => {
    const ctx = createContext({ ...fixtureGazetteer(), indexed: [readIndexedList(join(dir, 'actors.test.jsonl'))] });
    expect(ctx.compiled.entries.some((e) => e.id === 'p.one')).toBe(false);
    expect(mentionsOf('Igor Sechin spoke.', '2010-01-01', ctx).map((m) => [m.id, m.cameo])).toEqual([
      ['p.one', 'RUSGOV'],
    ]);
  });
  it('rejects a damaged line', () => {
    writeFileSync(join(dir, 'actors.bad.jsonl'), 'not json\n');
    writeFileSync(join(dir, 'actors.bad.keys'), `#fingerprint ${rulesFingerprint(RULES)}\nnot\t0\n`);
    expect(() => allEntries(readIndexedList(join(dir, 'actors.bad.jsonl')))).toThrow(/damaged/);
  });
});
