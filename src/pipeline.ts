/**
 * The ordered steps for one document: its date (a date line at its top when reading found none) ->
 * segment -> find dates (one anchored scan, by the language module) -> then sentence by sentence:
 * match names -> resolve them with what the document has said so far -> misspelt names among the
 * words left -> unknown names -> settle overlaps -> find events -> filter kinds.
 * Pure: takes a document and a prepared context, returns the result.
 */
import { keySet, tokenize, type WordToken } from './fold.js';
import { FUZZY_MIN, aliasesOf, compileGazetteer, isBulk, type CompiledGazetteer } from './gazetteer/compile.js';
import { placeRules, type PlaceRules } from './extract/places.js';
import type { Gazetteer } from './gazetteer/load.js';
import { DEFAULT_LANGUAGE } from './lang/index.js';
import type { Language } from './language.js';
import { findEvents, linkHappening, newHappenings, type EventRules } from './extract/events.js';
import { findFuzzyNames, findNames, type NameMatch } from './extract/names.js';
import { cameoOf, compileSectors, findComposed, type Composed, type SectorRules } from './extract/sectors.js';
import { compileUnknownCues, findUnknownNames, type UnknownCues } from './extract/unknown.js';
import { compileLexicon, type EventLexicon, type CompiledLexicon } from './gazetteer/lexicon.js';
import {
  composedMention,
  filterKinds,
  inOrder,
  newMemory,
  pickEntry,
  supportsMisspelling,
  roleRules,
  settleOverlaps,
  toMention,
  type RoleRules,
} from './resolve.js';
import { splitSentences } from './segment.js';
import type { DocResult, DocStream, Event, Kind, Mention, Sentence, SourceDoc } from './types.js';

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
  /** How events choose their location. */
  eventRules: EventRules;
  /** The language's grammar that must be code (dates). */
  language: Language;
  /** What chooses among places of one name and vets the bulk lists' names (see extract/places.ts). */
  places: PlaceRules;
  /** Sectors and offices of states (`Russian forces`, `the Russian president`; see extract/sectors.ts). */
  sectors: SectorRules;
}

/** Compiles the gazetteer once; the context is then reused for every document. */
export function createContext(
  gazetteer: Gazetteer,
  options: {
    kinds?: readonly Kind[] | null;
    explain?: boolean;
    lexicon?: EventLexicon | null;
    translit?: boolean;
    unknown?: boolean;
    language?: Language;
  } = {},
): Context {
  const compiled = compileGazetteer(gazetteer, { translit: options.translit });
  return {
    compiled,
    places: placeRules(gazetteer.rules, compiled.entries, aliasesOf),
    sectors: compileSectors(gazetteer.rules, compiled.entries),
    roles: roleRules(gazetteer.rules),
    abbreviations: new Set(gazetteer.rules.abbreviations.map((a) => a.toLowerCase().replace(/\.$/, ''))),
    kinds: options.kinds ? new Set(options.kinds) : null,
    explain: options.explain ?? false,
    lexicon: options.lexicon ? compileLexicon(options.lexicon) : null,
    unknown: options.unknown === false ? null : compileUnknownCues(gazetteer.rules),
    eventRules: {
      specificity: gazetteer.rules.placeSpecificity,
      reporters: new Set(gazetteer.rules.reporterCategories),
      coordinators: keySet(gazetteer.rules.coordinators),
    },
    language: options.language ?? DEFAULT_LANGUAGE,
  };
}

export function extractDocument(source: SourceDoc, ctx: Context): DocResult {
  const doc = dated(source, ctx.language);
  const prepared = prepare(doc, ctx);
  const mentions: Mention[] = [];
  const events: Event[] = [];
  for (const block of extractBlocks(doc, ctx, BOTH, prepared)) {
    for (const m of block.mentions) mentions.push(m);
    for (const e of block.events) events.push(e);
  }
  return { ...head(doc), mentions, events, sentences: prepared.sentences };
}

/** A big document, extracted in two passes so that neither all its mentions nor all its events are ever held. */
export function streamDocument(source: SourceDoc, ctx: Context): DocStream {
  const doc = dated(source, ctx.language);
  const prepared = prepare(doc, ctx);
  return {
    head: { ...head(doc), mentions: [], events: [], sentences: prepared.sentences },
    *mentions() {
      for (const block of extractBlocks(doc, ctx, { mentions: true, events: false }, prepared)) yield block.mentions;
    },
    *events() {
      for (const block of extractBlocks(doc, ctx, { mentions: false, events: true }, prepared)) yield block.events;
    },
  };
}

/** The document with its date: the one reading found (option, file name, record), else a date line at its top. */
function dated(doc: SourceDoc, language: Language): SourceDoc {
  if (doc.date) return doc;
  const value = language.headerDate(doc.text);
  return value ? { ...doc, date: { value, from: 'header' } } : doc;
}

/** Sentences and the dates found in each (dates come from one cheap anchored scan of the whole text). */
interface Prepared {
  sentences: Sentence[];
  dates: Map<number, Mention[]>;
}

function prepare(doc: SourceDoc, ctx: Context): Prepared {
  const sentences = splitSentences(doc.text, ctx.abbreviations);
  return {
    sentences,
    dates: groupBySentence(ctx.language.findDates(doc.text, sentences, doc.date?.value ?? null, ctx.explain)),
  };
}

const BOTH = { mentions: true, events: true } as const;
/** Characters of text per block of sentences. */
const BLOCK_CHARS = 1 << 12;

/**
 * Names, overlaps and events, settled one sentence at a time (no per-token structure outlives its
 * sentence), yielded in blocks of about BLOCK_CHARS characters.
 */
function* extractBlocks(
  doc: SourceDoc,
  ctx: Context,
  want: { mentions: boolean; events: boolean },
  prepared: Prepared,
): Generator<{ mentions: Mention[]; events: Event[] }> {
  const { text } = doc;
  const docDate = doc.date?.value ?? null;
  let mentions: Mention[] = [];
  let events: Event[] = [];
  let blockStart = 0;
  const memory = newMemory(docDate);
  const happenings = newHappenings();
  for (const s of prepared.sentences) {
    const tokens = tokenize(text, s.start, s.end, true, ctx.compiled.articles);
    // A copy: the second pass of a stream must find the dates as the first did.
    const dates = prepared.dates.get(s.index);
    const found: Mention[] = dates ? dates.slice() : [];
    const places = { text, rules: ctx.places, explain: ctx.explain };
    const divisions = ctx.places.divisionNames;
    const emit = (picked: NameMatch): void => {
      const m = toMention(text, tokens, picked, s.index, ctx.roles, ctx.explain, divisions);
      // An actor's CAMEO code on the document's date.
      const code = m.kind === 'actor' ? cameoOf(picked.entry, memory.date, ctx.sectors) : undefined;
      if (code) m.cameo = code;
      found.push(m);
    };
    const take = (match: NameMatch): void => {
      // A bulk place's name that the date scan read as a date is the date (`in August`).
      if (dates && isBulk(match.entry) && dates.some((d) => d.start < match.end && d.end > match.start)) return;
      const picked = pickEntry(match, memory, tokens, ctx.compiled.articles.key, places);
      if (picked) emit(picked);
      // A bulk name without the evidence it needs leaves its words to shorter names (`South Lebanon`, a
      // village of Ohio, is `south` and `Lebanon`).
      else if (isBulk(match.entry) && match.last > match.first)
        for (const inner of findNames(text, tokens, ctx.compiled, match.first + 1, match.last + 1)) take(inner);
    };
    const names = findNames(text, tokens, ctx.compiled);
    const composed = findComposed(text, tokens, names, ctx.sectors);
    for (const match of composed.length > 0 ? names.filter((n) => !composed.some((c) => covers(c, n))) : names)
      take(match);
    for (const c of composed) {
      if (names.some((n) => n.first <= c.last && c.first <= n.last && !covers(c, n))) continue;
      const m = composedMention(text, c, s.index, ctx.sectors, memory, ctx.explain);
      if (m) found.push(m);
    }
    // In order once (dates come first), for the misspelt- and unknown-name searches and for settling overlaps.
    if (!inOrder(found)) found.sort(byStartLongest);
    if (memory.countries.size > 0 && fuzzyCandidates(tokens, found)) {
      for (const match of findFuzzyNames(text, tokens, ctx.compiled, coveredTokens(tokens, found))) {
        const picked = supportsMisspelling(match, memory)
          ? pickEntry(match, memory, tokens, ctx.compiled.articles.key, places)
          : null;
        if (picked) emit(picked);
      }
      if (!inOrder(found)) found.sort(byStartLongest);
    }
    if (ctx.unknown)
      for (const m of findUnknownNames(text, tokens, found, s.index, ctx.unknown, ctx.explain, memory.unknown))
        found.push(m);
    const settled = settleOverlaps(found);
    if (want.events && ctx.lexicon)
      for (const e of findEvents(
        text,
        s,
        tokens,
        settled,
        ctx.lexicon,
        ctx.explain,
        docDate,
        ctx.eventRules,
        happenings,
      )) {
        linkHappening(e, text, tokens, ctx.lexicon.grammar, happenings);
        events.push(e);
      }
    if (want.mentions) for (const m of filterKinds(settled, ctx.kinds)) mentions.push(m);
    if (s.end - blockStart >= BLOCK_CHARS) {
      yield { mentions, events };
      mentions = [];
      events = [];
      blockStart = s.end;
    }
  }
  if (mentions.length > 0 || events.length > 0) yield { mentions, events };
}

/** A sector or office phrase takes the words of a shorter name inside it (`Sudan` in `Sudan's army`), not of an equal one. */
const covers = (c: Composed, n: NameMatch) =>
  c.first <= n.first && n.last <= c.last && c.last - c.first > n.last - n.first;

/** Whether a sentence has more capitalized words than names and dates cover: only then may one be a misspelt name. */
function fuzzyCandidates(tokens: readonly WordToken[], found: readonly Mention[]): boolean {
  let caps = 0;
  for (const t of tokens) if (t.cap && t.key.length >= FUZZY_MIN) caps++;
  return caps > found.length;
}

/** Which tokens the mentions (in order) cover. */
function coveredTokens(tokens: readonly WordToken[], found: readonly Mention[]): boolean[] {
  const covered = new Array<boolean>(tokens.length).fill(false);
  let m = 0;
  for (let k = 0; k < tokens.length; k++) {
    while (m < found.length && found[m].end <= tokens[k].start) m++;
    for (let n = m; n < found.length && found[n].start < tokens[k].end; n++)
      if (found[n].end > tokens[k].start) covered[k] = true;
  }
  return covered;
}

function head(doc: SourceDoc): Omit<DocResult, 'mentions' | 'events'> {
  return {
    ...(doc.id !== undefined ? { id: doc.id } : {}),
    source: doc.source,
    date: doc.date,
    ...(doc.meta !== undefined ? { meta: doc.meta } : {}),
  };
}

export function groupBySentence(mentions: readonly Mention[]): Map<number, Mention[]> {
  const out = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = out.get(m.sentence);
    if (list) list.push(m);
    else out.set(m.sentence, [m]);
  }
  return out;
}

const byStartLongest = (a: Mention, b: Mention) => a.start - b.start || b.end - a.end;
