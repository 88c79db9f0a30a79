/** JSON and JSONL writers: the document object is the public contract (see README). */
import type { DocResult } from '../types.js';

export interface JsonOptions {
  /** Include the document text (offsets refer to it). */
  includeText?: boolean;
}

/** Rendered output in pieces: a document's output is never one string, so it may exceed V8's string limit. */
export type Chunks = string[];

/** Pieces are gathered into strings of about this many characters. */
const PIECE = 1 << 20;
/** Array elements serialized per JSON.stringify call. */
const BATCH = 1000;

/** The public document object: source, date, mentions, events (+ text on request). */
export function documentObject(doc: DocResult, text: string, options: JsonOptions = {}): Record<string, unknown> {
  const out: Record<string, unknown> = doc.id !== undefined ? { id: doc.id } : {};
  Object.assign(out, { source: doc.source, date: doc.date, mentions: doc.mentions, events: doc.events });
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
    if (Array.isArray(value) && value.length > 0) {
      yield `${head}[`;
      // Elements go in batches: one JSON.stringify per batch, its brackets cut off.
      for (let j = 0; j < value.length; j += BATCH) {
        const json = JSON.stringify(value.slice(j, j + BATCH), null, indent);
        const body = json.slice(1 + nl.length, json.length - 1 - nl.length);
        yield `${j ? ',' : ''}${nl}${indent ? inner : ''}${reindent(body, inner)}`;
      }
      yield `${nl}${inner}]`;
    } else yield head + reindent(JSON.stringify(value, null, indent), inner);
  }
  yield `${nl}${pad}}`;
}

/** Gathers small pieces into strings of about `size` characters. */
export function gather(pieces: Iterable<string>, size = PIECE): Chunks {
  const out: Chunks = [];
  let buf: string[] = [];
  let length = 0;
  for (const p of pieces) {
    buf.push(p);
    length += p.length;
    if (length >= size) {
      out.push(buf.join(''));
      buf = [];
      length = 0;
    }
  }
  if (buf.length) out.push(buf.join(''));
  return out;
}

export function jsonlLine(doc: DocResult, text: string, options: JsonOptions = {}): Chunks {
  const out = gather(stringifyPieces(documentObject(doc, text, options), 0));
  out.push('\n');
  return out;
}

export const JSON_OPEN = '{"documents": [\n';
export const JSON_CLOSE = '\n]}\n';

/** One document inside the `documents` array, indented by two spaces (the separating comma is the writer's). */
export function jsonDocument(doc: DocResult, text: string, options: JsonOptions = {}): Chunks {
  return gather(stringifyPieces(documentObject(doc, text, options), 2, '  '));
}
