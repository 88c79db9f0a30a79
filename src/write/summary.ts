/** The run summary for standard error: documents, mentions per kind, top actors and places. */
import { Chalk } from 'chalk';
import type { DocCounts, DocResult, Kind } from '../types.js';

export interface Tally {
  documents: number;
  failed: number;
  kinds: Record<Kind, number>;
  /** Mentions per canonical name, as in DocCounts (tables without a prototype). */
  actors: Record<string, number>;
  places: Record<string, number>;
  events: number;
}

export function newTally(): Tally {
  return { documents: 0, failed: 0, ...noCounts() };
}

/** Counts one document's mentions and events (name tables without a prototype: any name is a key). */
export function countDoc(doc: DocResult): DocCounts {
  const counts: DocCounts = {
    kinds: { actor: 0, place: 0, date: 0 },
    actors: Object.create(null) as Record<string, number>,
    places: Object.create(null) as Record<string, number>,
    events: doc.events.length,
  };
  for (const m of doc.mentions) {
    counts.kinds[m.kind]++;
    const table = m.kind === 'actor' ? counts.actors : m.kind === 'place' ? counts.places : null;
    const name = m.name ?? m.text;
    if (table) table[name] = (table[name] ?? 0) + 1;
  }
  return counts;
}

export function noCounts(): DocCounts {
  return {
    kinds: { actor: 0, place: 0, date: 0 },
    actors: Object.create(null) as Record<string, number>,
    places: Object.create(null) as Record<string, number>,
    events: 0,
  };
}

/** Adds the counts of part of a document (a block of a streamed one) to its counts so far. */
export function addCounts(into: DocCounts, part: DocCounts): void {
  into.events += part.events;
  for (const kind of ['actor', 'place', 'date'] as const) into.kinds[kind] += part.kinds[kind];
  addNames(into, part);
}

/** Adds the name tables of `part` to those of `into`. */
export function addNames(into: Names, part: Names): void {
  for (const [name, n] of Object.entries(part.actors)) into.actors[name] = (into.actors[name] ?? 0) + n;
  for (const [name, n] of Object.entries(part.places)) into.places[name] = (into.places[name] ?? 0) + n;
}

/** The name tables of counts: mentions per canonical name of actors and of places. */
export type Names = Pick<DocCounts, 'actors' | 'places'>;

/** Adds one document's counts; keeps only counts, never the document. */
export function addToTally(t: Tally, doc: DocCounts): void {
  t.documents++;
  t.events += doc.events;
  for (const kind of ['actor', 'place', 'date'] as const) t.kinds[kind] += doc.kinds[kind];
  addNames(t, doc);
}

function top(table: Record<string, number>, n: number): [string, number][] {
  return Object.entries(table)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n);
}

export function renderSummary(t: Tally, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const lines = [
    c.bold(`${t.documents} document${t.documents === 1 ? '' : 's'}`) + (t.failed ? c.red(`, ${t.failed} failed`) : ''),
    `mentions: ${c.cyan(t.kinds.actor)} actors, ${c.green(t.kinds.place)} places, ${c.yellow(t.kinds.date)} dates` +
      (t.events ? `, ${c.magenta(t.events)} events` : ''),
  ];
  const list = (label: string, table: Record<string, number>, paint: (s: string) => string) => {
    const items = top(table, 8);
    if (items.length)
      lines.push(`top ${label}: ${items.map(([name, n]) => `${paint(name)} ${c.dim(String(n))}`).join(', ')}`);
  };
  list('actors', t.actors, c.cyan);
  list('places', t.places, c.green);
  return `${lines.join('\n')}\n`;
}
