/**
 * Inputs: expands paths, directories and glob patterns into a sorted list, reads and decodes each
 * file (BOM, UTF-16, invalid UTF-8, binary detection) and finds the document date.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { basename, join } from 'node:path';
import fg from 'fast-glob';
import { htmlDocument, isHtmlPath } from './html-text.js';
import { isIsoDate } from './day.js';

export { isIsoDate };
import type { DocDate, SourceDoc } from '../types.js';

export const STDIN = '-';

/** Standard input for runs where no input is `-`: never read, and the real one stays unopened. */
export const NO_STDIN: NodeJS.ReadableStream = Readable.from([]);

/** An input that could not be expanded or read: reported on one line, the run goes on. */
export interface InputProblem {
  source: string;
  message: string;
}

export interface Expanded {
  files: string[];
  problems: InputProblem[];
}

const DIR_PATTERN = '**/*.{txt,md,html,htm,TXT,MD,HTML,HTM}';

/**
 * Expands the command-line inputs into a sorted, de-duplicated list of files (`-` first).
 * Folders and patterns are walked synchronously: nothing else runs yet, and fast-glob's
 * asynchronous walk keeps its directory entries alive past the result, in the old generation,
 * for the whole run.
 */
export async function expandInputs(inputs: readonly string[]): Promise<Expanded> {
  const files = new Set<string>();
  const problems: InputProblem[] = [];
  let stdin = false;
  for (const input of inputs) {
    if (input === STDIN) {
      stdin = true;
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const found = fg.sync(DIR_PATTERN, { cwd: input, onlyFiles: true, followSymbolicLinks: true });
      if (found.length === 0) problems.push({ source: input, message: 'folder has no .txt, .md or .html files' });
      for (const f of found) files.add(join(input, f));
    } else if (info) {
      files.add(input);
    } else if (fg.isDynamicPattern(input)) {
      const found = fg.sync(input, { onlyFiles: true, followSymbolicLinks: true });
      if (found.length === 0) problems.push({ source: input, message: 'no files match this pattern' });
      for (const f of found) files.add(f);
    } else {
      problems.push({ source: input, message: 'no such file or directory' });
    }
  }
  const sorted = [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files: stdin ? [STDIN, ...sorted] : sorted, problems };
}

export interface Decoded {
  text: string;
  /** Set when the bytes were not valid UTF-8 (decoded with replacement characters). */
  warning?: string;
}

/** Decodes bytes as text: drops a UTF-8 BOM, decodes UTF-16 with BOM, refuses binary data. */
export function decode(bytes: Uint8Array): Decoded | { error: string } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  let body = bytes;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  if (looksBinary(body)) return { error: 'not a text file' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    const text = new TextDecoder('utf-8').decode(body);
    return { text, warning: `invalid UTF-8 at byte ${firstBadByte(body)}; decoded with replacement characters` };
  }
}

/** NUL bytes, or mostly control bytes, in the first 8 KiB. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > 0.1;
}

function firstBadByte(bytes: Uint8Array): number {
  // Binary search on the longest valid prefix.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}

export async function readSource(source: string, stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
  if (source === STDIN) {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    return Buffer.concat(chunks);
  }
  // Synchronous on purpose: files are handled one at a time, and for the small files of a corpus
  // an awaited read costs more in thread-pool round trips than the read itself.
  return readFileSync(source);
}

const FILENAME_DATE = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/;

/**
 * The document date that reading knows: `--date`, else a YYYY-MM-DD file-name prefix. A date line
 * at the top of the text is language, found when the pipeline prepares the document.
 */
export function documentDate(source: string, option?: string): DocDate | null {
  if (option) return { value: option, from: 'option' };
  const m = FILENAME_DATE.exec(basename(source));
  if (m && isIsoDate(`${m[1]}-${m[2]}-${m[3]}`)) return { value: `${m[1]}-${m[2]}-${m[3]}`, from: 'filename' };
  return null;
}

export async function loadDocument(
  source: string,
  stdin: NodeJS.ReadableStream,
  dateOption?: string,
): Promise<{ doc: SourceDoc; warning?: string } | InputProblem> {
  let bytes: Uint8Array;
  try {
    // No stat first: reading a folder fails with EISDIR, and one system call fewer per file counts
    // on a corpus of small files.
    bytes = await readSource(source, stdin);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : (err as Error).message;
    return { source, message: why };
  }
  const decoded = decode(bytes);
  if ('error' in decoded) return { source, message: decoded.error };
  const page = isHtmlPath(source) ? htmlDocument(decoded.text) : null;
  const text = page ? page.text : decoded.text;
  const warning = decoded.warning ?? (text.trim() === '' ? 'empty file' : undefined);
  // A page's own publication date comes after --date and a dated file name, which the user chose.
  const date =
    documentDate(source, dateOption) ?? (page?.published ? { value: page.published, from: 'html' as const } : null);
  return { doc: { source, text, date }, warning };
}

/**
 * Every document the inputs name (files, folders, globs, `-` for `stdin`), read in input order, and
 * what could not be expanded or read.
 */
export async function readDocuments(
  inputs: readonly string[],
  stdin: NodeJS.ReadableStream = NO_STDIN,
): Promise<{ docs: SourceDoc[]; problems: InputProblem[] }> {
  const { files, problems } = await expandInputs(inputs);
  const docs: SourceDoc[] = [];
  for (const file of files) {
    const loaded = await loadDocument(file, file === STDIN ? stdin : NO_STDIN);
    if ('doc' in loaded) docs.push(loaded.doc);
    else problems.push(loaded);
  }
  return { docs, problems };
}

/** The fields of a record that the tool reads; any other is carried to the output under `meta`. */
const RECORD_FIELDS = new Set(['id', 'text', 'date', 'source']);

function otherFields(rec: Record<string, unknown>): Record<string, unknown> | null {
  let meta: Record<string, unknown> | null = null;
  for (const key of Object.keys(rec)) if (!RECORD_FIELDS.has(key)) (meta ??= {})[key] = rec[key];
  return meta;
}

/** A calendar day, or an ISO 8601 timestamp (`2022-03-01T10:00:00Z`, `2022-03-01 10:00+02:00`) as scraped feeds give it. */
const TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})(?:[T ]((?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?))?$/;

/**
 * A record's date: its day (the date part as written: the day where the text was dated) and the
 * time, if it gave one. Undefined when it is neither a day nor a timestamp.
 */
function recordDate(value: unknown): { value: string; time?: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const m = TIMESTAMP.exec(value.trim());
  if (!m || !isIsoDate(m[1])) return undefined;
  return m[2] ? { value: m[1], time: m[2] } : { value: m[1] };
}

/** One line of a JSONL input: a document record, or what is wrong with the line. */
export type RecordLine = { doc: SourceDoc } | InputProblem;

/**
 * Reads `{"id", "text", "date"?, "source"?}` records, one per line, from a file or standard input
 * (`--input jsonl`): the tool as a stateless map step for GNU parallel, Hadoop Streaming or Spark.
 */
export async function* readRecords(
  source: string,
  stdin: NodeJS.ReadableStream,
  dateOption?: string,
): AsyncGenerator<RecordLine> {
  const stream = source === STDIN ? stdin : createReadStream(source, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    const where = `${source}:${n}`;
    let rec: Record<string, unknown>;
    try {
      rec = JSON.parse(line);
    } catch (err) {
      yield { source: where, message: `invalid JSON record (${(err as Error).message.replace(/ in JSON at.*$/, '')})` };
      continue;
    }
    if (typeof rec !== 'object' || rec === null || typeof rec.text !== 'string') {
      yield { source: where, message: 'a record needs a "text" string' };
      continue;
    }
    const stamp = rec.date === undefined || rec.date === null ? null : recordDate(rec.date);
    if (stamp === undefined) {
      yield { source: where, message: '"date" must be YYYY-MM-DD or an ISO 8601 timestamp (2022-03-01T10:00:00Z)' };
      continue;
    }
    const id = rec.id === undefined ? String(n) : String(rec.id);
    const name = typeof rec.source === 'string' ? rec.source : id;
    const text = rec.text;
    const date: DocDate | null =
      !dateOption && stamp
        ? { value: stamp.value, from: 'record', ...(stamp.time ? { time: stamp.time } : {}) }
        : documentDate(name, dateOption);
    const meta = otherFields(rec);
    yield { doc: { id, source: name, text, date, ...(meta ? { meta } : {}) } };
  }
}
