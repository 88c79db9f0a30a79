#!/usr/bin/env node
/**
 * Generates the Phoenix lists of packs/world-actors from the Phoenix dictionaries of PETRARCH2
 * (../shared/data/phoenix, MIT), leaving out what the curated lists of the bundled packs already name:
 * - actors.phoenix.json: the non-state armed groups of Phoenix.MilNonState.actors.txt (from the START
 *   terrorism database) with their aliases, acronyms and CAMEO codes;
 * - actors.phoenix-persons.jsonl (an indexed list, with its key file): the office holders of
 *   Phoenix.Countries.actors.txt whose coded periods reach 1990 or later, with their CAMEO codes by
 *   period (`cameo_dated`: RUSGOV while in government, RUSELI before and after).
 * Part of npm run gazetteer:build (after tsc: the key file is made with the compiled matcher);
 * `node scripts/build-actors.mjs [PHOENIX_DIR]`.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'packs/world-actors/actors.phoenix.json');
const PERSONS = join(ROOT, 'packs/world-actors/actors.phoenix-persons.jsonl');
const PERSONS_SOURCE = 'Phoenix.Countries.actors.txt (PETRARCH2 Phoenix dictionaries, MIT; from CountryInfo)';
/** Persons whose coded periods all ended before this are left out (the lists cover 1990 on). */
const SINCE = '1990-01-01';
const SOURCE = 'Phoenix.MilNonState.actors.txt (PETRARCH2 Phoenix dictionaries, MIT)';

/** Words written in lower case inside a name (`Army of God`, `al-Qaeda in the Islamic Maghreb`). */
const SMALL = new Set([
  'and',
  'of',
  'the',
  'for',
  'in',
  'on',
  'to',
  'a',
  'an',
  'de',
  'del',
  'la',
  'las',
  'los',
  'y',
  'et',
  'du',
  'des',
  'al',
  'el',
  'bin',
]);

/** `BASQUE_FATHERLAND_AND_FREEDOM` -> `Basque Fatherland and Freedom`; acronyms (`ETA`, `FARC`) stay capitals. */
export function titleCase(raw, acronyms = new Set()) {
  const words = raw.replace(/_+/g, ' ').trim().split(/\s+/);
  return words
    .map((w, i) =>
      w
        .split('-')
        .map((part, k) => {
          if (acronyms.has(part)) return part;
          const lower = part.toLowerCase();
          if ((i > 0 || k > 0) && SMALL.has(lower)) return lower;
          return lower.replace(/^(\p{L})/u, (c) => c.toUpperCase()).replace(/(['’])S$/i, '$1s');
        })
        .join('-'),
    )
    .join(' ');
}

/** Folds a name for comparison with the curated lists' names. */
export const foldName = (s) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');

/**
 * The entries of a Phoenix actor file: `NAME_ [CODE] # comment` starts one, `+ALIAS_` lines add
 * names, indented `[CODE dates]` lines add codes. Returns [{name, aliases, codes}] with raw names.
 */
export function parsePhoenix(text) {
  const out = [];
  let current = null;
  for (const line of text.split('\n')) {
    const body = line.replace(/#.*/, '').trimEnd();
    if (!body.trim()) continue;
    if (body.startsWith('+')) {
      if (current) current.aliases.push(body.slice(1).trim());
    } else if (/^\s/.test(body)) {
      if (current)
        for (const m of body.matchAll(/\[([A-Z]+)\s*([^\]]*)\]/g))
          current.codes.push({ code: m[1], dates: m[2].trim() });
    } else {
      const m = /^(\S+)\s*(?:\[([A-Z]+)\s*([^\]]*)\])?/.exec(body.trim());
      if (!m) continue;
      current = { name: m[1], aliases: [], codes: m[2] ? [{ code: m[2], dates: (m[3] ?? '').trim() }] : [] };
      out.push(current);
    }
  }
  return out;
}

/** A Phoenix name's acronym in parentheses (`ANIMAL_LIBERATION_FRONT_(ALF)_` -> `ALF`) and the name without it. */
export function splitAcronym(raw) {
  const m = /\(([A-Z0-9-]{2,8})\)/.exec(raw);
  return {
    name: raw
      .replace(/\([^)]*\)/g, ' ')
      .replace(/_+/g, ' ')
      .trim(),
    acronym: m ? m[1] : null,
  };
}

/** A group's entry, or null for a name too short or too plain to match on its own. */
export function groupEntry(raw, codes, iso3to2, taken, groupWords = new Set()) {
  const names = [raw.name, ...raw.aliases].map(splitAcronym);
  const acronyms = new Set(names.map((n) => n.acronym).filter(Boolean));
  const spelled = [...new Set(names.map((n) => titleCase(n.name, acronyms)).filter((n) => /\p{L}{3}/u.test(n)))];
  // One-word names (`Jaysh`, `Intifada`) and acronyms of three letters or fewer fire on too much prose.
  const kept = spelled.filter((n) => n.includes(' ') || n.includes('-'));
  const acronymAliases = [...acronyms].filter((a) => a.length >= 4 && /^[A-Z]+$/.test(a) && !taken.has(foldName(a)));
  if (kept.length === 0) return null;
  // A number and a word (`21 June`) reads as a date.
  if (/^\d/.test(kept[0]) && kept[0].split(' ').length < 3) return null;
  // Phoenix codes individual militants with their group (IMG...): a person's name is no group.
  const code0 = codes[0] ?? '';
  if (
    code0.startsWith('IMG') &&
    !kept.some((n) =>
      foldName(n)
        .split(' ')
        .some((w) => groupWords.has(w)),
    )
  )
    return null;
  if ([...kept, ...acronymAliases].some((n) => taken.has(foldName(n)))) return null;
  const code = codes.find((c) => /REB|INS|SEP|UAF|RAD|MUS|IMG/.test(c)) ?? codes[0];
  const country = code ? iso3to2.get(code.slice(0, 3)) : undefined;
  const [name, ...aliases] = kept;
  const entry = {
    id: `phx.${foldName(name).replace(/ /g, '_')}`,
    name,
    ...(aliases.length + acronymAliases.length > 0 ? { aliases: [...aliases, ...acronymAliases] } : {}),
    category: 'armed_group',
    ...(country ? { country } : {}),
    ...(code ? { cameo: code } : {}),
    source: SOURCE,
  };
  return entry;
}

/** A Phoenix date (`000507`, `19270101`; two-digit years under 30 are 20xx) as YYYY-MM-DD. */
export function phoenixDate(d) {
  const full = d.length === 8 ? d : `${Number(d.slice(0, 2)) < 30 ? '20' : '19'}${d}`;
  return `${full.slice(0, 4)}-${full.slice(4, 6)}-${full.slice(6, 8)}`;
}

/** `[RUSGOV 000507-080507]` -> {code, from, until}; `>080508` from then on; no dates: always. */
export function datedCode(code, dates) {
  const range = /^(\d{6,8})-(\d{6,8})$/.exec(dates);
  if (range) return { code, from: phoenixDate(range[1]), until: phoenixDate(range[2]) };
  const open = /^>(\d{6,8})$/.exec(dates);
  if (open) return { code, from: phoenixDate(open[1]) };
  return { code };
}

/**
 * A person of the country file, or null: a name of two words or more with dated codes reaching
 * SINCE; aliases without titles (`PRESIDENT_PUTIN_`) or demonyms, the surname as the last word.
 */
export function personEntry(raw, iso3to2, taken, titleWords) {
  const dated = raw.codes.filter((c) => c.dates);
  if (dated.length === 0) return null;
  const codes = raw.codes.map((c) => datedCode(c.code, c.dates));
  if (!codes.some((c) => !c.until || c.until >= SINCE)) return null;
  const name = titleCase(splitAcronym(raw.name).name);
  const words = foldName(name).split(' ');
  if (words.length < 2 || !/^\p{L}/u.test(name)) return null;
  if (taken.has(foldName(name))) return null;
  const surname = words[words.length - 1];
  const aliases = [
    ...new Set(
      raw.aliases
        .map((a) => titleCase(splitAcronym(a).name))
        .filter((a) => {
          const w = foldName(a).split(' ');
          return a !== name && w.every((x) => !titleWords.has(x)) && (w.length > 1 || w[0] === surname);
        }),
    ),
  ].filter((a) => !taken.has(foldName(a)) || foldName(a) === surname);
  const country = iso3to2.get(dated[0].code.slice(0, 3));
  const entry = {
    id: `phx.${(country ?? 'xx').toLowerCase()}.${words.join('_')}`,
    name,
    ...(aliases.length > 0 ? { aliases } : {}),
    category: 'person',
    ...(country ? { country } : {}),
    cameo_dated: codes,
    source: PERSONS_SOURCE,
  };
  return entry;
}

/** Folded names of every curated actor of the bundled packs (not this script's output). */
function curatedNames() {
  const taken = new Set();
  const packs = join(ROOT, 'packs');
  for (const pack of readdirSync(packs)) {
    const dir = join(packs, pack);
    if (!existsSync(join(dir, 'pack.json'))) continue;
    for (const f of readdirSync(dir)) {
      if (!/^actors.*\.json$/.test(f) || join(dir, f) === OUT) continue;
      for (const e of JSON.parse(readFileSync(join(dir, f), 'utf8')).entries ?? [])
        for (const n of [e.name, ...(e.aliases ?? []), ...(e.former_names ?? []).map((x) => x.name)])
          if (typeof n === 'string') taken.add(foldName(n));
    }
  }
  return taken;
}

async function main() {
  const dir = process.argv[2] ?? join(ROOT, '../shared/data/phoenix');
  const file = join(dir, 'Phoenix.MilNonState.actors.txt');
  if (!existsSync(file)) {
    console.error(`build-actors: ${file} not found; actors.phoenix.json left as it is`);
    return;
  }
  const require = createRequire(import.meta.url);
  const countries = require('world-countries');
  const iso3to2 = new Map(countries.map((c) => [c.cca3, c.cca2]));
  const taken = curatedNames();
  // Country names are no acronyms of groups (`(GREECE)` in a Phoenix name).
  for (const c of countries)
    for (const n of [c.name.common, c.name.official, ...(c.altSpellings ?? [])]) taken.add(foldName(n));
  const english = JSON.parse(readFileSync(join(ROOT, 'packs/english/rules.json'), 'utf8'));
  const groupWords = new Set([...english.armedWords, ...english.actorCuesAfter].map(foldName));
  const byId = new Map();
  let skipped = 0;
  for (const raw of parsePhoenix(readFileSync(file, 'latin1'))) {
    const entry = groupEntry(
      raw,
      raw.codes.map((c) => c.code),
      iso3to2,
      taken,
      groupWords,
    );
    if (!entry || byId.has(entry.id)) {
      skipped++;
      continue;
    }
    byId.set(entry.id, entry);
    for (const n of [entry.name, ...(entry.aliases ?? [])]) taken.add(foldName(n));
  }
  const entries = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const lines = entries.map((e) => `  ${JSON.stringify(e)}`);
  writeFileSync(OUT, `{"$schema": "../core/schema.json", "entries": [\n${lines.join(',\n')}\n]}\n`);
  console.log(
    `actors.phoenix.json: ${entries.length} armed groups from Phoenix; ${skipped} left out (curated, duplicate or one-word)`,
  );
  await buildPersons(dir, iso3to2, taken, english);
}

/** The Phoenix office holders as an indexed list (see src/gazetteer/indexed.ts). */
async function buildPersons(dir, iso3to2, taken, english) {
  const file = join(dir, 'Phoenix.Countries.actors.txt');
  if (!existsSync(file)) return;
  const { articleFolding } = await import('../dist/fold.js');
  const { filedAliases, rulesFingerprint, variantTable } = await import('../dist/gazetteer/compile.js');
  const { indexedKeys } = await import('../dist/gazetteer/indexed.js');
  const { loadGazetteer } = await import('../dist/gazetteer/load.js');
  const titleWords = new Set([...english.titleHeads, ...english.titleModifiers].map(foldName));
  for (const c of createRequire(import.meta.url)('world-countries'))
    for (const d of Object.values(c.demonyms?.eng ?? {})) titleWords.add(foldName(d));
  const byId = new Map();
  for (const raw of parsePhoenix(readFileSync(file, 'utf8'))) {
    const entry = personEntry(raw, iso3to2, taken, titleWords);
    if (entry && !byId.has(entry.id)) byId.set(entry.id, entry);
  }
  // The keys are made under the rules of the bundled packs, as a run with all of them computes them
  // (read before the list is rewritten: a list without its keys does not load).
  const { rules } = loadGazetteer([], {});
  const persons = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const lines = persons.map((e) => JSON.stringify(e));
  writeFileSync(PERSONS, `${lines.join('\n')}\n`);
  const articles = articleFolding(rules.articles, rules.freeArticles);
  const variants = variantTable(rules.nameWordVariants);
  const firstKeys = (e) => filedAliases({ ...e, type: 'actor' }, articles, variants).flatMap((f) => f.firstKeys);
  writeFileSync(PERSONS.replace(/\.jsonl$/, '.keys'), indexedKeys(lines, persons, firstKeys, rulesFingerprint(rules)));
  console.log(
    `actors.phoenix-persons.jsonl: ${persons.length} office holders from Phoenix (coded periods reaching 1990 or later)`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
