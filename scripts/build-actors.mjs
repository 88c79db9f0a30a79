#!/usr/bin/env node
/**
 * Generates packs/world-actors/actors.phoenix.json from the Phoenix dictionaries of PETRARCH2
 * (../shared/data/phoenix, MIT): the non-state armed groups of Phoenix.MilNonState.actors.txt
 * (from the START terrorism database) with their aliases, acronyms and CAMEO codes, leaving out the
 * groups the curated lists of the bundled packs already name. Part of npm run gazetteer:build;
 * `node scripts/build-actors.mjs [PHOENIX_DIR]`.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'packs/world-actors/actors.phoenix.json');
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
      if (current) for (const m of body.matchAll(/\[([A-Z]+)[^\]]*\]/g)) current.codes.push(m[1]);
    } else {
      const m = /^(\S+)\s*(?:\[([A-Z]+)[^\]]*\])?/.exec(body.trim());
      if (!m) continue;
      current = { name: m[1], aliases: [], codes: m[2] ? [m[2]] : [] };
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

function main() {
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
    const entry = groupEntry(raw, raw.codes, iso3to2, taken, groupWords);
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
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
