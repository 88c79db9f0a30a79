/** Counting for a run: one document's mentions and events, and the run's tally of them. */
import type { DocCounts, DocResult, Tally } from '../types.js';

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
