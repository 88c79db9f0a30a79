/**
 * Events: one per trigger occurrence of the lexicon, with type and subtype, the actors of the
 * same sentence in their roles (source acts, target is acted upon), the places of the sentence
 * with the most specific as location, the date the sentence gives, and the modality set by cues
 * before the trigger (negated, hypothetical, planned; else asserted).
 */
import type { WordToken } from '../fold.js';
import {
  NOT_A_TRIGGER,
  contracted,
  type CompiledGrammar,
  type CompiledLexicon,
  type Modality,
  type PloverType,
} from '../gazetteer/lexicon.js';
import type { Event, EventActor, EventPlace, Mention, Sentence } from '../types.js';
import { findNames } from './names.js';

/** How far back (in words) a modality cue may stand from its trigger. */
const CUE_WINDOW = 8;
/** How many words may stand between a trigger and a cue after it (`operation in Idlib is ...`). */
const CUE_AFTER_WINDOW = 3;
/** What separates two words: a clause break (`;`, `:`, brackets, an em dash), a comma. */
const CLAUSE_BREAK = 1;
const COMMA = 2;
/** Words from the trigger's last to the agent of a passive or noun (`was shelled by`, `the attack carried out by`). */
const AGENT_REACH = 4;
/** Characters between two coordinated names at most (`, as well as the `). */
const COORDINATION_GAP = 16;
/**
 * The rules events choose their location by (place categories from the most to the least specific)
 * and their participants by: actors of the reporting categories (media) report happenings, they
 * take no part in them (`according to Fars`, `officials told AFP`, `Xinhua news agency reported`).
 */
export interface EventRules {
  specificity: readonly string[];
  reporters?: ReadonlySet<string>;
  /** Words that join two actors of one role (`and`). */
  coordinators?: ReadonlySet<string>;
}
const NO_EVENT_RULES: EventRules = { specificity: [] };

/** The event of the words first..last (offsets start..end) of a sentence, with cues looked for from `floor` on. */
type MakeEvent = (
  first: number,
  last: number,
  start: number,
  end: number,
  type: string,
  subtype: string | null,
  floor: number,
  source: string,
) => Event;

/** The events of one sentence, given its tokens and its settled mentions (names and dates). */
export function findEvents(
  text: string,
  s: Sentence,
  tokens: readonly WordToken[],
  inSentence: readonly Mention[],
  lexicon: CompiledLexicon,
  explain = false,
  docDate: string | null = null,
  rules: EventRules = NO_EVENT_RULES,
  happenings: Happenings | null = null,
): Event[] {
  const g = lexicon.grammar;
  const events: Event[] = [];
  if (tokens.length === 0) return events;
  const matches = findNames(text, tokens, lexicon.triggers).filter((m) => m.entry.category !== NOT_A_TRIGGER);
  const anaphors = happenings && (happenings.main || matches.length > 0) ? anaphorsIn(text, tokens, g) : [];
  if (matches.length === 0 && anaphors.length === 0) return events;
  const names = inSentence.filter((m) => m.kind !== 'date');
  // What every event of the sentence shares: its places and their location, the actors that may
  // take a role, its dates.
  const located = inSentence.filter((m) => m.kind === 'place').map(toPlace);
  const location = locationOf(located, rules.specificity);
  // Countries named as places may still be participants, coordinated with one (`between India and Pakistan`).
  const countries = inSentence.filter((m) => m.kind === 'place' && m.category === 'country');
  const actors = inSentence.filter(
    (m) =>
      m.kind === 'actor' &&
      !backer(text, m, g.qualifierSuffixes) &&
      !(m.category !== undefined && rules.reporters?.has(m.category)),
  );
  const dates = reportedDates(
    tokens,
    inSentence.filter((m) => m.kind === 'date' && m.value),
    g.reporting,
  );
  const make: MakeEvent = (first, last, start, end, type, subtype, floor, source) => {
    const cue = modalityOf(text, tokens, floor, first, last, lexicon);
    const date = eventDate(text, s, happeningDates(dates, first, last), start);
    const event: Event = {
      type,
      subtype,
      cameo: cameoOf(lexicon, type, subtype),
      trigger: { text: text.slice(start, end), start, end },
      sentence: s.index,
      sentence_span: { start: s.start, end: s.end },
      actors: roles(text, tokens, first, last, actors, g, rules.coordinators, countries),
      places: located,
      location,
      date: date?.value ?? null,
      date_from: date?.from ?? null,
      // A later date makes an event planned, except in a heading: a dated caption reports what happened.
      modality:
        cue?.modality ??
        (date && date.from !== 'heading' && docDate && isAfter(date.value, docDate) ? 'planned' : 'asserted'),
    };
    if (explain)
      event.explain = {
        lexicon: source,
        modality_cue: cue?.cue ?? (event.modality === 'planned' ? 'date after the document date' : null),
      };
    return event;
  };
  const spans: { first: number; last: number }[] = [];
  matches.forEach((match, i) => {
    // A trigger inside a name (`Operation Olive Branch`, `Liberation Front`) is not an event; one that
    // only shares a word with a phrase before it is (`Turkey's military operation`).
    if (names.some((m) => m.start <= match.start && match.end <= m.end)) return;
    const entry = match.entry;
    // A cue before an earlier event of the sentence governs that event, not this one when this one
    // is its cause or object (`will exact revenge for a bombing`).
    const previous = matches[i - 1];
    const floor =
      previous && tokens.slice(previous.last + 1, match.first).some((t) => g.causePreps.has(t.key))
        ? previous.last + 1
        : 0;
    const subtype = (entry.subtype as string | undefined) ?? null;
    events.push(
      make(
        match.first,
        match.last,
        match.start,
        match.end,
        entry.category,
        subtype,
        floor,
        `${entry.id} (${match.hit.alias})`,
      ),
    );
    spans.push({ first: match.first, last: match.last });
  });
  let added = lexicon.acting ? actOnHappenings(text, tokens, events, spans, lexicon, make) : false;
  // `the incident`: a re-mention of the document's main happening so far, of its type; its
  // participants are that happening's, not this sentence's.
  const main = anaphors.length > 0 && happenings ? happenings.main : null;
  for (const k of anaphors) {
    if (!main || spans.some((sp) => sp.first <= k && k <= sp.last)) continue;
    const t = tokens[k];
    const e = make(k, k, t.start, t.end, main.type, main.subtype, 0, `anaphora (${t.key})`);
    e.actors = [];
    events.push(e);
    spans.push({ first: k, last: k });
    added = true;
  }
  // Events made for acting verbs and anaphors come after the triggers': back in text order.
  if (added) events.sort((a, b) => a.trigger.start - b.trigger.start);
  return events;
}

/** The CAMEO root of a type, or of its subtype where the table gives one. */
const cameoOf = (lexicon: CompiledLexicon, type: string, subtype: string | null): string | null =>
  (subtype !== null ? lexicon.lexicon.cameo[`${type}/${subtype}`] : undefined) ?? lexicon.lexicon.cameo[type] ?? null;

/** Words that may stand between a verb and the happening it acts on (`halted all economic aid`, `failed to reach a deal`), unless its entry says otherwise. */
const ACT_REACH = 3;

/**
 * Verbs that act on another happening (see ActingEntry): `halted economic aid` is a SANCTION, not
 * aid; `lifted the siege` a CONCESSION; `failed to reach an agreement` a REJECTION beside the
 * negated agreement; `Russia must withdraw` a REQUEST beside the hypothetical withdrawal. The verb's
 * event takes the type its entry gives for the governed event's type (a trigger of its own there is
 * retyped, else an event is made for it); the governed event is kept, its modality from the cues, or
 * dropped. A verb governs the first event that starts within ACT_REACH words after it, in its clause.
 * Returns whether an event was made (it comes last: the caller puts events back in text order).
 */
function actOnHappenings(
  text: string,
  tokens: readonly WordToken[],
  events: Event[],
  spans: { first: number; last: number }[],
  lexicon: CompiledLexicon,
  make: MakeEvent,
): boolean {
  const rules = lexicon.lexicon.acting ?? [];
  let added = false;
  for (const verb of findNames(text, tokens, lexicon.acting!)) {
    const rule = rules[Number(verb.entry.subtype)];
    if (!rule) continue;
    const reach = rule.reach ?? ACT_REACH;
    const k = spans.findIndex((sp) => sp.first > verb.last && sp.first - verb.last - 1 <= reach);
    if (k < 0 || gapBetween(text, tokens[verb.last].end, tokens[spans[k].first].start) & (CLAUSE_BREAK | COMMA))
      continue;
    const type = rule.acts_on[events[k].type as PloverType];
    if (!type) continue;
    const own = spans.findIndex((sp) => sp.first <= verb.last && verb.first <= sp.last);
    if (own >= 0) {
      const e = events[own];
      e.type = type;
      e.subtype = null;
      e.cameo = cameoOf(lexicon, type, null);
    } else {
      events.push(
        make(verb.first, verb.last, verb.start, verb.end, type, null, 0, `${verb.entry.id} (${verb.hit.alias})`),
      );
      spans.push({ first: verb.first, last: verb.last });
      added = true;
    }
    if (rule.object === 'drop') {
      events.splice(k, 1);
      spans.splice(k, 1);
    }
  }
  return added;
}

/** A happening as the document has mentioned it: its id, type and subtype, and when it was last mentioned. */
interface Mentioned {
  id: string;
  type: string;
  subtype: string | null;
  seq: number;
}

/**
 * The happenings a document has reported so far, for linking re-mentions (see linkHappening): the
 * latest mention by participants and place, by subtype and by type, and how often each was
 * mentioned. Lookups are one hash probe each, so a document of any length links in linear time.
 */
export interface Happenings {
  bySame: Map<string, Mentioned>;
  bySubtype: Map<string, Mentioned>;
  byType: Map<string, Mentioned>;
  counts: Map<string, number>;
  /** The happening mentioned most (the first of them on a tie). */
  main: Mentioned | null;
  seq: number;
  count: number;
}

export const newHappenings = (): Happenings => ({
  bySame: new Map(),
  bySubtype: new Map(),
  byType: new Map(),
  counts: new Map(),
  main: null,
  seq: 0,
  count: 0,
});

/** The tokens of anaphoric nouns after a definite determiner (`the incident`, `this episode`), in lower case. */
function anaphorsIn(text: string, tokens: readonly WordToken[], g: CompiledGrammar): number[] {
  const out: number[] = [];
  for (let k = 1; k < tokens.length; k++)
    if (!tokens[k].cap && g.anaphoric.has(tokens[k].key) && definiteBefore(text, tokens, k, g)) out.push(k);
  return out;
}

/** Whether a definite determiner or a possessive stands within DEFINITE_REACH words before token `first`, in its clause. */
function definiteBefore(text: string, tokens: readonly WordToken[], first: number, g: CompiledGrammar): boolean {
  for (let k = first - 1; k >= 0 && k >= first - DEFINITE_REACH; k--) {
    if (gapBetween(text, tokens[k].end, tokens[k + 1].start) & (CLAUSE_BREAK | COMMA)) return false;
    if (g.definite.has(tokens[k].key) || tokens[k].possessive) return true;
  }
  return false;
}

/** Words before a trigger among which a definite determiner makes it a re-mention (`the deadly Russian attack`). */
const DEFINITE_REACH = 3;

/**
 * Gives an event its happening id: that of the latest earlier event of its type with the same
 * participants (by id, at least one) and the same location, or, for a definite re-mention (`the
 * attack`, `this offensive`, `Tuesday's strikes`), of its subtype, else of its type; else a new one.
 */
export function linkHappening(
  e: Event,
  text: string,
  tokens: readonly WordToken[],
  grammar: CompiledGrammar,
  state: Happenings,
): void {
  const participants = e.actors
    .map((a) => a.id ?? '')
    .filter(Boolean)
    .sort()
    .join(' ');
  const location = e.location?.id ?? null;
  let first = 0;
  while (first < tokens.length && tokens[first].start < e.trigger.start) first++;
  const definite = definiteBefore(text, tokens, first, grammar);
  const sameKey = participants === '' ? null : `${e.type} ${participants} ${location ?? ''}`;
  const subtypeKey = `${e.type}/${e.subtype ?? ''}`;
  const same = sameKey ? state.bySame.get(sameKey) : undefined;
  const ofSubtype = definite ? state.bySubtype.get(subtypeKey) : undefined;
  // The later of the two; a definite re-mention of another kind of the type (`the offensive` after
  // `seized`) takes the latest of the type.
  const found =
    (same && ofSubtype ? (same.seq > ofSubtype.seq ? same : ofSubtype) : (same ?? ofSubtype)) ??
    (definite ? state.byType.get(e.type) : undefined);
  e.happening = found ? found.id : `h${++state.count}`;
  const mentioned: Mentioned = { id: e.happening, type: e.type, subtype: e.subtype, seq: ++state.seq };
  if (sameKey) state.bySame.set(sameKey, mentioned);
  state.bySubtype.set(subtypeKey, mentioned);
  state.byType.set(e.type, mentioned);
  const n = (state.counts.get(e.happening) ?? 0) + 1;
  state.counts.set(e.happening, n);
  if (!state.main || n > (state.counts.get(state.main.id) ?? 0)) state.main = mentioned;
}

/** Whether a date value (day, week, month or year) lies wholly after the document date. */
function isAfter(value: string, docDate: string): boolean {
  if (/^\d{4}-W\d{2}$/.test(value)) return false;
  const end = value.length === 4 ? `${value}-12-31` : value.length === 7 ? `${value}-31` : value;
  return value > docDate && end > docDate;
}

function toPlace(m: Mention): EventPlace {
  const p: EventPlace = { id: m.id, name: m.name, text: m.text, start: m.start, end: m.end, category: m.category };
  if (typeof m.lat === 'number' && typeof m.lon === 'number') {
    p.lat = m.lat;
    p.lon = m.lon;
  }
  return p;
}

function locationOf(places: readonly EventPlace[], specificity: readonly string[]): Event['location'] {
  const rank = (p: EventPlace) => {
    const i = specificity.indexOf(p.category ?? '');
    return i < 0 ? specificity.length : i;
  };
  const located = places.filter((p) => typeof p.lat === 'number' && typeof p.lon === 'number');
  if (located.length === 0) return null;
  const best = located.reduce((a, b) => (rank(b) < rank(a) ? b : a));
  return { id: best.id, name: best.name, lat: best.lat!, lon: best.lon! };
}

/**
 * The punctuation between two words, as CLAUSE_BREAK and COMMA bits (read by character: this runs for every word near a
 * trigger).
 */
function gapBetween(text: string, from: number, to: number): number {
  let gap = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c) gap |= COMMA;
    else if (c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x2014) gap |= CLAUSE_BREAK;
  }
  return gap;
}

/** The nearest modality cue in the words before the trigger, within its clause. */
function modalityOf(
  text: string,
  tokens: readonly WordToken[],
  floor: number,
  first: number,
  last: number,
  lexicon: CompiledLexicon,
): { modality: Exclude<Modality, 'asserted'>; cue: string } | null {
  let from = Math.max(floor, first - CUE_WINDOW);
  for (let k = first - 1; k >= from; k--) {
    const gap = gapBetween(text, tokens[k].end, tokens[k + 1].start);
    // A complement clause (`it must be clear that after the capture ...`) is out of the matrix cue's reach.
    if (
      gap & CLAUSE_BREAK ||
      (gap & COMMA && lexicon.grammar.relative.has(tokens[k + 1].key)) ||
      lexicon.grammar.complementizers.has(tokens[k + 1].key) ||
      lexicon.grammar.timePreps.has(tokens[k + 1].key)
    ) {
      from = k + 1;
      break;
    }
  }
  // The words as cues see them: `n't` is `not`.
  const keys: string[] = [];
  for (let k = from; k < first; k++)
    keys.push(contracted(text.slice(tokens[k].start, tokens[k].end), lexicon.grammar) ?? tokens[k].key);
  // The nearest cue wins: scan end positions from the trigger backwards. A negative-polarity word
  // (`not mounted any attacks`, `no longer any possibility`) gives way to the negation before it.
  let best: { modality: Exclude<Modality, 'asserted'>; cue: string } | null = null;
  for (let k = keys.length - 1; k >= 0; k--) {
    const cue = cueEndingAt(keys, k, lexicon);
    if (!cue) continue;
    if (!best) best = cue;
    else if (cue.modality === 'negated') return { modality: 'negated', cue: `${cue.cue} ... ${best.cue}` };
    if (!lexicon.grammar.negativePolarity.has(best.cue)) break;
  }
  const after = cueAfter(text, tokens, last, lexicon);
  // A negation after the trigger (`... is out of the question`) outweighs an `any` before it, and a
  // condition after it (`promises of a bloodbath in the event of resistance`) outweighs a plan.
  if (
    after &&
    (after.modality === 'negated' || !best || (after.modality === 'hypothetical' && best.modality === 'planned'))
  )
    return after;
  return best;
}

/** The pre-trigger cue whose last word is `keys[k]`, if any. */
function cueEndingAt(
  keys: readonly string[],
  k: number,
  lexicon: CompiledLexicon,
): { modality: Exclude<Modality, 'asserted'>; cue: string } | null {
  for (const cue of lexicon.cues.get(keys[k]) ?? []) {
    const n = cue.words.length;
    if (k - n + 1 < 0) continue;
    // A cue with its agent or cause after it (`planned by Assad`, `made possible by a strike`) reports what happened.
    if (k + 1 < keys.length && lexicon.grammar.agentPreps.has(keys[k + 1])) continue;
    if (cue.words.every((w, j) => keys[k - n + 1 + j] === w)) return { modality: cue.modality, cue: cue.text };
  }
  return null;
}

/**
 * A cue in the few words after the trigger, within its clause: `an offensive would be`, `the operation in Idlib is out
 * of the question`.
 */
function cueAfter(
  text: string,
  tokens: readonly WordToken[],
  last: number,
  lexicon: CompiledLexicon,
): { modality: Exclude<Modality, 'asserted'>; cue: string } | null {
  // The words after the trigger up to the clause's end, without sentence adverbs
  // (`an assault is therefore on the cards`).
  const keys: string[] = [];
  for (let k = last + 1; k < tokens.length && keys.length < CUE_AFTER_WINDOW + 5; k++) {
    if (gapBetween(text, tokens[k - 1].end, tokens[k].start) !== 0) break;
    if (!lexicon.grammar.sentenceAdverbs.has(tokens[k].key)) keys.push(tokens[k].key);
  }
  for (let k = 0; k < keys.length && k <= CUE_AFTER_WINDOW; k++) {
    for (const cue of lexicon.cuesAfter.get(keys[k]) ?? []) {
      if (cue.words.every((w, j) => keys[k + j] === w)) return { modality: cue.modality, cue: `${cue.text} (after)` };
    }
  }
  return null;
}

/** Words between a reporting verb and a date that belongs to it (`said late on Tuesday`, `told Reuters on Monday`). */
const REPORT_DATE_REACH = 4;

/** A date of the sentence, with the reporting verb it may date: the verb's token, and the date's first token. */
interface SentenceDate {
  date: Mention;
  /** The reporting verb up to REPORT_DATE_REACH words before the date (-1: none). */
  verb: number;
  at: number;
}

/** The sentence's dates, each with the reporting verb before it, found once for all the sentence's events. */
function reportedDates(
  tokens: readonly WordToken[],
  dates: readonly Mention[],
  reporting: ReadonlySet<string>,
): SentenceDate[] {
  return dates.map((date) => {
    let at = 0;
    while (at < tokens.length && tokens[at].start < date.start) at++;
    let verb = -1;
    for (let k = at - 1; k >= 0 && k >= at - 1 - REPORT_DATE_REACH && verb < 0; k--)
      if (reporting.has(tokens[k].key)) verb = k;
    return { date, verb, at };
  });
}

/**
 * The dates of the sentence that may date a happening: not one that dates the reporting of it
 * (`..., activists said on Monday`; `said on Tuesday that ...`), unless the trigger (words
 * first..last) lies between the two (`said it attacked on Monday`).
 */
function happeningDates(dates: readonly SentenceDate[], first: number, last: number): Mention[] {
  return dates.filter((d) => d.verb < 0 || (last > d.verb && first < d.at)).map((d) => d.date);
}

/** The date the sentence gives: a heading date (`Sept 8: ...`) or the date nearest the trigger. */
function eventDate(
  text: string,
  s: Sentence,
  dates: readonly Mention[],
  at: number,
): { value: string; from: 'sentence' | 'heading' } | null {
  if (dates.length === 0) return null;
  const head = dates.find((d) => d.start === s.start && /^\s*[:–—-]/.test(text.slice(d.end, d.end + 3)));
  if (head) return { value: head.value!, from: 'heading' };
  const nearest = dates.reduce((a, b) => (Math.abs(b.start - at) < Math.abs(a.start - at) ? b : a));
  return { value: nearest.value!, from: 'sentence' };
}

/**
 * Roles from word order, voice and prepositions: the nearest actor before the trigger acts, the
 * nearest after it is acted upon; in the passive (`was shelled by X`) the agent after `by` acts and
 * the subject is the target; an actor right after `against`/`on`/`targeting` is a target; an actor
 * hyphenated to `-backed`/`-led` backs someone else and takes no role here. Actors coordinated
 * with one that has a role share it (`Jordan and Britain have agreed`, `Russia, Turkey and Iran`),
 * and an actor inside an apposition is not the subject (`Pakistan, a key U.S. ally, has refused`:
 * Pakistan).
 */
function roles(
  text: string,
  tokens: readonly WordToken[],
  first: number,
  last: number,
  actors: readonly Mention[],
  g: CompiledGrammar,
  coordinators: ReadonlySet<string> = new Set(),
  countries: readonly Mention[] = [],
): EventActor[] {
  if (actors.length === 0) return [];
  const start = tokens[first].start;
  const end = tokens[last].end;
  // A reporting verb's speaker after the trigger (`..., the Pentagon said`) and its addressee (`told
  // AFP`) take no part in what is reported. (Before the trigger, the speaker stays the subject where
  // the report names no other: `Iran said it intercepted ...`.)
  const speaking = (m: Mention) => {
    const next = firstTokenFrom(tokens, m.end);
    return (
      g.reporting.has(keyBefore(tokens, m.start, g)) || (next < tokens.length && g.reporting.has(tokens[next].key))
    );
  };

  const before = actors.filter((m) => m.end <= start);
  const after = actors.filter((m) => m.start >= end && !speaking(m));
  const passive = first > 0 && g.passiveAux.has(tokens[first - 1].key) && g.participle.test(tokens[last].key);
  const out: EventActor[] = [];
  const add = (m: Mention | undefined, role: EventActor['role'], by: string) => {
    // One role per mention, and an entity never acts on itself.
    if (m && !out.some((a) => a.start === m.start || (a.id !== undefined && a.id === m.id && a.role !== role))) {
      const a: EventActor = { id: m.id, name: m.name, text: m.text, start: m.start, end: m.end, role, by };
      if (m.country) a.country = m.country;
      if (m.cameo) a.cameo = m.cameo;
      out.push(a);
    }
  };
  const wordBefore = (m: Mention) => keyBefore(tokens, m.start, g);
  // `X and Y`, `X, Y`, `X, and the Y`: two actors in one coordination.
  const coordinated = (a: Mention, b: Mention) => {
    // A coordination's gap is short (`, and the `): a longer one is no coordination.
    if (b.start - a.end > COORDINATION_GAP) return false;
    const gap = text.slice(a.end, b.start);
    const words = gap.split(/[\s,]+/).filter((w) => w !== '' && !g.determiners.has(w.toLowerCase()));
    // A comma alone joins names of a list (`Russia, Turkey and Iran`), not a clause (`..., the US said`).
    return words.length === 0 ? /^\s*,\s*$/.test(gap) : words.length === 1 && coordinators.has(words[0].toLowerCase());
  };
  // Actors and the countries named as places, in order: the members a coordination may have (made
  // only for a sentence that has two of them).
  let members: Mention[] | null = null;
  const membersOf = () =>
    (members ??= [
      ...before,
      ...after,
      ...countries.filter((m) => m.end <= start || (m.start >= end && !speaking(m))),
    ].sort((a, b) => a.start - b.start));
  // The members coordinated with m on one side (step -1 before it, 1 after it), nearest first.
  const conjuncts = (m: Mention | undefined, step: 1 | -1) => {
    const out: Mention[] = [];
    if (!m || before.length + after.length + countries.length < 2) return out;
    const list = membersOf();
    for (let i = list.indexOf(m); i + step >= 0 && i + step < list.length; i += step) {
      const [a, b] = step < 0 ? [list[i + step], list[i]] : [list[i], list[i + step]];
      if (!coordinated(a, b)) break;
      out.push(list[i + step]);
    }
    return out;
  };
  // The agent of the trigger itself (`shelled by X`, `the attack by X`), not of a later verb (`as confirmed by X`).
  const agent = after.find(
    (m) => g.agentPreps.has(wordBefore(m)) && firstTokenFrom(tokens, m.start) - last <= AGENT_REACH,
  );
  add(agent, 'source', `agent (${agent ? wordBefore(agent) : ''})`);
  let s = before.length - 1;
  // An apposition between the subject and the trigger (`Pakistan, a key U.S. ally, has refused`).
  if (s > 0 && /,/.test(text.slice(before[s].end, start)) && apposed(text, before[s - 1], before[s], tokens, g)) s--;
  const subject = before[s];
  const subjectRole = passive ? 'target' : agent ? null : 'source';
  if (subjectRole) {
    add(subject, subjectRole, passive ? 'passive subject' : 'before trigger');
    for (const m of conjuncts(subject, -1)) add(m, subjectRole, 'in coordination');
  }
  for (const m of after) {
    const prep = wordBefore(m);
    if (g.targetPreps.has(prep)) add(m, 'target', `preposition (${prep})`);
  }
  if (!passive && !out.some((a) => a.role === 'target')) {
    const k = after.findIndex((m) => m !== agent);
    if (k >= 0) {
      add(after[k], 'target', 'after trigger');
      // Its conjuncts after the trigger, on either side (`between Israel and Hezbollah`).
      for (const m of [...conjuncts(after[k], -1), ...conjuncts(after[k], 1)])
        if (m.start >= end) add(m, 'target', 'in coordination');
    }
  }
  return out;
}

/** Whether `b` stands in an apposition to `a` (`Pakistan, a key U.S. ally`): a comma and a determiner between them. */
function apposed(text: string, a: Mention, b: Mention, tokens: readonly WordToken[], g: CompiledGrammar): boolean {
  const k = firstTokenFrom(tokens, a.end);
  if (k >= tokens.length || !/^\s*,\s*$/.test(text.slice(a.end, tokens[k].start))) return false;
  return tokens[k].end <= b.start && g.determiners.has(tokens[k].key);
}

/** The key of the word before `at`, past determiners (`against the X` -> `against`), or ''. */
function keyBefore(tokens: readonly WordToken[], at: number, g: CompiledGrammar): string {
  const k = firstTokenFrom(tokens, at);
  let i = k < tokens.length ? k - 1 : -2;
  while (i > 0 && g.determiners.has(tokens[i].key)) i--;
  return i >= 0 ? tokens[i].key : '';
}

/** The index of the first token starting at or after `at` (tokens.length if none), by binary search. */
function firstTokenFrom(tokens: readonly WordToken[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An actor that only qualifies another (`Turkish-backed`, `Russia-led`): a hyphen and a qualifier suffix. */
function backer(text: string, m: Mention, suffixes: ReadonlySet<string>): boolean {
  const suffix = /^[-‐‑]\s?(\p{L}+)/u.exec(text.slice(m.end, m.end + 16));
  return suffix !== null && suffixes.has(suffix[1].toLowerCase());
}
