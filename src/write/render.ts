/** Renders one document for a format: the chunk a writer appends (CSV rows, a JSONL line, a JSON array element). */
import type { DocResult } from '../types.js';
import { ENTITY_COLUMNS, EVENT_COLUMNS, MENTION_COLUMNS, csvHeader, entityRows, eventRows, mentionRows } from './csv.js';
import { mapDoc } from './geojson.js';
import { textDocument } from './text.js';
import { JSON_CLOSE, JSON_OPEN, jsonDocument, jsonlLine, type Chunks } from './json.js';

export const FORMATS = ['csv', 'json', 'jsonl', 'geojson', 'html', 'text'] as const;
export type Format = (typeof FORMATS)[number];
export const REPORTS = ['mentions', 'events', 'entities'] as const;
export type Report = (typeof REPORTS)[number];

export interface RenderOptions {
  format: Format;
  report: Report;
  bom?: boolean;
  includeText?: boolean;
}

export function renderHead(o: RenderOptions): string {
  if (o.format === 'json') return JSON_OPEN;
  if (o.format !== 'csv') return '';
  const columns = o.report === 'events' ? EVENT_COLUMNS : o.report === 'entities' ? ENTITY_COLUMNS : MENTION_COLUMNS;
  return (o.bom ? '\uFEFF' : '') + csvHeader(columns);
}

/** The chunk for one document; JSON elements come without their separating comma (see `joinChunk`). */
export function renderDoc(doc: DocResult, text: string, o: RenderOptions): Chunks {
  if (o.format === 'text') return textDocument(doc);
  if (o.format === 'jsonl') return jsonlLine(doc, text, { includeText: o.includeText });
  if (o.format === 'json') return jsonDocument(doc, text, { includeText: o.includeText });
  // Map formats aggregate over the run: the chunk is the document's map data, collected by the writer.
  if (o.format === 'geojson' || o.format === 'html') return [JSON.stringify(mapDoc(doc, text))];
  return o.report === 'events' ? eventRows(doc, text) : o.report === 'entities' ? entityRows(doc) : mentionRows(doc, text);
}

/** Adds the separator a chunk needs after the documents already written. */
export function joinChunk(chunks: Chunks, o: RenderOptions, first: boolean): Chunks {
  return o.format === 'json' && !first ? [',\n', ...chunks] : chunks;
}

export function renderTail(o: RenderOptions): string {
  return o.format === 'json' ? JSON_CLOSE : '';
}
