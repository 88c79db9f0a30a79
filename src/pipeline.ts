/**
 * The ordered steps for one document: segment -> match names -> resolve roles -> find dates ->
 * settle overlaps -> filter. Pure: takes a document and a prepared context, returns the result.
 */
import { tokenize, type WordToken } from './fold.js';
import { compileGazetteer, type CompiledGazetteer } from './gazetteer/compile.js';
import type { Gazetteer } from './gazetteer/load.js';
import { findDates } from './extract/dates.js';
import { findEvents } from './extract/events.js';
import { findNames } from './extract/names.js';
import { compileLexicon, type EventLexicon, type CompiledLexicon } from './gazetteer/lexicon.js';
import { filterKinds, roleRules, settleOverlaps, toMention, type RoleRules } from './resolve.js';
import { splitSentences } from './segment.js';
import type { DocResult, Kind, Mention, SourceDoc } from './types.js';

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
}

/** Compiles the gazetteer once; the context is then reused for every document. */
export function createContext(gazetteer: Gazetteer, options: { kinds?: readonly Kind[] | null; explain?: boolean; lexicon?: EventLexicon | null } = {}): Context {
  return {
    compiled: compileGazetteer(gazetteer),
    roles: roleRules(gazetteer.rules),
    abbreviations: new Set(gazetteer.rules.abbreviations.map((a) => a.toLowerCase().replace(/\.$/, ''))),
    kinds: options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : null,
    explain: options.explain ?? false,
    lexicon: options.lexicon ? compileLexicon(options.lexicon) : null,
  };
}

export function extractDocument(doc: SourceDoc, ctx: Context): DocResult {
  const { text } = doc;
  const sentences = splitSentences(text, ctx.abbreviations);
  const mentions: Mention[] = [];
  const sentenceTokens: WordToken[][] = [];
  for (const s of sentences) {
    const tokens = tokenize(text, s.start, s.end);
    sentenceTokens.push(tokens);
    for (const match of findNames(text, tokens, ctx.compiled)) mentions.push(toMention(text, tokens, match, s.index, ctx.roles));
  }
  mentions.push(...findDates(text, sentences, doc.date?.value ?? null));
  const settled = settleOverlaps(mentions);
  const events = ctx.lexicon ? findEvents(text, sentences, sentenceTokens, settled, ctx.lexicon, ctx.explain, doc.date?.value ?? null) : [];
  let result = filterKinds(settled, ctx.kinds);
  if (!ctx.explain) result = result.map(({ explain: _explain, ...rest }) => rest);
  return { ...(doc.id !== undefined ? { id: doc.id } : {}), source: doc.source, date: doc.date, mentions: result, events, sentences };
}
