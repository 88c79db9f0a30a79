/** JSON and JSONL writers: the document object is the public contract (see README). */
import type { DocResult } from '../types.js';

export interface JsonOptions {
  /** Include the document text (offsets refer to it). */
  includeText?: boolean;
}

/** The public document object: source, date, mentions, events (+ text on request). */
export function documentObject(doc: DocResult, text: string, options: JsonOptions = {}): Record<string, unknown> {
  const out: Record<string, unknown> = doc.id !== undefined ? { id: doc.id } : {};
  Object.assign(out, { source: doc.source, date: doc.date, mentions: doc.mentions, events: doc.events });
  if (options.includeText) out.text = text;
  return out;
}

export function jsonlLine(doc: DocResult, text: string, options: JsonOptions = {}): string {
  return `${JSON.stringify(documentObject(doc, text, options))}\n`;
}

export const JSON_OPEN = '{"documents": [\n';
export const JSON_CLOSE = '\n]}\n';

/** One document inside the `documents` array, indented; `first` decides the separating comma. */
export function jsonDocument(doc: DocResult, text: string, first: boolean, options: JsonOptions = {}): string {
  const body = JSON.stringify(documentObject(doc, text, options), null, 2).replace(/^/gm, '  ');
  return first ? body : `,\n${body}`;
}
