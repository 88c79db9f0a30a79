/** JSON and JSONL writers: the document object is the public contract (see README). */
import type { DocResult, DocStream } from '../types.js';

export interface JsonOptions {
  /** Include the document text (offsets refer to it). */
  includeText?: boolean;
}

/** Rendered output in pieces: a document's output is never one string, so it may exceed V8's string limit. */
export type Chunks = string[];

/**
 * Output strings stay below V8's large-object size (128 KB: 65,536 characters once a string holds
 * one character beyond Latin-1, such as ’). A bigger string gets fresh pages of its own, and the
 * first read of a big JSON.stringify result (which flattens it) is several times slower than of a
 * small one, which matters for posts whose JSONL lines run to tens of thousands of characters.
 * Pieces are gathered into strings of about PIECE characters; a stringified batch of array
 * elements longer than MAX_PIECE is split in two (unless it is one element).
 */
const PIECE = 1 << 14;
const MAX_PIECE = 1 << 15;
/** Array elements serialized per JSON.stringify call. */
const BATCH = 64;
/**
 * Estimated JSON characters of a mention, of an event, and of each actor or place of an event (the
 * lines this tool writes run at 0.9 of the estimate), and the estimate up to which a document is
 * one JSON.stringify call: far enough below the large-object size that no document crosses it.
 */
const MENTION_CHARS = 160;
const EVENT_CHARS = 300;
const ROLE_CHARS = 150;
const ONE_STRING_CHARS = 40_000;

/**
 * An array given as batches (a big document's mentions or events, extracted block by block): it is
 * serialized as one JSON array without ever being whole.
 */
export class Batched {
  constructor(readonly batches: () => Iterable<readonly unknown[]>) {}
}

/** The public document object: source, date, a record's other fields (`meta`), mentions, events (+ text on request). */
export function documentObject(
  doc: DocResult,
  text: string,
  options: JsonOptions = {},
  lists?: { mentions: Batched; events: Batched },
): Record<string, unknown> {
  const out: Record<string, unknown> = doc.id !== undefined ? { id: doc.id } : {};
  Object.assign(out, {
    source: doc.source,
    date: doc.date,
    meta: doc.meta,
    mentions: lists?.mentions ?? doc.mentions,
    events: lists?.events ?? doc.events,
  });
  if (options.includeText) out.text = text;
  return out;
}

/**
 * `JSON.stringify(obj, null, indent)`, every line after `pad`, in pieces: the object's arrays are
 * written element by element. Joined, the pieces equal the one-string result byte for byte.
 */
export function* stringifyPieces(obj: Record<string, unknown>, indent: number, pad = ''): Generator<string> {
  const nl = indent ? '\n' : '';
  const step = ' '.repeat(indent);
  const inner = pad + step;
  const colon = indent ? ': ' : ':';
  const reindent = (json: string, at: string) => (indent ? json.replace(/\n/g, `\n${at}`) : json);
  const entries = Object.entries(obj).filter(([, v]) => v !== undefined && typeof v !== 'function');
  if (entries.length === 0) {
    yield `${pad}{}`;
    return;
  }
  yield `${pad}{`;
  for (let i = 0; i < entries.length; i++) {
    const [key, value] = entries[i];
    const head = `${i ? ',' : ''}${nl}${inner}${JSON.stringify(key)}${colon}`;
    if (value instanceof Batched || (Array.isArray(value) && value.length > 0)) {
      let written = false;
      for (const batch of value instanceof Batched ? value.batches() : [value as unknown[]]) {
        // Elements go in batches: one JSON.stringify per batch, its brackets cut off.
        for (const json of stringifyRuns(batch, indent)) {
          const body = json.slice(1 + nl.length, json.length - 1 - nl.length);
          yield `${written ? ',' : `${head}[`}${nl}${indent ? inner : ''}${reindent(body, inner)}`;
          written = true;
        }
      }
      yield written ? `${nl}${inner}]` : `${head}[]`;
    } else yield head + reindent(JSON.stringify(value, null, indent), inner);
  }
  yield `${nl}${pad}}`;
}

/**
 * `JSON.stringify` of consecutive runs of `items` (BATCH at most), each run halved until its JSON is at most MAX_PIECE
 * characters or it is one element.
 */
function* stringifyRuns(items: readonly unknown[], indent: number): Generator<string> {
  for (let j = 0; j < items.length; j += BATCH) yield* fitting(items.slice(j, j + BATCH), indent);
}

function* fitting(items: readonly unknown[], indent: number): Generator<string> {
  // The length of JSON.stringify's result is known before anything reads (and flattens) it.
  const json = JSON.stringify(items, null, indent);
  if (json.length <= MAX_PIECE || items.length === 1) {
    yield json;
    return;
  }
  const half = items.length >> 1;
  yield* fitting(items.slice(0, half), indent);
  yield* fitting(items.slice(half), indent);
}

/** Gathers small pieces into strings of about `size` characters. */
export function gather(pieces: Iterable<string>, size = PIECE): Chunks {
  return [...gathering(pieces, size)];
}

/** `gather`, lazily: each string is made when asked for. */
export function* gathering(pieces: Iterable<string>, size = PIECE): Generator<string> {
  let buf: string[] = [];
  let length = 0;
  for (const p of pieces) {
    buf.push(p);
    length += p.length;
    if (length >= size) {
      yield buf.join('');
      buf = [];
      length = 0;
    }
  }
  if (buf.length) yield buf.join('');
}

/**
 * Small enough to be one string: an estimated JSON length below ONE_STRING_CHARS, and no long text.
 * Indented JSON (`--format json`) counts double: it runs at 1.8-1.9 times the compact length.
 */
function ordinarySize(doc: DocResult, text: string, options: JsonOptions, indented = false): boolean {
  if (options.includeText && text.length > PIECE) return false;
  let chars = doc.mentions.length * MENTION_CHARS;
  for (const e of doc.events) chars += EVENT_CHARS + ROLE_CHARS * (e.actors.length + e.places.length);
  return (indented ? 2 * chars : chars) <= ONE_STRING_CHARS;
}

export function jsonlLine(doc: DocResult, text: string, options: JsonOptions = {}): Chunks {
  // A document of ordinary size is one JSON.stringify call; only big ones go in pieces.
  if (ordinarySize(doc, text, options)) return [`${JSON.stringify(documentObject(doc, text, options))}\n`];
  const out = gather(stringifyPieces(documentObject(doc, text, options), 0));
  out.push('\n');
  return out;
}

/** `jsonlLine` for a big document given as a stream: the line is made block by block. */
export function* jsonlLineStream(stream: DocStream, text: string, options: JsonOptions = {}): Generator<string> {
  yield* gathering(stringifyPieces(documentObject(stream.head, text, options, batchedLists(stream)), 0));
  yield '\n';
}

/** `jsonDocument` for a big document given as a stream. */
export function jsonDocumentStream(stream: DocStream, text: string, options: JsonOptions = {}): Generator<string> {
  return gathering(stringifyPieces(documentObject(stream.head, text, options, batchedLists(stream)), 2, '  '));
}

function batchedLists(stream: DocStream): { mentions: Batched; events: Batched } {
  return { mentions: new Batched(() => stream.mentions()), events: new Batched(() => stream.events()) };
}

export const JSON_OPEN = '{"documents": [\n';
export const JSON_CLOSE = '\n]}\n';

/** One document inside the `documents` array, indented by two spaces (the separating comma is the writer's). */
export function jsonDocument(doc: DocResult, text: string, options: JsonOptions = {}): Chunks {
  // A document of ordinary size is one JSON.stringify call, every line indented by two spaces.
  if (ordinarySize(doc, text, options, true))
    return [`  ${JSON.stringify(documentObject(doc, text, options), null, 2).replace(/\n/g, '\n  ')}`];
  return gather(stringifyPieces(documentObject(doc, text, options), 2, '  '));
}
