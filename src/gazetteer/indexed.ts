/**
 * Indexed lists: a big generated list, one entry a line (places: `places.<name>.tsv`, in the columns
 * below; actors: `actors.<name>.jsonl`, each line an entry's JSON), with a key file beside it
 * (`<list>.keys`: each first-word key of a name, sorted, with the byte offsets of the lines of the
 * entries whose names start with it). A run reads both files whole but parses
 * neither: a hash table over the key file's lines is built once, and a place's line is parsed only
 * when a text reaches a first word of one of its names. Start-up then costs one pass over the key
 * file, and a lookup one hash probe, however many places the list holds.
 *
 * The keys depend on how names are tokenized (the packs' articles and spelling variants); the key
 * file's first line records a fingerprint of those rules, and a list whose fingerprint differs from
 * the run's is parsed whole instead (see compile.ts).
 */
import { readFileSync } from 'node:fs';
import { DataFileError } from '../errors.js';
import type { GazetteerEntry, LoadedEntry } from '../types.js';

/**
 * Columns of a line of an indexed list, in order. Lists in a line are joined by `|`; an empty id is
 * `gn.` and the GeoNames id (most lines: it saves a column's worth of bytes).
 */
export const INDEXED_COLUMNS = [
  'id',
  'name',
  'aliases',
  'category',
  'country',
  'admin1_code',
  'lat',
  'lon',
  'population',
  'geonames',
  'feature',
  'capital_of',
  'flags',
] as const;

/** Flags of a line: `w` the name is also an ordinary word or a person's name (see the schema's `common`). */
const COMMON_FLAG = 'w';
const KEYS_HEADER = '#fingerprint ';

export interface IndexedList {
  file: string;
  keysFile: string;
  /** The list's bytes: lines are decoded only when reached (a Buffer, until sent to a worker: see bytesOf). */
  data: Buffer | Uint8Array;
  /** The key file's text after its header line. */
  keys: string;
  fingerprint: string;
  /** Open-addressing hash table: slot -> 1 + the character offset of a key's line in `keys`, 0 empty. */
  table: Int32Array | null;
}

/** The key file beside a list file. */
export const keysFileOf = (file: string) => file.replace(/\.(tsv|jsonl)$/, '.keys');

export function readIndexedList(file: string): IndexedList {
  const keysFile = keysFileOf(file);
  let data: Buffer;
  let text: string;
  try {
    data = readFileSync(file);
    text = readFileSync(keysFile, 'utf8');
  } catch (err) {
    throw new DataFileError(
      file,
      `cannot read an indexed list and its key file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
  const eol = text.indexOf('\n');
  if (!text.startsWith(KEYS_HEADER) || eol < 0)
    throw new DataFileError(keysFile, 'a key file is damaged (no fingerprint line); run npm run gazetteer:build');
  return {
    file,
    keysFile,
    data,
    keys: text.slice(eol + 1),
    fingerprint: text.slice(KEYS_HEADER.length, eol),
    table: null,
  };
}

/** FNV-1a over UTF-16 code units: the build and the run hash keys the same way. */
function hash(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const TAB = 9;
const NEWLINE = 10;

function buildTable(keys: string): Int32Array {
  let lines = 0;
  for (let p = keys.indexOf('\n'); p >= 0; p = keys.indexOf('\n', p + 1)) lines++;
  // Load factor at most 1/2: an unknown word's probe usually ends at its first slot.
  const table = new Int32Array(1 << Math.max(4, Math.ceil(Math.log2((lines + 1) * 2))));
  const mask = table.length - 1;
  for (let p = 0; p < keys.length;) {
    const tab = keys.indexOf('\t', p);
    const eol = keys.indexOf('\n', p);
    const end = eol < 0 ? keys.length : eol;
    if (tab < 0 || tab > end) break;
    let slot = hash(keys, p, tab) & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = p + 1;
    p = end + 1;
  }
  return table;
}

/** Byte offsets of the lines of the places with a name whose first word has `key`; empty when none. */
export function offsetsOf(list: IndexedList, key: string): number[] {
  const table = (list.table ??= buildTable(list.keys));
  const mask = table.length - 1;
  const { keys } = list;
  for (let slot = hash(key, 0, key.length) & mask; ; slot = (slot + 1) & mask) {
    const at = table[slot] - 1;
    if (at < 0) return [];
    if (keys.charCodeAt(at + key.length) === TAB && keys.startsWith(key, at)) {
      let eol = keys.indexOf('\n', at);
      if (eol < 0) eol = keys.length;
      return keys
        .slice(at + key.length + 1, eol)
        .split(' ')
        .map((o) => parseInt(o, 36));
    }
  }
}

/**
 * The list's bytes as a Buffer: a list sent to a worker thread arrives as a plain Uint8Array, whose
 * toString would join every byte.
 */
function bytesOf(list: IndexedList): Buffer {
  const { data } = list;
  return Buffer.isBuffer(data) ? data : (list.data = Buffer.from(data.buffer, data.byteOffset, data.byteLength));
}

/** The entry on the line at byte `offset`. */
export function entryAt(list: IndexedList, offset: number): LoadedEntry {
  const data = bytesOf(list);
  let end = data.indexOf(NEWLINE, offset);
  if (end < 0) end = data.length;
  return parseLine(data.toString('utf8', offset, end), list.file);
}

/** Every entry of the list, in file order (for the gazetteer commands and a run whose fingerprint differs). */
export function allEntries(list: IndexedList): LoadedEntry[] {
  const out: LoadedEntry[] = [];
  const data = bytesOf(list);
  for (let p = 0; p < data.length;) {
    let end = data.indexOf(NEWLINE, p);
    if (end < 0) end = data.length;
    if (end > p) out.push(parseLine(data.toString('utf8', p, end), list.file));
    p = end + 1;
  }
  return out;
}

function parseLine(line: string, file: string): LoadedEntry {
  if (file.endsWith('.jsonl')) return actorLine(line, file);
  const f = line.split('\t');
  if (f.length !== INDEXED_COLUMNS.length)
    throw new DataFileError(
      file,
      'an indexed list is damaged (a line without its columns); run npm run gazetteer:build',
    );
  const e: LoadedEntry = { id: f[0] || `gn.${f[9]}`, name: f[1], category: f[3], type: 'place', file };
  if (f[2]) e.aliases = f[2].split('|');
  if (f[4]) e.country = f[4];
  if (f[5]) e.admin1_code = f[5];
  if (f[6]) e.lat = Number(f[6]);
  if (f[7]) e.lon = Number(f[7]);
  if (f[8]) e.population = Number(f[8]);
  if (f[9]) e.geonames = Number(f[9]);
  if (f[10]) e.feature = f[10];
  if (f[11]) e.capital_of = f[11];
  if (f[12].includes(COMMON_FLAG)) e.common = true;
  e.generated = true;
  return e;
}

/** An actor list's line: the entry's JSON. */
function actorLine(line: string, file: string): LoadedEntry {
  let e: unknown;
  try {
    e = JSON.parse(line);
  } catch {
    e = null;
  }
  if (typeof e !== 'object' || e === null || typeof (e as LoadedEntry).id !== 'string')
    throw new DataFileError(file, 'an indexed list is damaged (a line that is no entry); run npm run gazetteer:build');
  return { ...(e as LoadedEntry), type: 'actor', file };
}

/** The line of an entry (for the build): the columns of INDEXED_COLUMNS, tab-separated. */
export function indexedLine(e: GazetteerEntry): string {
  const cell = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  const flags = e.common === true ? COMMON_FLAG : '';
  const cells = [
    e.id === `gn.${String(e.geonames)}` ? '' : e.id,
    e.name,
    (e.aliases ?? []).join('|'),
    e.category,
    cell(e.country),
    cell(e.admin1_code),
    cell(e.lat),
    cell(e.lon),
    cell(e.population),
    cell(e.geonames),
    cell(e.feature),
    cell(e.capital_of),
    flags,
  ];
  if (cells.some((c) => /[\t\n]/.test(c)) || (e.aliases ?? []).some((a) => a.includes('|')))
    throw new Error(`${e.id}: a tab, newline or | in a field`);
  return cells.join('\t');
}

/**
 * The key file of a list (for the build): `lines` are the list's lines in order, `firstKeys(entry)`
 * the first-word keys of its names, `fingerprint` that of the rules that made the keys.
 */
export function indexedKeys(
  lines: readonly string[],
  entries: readonly GazetteerEntry[],
  firstKeys: (e: GazetteerEntry) => Iterable<string>,
  fingerprint: string,
): string {
  const byKey = new Map<string, number[]>();
  let offset = 0;
  lines.forEach((line, i) => {
    for (const key of new Set(firstKeys(entries[i]))) {
      if (/[\t\n ]/.test(key)) continue;
      const list = byKey.get(key);
      if (list) list.push(offset);
      else byKey.set(key, [offset]);
    }
    offset += Buffer.byteLength(line, 'utf8') + 1;
  });
  const keys = [...byKey.keys()].sort();
  return `${KEYS_HEADER}${fingerprint}\n${keys
    .map(
      (k) =>
        `${k}\t${byKey
          .get(k)!
          .map((o) => o.toString(36))
          .join(' ')}`,
    )
    .join('\n')}\n`;
}
