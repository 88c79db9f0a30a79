/** Sectors and offices of states, and persons told apart by date: extract/sectors.ts and resolve.ts. */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { createContext } from '../src/pipeline.js';
import type { DocResult, GazetteerEntry } from '../src/types.js';
import { EVENT_COLUMNS, eventRows } from '../src/write/csv.js';
import { fixtureGazetteer, mentionsOf } from './helpers.js';

const nation = (code: string, name: string, iso3: string, demonyms: string[], area: number): GazetteerEntry => ({
  id: `country_${code.toLowerCase()}`,
  name,
  category: 'country',
  country: code,
  lat: 0,
  lon: 0,
  demonyms,
  iso3,
  area,
});
const person = (
  id: string,
  name: string,
  aliases: string[],
  offices: object[],
  extra: object = {},
): GazetteerEntry => ({
  id,
  name,
  aliases,
  category: 'person',
  country: 'SY',
  offices,
  ...extra,
});
const ctx = createContext(
  fixtureGazetteer({
    places: [
      nation('RU', 'Russia', 'RUS', ['Russian'], 17e6),
      nation('CD', 'DR Congo', 'COD', ['Congolese'], 2.3e6),
      nation('CG', 'Republic of the Congo', 'COG', ['Congolese'], 3.4e5),
      nation('PH', 'Philippines', 'PHL', ['Filipino'], 3e5),
      nation('SD', 'Sudan', 'SDN', ['Sudanese'], 1.9e6),
    ],
    actors: [
      person(
        'putin',
        'Vladimir Putin',
        ['Putin'],
        [
          { office: 'prime_minister', country: 'RU', from: '1999-08-16', until: '2000-05-07' },
          { office: 'president', country: 'RU', from: '2000-05-07', until: '2008-05-07' },
          { office: 'president', country: 'RU', from: '2012-05-07' },
        ],
        { country: 'RU', known_by_surname: true },
      ),
      person(
        'medvedev',
        'Dmitry Medvedev',
        ['Medvedev'],
        [{ office: 'president', country: 'RU', from: '2008-05-07', until: '2012-05-07' }],
        { country: 'RU' },
      ),
      person(
        'hafez',
        'Hafez al-Assad',
        ['Assad'],
        [{ office: 'president', country: 'SY', from: '1971-03-14', until: '2000-06-10' }],
        { known_by_surname: true },
      ),
      person(
        'bashar',
        'Bashar al-Assad',
        ['Assad'],
        [{ office: 'president', country: 'SY', from: '2000-07-17', until: '2024-12-08' }],
        { known_by_surname: true },
      ),
      person(
        'guterres',
        'António Guterres',
        ['Guterres'],
        [{ office: 'secretary_general', org: 'un', from: '2017-01-01' }],
        { country: 'PT' },
      ),
      person('burhan', 'Abdel Fattah al-Burhan', ['Burhan'], [], { country: 'SD' }),
      {
        id: 'cd.government',
        name: 'Congolese government',
        aliases: ['Kinshasa government'],
        category: 'government',
        country: 'CD',
      },
    ],
  }),
);
/** [text, id, extra field] of the actor mentions of a text on a date. */
const actors = (text: string, date: string | null = null, field: 'cameo' | 'office' | 'via' = 'cameo') =>
  mentionsOf(text, date, ctx)
    .filter((m) => m.kind === 'actor')
    .map((m) => [m.text, m.id, m[field]]);

describe('sectors', () => {
  it('makes a demonym and a noun a sector of its own id and CAMEO code', () =>
    expect(actors('Russian troops advanced.')).toEqual([['Russian troops', 'ru.military', 'RUSMIL']]));
  it("makes a possessive country and a noun a sector (Sudan's army)", () =>
    expect(actors("Sudan's forces advanced.")).toEqual([["Sudan's forces", 'sd.military', 'SDNMIL']]));
  it('takes a country name before a noun (US forces)', () =>
    expect(actors('US forces left.')).toEqual([['US forces', 'us.military', undefined]]));
  it('takes adjectives the country list lacks (Philippine)', () =>
    expect(actors('The Philippine government protested.')).toEqual([
      ['Philippine government', 'ph.government', 'PHLGOV'],
    ]));
  it('chooses the larger of two countries of one demonym', () =>
    expect(actors('Congolese troops fled.')).toEqual([['Congolese troops', 'cd.military', 'CODMIL']]));
  it('chooses the country the document has named', () =>
    expect(actors('In Republic of the Congo, Congolese troops fled.')[0]).toEqual([
      'Congolese troops',
      'cg.military',
      'COGMIL',
    ]));
  it('uses a list entry of the sector id where there is one', () =>
    expect(actors('The Congolese government said.')).toEqual([['Congolese government', 'cd.government', 'CODGOV']]));
  it('leaves a demonym alone an adjective', () => expect(actors('Russian gas flows.')).toEqual([]));
  it('leaves a lower-case demonym alone', () => expect(actors('the russian troops')).toEqual([]));
  it('lets a longer list name win (Syrian regime)', () =>
    expect(actors('The Syrian regime said.')).toEqual([['Syrian regime', 'syrian_government', undefined]]));
});

describe('offices', () => {
  it('names the holder on the document date', () =>
    expect(actors('The Russian president spoke.', '2010-01-01', 'via')).toEqual([
      ['Russian president', 'medvedev', 'office'],
    ]));
  it('names the holder after a change of holder', () =>
    expect(actors('The Russian president spoke.', '2012-05-08', 'via')).toEqual([
      ['Russian president', 'putin', 'office'],
    ]));
  it('names the holder on the day before a change', () =>
    expect(actors('The Russian president spoke.', '2012-05-06')[0][1]).toBe('medvedev'));
  it('gives the office on the mention', () =>
    expect(actors("Russia's president spoke.", '2005-01-01', 'office')).toEqual([
      ["Russia's president", 'putin', 'president'],
    ]));
  it('falls back to the sector without a date', () =>
    expect(actors('The Russian president spoke.', null, 'office')).toEqual([
      ['Russian president', 'ru.presidency', 'president'],
    ]));
  it('falls back to the sector with nobody known for the date', () =>
    expect(actors('The Russian president spoke.', '1995-01-01')[0][1]).toBe('ru.presidency'));
  it("names an organisation's officer (the UN secretary-general)", () =>
    expect(actors('The UN secretary-general spoke.', '2020-01-01')).toEqual([
      ['UN secretary-general', 'guterres', 'IGO'],
    ]));
  it('falls back to the organisation', () =>
    expect(actors('The UN chief spoke.', '2010-01-01')).toEqual([['UN chief', 'un', 'IGO']]));
  it('names the holder of an office of a country after a link word (the president of Russia)', () =>
    expect(actors('The president of Russia spoke.', '2010-01-01', 'office')).toEqual([
      ['president of Russia', 'medvedev', 'president'],
    ]));
  it("names an organisation's officer after a link word", () =>
    expect(actors('The secretary-general of the UN spoke.', '2020-01-01')).toEqual([
      ['secretary-general of the UN', 'guterres', 'IGO'],
    ]));
  it('leaves an office after a link word before a name to the name', () =>
    expect(actors('The president of Russia Vladimir Putin spoke.', '2020-01-01').map((a) => a[1])).toEqual([
      'country_ru',
      'putin',
    ]));
  it('leaves a title before a name to the name', () =>
    expect(actors('Russian President Vladimir Putin spoke.', '2020-01-01')).toEqual([
      ['Vladimir Putin', 'putin', 'RUSGOV'],
    ]));
  it('gives a person in office the government code, out of office the elite code', () => {
    expect(actors('Putin spoke.', '2005-01-01')[0][2]).toBe('RUSGOV');
    expect(actors('Putin spoke.', '2010-01-01')[0][2]).toBe('RUSELI');
  });
});

describe('persons by date and title', () => {
  it('tells apart two persons of one name by the date (Assad in 1995)', () =>
    expect(actors('Assad spoke.', '1995-01-01')[0][1]).toBe('hafez'));
  it('tells apart two persons of one name by the date (Assad in 2015)', () =>
    expect(actors('Assad spoke.', '2015-01-01')[0][1]).toBe('bashar'));
  it('takes the one in office last without a date', () => expect(actors('Assad spoke.')[0][1]).toBe('bashar'));
  it('keeps a full name to its person whatever the date', () =>
    expect(actors('Hafez al-Assad spoke.', '2015-01-01')[0][1]).toBe('hafez'));
  it('takes a titled surname as the person (General Burhan)', () =>
    expect(actors('General Burhan spoke.')).toEqual([['Burhan', 'burhan', 'SDNELI']]));
  it('takes a surname after an abbreviated title (Gen. Burhan)', () =>
    expect(actors('Gen. Burhan spoke.')[0][1]).toBe('burhan'));
  it('leaves an untitled surname of a person not known by it', () => expect(actors('Burhan spoke.')).toEqual([]));
});

describe('events CSV', () => {
  it("carries the participants' ids, countries and CAMEO codes in the order of their names", () => {
    const actor = (id: string, name: string, role: 'source' | 'target', country?: string, cameo?: string) => ({
      id,
      name,
      text: name,
      start: 0,
      end: 1,
      role,
      by: 'test',
      ...(country ? { country } : {}),
      ...(cameo ? { cameo } : {}),
    });
    const doc: DocResult = {
      source: 'a.txt',
      date: null,
      mentions: [],
      events: [
        {
          type: 'ASSAULT',
          subtype: null,
          cameo: '19',
          trigger: { text: 'x', start: 0, end: 1 },
          sentence: 0,
          sentence_span: { start: 0, end: 1 },
          actors: [
            actor('ru.military', 'Russian armed forces', 'source', 'RU', 'RUSMIL'),
            actor('g', 'Group', 'source'),
            actor('country_ua', 'Ukraine', 'target', 'UA', 'UKR'),
          ],
          places: [],
          location: null,
          date: null,
          date_from: null,
          modality: 'asserted',
        },
      ],
    };
    const [row] = parse(eventRows(doc, 'x').join('')) as string[][];
    const cell = (name: string) => row[EVENT_COLUMNS.indexOf(name as (typeof EVENT_COLUMNS)[number])];
    expect([cell('source_actors'), cell('source_ids'), cell('source_countries'), cell('source_cameo')]).toEqual([
      'Russian armed forces; Group',
      'ru.military; g',
      'RU; ',
      'RUSMIL; ',
    ]);
    expect([cell('target_ids'), cell('target_countries'), cell('target_cameo')]).toEqual(['country_ua', 'UA', 'UKR']);
  });
});

describe('actors of one name', () => {
  const staff = createContext(
    fixtureGazetteer({
      actors: [
        {
          id: 'tr.general_staff',
          name: 'Turkish General Staff',
          aliases: ['General Staff'],
          category: 'military',
          country: 'TR',
        },
        {
          id: 'sy.general_staff',
          name: 'Syrian General Staff',
          aliases: ['General Staff'],
          category: 'military',
          country: 'SY',
        },
      ],
    }),
  );
  const staffOf = (text: string) => mentionsOf(text, null, staff).find((m) => m.text === 'General Staff')?.id;
  it('takes the one of the country the document has named', () =>
    expect(staffOf('Troops entered Syria. The General Staff said so.')).toBe('sy.general_staff'));
  it('takes the other where the document names the other country', () =>
    expect(staffOf('Troops left Turkey. The General Staff said so.')).toBe('tr.general_staff'));
});
