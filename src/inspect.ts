/**
 * Looking into the gazetteer, for the people who edit it: how many entries of each kind and
 * category it holds, and which entry a name resolves to, by which alias and rule.
 */
import { tokenize, translit } from './fold.js';
import { extractDocument, type Context } from './pipeline.js';
import type { FoundName, Mention, StatsRow } from './types.js';
import type { Gazetteer } from './gazetteer/load.js';

/** Entries and aliases per kind and category, largest first. */
export function gazetteerStats(g: Gazetteer): StatsRow[] {
  const rows = new Map<string, StatsRow>();
  for (const e of g.entries) {
    const category = e.category ?? '(none)';
    const key = `${e.type}\u0000${category}`;
    const row = rows.get(key) ?? { kind: e.type, category, entries: 0, aliases: 0 };
    row.entries++;
    row.aliases += 1 + (e.aliases?.length ?? 0);
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) =>
    a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : b.entries - a.entries || (a.category < b.category ? -1 : 1),
  );
}

/** Which entries a name (or a short phrase holding it) resolves to, and the keys it is matched by. */
export function findName(name: string, ctx: Context): FoundName {
  const keys = tokenize(name).map((t) => ({
    word: name.slice(t.start, t.end),
    folded: t.key,
    translit: translit(t.key),
  }));
  const doc = extractDocument({ source: 'name', text: name, date: null }, ctx);
  return { keys, mentions: doc.mentions.filter((m) => m.kind !== 'date') };
}
