/**
 * Looking into the gazetteer, for the people who edit it: how many entries of each kind and
 * category it holds, and which entry a name resolves to, by which alias and rule.
 */
import { tokenize, translit } from './fold.js';
import { extractDocument, type Context } from './pipeline.js';
import type { FoundName, Mention, PackSummary, StatsRow } from './types.js';
import { INDEXED_FILE, listFiles, listType, readList, readRules, RULES_FILE } from './gazetteer/load.js';
import { allEntries, readIndexedList } from './gazetteer/indexed.js';
import { EVENTS_FILE, readLexicon } from './gazetteer/lexicon.js';
import { bundledPacks, userPack, type Pack } from './gazetteer/packs.js';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Gazetteer } from './gazetteer/load.js';

/** Entries and aliases per kind and category, largest first. */
export function gazetteerStats(g: Gazetteer): StatsRow[] {
  const rows = new Map<string, StatsRow>();
  for (const e of [...g.entries, ...(g.indexed ?? []).flatMap(allEntries)]) {
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

/** The bundled packs in load order, then the user's folders, each with what its lists hold. */
export function packSummaries(userDirs: readonly string[] = []): PackSummary[] {
  return [...bundledPacks(), ...userDirs.map(userPack)].map(summarize);
}

function summarize(pack: Pack): PackSummary {
  const counts = { actors: 0, places: 0, triggers: 0, words: 0 };
  for (const file of listFiles(pack.dir)) {
    const name = basename(file);
    if (RULES_FILE.test(name)) {
      for (const words of Object.values(readRules(file))) counts.words += words.length;
      continue;
    }
    if (INDEXED_FILE.test(name)) {
      counts[listType(name) === 'actor' ? 'actors' : 'places'] += allEntries(readIndexedList(file)).length;
      continue;
    }
    const type = listType(name);
    counts[type === 'actor' ? 'actors' : 'places'] += readList(file, type).length;
  }
  // listFiles has already found the folder readable.
  for (const name of readdirSync(pack.dir).filter((n) => EVENTS_FILE.test(n)))
    counts.triggers += readLexicon(join(pack.dir, name)).triggers.length;
  const { manifest } = pack;
  return { ...manifest, bundled: pack.bundled, dir: pack.dir, counts };
}
