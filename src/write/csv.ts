/** CSV writer: one row per mention, RFC 4180 quoting by csv-stringify, formula-safe cells. */
import { stringify } from 'csv-stringify/sync';
import type { DocResult, EventActor, Mention } from '../types.js';
import type { Chunks } from './json.js';

export const MENTION_COLUMNS = [
  'source',
  'doc_date',
  'sentence',
  'start',
  'end',
  'kind',
  'text',
  'id',
  'name',
  'category',
  'country',
  'lat',
  'lon',
  'value',
  'context',
  'admin1',
  'geonames',
  'population',
  'precision',
  'cameo',
  'office',
  'via',
] as const;

/** First characters that make a spreadsheet evaluate a cell (ASCII and full-width forms). */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** Prefixes an apostrophe to a text cell that a spreadsheet would run as a formula. */
export function neutralize(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

type Cell = string | number | null | undefined;

export function cells(row: readonly Cell[]): string[] {
  return row.map((c) => (c === null || c === undefined ? '' : typeof c === 'number' ? String(c) : neutralize(c)));
}

/**
 * Rows per CSV chunk: a document's rows are never one string, however many there are, and a chunk
 * stays below V8's large-object size (see PIECE in json.ts): 64 rows of this tool are some 20,000
 * characters.
 */
const ROWS_PER_CHUNK = 64;

export function csvChunks(rows: string[][]): Chunks {
  const out: Chunks = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_CHUNK) out.push(stringify(rows.slice(i, i + ROWS_PER_CHUNK)));
  return out;
}

export function csvHeader(columns: readonly string[] = MENTION_COLUMNS): string {
  return stringify([columns as string[]]);
}

/** Collapses whitespace (including line breaks and no-break spaces) to single spaces. */
export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function mentionRows(doc: DocResult, text: string): Chunks {
  const sentences = doc.sentences ?? [];
  const rows = doc.mentions.map((m: Mention) => {
    const s = sentences[m.sentence];
    const context = s ? collapse(text.slice(s.start, s.end)) : '';
    return cells([
      doc.source,
      doc.date?.value,
      m.sentence,
      m.start,
      m.end,
      m.kind,
      m.text,
      m.id,
      m.name,
      m.category,
      m.country,
      m.lat,
      m.lon,
      m.value,
      context,
      m.admin1,
      m.geonames,
      m.population,
      m.precision,
      m.cameo,
      m.office,
      m.via,
    ]);
  });
  return csvChunks(rows);
}

export const EVENT_COLUMNS = [
  'source',
  'doc_date',
  'date',
  'date_from',
  'type',
  'subtype',
  'modality',
  'trigger',
  'source_actors',
  'target_actors',
  'location',
  'lat',
  'lon',
  'sentence_text',
  'start',
  'end',
  'cameo',
  'source_ids',
  'source_countries',
  'source_cameo',
  'target_ids',
  'target_countries',
  'target_cameo',
  'happening',
] as const;

/**
 * One row per event; actors joined with `; `, and their ids, countries and CAMEO codes in the same
 * order (an empty cell where an actor has none), so that rows line up with Phoenix or ICEWS data.
 */
export function eventRows(doc: DocResult, text: string): Chunks {
  const rows = doc.events.map((e) => {
    const field = (role: string, of: (a: EventActor) => string | undefined) =>
      e.actors
        .filter((a) => a.role === role)
        .map((a) => of(a) ?? '')
        .join('; ');
    const names = (role: string) => field(role, (a) => a.name ?? a.text);
    return cells([
      doc.source,
      doc.date?.value,
      e.date,
      e.date_from,
      e.type,
      e.subtype,
      e.modality,
      e.trigger.text,
      names('source'),
      names('target'),
      e.location?.name,
      e.location?.lat,
      e.location?.lon,
      collapse(text.slice(e.sentence_span.start, e.sentence_span.end)),
      e.trigger.start,
      e.trigger.end,
      e.cameo,
      field('source', (a) => a.id),
      field('source', (a) => a.country),
      field('source', (a) => a.cameo),
      field('target', (a) => a.id),
      field('target', (a) => a.country),
      field('target', (a) => a.cameo),
      e.happening,
    ]);
  });
  return csvChunks(rows);
}

export const ENTITY_COLUMNS = [
  'source',
  'doc_date',
  'kind',
  'id',
  'name',
  'category',
  'country',
  'lat',
  'lon',
  'mentions',
  'first_start',
  'first_text',
  'admin1',
  'geonames',
  'precision',
  'cameo',
] as const;

/** One row per distinct entity (actor or place, by id and kind) per document, in order of first mention. */
export function entityRows(doc: DocResult): Chunks {
  const seen = new Map<string, { m: Mention; count: number }>();
  for (const m of doc.mentions) {
    if (m.kind === 'date' || !m.id) continue;
    const key = `${m.kind}\u0000${m.id}`;
    const hit = seen.get(key);
    if (hit) hit.count++;
    else seen.set(key, { m, count: 1 });
  }
  const rows = [...seen.values()].map(({ m, count }) =>
    cells([
      doc.source,
      doc.date?.value,
      m.kind,
      m.id,
      m.name,
      m.category,
      m.country,
      m.lat,
      m.lon,
      count,
      m.start,
      m.text,
      m.admin1,
      m.geonames,
      m.precision,
      m.cameo,
    ]),
  );
  return csvChunks(rows);
}
