/**
 * Reads, validates and merges gazetteer lists. The bundled folder comes first, then each
 * `--gazetteer DIR` in order; in each folder the generated lists (`places.countries.json`,
 * `places.geonames.json`, ...) load before the curated ones (`actors.json`, `places.json`), so hand
 * edits win. An entry whose id already exists extends it (fields replaced, aliases merged), or
 * replaces it with `"replace": true`, or removes it with `"disabled": true`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataFileError, UsageError, arrayElementOffsets, lineColumn, parseJsonFile } from '../errors.js';
import type { EntryType, GazetteerEntry, LoadedEntry } from '../types.js';

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
      const type: EntryType = name.startsWith('actors') ? 'actor' : 'place';
      for (const entry of readList(file, type)) mergeEntry(byId, entry);
    }
  }
  const entries = [...byId.values()].filter((e) => e.disabled !== true);
  return { entries, rules, files };
}

/** Lists of a folder in load order: generated lists first, curated `actors.json`/`places.json` last. */
function listFiles(dir: string): string[] {
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

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    throw new DataFileError(file, `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

function readRules(file: string): Rules {
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

/** Reads one list file and validates every entry, naming file, line and column on error. */
export function readList(file: string, type: EntryType): LoadedEntry[] {
  const text = readText(file);
  const data = parseJsonFile(file, text);
  if (!Array.isArray(data)) throw new DataFileError(file, 'expected a JSON array of entries', 1, 1);
  const offsets = data.length > 0 ? arrayElementOffsets(text) : [];
  return data.map((raw, i) => {
    const problem = validate(raw, type);
    if (problem) {
      const { line, column } = lineColumn(text, offsets[i] ?? 0);
      throw new DataFileError(file, `entry ${i + 1}: ${problem}`, line, column);
    }
    return { ...(raw as GazetteerEntry), type, file };
  });
}

const ID = /^[A-Za-z0-9_.:-]+$/;

/** Returns what is wrong with an entry, or null. */
export function validate(raw: unknown, type: EntryType): string | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'an entry must be an object';
  const e = raw as Record<string, unknown>;
  if (typeof e.id !== 'string' || !ID.test(e.id)) return '"id" must be a non-empty string of letters, digits, _ . : -';
  const isPatch = Object.keys(e).length > 1 && e.name === undefined && e.category === undefined;
  if (!isPatch || e.replace === true) {
    if (typeof e.name !== 'string' || e.name.trim() === '') return `"${e.id}": "name" must be a non-empty string`;
    if (typeof e.category !== 'string' || e.category === '') return `"${e.id}": "category" must be a non-empty string`;
  }
  if (e.aliases !== undefined && (!Array.isArray(e.aliases) || e.aliases.some((a) => typeof a !== 'string' || a.trim() === ''))) {
    return `"${e.id}": "aliases" must be an array of non-empty strings`;
  }
  if (e.country !== undefined && (typeof e.country !== 'string' || !/^[A-Z]{2}$/.test(e.country))) return `"${e.id}": "country" must be an ISO 3166 alpha-2 code such as "SY"`;
  for (const k of ['lat', 'lon'] as const) {
    const v = e[k];
    const limit = k === 'lat' ? 90 : 180;
    if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > limit)) return `"${e.id}": "${k}" must be a number between -${limit} and ${limit}`;
  }
  if ((e.lat === undefined) !== (e.lon === undefined)) return `"${e.id}": give both "lat" and "lon" or neither`;
  if (type === 'actor' && e.lat !== undefined) return `"${e.id}": actors have no coordinates; put places in a places*.json file`;
  if (e.former_names !== undefined) {
    if (!Array.isArray(e.former_names)) return `"${e.id}": "former_names" must be an array`;
    for (const f of e.former_names) {
      if (typeof f !== 'object' || f === null || typeof (f as { name?: unknown }).name !== 'string') return `"${e.id}": each former name needs a "name"`;
      const until = (f as { until?: unknown }).until;
      if (until !== undefined && (typeof until !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(until))) return `"${e.id}": "until" must be an ISO date (YYYY-MM-DD)`;
    }
  }
  if (e.requires !== undefined && e.requires !== 'case' && e.requires !== 'capitalized') return `"${e.id}": "requires" must be "case" or "capitalized"`;
  return null;
}

function mergeEntry(byId: Map<string, LoadedEntry>, entry: LoadedEntry): void {
  const old = byId.get(entry.id);
  if (!old || entry.replace === true) {
    byId.set(entry.id, entry);
    return;
  }
  const aliases = [...new Set([...(old.aliases ?? []), ...(entry.aliases ?? [])])];
  byId.set(entry.id, { ...old, ...entry, aliases, type: entry.name === undefined ? old.type : entry.type });
}
