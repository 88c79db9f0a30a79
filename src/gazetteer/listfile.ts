/**
 * One gazetteer list file, read the way both loading and `extract gazetteer check` read it: JSON
 * syntax, then the list schema (gazetteer/schema.json, compiled ahead of time by ajv into
 * schema.generated.ts). A list is `{"$schema": "./schema.json", "entries": [...]}` or a bare array
 * of entries. Problems name the file, the line and column of the entry, its 1-based index, its id
 * and the field, in plain English (the schema's `errorMessage` for each rule); a misspelt field or
 * category names the nearest valid one. What the schema cannot know, whether an entry's id exists
 * already, the callers check with `unknownIds`.
 */
import { arrayElementOffsets, lineLocator, nearestWord, parseJsonText, propertyOffset } from '../errors.js';
import type { EntryType } from '../types.js';
import { actorsFile, placesFile } from './schema.generated.js';

export interface Position {
  line: number;
  column: number;
}

/** A syntax or schema problem in a list file. */
export interface ListProblem extends Position {
  file: string;
  /** 1-based index of the entry in the list; absent for a problem of the whole file. */
  entry?: number;
  /** The entry's id, when it has a usable one. */
  id?: string;
  /** Path of the offending field inside the entry (`lat`, `former_names.0.until`), or of the file. */
  field?: string;
  /** What is wrong, naming the field: `"lat" must be a number between -90 and 90`. */
  message: string;
}

export interface ParsedList {
  file: string;
  type: EntryType;
  /** The entries as written, valid or not ([] when the file holds no list at all). */
  entries: unknown[];
  /** Syntax and schema problems, whole-file ones first, then by entry. */
  problems: ListProblem[];
  /** Where the entry at a 0-based index starts. */
  locate(index: number): Position;
}

/** What the generated validators report (a subset of ajv's ErrorObject, with `verbose` on). */
interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  parentSchema?: { errorMessage?: string; properties?: Record<string, unknown> } | boolean;
  /** The value that failed the rule. */
  data?: unknown;
}
type Validator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

const VALIDATORS: Record<EntryType, Validator> = { actor: actorsFile as Validator, place: placesFile as Validator };

/** Parses and validates one list file's text. Never throws: everything wrong is in `problems`. */
export function parseList(file: string, text: string, type: EntryType): ParsedList {
  const parsed = parseJsonText(text);
  if ('error' in parsed) {
    const { message, line, column } = parsed.error;
    return { file, type, entries: [], problems: [{ file, line, column, message }], locate: () => ({ line, column }) };
  }
  const bare = Array.isArray(parsed.value);
  const data = bare ? { entries: parsed.value } : parsed.value;
  const entries = listEntries(data);
  const locate = entryLocator(text, bare);
  const validate = VALIDATORS[type];
  if (validate(data)) return { file, type, entries, problems: [], locate };
  const problems = schemaProblems(validate.errors ?? [], entries, (index, key) =>
    index === undefined ? fileFieldPosition(text, key) : locate(index),
  );
  return { file, type, entries, locate, problems: problems.map((p) => ({ file, ...p })) };
}

/** What is wrong with one entry, judged alone (`"lat" must be ...`), or null. */
export function validateEntry(raw: unknown, type: EntryType): string | null {
  const validate = VALIDATORS[type];
  if (validate({ entries: [raw] })) return null;
  return schemaProblems(validate.errors ?? [], [raw], () => ({ line: 1, column: 1 }))[0]?.message ?? null;
}

/** The ids known before a list: those of the lists loaded earlier (a Map by id or a Set). */
export interface KnownIds {
  has(id: string): boolean;
  keys(): Iterable<string>;
}

/**
 * Entries that pass the schema but give neither name nor category, so extend an id, while neither an
 * earlier list (`known`) nor an earlier entry of this one has that id: loaded, each would be an entry
 * without a name or category (`-> actor undefined`). An entry that removes an id (`disabled`) is not
 * one: removing what a smaller choice of packs lacks does no harm.
 */
export function unknownIds(list: ParsedList, known: KnownIds): ListProblem[] {
  const invalid = new Set(list.problems.map((p) => p.entry));
  if (invalid.has(undefined)) return [];
  const here = new Set<string>();
  const out: ListProblem[] = [];
  list.entries.forEach((raw, index) => {
    if (invalid.has(index + 1)) return;
    const entry = raw as { id: string; name?: unknown; category?: unknown; disabled?: unknown };
    const extension = entry.name === undefined && entry.category === undefined && entry.disabled !== true;
    if (extension && !known.has(entry.id) && !here.has(entry.id)) {
      const near = nearestWord(entry.id, [...here, ...known.keys()]);
      out.push({
        file: list.file,
        ...list.locate(index),
        entry: index + 1,
        id: entry.id,
        field: 'id',
        message: `"name" and "category" are required: no earlier list has this id to extend${near ? `; did you mean "${near}"?` : ''}`,
      });
    }
    here.add(entry.id);
  });
  return out;
}

function listEntries(data: unknown): unknown[] {
  const entries = typeof data === 'object' && data !== null ? (data as { entries?: unknown }).entries : undefined;
  return Array.isArray(entries) ? entries : [];
}

/** Finds entry positions only when first asked (a valid file never pays for the scan). */
function entryLocator(text: string, bare: boolean): (index: number) => Position {
  let offsets: number[] | null = null;
  let toPosition: ((offset: number) => Position) | null = null;
  return (index) => {
    if (offsets === null) {
      const start = bare ? 0 : propertyOffset(text, 'entries');
      offsets = start < 0 ? [] : arrayElementOffsets(text, start);
    }
    toPosition ??= lineLocator(text);
    return toPosition(offsets[index] ?? 0);
  };
}

function fileFieldPosition(text: string, key: string | undefined): Position {
  const offset = key === undefined ? -1 : propertyOffset(text, key);
  return offset < 0 ? { line: 1, column: 1 } : lineLocator(text)(offset);
}

type Locate = (entryIndex: number | undefined, fileKey: string | undefined) => Position;

/**
 * Turns the validator's errors into plain-English problems: one per entry and field (the first
 * error of a field says what is wrong with it; `category` fails both its kind's list and, for
 * editors, the list of every category), and per entry and message for the entry as a whole.
 */
function schemaProblems(
  errors: readonly SchemaError[],
  entries: readonly unknown[],
  locate: Locate,
): Omit<ListProblem, 'file'>[] {
  const seen = new Set<string>();
  const out: Omit<ListProblem, 'file'>[] = [];
  for (const err of errors) {
    if (err.keyword === 'if') continue; // the failing `then`/`else` branch says what is wrong
    const path = err.instancePath
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (err.keyword === 'required') path.push(String(err.params.missingProperty));
    if (err.keyword === 'additionalProperties') path.push(String(err.params.additionalProperty));
    const inEntry = path[0] === 'entries' && path.length >= 2;
    const index = inEntry ? Number(path[1]) : undefined;
    const field = inEntry ? path.slice(2) : path;
    // `"alias": unknown field`: the field itself is what is wrong, not its value.
    const separator = err.keyword === 'additionalProperties' ? ': ' : ' ';
    const message = [fieldLabel(field), messageOf(err)].filter(Boolean).join(separator);
    const key = `${index}\u0000${field.length > 0 ? `.${field.join('.')}` : message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const raw = index === undefined ? undefined : entries[index];
    const id =
      typeof raw === 'object' &&
      raw !== null &&
      typeof (raw as { id?: unknown }).id === 'string' &&
      (raw as { id: string }).id !== ''
        ? (raw as { id: string }).id
        : undefined;
    out.push({
      ...locate(index, field[0]),
      ...(index !== undefined ? { entry: index + 1 } : {}),
      ...(id !== undefined ? { id } : {}),
      ...(field.length > 0 ? { field: field.join('.') } : {}),
      message,
    });
  }
  return out.sort((a, b) => (a.entry ?? 0) - (b.entry ?? 0));
}

/** `"former_names" item 1 "until"`: property names quoted, array items counted from 1. */
function fieldLabel(path: readonly string[]): string {
  return path.map((s) => (/^\d+$/.test(s) ? `item ${Number(s) + 1}` : `"${s}"`)).join(' ');
}

function messageOf(err: SchemaError): string {
  if (err.keyword === 'required') return 'is required';
  const parent = typeof err.parentSchema === 'object' ? err.parentSchema : {};
  if (err.keyword === 'additionalProperties') {
    // The field is ignored: a misspelling (`alias`) would drop what it holds without a word.
    const fields = Object.keys(parent.properties ?? {});
    const near = nearestWord(String(err.params.additionalProperty), fields);
    return near ? `unknown field; did you mean "${near}"?` : `unknown field; the fields are ${fields.join(', ')}`;
  }
  const own = parent.errorMessage;
  if (err.keyword === 'enum') return enumMessage(err, own);
  if (own !== undefined) return own;
  if (err.keyword === 'type') return `must be ${typeWords(err.params.type)}`;
  return err.message ?? 'is not valid';
}

/**
 * A value not in a closed list (a category, `requires`): the nearest allowed value if one is near,
 * else the allowed values, unless the schema's message names them all already.
 */
function enumMessage(err: SchemaError, own: string | undefined): string {
  const allowed = ((err.params.allowedValues as unknown[] | undefined) ?? []).map(String);
  const near = typeof err.data === 'string' ? nearestWord(err.data, allowed) : null;
  const base = own ?? 'is not one of the values allowed';
  if (near) return `${base}; did you mean "${near}"?`;
  return allowed.every((v) => base.includes(v)) ? base : `${base}: ${allowed.join(', ')}`;
}

function typeWords(type: unknown): string {
  const names = (Array.isArray(type) ? type : String(type).split(',')).map(String);
  return names.map((t) => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`)).join(' or ');
}
