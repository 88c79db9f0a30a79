/**
 * The ordered steps for one document: segment -> find dates (one anchored scan) -> then sentence by
 * sentence: match names -> resolve roles -> settle overlaps -> find events -> filter kinds.
 * Pure: takes a document and a prepared context, returns the result.
 */
import { tokenize } from './fold.js';
import { compileGazetteer, type CompiledGazetteer } from './gazetteer/compile.js';
import type { Gazetteer } from './gazetteer/load.js';
import { findDates } from './extract/dates.js';
import { findEvents } from './extract/events.js';
import { findNames } from './extract/names.js';
import { compileUnknownCues, findUnknownNames, type UnknownCues } from './extract/unknown.js';
import { compileLexicon, type EventLexicon, type CompiledLexicon } from './gazetteer/lexicon.js';
import { filterKinds, roleRules, settleOverlaps, toMention, type RoleRules } from './resolve.js';
import { splitSentences } from './segment.js';
import type { DocResult, Event, Kind, Mention, SourceDoc } from './types.js';

export interface Context {
  compiled: CompiledGazetteer;
  roles: RoleRules;
  abbreviations: ReadonlySet<string>;
  /** Kinds to keep; null keeps all. */
  kinds: ReadonlySet<Kind> | null;
  /** Keep the `match` explanation on mentions and events. */
  explain: boolean;
  /** The compiled event lexicon; null skips events. */
  lexicon: CompiledLexicon | null;
  /** Contexts that make unknown names mentions (`the village of X`); null turns them off. */
  unknown: UnknownCues | null;
}

/** Compiles the gazetteer once; the context is then reused for every document. */
export function createContext(gazetteer: Gazetteer, options: { kinds?: readonly Kind[] | null; explain?: boolean; lexicon?: EventLexicon | null; translit?: boolean; unknown?: boolean } = {}): Context {
  return {
    compiled: compileGazetteer(gazetteer, { translit: options.translit }),
    roles: roleRules(gazetteer.rules),
    abbreviations: new Set(gazetteer.rules.abbreviations.map((a) => a.toLowerCase().replace(/\.$/, ''))),
    kinds: options.kinds ? new Set(options.kinds) : null,
    explain: options.explain ?? false,
    lexicon: options.lexicon ? compileLexicon(options.lexicon) : null,
    unknown: options.unknown === false ? null : compileUnknownCues(gazetteer.rules),
  };
}

export function extractDocument(doc: SourceDoc, ctx: Context): DocResult {
  const { text } = doc;
  const docDate = doc.date?.value ?? null;
  const sentences = splitSentences(text, ctx.abbreviations);
  // Dates come from one cheap anchored scan of the whole text; names, overlaps and events are
  // then settled one sentence at a time, so that no per-token structure outlives its sentence.
  const datesBySentence = groupBySentence(findDates(text, sentences, docDate));
  const mentions: Mention[] = [];
  const events: Event[] = [];
  for (const s of sentences) {
    const tokens = tokenize(text, s.start, s.end);
    const found: Mention[] = datesBySentence.get(s.index) ?? [];
    for (const match of findNames(text, tokens, ctx.compiled)) found.push(toMention(text, tokens, match, s.index, ctx.roles));
    if (ctx.unknown) for (const m of findUnknownNames(text, tokens, byStart(found), s.index, ctx.unknown)) found.push(m);
    const settled = settleOverlaps(found);
    if (ctx.lexicon) for (const e of findEvents(text, s, tokens, settled, ctx.lexicon, ctx.explain, docDate)) events.push(e);
    for (const m of filterKinds(settled, ctx.kinds)) mentions.push(ctx.explain ? m : withoutExplain(m));
  }
  return { ...(doc.id !== undefined ? { id: doc.id } : {}), source: doc.source, date: doc.date, mentions, events, sentences };
}

function groupBySentence(mentions: readonly Mention[]): Map<number, Mention[]> {
  const out = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = out.get(m.sentence);
    if (list) list.push(m);
    else out.set(m.sentence, [m]);
  }
  return out;
}

function byStart(mentions: Mention[]): Mention[] {
  return mentions.length < 2 ? mentions : [...mentions].sort((a, b) => a.start - b.start);
}

function withoutExplain(m: Mention): Mention {
  const { explain: _explain, ...rest } = m;
  return rest;
}
