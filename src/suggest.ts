/**
 * `extract suggest`: the proper names in a set of texts that the gazetteer does not know, ranked,
 * with an example sentence each, so that users can grow their lists. Candidates are the names the
 * pipeline found by a strong context but could not resolve (`resolved: false`: `the village of X`),
 * runs of capitalized words, and compromise's people, places and organizations. Names the
 * gazetteer resolves are dropped; spellings with one matching key are counted together.
 * Pure: documents and a prepared context in, ranked suggestions out.
 */
import { createRequire } from 'node:module';
import { tokenize, type ArticleFolding, type WordToken } from './fold.js';
import { compileUnknownCues } from './extract/unknown.js';
import { findName } from './inspect.js';
import { extractDocument, groupBySentence, type Context } from './pipeline.js';
import { splitSentences } from './segment.js';
import type { DocResult, Mention, Sentence, SourceDoc, Suggestion } from './types.js';

export interface SuggestOptions {
  /** Fewest occurrences to list (default 2); strong-context names are always listed. */
  min?: number;
  /** Most suggestions to return (default all). */
  limit?: number;
}

/** Suggestions for documents: runs the pipeline on each, then ranks the names it could not resolve. */
export function suggest(docs: readonly SourceDoc[], ctx: Context, options: SuggestOptions = {}): Suggestion[] {
  return suggestFrom(
    docs.map((doc) => ({ doc, result: extractDocument(doc, ctx) })),
    ctx,
    options,
  );
}

/** Suggestions from documents already run through the pipeline. */
export function suggestFrom(
  runs: readonly { doc: SourceDoc; result: DocResult }[],
  ctx: Context,
  options: SuggestOptions = {},
): Suggestion[] {
  const env = environment(
    runs.map((r) => r.doc.text),
    ctx,
  );
  const found = runs.flatMap(({ doc, result }) => documentOccurrences(doc, result, env));
  const settled = settleAmbiguous(found).filter((o) => !knownAsWhole(o.text, env));
  return rank(group(settled), options);
}

// ---------------------------------------------------------------------------------------------
// Word knowledge: compromise (loaded on first use), the corpus itself and the gazetteer rules.

interface NlpTerm {
  tags: string[];
  offset: { start: number; length: number };
}
interface NlpMatch {
  json(o: { offset: true }): { offset: { start: number; length: number }; terms?: NlpTerm[] }[];
}
interface NlpDoc extends NlpMatch {
  json(o: { offset: true }): { offset: { start: number; length: number }; terms: NlpTerm[] }[];
  people(): NlpMatch;
  places(): NlpMatch;
  organizations(): NlpMatch;
}
interface Nlp {
  (text: string): NlpDoc;
  world(): {
    model: {
      one: { lexicon: Record<string, string | string[]> };
      two: { orgWords: Record<string, true>; placeWords: Record<string, true> };
    };
  };
}
let nlpLoaded: Nlp | null = null;
function nlp(): Nlp {
  // The CommonJS build, loaded on first use as in the event lexicon; `three` adds people/places/organizations.
  return (nlpLoaded ??= createRequire(import.meta.url)('compromise/three') as Nlp);
}

/** Tags that make a word a name (or part of one) rather than an ordinary word. */
const NAME_TAGS = new Set([
  'ProperNoun',
  'Person',
  'FirstName',
  'LastName',
  'MaleName',
  'FemaleName',
  'Place',
  'Country',
  'City',
  'Region',
  'Organization',
  'Acronym',
]);
/** Tags of words that never start a name (`The`, `However`, `After`, `Meanwhile`). */
const FUNCTION_TAGS = new Set([
  'Determiner',
  'Conjunction',
  'Preposition',
  'Pronoun',
  'Possessive',
  'QuestionWord',
  'Adverb',
  'Expression',
  'Copula',
  'Modal',
  'Auxiliary',
  'Negative',
]);
/** Tags of words that are not names at all. */
const DATE_TAGS = new Set(['Date', 'Month', 'WeekDay']);

interface Env {
  ctx: Context;
  /** The suggest words of the packs' rules, as folded-word sets. */
  titleHeads: ReadonlySet<string>;
  titleModifiers: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  armedWords: ReadonlySet<string>;
  locatives: ReadonlySet<string>;
  /** How the packs' articles fold (`ash-` = `al-`). */
  articles: ArticleFolding;
  nameArticles: ReadonlySet<string>;
  linkWords: ReadonlySet<string>;
  /** Place noun -> the category it names. */
  placeNouns: ReadonlyMap<string, string>;
  /** Folded words seen written in lower case somewhere in the texts (`army`, `however`). */
  lowerSeen: ReadonlySet<string>;
  lexicon: Record<string, string | string[]>;
  /** compromise's last words of organization and place names (`Council`, `Agency`; `Heights`, `Valley`). */
  orgWords: Record<string, true>;
  placeWords: Record<string, true>;
  notNames: ReadonlySet<string>;
  /** First words of place and armed-group names (`tel`, `kafr`; `liwa`, `jaysh`), from the rules. */
  placePrefixes: ReadonlySet<string>;
  actorPrefixes: ReadonlySet<string>;
  knownCache: Map<string, boolean>;
}

function environment(texts: readonly string[], ctx: Context): Env {
  const rules = ctx.compiled.gazetteer.rules;
  const cues = ctx.unknown ?? compileUnknownCues(rules);
  const words = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));
  return {
    ctx,
    titleHeads: words(rules.titleHeads),
    titleModifiers: words(rules.titleModifiers),
    connectors: words(rules.nameConnectors),
    armedWords: words(rules.armedWords),
    locatives: words(rules.locatives),
    articles: ctx.compiled.articles,
    nameArticles: words(rules.nameArticles),
    linkWords: words(rules.linkWords),
    placeNouns: new Map(rules.placeNouns.map((p) => p.toLowerCase().split(/\s+/) as [string, string])),
    lowerSeen: lowerCaseWords(texts),
    lexicon: nlp().world().model.one.lexicon,
    orgWords: nlp().world().model.two.orgWords,
    placeWords: nlp().world().model.two.placeWords,
    // The same folded word sets the pipeline's unknown-name search uses.
    notNames: cues.notNames,
    placePrefixes: cues.placePrefixes,
    actorPrefixes: cues.actorPrefixes,
    knownCache: new Map(),
  };
}

function lowerCaseWords(texts: readonly string[]): Set<string> {
  const seen = new Set<string>();
  for (const text of texts)
    for (const t of tokenize(text)) if (!t.cap && /^\p{Ll}/u.test(text[t.start])) seen.add(t.key);
  return seen;
}

const asList = (tags: string | string[] | undefined): string[] =>
  tags === undefined ? [] : typeof tags === 'string' ? [tags] : tags;
const hasAny = (tags: Iterable<string>, set: ReadonlySet<string>): boolean => [...tags].some((t) => set.has(t));

/**
 * An ordinary word, not a name: known to compromise's lexicon as such, written in lower case elsewhere, or listed in
 * `notNames`.
 */
function isOrdinary(key: string, env: Env): boolean {
  if (env.notNames.has(key) || env.lowerSeen.has(key)) return true;
  const tags = asList(env.lexicon[key]);
  return tags.length > 0 && !hasAny(tags, NAME_TAGS);
}

// ---------------------------------------------------------------------------------------------
// Occurrences: the candidate names of one document.

interface Guess {
  kind: 'actor' | 'place';
  category: string;
  /**
   * How good the evidence is: 4 strong context, 3 words of the name or a place noun, 2 compromise, 1 a preposition, 0
   * none.
   */
  weight: number;
}

interface Occurrence {
  text: string;
  /** The matcher's key: transliteration keys of the words. */
  key: string;
  guess: Guess;
  strong: boolean;
  source: string;
  sentence: string;
  /** Offsets of the name in `sentence`. */
  at: [number, number];
}

/**
 * An occurrence whose first word may be capitalized only because it starts the sentence
 * (`Many Syrians`) is `positional`; `rest` is the name without that word (null if none is left).
 */
interface Found extends Occurrence {
  positional: boolean;
  rest: Occurrence | null;
}

/** A candidate as a range of sentence tokens (inclusive). */
interface Span {
  first: number;
  last: number;
}

interface SentenceView {
  text: string;
  sentence: Sentence;
  tokens: WordToken[];
  /** compromise's tags per token. */
  tags: Set<string>[];
  /** Tokens inside a resolved actor/place mention, or a date. */
  known: boolean[];
  dated: boolean[];
  /** Token i and the next belong to one name if both may (see `joins`). */
  joins: boolean[];
}

function documentOccurrences(doc: SourceDoc, result: DocResult, env: Env): Found[] {
  const sentences = result.sentences ?? splitSentences(doc.text, env.ctx.abbreviations);
  const bySentence = groupBySentence(result.mentions);
  return sentences.flatMap((s) => sentenceOccurrences(doc, s, bySentence.get(s.index) ?? [], env));
}

function sentenceOccurrences(doc: SourceDoc, s: Sentence, mentions: readonly Mention[], env: Env): Found[] {
  const tokens = tokenize(doc.text, s.start, s.end, true, env.articles);
  if (tokens.length === 0) return [];
  const unresolved = mentions.filter((m) => m.kind !== 'date' && m.resolved === false);
  // Only sentences with a capitalized word outside the names and dates found are worth parsing.
  const open = (t: WordToken) =>
    t.cap &&
    !mentions.some((m) => m.resolved !== false && m.start < t.end && m.end > t.start) &&
    (t.upper || !hasAny(asList(env.lexicon[t.key]), FUNCTION_TAGS));
  if (unresolved.length === 0 && !tokens.some(open)) return [];
  const parsed = nlp()(doc.text.slice(s.start, s.end));
  const view = sentenceView(doc.text, s, tokens, mentions, parsed, env);
  const names = nameSpans(parsed, view);
  const spans = (
    isHeading(view, env) ? [] : [...capitalizedRuns(view, env), ...names.map((n) => cleanSpan(n.span, view, env))]
  ).filter((x): x is Cleaned => x !== null);
  const strong = unresolved.map((m) => ({ span: widen(tokenSpan(view, m.start, m.end), spans), mention: m }));
  const kept = settle(
    strong.map((x) => x.span),
    spans,
  );
  return kept.map((k) => {
    const mention = strong.find((x) => x.span === k.span)?.mention;
    const guess = guessKind(k.span, view, names, env);
    return occurrence(doc.source, view, k, mention ? strongGuess(mention, guess) : guess, env);
  });
}

/** A strong-context mention's kind, with its category or else the guessed one if of the same kind. */
function strongGuess(m: Mention, guess: Guess): Guess {
  const kind = m.kind === 'place' ? 'place' : 'actor';
  return { kind, category: m.category ?? (guess.kind === kind ? guess.category : 'other'), weight: 4 };
}

function sentenceView(
  text: string,
  s: Sentence,
  tokens: WordToken[],
  mentions: readonly Mention[],
  parsed: NlpDoc,
  env: Env,
): SentenceView {
  const tags = tokens.map(() => new Set<string>());
  for (const sent of parsed.json({ offset: true })) {
    for (const term of sent.terms) {
      const from = s.start + term.offset.start;
      const to = from + term.offset.length;
      for (let i = 0; i < tokens.length; i++)
        if (tokens[i].start < to && tokens[i].end > from) for (const t of term.tags) tags[i].add(t);
    }
  }
  const inside = (pred: (m: Mention) => boolean) =>
    tokens.map((t) => mentions.some((m) => pred(m) && m.start < t.end && m.end > t.start));
  return {
    text,
    sentence: s,
    tokens,
    tags,
    known: inside((m) => m.kind !== 'date' && m.resolved !== false),
    dated: inside((m) => m.kind === 'date').map(
      (d, i) => d || hasAny(tags[i], DATE_TAGS) || isTimeZone(text, tokens[i]),
    ),
    joins: tokens.map((t, i) => i + 1 < tokens.length && joins(text, t, tokens[i + 1], env)),
  };
}

/**
 * Two words are one space or one hyphen apart (not a comma or full stop), or a common noun's
 * possessive joins them (`People's Protection Units`), or an abbreviation's full stop (`Mt. Baflun`).
 */
function joins(text: string, a: WordToken, b: WordToken, env: Env): boolean {
  const gap = text.slice(a.end, b.start);
  if (a.possessive) return /^['’]s $/u.test(gap) && b.cap && isOrdinary(a.key, env);
  if (gap === '. ') return a.cap && b.cap && env.ctx.abbreviations.has(a.key);
  return GAP.test(gap);
}

/** An acronym right after a clock time is its time zone (`16:52 AMT`, `6 p.m. ET`). */
function isTimeZone(text: string, t: WordToken): boolean {
  return (
    t.upper &&
    t.end - t.start <= 4 &&
    /(?:\d[:.]\d\d|\d\s*[ap]\.?m\.?)\s*$/i.test(text.slice(Math.max(0, t.start - 12), t.start))
  );
}

/** The tokens covering `[start, end)`, as a span (or the empty span when none does). */
function tokenSpan(view: SentenceView, start: number, end: number): Span {
  const inside = view.tokens.map((t, i) => (t.start < end && t.end > start ? i : -1)).filter((i) => i >= 0);
  return { first: inside[0] ?? 0, last: inside.length ? inside[inside.length - 1] : -1 };
}

interface NameSpan {
  span: Span;
  kind: 'person' | 'place' | 'org';
}

/** compromise's people, places and organizations, snapped to the sentence's tokens. */
function nameSpans(parsed: NlpDoc, view: SentenceView): NameSpan[] {
  const out: NameSpan[] = [];
  const add = (match: NlpMatch, kind: NameSpan['kind']) => {
    for (const m of match.json({ offset: true })) {
      const start = view.sentence.start + m.offset.start;
      const span = tokenSpan(view, start, start + m.offset.length);
      if (span.last >= span.first && !cutsWord(view, span)) out.push({ span, kind });
    }
  };
  add(parsed.people(), 'person');
  add(parsed.places(), 'place');
  add(parsed.organizations(), 'org');
  return out;
}

/** The span starts or ends inside a hyphenated word (`Russo` of `Russo-Turkish`). */
function cutsWord(view: SentenceView, span: Span): boolean {
  return (
    (span.first > 0 && joined(view, span.first - 1) && view.tokens[span.first - 1].hyphenNext) ||
    (view.tokens[span.last].hyphenNext && joined(view, span.last))
  );
}

/**
 * A heading: title case (`Syrian War: Showdown in Idlib`: more capitalized ordinary words than
 * lower-case ones) or mostly capitals (`SYRIAN FORCES SEIZE CONTROL OF ...`). Its capitals say nothing about names.
 */
function isHeading(view: SentenceView, env: Env): boolean {
  let capsOrdinary = 0;
  let lower = 0;
  let shouted = 0;
  view.tokens.forEach((t, i) => {
    if (t.upper && t.end - t.start >= 2) shouted++;
    if (t.cap && i > 0 && !t.upper && isOrdinary(t.key, env)) capsOrdinary++;
    else if (!t.cap && t.end - t.start >= 4) lower++;
  });
  return (capsOrdinary >= 2 && capsOrdinary > lower) || (shouted >= 4 && shouted * 2 > view.tokens.length);
}

const GAP = /^(?:[ \u00a0]|[-‐‑‒–])$/u;

function isConnector(view: SentenceView, i: number, env: Env): boolean {
  const t = view.tokens[i];
  if (t.cap || !/^\p{Ll}/u.test(view.text[t.start])) return false;
  return (
    env.connectors.has(t.key) ||
    (t.hyphenNext && env.articles.forms.has(t.key)) ||
    (env.nameArticles.has(t.key) && env.connectors.has(view.tokens[i - 1]?.key ?? ''))
  );
}

function isCapital(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  return t.cap && /^\p{Lu}/u.test(view.text[t.start]) && !view.dated[i];
}

/** `al-` before a capitalized word: part of the name (`al-Bab`). */
function isLeadingArticle(view: SentenceView, i: number, env: Env): boolean {
  const t = view.tokens[i];
  return (
    (t.key === env.articles.key || env.articles.free.has(t.key) || (t.hyphenNext && env.articles.forms.has(t.key))) &&
    i + 1 < view.tokens.length &&
    isCapital(view, i + 1) &&
    joined(view, i)
  );
}

/** Maximal runs of capitalized words joined by spaces or hyphens and connectors, cut at resolved mentions, cleaned. */
function capitalizedRuns(view: SentenceView, env: Env): Cleaned[] {
  const out: Cleaned[] = [];
  const { tokens } = view;
  let i = 0;
  while (i < tokens.length) {
    const startsName = isCapital(view, i) || isLeadingArticle(view, i, env);
    if (!startsName) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && joined(view, j) && (isCapital(view, j + 1) || isConnector(view, j + 1, env))) j++;
    for (const piece of cutAtKnown(view, { first: i, last: j })) {
      splitAtTitle(view, piece.span, env).forEach((span, k) => {
        const cleaned = cleanSpan(span, view, env, piece.afterKnown || k > 0);
        if (cleaned) out.push(cleaned);
      });
    }
    i = j + 1;
  }
  return out;
}

function joined(view: SentenceView, i: number): boolean {
  return view.joins[i] ?? false;
}

/**
 * A title inside a run starts a second name (`Raqqa Assembly Chairperson Ebdulselam Hemsorik`) when two or more words
 * follow it.
 */
function splitAtTitle(view: SentenceView, span: Span, env: Env): Span[] {
  for (let k = span.first + 1; k <= span.last - 2; k++) {
    if (!isTitleHead(view, k, env)) continue;
    // The title's own modifiers go with it (`Turkish | Foreign Minister Mevlüt Çavuşoğlu`).
    let cut = k;
    while (cut > span.first && env.titleModifiers.has(view.tokens[cut - 1].key)) cut--;
    const rest = splitAtTitle(view, { first: k + 1, last: span.last }, env).map((r, i) =>
      i === 0 ? { first: cut, last: r.last } : r,
    );
    return cut > span.first ? [{ first: span.first, last: cut - 1 }, ...rest] : rest;
  }
  return [span];
}

function isTitleHead(view: SentenceView, i: number, env: Env): boolean {
  return env.titleHeads.has(view.tokens[i].key) || view.tags[i].has('Honorific');
}

/**
 * The pieces of a run between resolved mentions. A piece right before a known name is part of a
 * longer name holding it (`Free Idlib Army`) and is dropped; one right after it is kept only if a
 * title follows the known name (`Hezbollah Secretary General Hassan Nasrallah`).
 */
function cutAtKnown(view: SentenceView, run: Span): { span: Span; afterKnown: boolean }[] {
  const out: { span: Span; afterKnown: boolean }[] = [];
  let first = run.first;
  for (let k = run.first; k <= run.last + 1; k++) {
    if (k <= run.last && !view.known[k]) continue;
    const beforeKnown = k <= run.last;
    if (k > first && !beforeKnown) out.push({ span: { first, last: k - 1 }, afterKnown: first > run.first });
    first = k + 1;
  }
  return out;
}

interface Cleaned {
  span: Span;
  /** The first word may be capitalized only because it starts the sentence. */
  positional: boolean;
  /** The span without that word (null if nothing is left). */
  rest: Span | null;
}

/**
 * Trims a candidate to the name: leading function words (`The`), a leading title (`General`,
 * `Russian Defense Minister`), trailing connectors; drops it when nothing or a lone ordinary word is left.
 */
function cleanSpan(span: Span, view: SentenceView, env: Env, needsTitle = false): Cleaned | null {
  let { first, last } = span;
  while (first <= last && !isCapital(view, first) && !isLeadingArticle(view, first, env)) first++;
  while (last >= first && !isCapital(view, last)) last--;
  for (let k = first; k <= last; k++)
    if (
      (!isCapital(view, k) && !isConnector(view, k, env) && !isLeadingArticle(view, k, env)) ||
      (k < last && !joined(view, k))
    )
      return null;
  while (first <= last && isFunctionWord(view, first, env)) first++;
  const afterTitle = skipTitle(view, first, last, env);
  if (needsTitle && afterTitle === first) return null;
  first = afterTitle;
  while (
    last >= first &&
    (isConnector(view, last, env) || view.dated[last] || (last > first && isDemonymWord(view, last, env)))
  )
    last--;
  while (first <= last && (env.linkWords.has(view.tokens[first].key) || view.dated[first])) first++;
  if (first > last || view.known.slice(first, last + 1).some(Boolean)) return null;
  if (!view.tokens.slice(first, last + 1).some((t, k) => isCapital(view, first + k))) return null;
  if (first === last ? isLoneOrdinary(view, first, env) : isCompoundAdjective(view, { first, last }, env)) return null;
  const initial =
    isSentenceInitial(view, first) && !view.tokens[first].upper && isOrdinary(view.tokens[first].key, env);
  const rest = initial ? (cleanSpan({ first: first + 1, last }, view, env)?.span ?? null) : null;
  return { span: { first, last }, positional: initial, rest };
}

function isFunctionWord(view: SentenceView, i: number, env: Env): boolean {
  const key = view.tokens[i].key;
  if (isLeadingArticle(view, i, env)) return false;
  return hasAny(view.tags[i], FUNCTION_TAGS) && !hasAny(view.tags[i], NAME_TAGS)
    ? true
    : hasAny(asList(env.lexicon[key]), FUNCTION_TAGS) && !view.tokens[i].upper;
}

/**
 * A single word that is no name: ordinary, a title, a plural acronym (`IDPs`), a demonym or adjective by compromise's
 * reading of the sentence.
 */
function isLoneOrdinary(view: SentenceView, i: number, env: Env): boolean {
  const t = view.tokens[i];
  if (t.end - t.start === 1) return true;
  if (t.upper && t.end - t.start <= 5) return env.notNames.has(t.key);
  if (/^\p{Lu}{2,}s$/u.test(view.text.slice(t.start, t.end))) return true;
  if (
    isOrdinary(t.key, env) ||
    env.titleHeads.has(t.key) ||
    env.titleModifiers.has(t.key) ||
    env.armedWords.has(t.key) ||
    env.placeNouns.has(t.key)
  )
    return true;
  const tags = view.tags[i];
  return tags.has('Demonym') || !hasAny(tags, NAME_TAGS);
}

/** A word of origin or creed (`Syrian`, `Sunni`, `Chechen` by compromise's tags). */
function isDemonym(view: SentenceView, i: number, env: Env): boolean {
  return (
    env.notNames.has(view.tokens[i].key) ||
    view.tags[i].has('Demonym') ||
    asList(env.lexicon[view.tokens[i].key]).includes('Demonym')
  );
}

/** A word of origin by compromise (`Syrian` in `pro-Assad Syrian militia`): no name ends with one. */
function isDemonymWord(view: SentenceView, i: number, env: Env): boolean {
  return view.tags[i].has('Demonym') || asList(env.lexicon[view.tokens[i].key]).includes('Demonym');
}

/**
 * Words of origin only (`Sunni Muslim`, `Syrian Kurdish`), or a hyphenated compound ending in one (`Russo-Turkish`).
 */
function isCompoundAdjective(view: SentenceView, span: Span, env: Env): boolean {
  const words = Array.from({ length: span.last - span.first + 1 }, (_, k) => span.first + k);
  if (words.every((i) => isDemonym(view, i, env))) return true;
  return view.tokens[span.last - 1].hyphenNext && isDemonym(view, span.last, env);
}

/** Where the name starts after a leading title (`Russian Defense Minister`), or `first` when there is none. */
function skipTitle(view: SentenceView, first: number, last: number, env: Env): number {
  let end = first;
  for (let k = first; k < last; k++) {
    const key = view.tokens[k].key;
    const tags = view.tags[k];
    if (isTitleHead(view, k, env)) end = k + 1;
    else if (!(
      env.titleModifiers.has(key) ||
      tags.has('Demonym') ||
      (tags.has('Adjective') && !hasAny(tags, NAME_TAGS))
    ))
      break;
  }
  return end;
}

/** The first word of the sentence, or the first after an opening quote, bracket, colon or dash. */
function isSentenceInitial(view: SentenceView, i: number): boolean {
  if (i === 0) return true;
  const between = view.text.slice(view.tokens[i - 1].end, view.tokens[i].start);
  return /[:"“‘(\[—–•*]\s*$/u.test(between) || /[.!?]\s/u.test(between);
}

/**
 * A strong-context span, or the capitalized run holding it when that is longer (`Liwa Suqur` in `Liwa Suqur al-Ghab`).
 */
function widen(span: Span, runs: readonly Cleaned[]): Span {
  if (span.last < span.first) return span;
  const run = runs.find((r) => r.span.first <= span.first && span.last <= r.span.last && !r.positional);
  return run ? run.span : span;
}

/** Strong-context spans win, then longer spans, then earlier ones; overlapping ones are dropped. */
function settle(strong: Span[], spans: Cleaned[]): Cleaned[] {
  const all: (Cleaned & { strong: boolean })[] = [
    ...strong.filter((s) => s.last >= s.first).map((span) => ({ span, positional: false, rest: null, strong: true })),
    ...spans.map((c) => ({ ...c, strong: false })),
  ];
  all.sort(
    (a, b) =>
      Number(b.strong) - Number(a.strong) ||
      b.span.last - b.span.first - (a.span.last - a.span.first) ||
      a.span.first - b.span.first,
  );
  const kept: Cleaned[] = [];
  for (const c of all) if (!kept.some((k) => k.span.first <= c.span.last && c.span.first <= k.span.last)) kept.push(c);
  return kept.sort((a, b) => a.span.first - b.span.first);
}

/** The kind and category of a candidate, from the best evidence at hand. */
function guessKind(span: Span, view: SentenceView, names: readonly NameSpan[], env: Env): Guess {
  const keys = view.tokens.slice(span.first, span.last + 1).map((t) => t.key);
  if (keys.some((k) => env.armedWords.has(k)) || env.actorPrefixes.has(keys[0]))
    return { kind: 'actor', category: 'armed_group', weight: 3 };
  if (keys.length > 1 && env.placePrefixes.has(keys[0]))
    return { kind: 'place', category: placeNounNear(view, span, env) ?? 'other', weight: 3 };
  const placeNoun = placeNounNear(view, span, env);
  if (placeNoun) return { kind: 'place', category: placeNoun, weight: 3 };
  const name = names.find((n) => n.span.first <= span.first && span.last <= n.span.last);
  if (name)
    return name.kind === 'place'
      ? { kind: 'place', category: 'other', weight: 2 }
      : { kind: 'actor', category: name.kind === 'person' ? 'person' : 'other', weight: 2 };
  const lastKey = keys[keys.length - 1];
  if (keys.length > 1 && Object.hasOwn(env.orgWords, lastKey)) return { kind: 'actor', category: 'other', weight: 2 };
  if (keys.length > 1 && Object.hasOwn(env.placeWords, lastKey))
    return { kind: 'place', category: env.placeNouns.get(lastKey) ?? 'other', weight: 2 };
  const tags = view.tags.slice(span.first, span.last + 1).filter((_, k) => isCapital(view, span.first + k));
  if (tags.every((t) => t.has('Place') || t.has('Country') || t.has('City')))
    return { kind: 'place', category: 'other', weight: 2 };
  if (tags.every((t) => t.has('Person') || t.has('FirstName') || t.has('LastName')))
    return { kind: 'actor', category: 'person', weight: 2 };
  const before = view.tokens[span.first - 1];
  if (before && env.locatives.has(before.key) && !view.tokens[span.last].possessive)
    return { kind: 'place', category: 'other', weight: 1 };
  return { kind: 'actor', category: 'other', weight: 0 };
}

/** `the village of X`, `the towns of X and Y`, `X district`, `X Hill`: the category the noun names. */
function placeNounNear(view: SentenceView, span: Span, env: Env): string | null {
  const { tokens } = view;
  const head = env.placeNouns.get(tokens[span.last].key);
  if (head && span.last > span.first) return head;
  const before = env.linkWords.has(tokens[span.first - 1]?.key ?? '') ? tokens[span.first - 2] : undefined;
  if (before && env.placeNouns.has(before.key)) return env.placeNouns.get(before.key)!;
  const last = tokens[span.last];
  const after = tokens[span.last + 1];
  if (after && !last.possessive && !after.cap && joined(view, span.last) && env.placeNouns.has(after.key))
    return env.placeNouns.get(after.key)!;
  return null;
}

function occurrence(source: string, view: SentenceView, c: Cleaned, guess: Guess, env: Env): Found {
  const make = (span: Span, g: Guess): Occurrence => {
    const { tokens, text, sentence } = view;
    const start = tokens[span.first].start;
    const end = tokens[span.last].end;
    return {
      text: text.slice(start, end),
      key: tokens
        .slice(span.first, span.last + 1)
        .map((t) => t.tkey)
        .join(' '),
      guess: g,
      strong: g.weight === 4,
      source,
      sentence: text.slice(sentence.start, sentence.end),
      at: [start - sentence.start, end - sentence.start],
    };
  };
  return {
    ...make(c.span, guess),
    positional: c.positional,
    rest: c.rest ? make(c.rest, guessKind(c.rest, view, [], env)) : null,
  };
}

// ---------------------------------------------------------------------------------------------
// Ranking.

/**
 * A name whose first word may be capitalized only because it starts the sentence (`Many Syrians`)
 * keeps that word if the full name is seen elsewhere (`Free Syrian Army`), else loses it.
 */
function settleAmbiguous(found: readonly Found[]): Occurrence[] {
  const clear = new Set(found.filter((o) => !o.positional).map((o) => o.key));
  return found.flatMap(({ positional, rest, ...o }) => (!positional || clear.has(o.key) ? [o] : rest ? [rest] : []));
}

/** The gazetteer resolves the name on its own, as one mention (`findName`). */
function knownAsWhole(text: string, env: Env): boolean {
  let known = env.knownCache.get(text);
  if (known === undefined) {
    known = findName(text, env.ctx).mentions.some(
      (m) => m.resolved !== false && m.start === 0 && m.end === text.length,
    );
    env.knownCache.set(text, known);
  }
  return known;
}

function group(found: readonly Occurrence[]): Suggestion[] {
  const byKey = new Map<string, Occurrence[]>();
  for (const o of found) byKey.set(o.key, [...(byKey.get(o.key) ?? []), o]);
  return [...byKey.values()].map(toSuggestion);
}

function toSuggestion(all: readonly Occurrence[]): Suggestion {
  const spellings = new Map<string, number>();
  for (const o of all) spellings.set(o.text, (spellings.get(o.text) ?? 0) + 1);
  const [name, ...aliases] = [...spellings]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([s]) => s);
  const best = bestGuess(all);
  const example = all.find((o) => o.strong) ?? all[0];
  return {
    kind: best.kind,
    name,
    aliases,
    category: best.category,
    count: all.length,
    files: new Set(all.map((o) => o.source)).size,
    strong: all.some((o) => o.strong),
    example: { source: example.source, sentence: example.sentence, start: example.at[0], end: example.at[1] },
  };
}

/** The guess with the best evidence; among equals, the most frequent. */
function bestGuess(all: readonly Occurrence[]): Guess {
  const votes = new Map<string, { guess: Guess; n: number }>();
  for (const { guess } of all) {
    const k = `${guess.weight}/${guess.kind}/${guess.category}`;
    votes.set(k, { guess, n: (votes.get(k)?.n ?? 0) + 1 });
  }
  return [...votes.values()].sort((a, b) => b.guess.weight - a.guess.weight || b.n - a.n)[0].guess;
}

function rank(all: Suggestion[], options: SuggestOptions): Suggestion[] {
  const min = options.min ?? 2;
  const listed = all.filter((s) => s.strong || s.count >= min);
  listed.sort(
    (a, b) =>
      Number(b.strong) - Number(a.strong) ||
      b.count - a.count ||
      b.files - a.files ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  return options.limit === undefined ? listed : listed.slice(0, options.limit);
}
