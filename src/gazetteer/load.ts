/**
 * Reads, validates (JSON syntax and gazetteer/schema.json, see listfile.ts; `extract gazetteer check`
 * checks more) and merges gazetteer lists. The bundled folder comes first, then each
 * `--gazetteer DIR` in order; in each folder the generated lists (`places.countries.json`,
 * `places.geonames.json`, ...) load before the curated ones (`actors.json`, `places.json`), so hand
 * edits win. An entry whose id already exists extends it (fields replaced, aliases merged), or
 * replaces it with `"replace": true`, or removes it with `"disabled": true`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataFileError, UsageError, parseJsonFile } from '../errors.js';
import type { EntryType, GazetteerEntry, LoadedEntry } from '../types.js';
import { describeProblem, parseList } from './listfile.js';

/** Language knowledge used by the rules (not names): see gazetteer/rules.json. */
export interface Rules {
  /** Words that end with a full stop without ending a sentence (`jan`, `mt`, `gen`). */
  abbreviations: string[];
  /** Words that make a following country or capital a location (`in Syria`, `into Turkey`). */
  placePrepositions: string[];
  /** Words that may stand between such a preposition and the name (`in the north of`, `in northern`). */
  placeModifiers: string[];
  /** Hyphenated suffixes that make a preceding country an actor (`Turkish-backed`, `Russia-led`). */
  actorSuffixes: string[];
  /**
   * Strong contexts that make an unknown capitalized name a mention (`resolved: false`), as
   * lower-case phrases: before the name (`village of`), after it (`countryside`, `villages`),
   * its first word (`tel`, `kafr`; `liwa` for actors), after a hyphen (`based`: `Idlib-based`).
   */
  placeCuesBefore: string[];
  placeCuesAfter: string[];
  /** After-cues that are part of the name when capitalized (`Nesriyya Hill`, `Rukban Camp`). */
  placeNameHeads: string[];
  placePrefixes: string[];
  placeHyphenSuffixes: string[];
  actorCuesAfter: string[];
  actorPrefixes: string[];
  /** Capitalized words that never start or form such a name (`Several`, `Kurdish`, `Northern`). */
  notNames: string[];
}

export interface Gazetteer {
  entries: LoadedEntry[];
  rules: Rules;
  /** Files read, in load order. */
  files: string[];
}

export const BUNDLED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'gazetteer');

const LIST_FILE = /^(actors|places)[^/]*\.json$/;
export const EMPTY_RULES: Readonly<Rules> = {
  abbreviations: [], placePrepositions: [], placeModifiers: [], actorSuffixes: [],
  placeCuesBefore: [], placeCuesAfter: [], placeNameHeads: [], placePrefixes: [], placeHyphenSuffixes: [], actorCuesAfter: [], actorPrefixes: [], notNames: [],
};

/** Loads the bundled gazetteer (unless `bundled` is false) and then the user's folders. */
export function loadGazetteer(userDirs: readonly string[] = [], options: { bundled?: boolean } = {}): Gazetteer {
  const dirs = options.bundled === false ? [...userDirs] : [BUNDLED_DIR, ...userDirs];
  const byId = new Map<string, LoadedEntry>();
  const files: string[] = [];
  let rules: Rules = { ...EMPTY_RULES };
  for (const dir of dirs) {
    for (const file of listFiles(dir)) {
      files.push(file);
      const name = file.slice(file.lastIndexOf('/') + 1);
      if (name === 'rules.json') {
        rules = mergeRules(rules, readRules(file));
        continue;
      }
      for (const entry of readList(file, listType(name))) mergeEntry(byId, entry);
    }
  }
  const entries = [...byId.values()].filter((e) => e.disabled !== true);
  return { entries, rules, files };
}

/** What a list file holds, by its name: `actors*.json` actors, `places*.json` places. */
export function listType(name: string): EntryType {
  return basename(name).startsWith('actors') ? 'actor' : 'place';
}

/** Lists of a folder in load order: generated lists first, curated `actors.json`/`places.json` last. */
export function listFiles(dir: string): string[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new UsageError(`${dir}: --gazetteer expects a folder`);
    names = readdirSync(dir);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`${dir}: cannot read gazetteer folder (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const curated = (n: string) => /^(actors|places)\.json$/.test(n);
  const lists = names.filter((n) => LIST_FILE.test(n)).sort((a, b) => Number(curated(a)) - Number(curated(b)) || (a < b ? -1 : a > b ? 1 : 0));
  const rules = names.includes('rules.json') ? ['rules.json'] : [];
  return [...rules, ...lists].map((n) => join(dir, n));
}

export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    throw new DataFileError(file, `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

export function readRules(file: string): Rules {
  const text = readText(file);
  const data = parseJsonFile(file, text);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new DataFileError(file, 'expected an object of word lists', 1, 1);
  const out: Rules = { ...EMPTY_RULES };
  for (const key of Object.keys(EMPTY_RULES) as (keyof Rules)[]) {
    const value = (data as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new DataFileError(file, `"${key}" must be an array of strings`);
    out[key] = value as string[];
  }
  return out;
}

function mergeRules(a: Rules, b: Rules): Rules {
  const out = { ...a };
  for (const key of Object.keys(EMPTY_RULES) as (keyof Rules)[]) out[key] = [...new Set([...a[key], ...b[key]])];
  return out;
}

/**
 * Reads one list file (`{"$schema", "entries": [...]}` or a bare array) and checks its syntax and
 * schema; the first problem stops the load with file, line, column, entry, id and field.
 */
export function readList(file: string, type: EntryType): LoadedEntry[] {
  const list = parseList(file, readText(file), type);
  const [problem] = list.problems;
  if (problem) throw new DataFileError(file, describeProblem(problem), problem.line, problem.column);
  return list.entries.map((raw) => ({ ...(raw as GazetteerEntry), type, file }));
}

/** Merges an entry into the entries so far by id: it extends, replaces (`replace`) or adds. */
export function mergeEntry(byId: Map<string, LoadedEntry>, entry: LoadedEntry): void {
  const old = byId.get(entry.id);
  if (!old || entry.replace === true) {
    byId.set(entry.id, entry);
    return;
  }
  const aliases = [...new Set([...(old.aliases ?? []), ...(entry.aliases ?? [])])];
  byId.set(entry.id, { ...old, ...entry, aliases, type: entry.name === undefined ? old.type : entry.type });
}
