/**
 * `extract gazetteer check`: everything wrong with the lists, not just the first problem. On top
 * of what every load checks (JSON syntax and gazetteer/schema.json, shared through listfile.ts):
 * duplicate ids within a file, names too short to match safely, coordinates outside the stated
 * country (gazetteer/country-bounds.json), and the same name on two entries unless one of them
 * marks it `ambiguous`; and, as loading a user's folder does, entries that extend an id no earlier
 * list has, and files of a user's folder that no loader reads. A pure function of the files: it
 * returns problems and never prints.
 */
import { Chalk } from 'chalk';
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DataFileError, parseJsonFile } from '../errors.js';
import { tokenize } from '../fold.js';
import type { CheckProblem, CheckReport, GazetteerEntry, LoadedEntry, ProblemLevel } from '../types.js';
import { aliasesOf } from './compile.js';
import { parseList, unknownIds, type ListProblem, type ParsedList } from './listfile.js';
import {
  EMPTY_RULES,
  INDEXED_FILE,
  LIST_FILE,
  listFiles,
  listType,
  mergeEntry,
  mergeRules,
  readRules,
  readText,
  RULES_FILE,
  type Rules,
} from './load.js';
import { allEntries, readIndexedList } from './indexed.js';
import { rulesFingerprint } from './compile.js';
import { EVENTS_FILE } from './lexicon.js';
import { bundledFile, MANIFEST, packDirs, type PackChoice } from './packs.js';

export type BoundingBox = [west: number, south: number, east: number, north: number];

export interface CountryBounds {
  /** Degrees added on every side: the outlines are simplified. */
  margin: number;
  /** By ISO 3166-1 alpha-2 code. */
  bounds: Record<string, BoundingBox>;
}

export interface CheckOptions extends PackChoice {
  /** Country boxes (default: the core pack's country-bounds.json). */
  bounds?: CountryBounds;
  /** How files are named in problems (default: as listed). */
  display?: (file: string) => string;
}

/** An entry that passed the schema, with where it was read. */
interface ListedEntry {
  list: ParsedList;
  index: number;
  entry: GazetteerEntry;
}

/** Checks the bundled folder (unless `bundled` is false) and the user's folders, in load order. */
export function checkGazetteer(userDirs: readonly string[] = [], options: CheckOptions = {}): CheckReport {
  const dirs = packDirs(userDirs, options);
  const display = options.display ?? ((f: string) => f);
  const files = dirs.flatMap((d) => listFiles(d));
  const problems: CheckProblem[] = [];
  const lists: ParsedList[] = [];
  const indexed: string[] = [];
  let rules = { ...EMPTY_RULES };
  for (const file of files) {
    try {
      if (RULES_FILE.test(basename(file))) rules = mergeRules(rules, readRules(file));
      else if (INDEXED_FILE.test(basename(file))) indexed.push(file);
      else lists.push(parseList(file, readText(file), listType(file)));
    } catch (err) {
      if (!(err instanceof DataFileError)) throw err;
      problems.push({
        level: 'error',
        file,
        ...(err.line !== undefined ? { line: err.line, column: err.column } : {}),
        message: err.detail,
      });
    }
  }
  for (const file of indexed) problems.push(...checkIndexed(file, rules));
  for (const list of lists) problems.push(...list.problems.map(schemaProblem));
  const entries = lists.flatMap(validEntries);
  problems.push(
    ...userDirs.flatMap((dir) => ignoredFiles(dir).map((file) => ignoredFile(file))),
    ...unknownIdsInOrder(lists),
    ...duplicateIds(lists),
    ...lists.flatMap(objectEntries).flatMap(shortNames),
    ...outOfBounds(entries, options.bounds ?? readCountryBounds()),
    ...sharedNames(entries, display),
  );
  const order = new Map(files.map((f, i) => [f, i]));
  // Files not read (a folder's ignored files, key files) come after those that are, in the order met.
  for (const p of problems) if (!order.has(p.file)) order.set(p.file, order.size);
  const sorted = problems.sort(
    (a, b) =>
      order.get(a.file)! - order.get(b.file)! || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  return { files: files.map((f) => display(f)), problems: sorted.map((p) => ({ ...p, file: display(p.file) })) };
}

/**
 * An indexed list (see indexed.ts): every line parses, every key points at the start of a line, and
 * the keys were made under the rules of the folders checked (else each run parses the list whole).
 */
function checkIndexed(file: string, rules: Rules): CheckProblem[] {
  let list;
  try {
    list = readIndexedList(file);
    allEntries(list);
  } catch (err) {
    if (!(err instanceof DataFileError)) throw err;
    return [{ level: 'error', file: err.file, message: err.detail }];
  }
  const problems: CheckProblem[] = [];
  const starts = lineStarts(list.data);
  for (const line of list.keys.split('\n')) {
    const [key, offsets] = line.split('\t');
    if (!key) continue;
    if (!offsets || offsets.split(' ').some((o) => !starts.has(parseInt(o, 36)))) {
      problems.push({
        level: 'error',
        file: list.keysFile,
        message: `key "${key}" points at no line; run npm run gazetteer:build`,
      });
      break;
    }
  }
  if (list.fingerprint !== rulesFingerprint(rules))
    problems.push({
      level: 'warning',
      file: list.keysFile,
      message:
        'the keys were made under other rules (articles, spelling variants): each run parses the list whole; run npm run gazetteer:build',
    });
  return problems;
}

function lineStarts(data: Uint8Array): Set<number> {
  const starts = new Set<number>([0]);
  for (let p = data.indexOf(10); p >= 0 && p + 1 < data.length; p = data.indexOf(10, p + 1)) starts.add(p + 1);
  return starts;
}

/** The country boxes shipped in the core pack's country-bounds.json (generated by npm run gazetteer:build). */
export function readCountryBounds(file = bundledFile('country-bounds.json') ?? 'country-bounds.json'): CountryBounds {
  const data = (parseJsonFile(file, readText(file)) ?? {}) as Partial<CountryBounds>;
  if (typeof data.margin !== 'number' || typeof data.bounds !== 'object' || data.bounds === null)
    throw new DataFileError(file, 'expected {"margin": degrees, "bounds": {"SY": [west, south, east, north], ...}}');
  return { margin: data.margin, bounds: data.bounds };
}

function schemaProblem(p: ListProblem): CheckProblem {
  return { level: 'error', ...p };
}

/**
 * The names the loaders read in a folder, as the warning about a file none of them names shows
 * them: lists (`actors*.json`, `places*.json`), the event lexicon (`events*.json`, `cameo.json`),
 * word lists (`rules.json`, `rules.<name>.json`), indexed lists and the manifest.
 */
const READ_NAMES: readonly [test: (name: string) => boolean, shown: string][] = [
  [(n) => LIST_FILE.test(n), 'actors*.json, places*.json'],
  [(n) => EVENTS_FILE.test(n), 'events*.json'],
  [(n) => RULES_FILE.test(n), 'rules.json, rules.<name>.json'],
  [(n) => INDEXED_FILE.test(n), 'places*.tsv, actors*.jsonl'],
  [(n) => n === 'cameo.json', 'cameo.json'],
  [(n) => n === MANIFEST, MANIFEST],
];
/** Files that look like data: of these, one that no loader reads is most likely a list misnamed. */
const DATA_FILE = /\.(json|jsonl|tsv)$/i;
/** Read by editors, not by the tool: a folder's copy of the list schema, for `"$schema": "./schema.json"`. */
const EDITOR_FILES = new Set(['schema.json']);

/**
 * Data files of a user's folder that no loader reads (`people.json`, `rules-mine.json`): silently
 * left out, their entries would simply be missing. A folder that cannot be read has none (the
 * loader says why it cannot).
 */
export function ignoredFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => DATA_FILE.test(n) && !n.startsWith('.') && !EDITOR_FILES.has(n) && !READ_NAMES.some(([t]) => t(n)))
    .sort()
    .map((n) => join(dir, n))
    .filter((file) => statSync(file, { throwIfNoEntry: false })?.isFile() === true);
}

/** The warning about a file no loader reads, naming the files that are read. */
export function ignoredFileMessage(): string {
  return `not read: a folder's files are read by their names (${READ_NAMES.map(([, shown]) => shown).join(', ')})`;
}

function ignoredFile(file: string): CheckProblem {
  return { level: 'warning', file, message: ignoredFileMessage() };
}

/**
 * Entries, in load order, that extend an id no earlier list has (see `unknownIds`): errors, as on
 * loading; and, as warnings, entries that remove (`disabled`) such an id, which then do nothing.
 */
function unknownIdsInOrder(lists: readonly ParsedList[]): CheckProblem[] {
  const known = new Set<string>();
  const out: CheckProblem[] = [];
  for (const list of lists) {
    out.push(...unknownIds(list, known).map(schemaProblem));
    const valid = new Set(validEntries(list).map((at) => at.index));
    for (const at of objectEntries(list)) {
      if (valid.has(at.index) && at.entry.disabled === true && !known.has(at.entry.id))
        out.push(problemAt('warning', at, 'disables an id that no earlier list has: it does nothing', 'id'));
      known.add(at.entry.id);
    }
  }
  return out;
}

/** Entries that passed the schema. */
function validEntries(list: ParsedList): ListedEntry[] {
  const invalid = new Set(list.problems.map((p) => p.entry));
  if (invalid.has(undefined)) return [];
  return list.entries.flatMap((entry, index) =>
    invalid.has(index + 1) ? [] : [{ list, index, entry: entry as GazetteerEntry }],
  );
}

/** Every entry that is an object with a string id, valid or not (checks on these guard each field). */
function objectEntries(list: ParsedList): ListedEntry[] {
  return list.entries.flatMap((entry, index) =>
    typeof entry === 'object' && entry !== null && typeof (entry as { id?: unknown }).id === 'string'
      ? [{ list, index, entry: entry as GazetteerEntry }]
      : [],
  );
}

function problemAt(level: ProblemLevel, at: ListedEntry, message: string, field?: string): CheckProblem {
  return {
    level,
    file: at.list.file,
    ...at.list.locate(at.index),
    entry: at.index + 1,
    id: at.entry.id,
    ...(field !== undefined ? { field } : {}),
    message,
  };
}

/** The same id twice in one file (across files, a later entry extending an id is the point). */
function duplicateIds(lists: readonly ParsedList[]): CheckProblem[] {
  return lists.flatMap((list) => {
    const first = new Map<string, number>();
    return objectEntries(list).flatMap((at) => {
      const earlier = first.get(at.entry.id);
      if (earlier === undefined) {
        first.set(at.entry.id, at.index);
        return [];
      }
      return [problemAt('error', at, `duplicate id: entry ${earlier + 1} of this file has it too`, 'id')];
    });
  });
}

type NameField = [what: string, field: string, name: unknown];

/** Names and aliases with fewer than two letters or digits: they would match almost anything. */
function shortNames(at: ListedEntry): CheckProblem[] {
  const { entry } = at;
  const listed = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const named: NameField[] = [
    ['name', 'name', entry.name],
    ...listed(entry.aliases).map((a, i): NameField => ['alias', `aliases.${i}`, a]),
    ...listed(entry.former_names).map((f, i): NameField => [
      'former name',
      `former_names.${i}.name`,
      (f as { name?: unknown } | null)?.name,
    ]),
  ];
  return named.flatMap(([what, field, name]) => {
    if (typeof name !== 'string' || name.trim() === '') return []; // missing or blank: the schema says so
    const letters = name.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
    if (letters >= 2) return [];
    return [
      problemAt('error', at, `${what} "${name}" ${letters === 0 ? 'has no letters' : 'has only one letter'}`, field),
    ];
  });
}

/** Places whose coordinates lie outside their country's box (plus the margin). */
function outOfBounds(entries: readonly ListedEntry[], countries: CountryBounds): CheckProblem[] {
  const countryOf = new Map<string, string>();
  const out: CheckProblem[] = [];
  for (const at of entries) {
    const { entry } = at;
    if (entry.replace === true) countryOf.delete(entry.id);
    if (entry.country !== undefined) countryOf.set(entry.id, entry.country);
    const country = countryOf.get(entry.id);
    if (typeof entry.lat !== 'number' || typeof entry.lon !== 'number' || country === undefined) continue;
    const box = countries.bounds[country];
    if (!box || insideBox(entry.lat, entry.lon, box, countries.margin)) continue;
    const [w, s, e, n] = box;
    out.push(
      problemAt(
        'error',
        at,
        `lat ${entry.lat}, lon ${entry.lon} is outside ${country} (lat ${s} to ${n}, lon ${w} to ${e}, give or take ${countries.margin}°)`,
      ),
    );
  }
  return out;
}

export function insideBox(lat: number, lon: number, [w, s, e, n]: BoundingBox, margin: number): boolean {
  if (lat < s - margin || lat > n + margin) return false;
  const width = e >= w ? e - w : e - w + 360;
  const offset = (((lon - w + margin) % 360) + 360) % 360;
  return offset <= width + 2 * margin;
}

/** The matcher's folded key of a name: its words folded, joined by spaces. */
export function foldedName(name: string): string {
  return tokenize(name)
    .map((t) => t.key)
    .join(' ');
}

function marksAmbiguous(entry: GazetteerEntry, key: string): boolean {
  const marker = entry.ambiguous;
  return (
    marker === true || (Array.isArray(marker) && marker.some((n) => typeof n === 'string' && foldedName(n) === key))
  );
}

interface NameOwner {
  entry: LoadedEntry;
  name: string;
  at: ListedEntry;
}

/**
 * The same name (by folded key) on two different entries, after merging by id as loading does:
 * a warning at the later one, naming the earlier, unless either marks the name `ambiguous`.
 */
function sharedNames(entries: readonly ListedEntry[], display: (file: string) => string): CheckProblem[] {
  const byId = new Map<string, LoadedEntry>();
  const whereNamed = new Map<string, ListedEntry>();
  for (const at of entries) {
    mergeEntry(byId, { ...at.entry, type: at.list.type, file: at.list.file });
    for (const name of aliasesOf(at.entry as LoadedEntry))
      whereNamed.set(`${at.entry.id}\u0000${foldedName(name)}`, at);
  }
  const owners = new Map<string, NameOwner[]>();
  for (const entry of byId.values()) {
    if (entry.disabled === true) continue;
    const keys = new Set<string>();
    for (const name of aliasesOf(entry)) {
      const key = foldedName(name);
      if (key === '' || keys.has(key)) continue;
      keys.add(key);
      const at = whereNamed.get(`${entry.id}\u0000${key}`);
      if (!at) continue;
      const list = owners.get(key);
      if (list) list.push({ entry, name, at });
      else owners.set(key, [{ entry, name, at }]);
    }
  }
  const out: CheckProblem[] = [];
  for (const [key, list] of owners) {
    list.forEach((later, i) => {
      const earlier = list.slice(0, i).find((o) => !marksAmbiguous(o.entry, key) && !marksAmbiguous(later.entry, key));
      if (!earlier) return;
      const where = `${display(earlier.at.list.file)}:${earlier.at.list.locate(earlier.at.index).line}`;
      out.push(
        problemAt(
          'warning',
          later.at,
          `"${later.name}" is also a name of "${earlier.entry.id}" (${where}); if both are meant, mark it "ambiguous" on either entry`,
        ),
      );
    });
  }
  return out;
}
