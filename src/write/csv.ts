/** CSV writer: one row per mention, RFC 4180 quoting by csv-stringify, formula-safe cells. */
import { stringify } from 'csv-stringify/sync';
import type { DocResult, Mention } from '../types.js';

export const MENTION_COLUMNS = ['source', 'doc_date', 'sentence', 'start', 'end', 'kind', 'text', 'id', 'name', 'category', 'country', 'lat', 'lon', 'value', 'context'] as const;

/** First characters that make a spreadsheet evaluate a cell (ASCII and full-width forms). */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** Prefixes an apostrophe to a text cell that a spreadsheet would run as a formula. */
export function neutralize(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

type Cell = string | number | null | undefined;

function cells(row: readonly Cell[]): string[] {
  return row.map((c) => (c === null || c === undefined ? '' : typeof c === 'number' ? String(c) : neutralize(c)));
}

export function csvHeader(columns: readonly string[] = MENTION_COLUMNS): string {
  return stringify([columns as string[]]);
}

/** Collapses whitespace (including line breaks and no-break spaces) to single spaces. */
export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function mentionRows(doc: DocResult, text: string): string {
  const sentences = doc.sentences ?? [];
  const rows = doc.mentions.map((m: Mention) => {
    const s = sentences[m.sentence];
    const context = s ? collapse(text.slice(s.start, s.end)) : '';
    return cells([doc.source, doc.date?.value, m.sentence, m.start, m.end, m.kind, m.text, m.id, m.name, m.category, m.country, m.lat, m.lon, m.value, context]);
  });
  return rows.length ? stringify(rows) : '';
}
