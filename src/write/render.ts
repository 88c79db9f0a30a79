/** Renders one document for a format: the chunk a writer appends (CSV rows, a JSONL line, a JSON array element). */
import type { DocResult, DocStream } from '../types.js';
import {
  ENTITY_COLUMNS,
  EVENT_COLUMNS,
  MENTION_COLUMNS,
  csvHeader,
  entityRows,
  eventRows,
  mentionRows,
} from './csv.js';
import { mapDoc, type MapDoc } from './geojson.js';
import { STORY_COLUMNS } from './stories.js';
import { textDocument } from './text.js';
import {
  JSON_CLOSE,
  JSON_OPEN,
  jsonDocument,
  jsonDocumentStream,
  jsonlLine,
  jsonlLineStream,
  type Chunks,
} from './json.js';

export const FORMATS = ['csv', 'json', 'jsonl', 'geojson', 'html', 'text'] as const;
export type Format = (typeof FORMATS)[number];
export const REPORTS = ['mentions', 'events', 'entities', 'stories'] as const;
export type Report = (typeof REPORTS)[number];

export interface RenderOptions {
  format: Format;
  report: Report;
  bom?: boolean;
  /** CSV: false leaves the header row out (shards of one run, concatenated after the first). */
  header?: boolean;
  includeText?: boolean;
}

export function renderHead(o: RenderOptions): string {
  if (o.format === 'json') return JSON_OPEN;
  if (o.format !== 'csv') return '';
  const columns =
    o.report === 'events'
      ? EVENT_COLUMNS
      : o.report === 'entities'
        ? ENTITY_COLUMNS
        : o.report === 'stories'
          ? STORY_COLUMNS
          : MENTION_COLUMNS;
  return (o.bom ? '\uFEFF' : '') + (o.header === false ? '' : csvHeader(columns));
}

/** The chunk for one document; JSON elements come without their separating comma (see `joinChunk`). */
export function renderDoc(doc: DocResult, text: string, o: RenderOptions): Chunks {
  if (o.format === 'text') return textDocument(doc);
  if (o.format === 'jsonl') return jsonlLine(doc, text, { includeText: o.includeText });
  if (o.format === 'json') return jsonDocument(doc, text, { includeText: o.includeText });
  // Map formats and stories aggregate over the run: a document's part is its map data (`mapPart`), not text.
  if (collects(o)) return [];
  return o.report === 'events'
    ? eventRows(doc, text)
    : o.report === 'entities'
      ? entityRows(doc)
      : mentionRows(doc, text);
}

/** Whether the format draws the whole run at its end (GeoJSON, the HTML report) from each document's map data. */
export function isMapFormat(o: RenderOptions): boolean {
  return o.format === 'geojson' || o.format === 'html';
}

/** Whether the run collects each document's map data and writes the whole at its end (the map formats, stories). */
export function collects(o: RenderOptions): boolean {
  return isMapFormat(o) || (o.format === 'csv' && o.report === 'stories');
}

/** A document's part of a collected output, as data: the run collects it (a pool worker posts it as an object). */
export function mapPart(doc: DocResult, text: string, o: RenderOptions): MapDoc | undefined {
  return collects(o) ? mapDoc(doc, text) : undefined;
}

/** Whether a big document can be written as a stream in this format (not the map formats, text or per-entity rows). */
export function canStream(o: RenderOptions): boolean {
  return (
    o.format === 'jsonl' ||
    o.format === 'json' ||
    (o.format === 'csv' && o.report !== 'entities' && o.report !== 'stories')
  );
}

/** `renderDoc` for a big document given as a stream (a format `canStream`): pieces made as they are written. */
export function* renderStream(stream: DocStream, text: string, o: RenderOptions): Generator<string> {
  if (o.format === 'jsonl') yield* jsonlLineStream(stream, text, { includeText: o.includeText });
  else if (o.format === 'json') yield* jsonDocumentStream(stream, text, { includeText: o.includeText });
  else if (o.report === 'events')
    for (const events of stream.events()) yield* eventRows({ ...stream.head, events }, text);
  else for (const mentions of stream.mentions()) yield* mentionRows({ ...stream.head, mentions }, text);
}

/** Adds the separator a chunk needs after the documents already written. */
export function* joinChunk<P>(chunks: Iterable<P>, o: RenderOptions, first: boolean): Generator<P | string> {
  if (o.format === 'json' && !first) yield ',\n';
  yield* chunks;
}

export function renderTail(o: RenderOptions): string {
  return o.format === 'json' ? JSON_CLOSE : '';
}
