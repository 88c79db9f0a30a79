/**
 * Names beyond the lists' edge: capitalized names the gazetteer does not know, found by strong
 * contexts (`the village of X`, `the towns of X and Y`, `X countryside`, `Nesriyya Hill`,
 * `Tel Shahir`, `X-based`, `the Hamza Division`, `Liwa al-Quds`). They become mentions with
 * `resolved: false` and no id or coordinates. The contexts are data (the packs' rules.json).
 */
import { articleFolding, indexPhrases, keySet, tokenize, wordKeys, type WordToken } from '../fold.js';
import type { Rules } from '../gazetteer/load.js';
import type { Mention } from '../types.js';
import { newMention } from '../mention.js';

export interface UnknownCues {
  /** Phrases before the name, as key sequences (`village of` -> [village, of]); plural ones take a list. */
  placeBefore: ReadonlyMap<string, { keys: string[]; plural: boolean; cue: string }[]>;
  placeAfter: ReadonlySet<string>;
  placeNameHeads: ReadonlySet<string>;
  placePrefixes: ReadonlySet<string>;
  placeHyphen: ReadonlySet<string>;
  actorAfter: ReadonlySet<string>;
  actorPrefixes: ReadonlySet<string>;
  notNames: ReadonlySet<string>;
  /** Words that join the last two names of a list (`X, Y and Z`). */
  coordinators: ReadonlySet<string>;
  /** The key articles fold to (`al`), or empty. */
  articleKey: string;
  /** Cue words that name several places, and so may follow or precede a list of names. */
  plural: ReadonlySet<string>;
  /** Every cue word: a sentence without one has no unknown name to find. */
  triggers: ReadonlySet<string>;
  /** Direction words (`north`, `eastern`), which make a region of a known place rather than a name of their own. */
  directions: ReadonlySet<string>;
  /** Words of a person's title (`General`, `spokesman`, `vice`): before a name, or heading an apposition after it. */
  titles: ReadonlySet<string>;
  /** The heads among them (`spokesman`, `president`), which an apposition after a name ends on. */
  titleHeads: ReadonlySet<string>;
}

export function compileUnknownCues(rules: Rules): UnknownCues {
  const cueLists = [
    rules.placeCuesAfter,
    rules.placePrefixes,
    rules.placeHyphenSuffixes,
    rules.actorCuesAfter,
    rules.actorPrefixes,
  ];
  // A phrase before the name triggers by its first word (`village`, not `of`).
  const firstWords = rules.placeCuesBefore.map((c) => wordKeys(c)[0]).filter((k): k is string => k !== undefined);
  const plural = keySet(rules.pluralCues);
  return {
    triggers: new Set([...keySet(cueLists.flat()), ...firstWords, ...keySet(rules.titleHeads)]),
    titles: keySet([...rules.titleHeads, ...rules.titleModifiers]),
    titleHeads: keySet(rules.titleHeads),
    placeBefore: indexPhrases(
      rules.placeCuesBefore.map((cue) => {
        const keys = wordKeys(cue);
        return { keys, plural: plural.has(keys[0]), cue };
      }),
    ),
    placeAfter: keySet(rules.placeCuesAfter),
    placeNameHeads: keySet(rules.placeNameHeads),
    placePrefixes: keySet(rules.placePrefixes),
    placeHyphen: keySet(rules.placeHyphenSuffixes),
    actorAfter: keySet(rules.actorCuesAfter),
    actorPrefixes: keySet(rules.actorPrefixes),
    notNames: keySet(rules.notNames),
    coordinators: keySet(rules.coordinators),
    directions: keySet(rules.regionDirections),
    articleKey: articleFolding(rules.articles, rules.freeArticles).key,
    plural,
  };
}

/** A run of name words: token range [first, last]. */
interface Run {
  first: number;
  last: number;
}

const MAX_RUN = 5;
const WORD_GAP = /^[ \u00a0]$|^[-‐‑]$/;
const LIST_GAP = /^,\s?$/;

/**
 * What a document has taught about names the lists do not know: a later sentence may name them
 * without a cue (`Bunagana was an M23 stronghold` after `the town of Bunagana`).
 */
export interface UnknownMemory {
  /** Words of the names of persons found by their titles -> the full name. */
  persons: Map<string, string>;
  /** Names of places found by a cue, as their words' keys joined by a space, by their first word's key. */
  places: Map<string, Set<string>>;
}

export const newUnknownMemory = (): UnknownMemory => ({ persons: new Map(), places: new Map() });

/**
 * Unknown names in one sentence. `known` holds the mentions already found there (names and dates);
 * no unknown name overlaps them.
 */
export function findUnknownNames(
  text: string,
  tokens: readonly WordToken[],
  known: readonly Mention[],
  sentence: number,
  cues: UnknownCues,
  explain = true,
  memory: UnknownMemory | null = null,
): Mention[] {
  const listed = placeList(known);
  if (!hasCue(tokens, cues) && !(memory && remembers(tokens, memory)) && !listed) return [];
  const persons = memory?.persons;
  const taken = takenTokens(tokens, known);
  const runs = nameRuns(text, tokens, taken, cues);
  if (runs.length === 0) return [];
  const startsAt = new Map(runs.map((r) => [r.first, r]));
  const endsAt = new Map(runs.map((r) => [r.last, r]));
  const out = new Map<number, Mention>();
  const add = (run: Run, kind: 'actor' | 'place', rule: string, extraLast = run.last) => {
    if (out.has(run.first)) return;
    const start = tokens[run.first].start;
    const end = tokens[extraLast].end;
    const m = newMention(kind, text.slice(start, end), start, end, sentence);
    m.resolved = false;
    if (explain) m.explain = { rule: `context:${rule}` };
    out.set(run.first, m);
    if (kind === 'place' && memory && rule !== NAMED_BEFORE) rememberPlace(tokens, run.first, extraLast, memory);
  };
  const places = memory?.places;
  for (const run of runs) {
    const first = tokens[run.first];
    const after = tokens[run.last + 1];
    const person = personName(text, tokens, run, cues);
    const named = run.first === run.last ? persons?.get(first.key) : undefined;
    if (person) {
      add(person.run, 'actor', person.rule);
      if (persons) remember(text, tokens, person.run, persons);
    } else if (named) {
      add(run, 'actor', NAMED_BEFORE);
      const m = out.get(run.first);
      if (m) m.name = named;
    } else if (run.last > run.first && cues.actorPrefixes.has(first.key)) add(run, 'actor', `prefix ${first.key}`);
    else if (run.last > run.first && cues.placePrefixes.has(first.key)) add(run, 'place', `prefix ${first.key}`);
    else if (after && isWordGap(text, tokens, run.last) && cues.actorAfter.has(after.key) && after.cap)
      add(run, 'actor', after.key, run.last + 1);
    else if (after && tokens[run.last].hyphenNext && cues.placeHyphen.has(after.key))
      add(run, 'place', `-${after.key}`);
    else if (after && isWordGap(text, tokens, run.last) && cues.placeAfter.has(after.key)) {
      if (after.cap && !cues.placeNameHeads.has(after.key)) continue;
      add(run, 'place', after.key, after.cap ? run.last + 1 : run.last);
      if (cues.plural.has(after.key))
        for (const r of listBefore(text, tokens, run, endsAt, cues)) add(r, 'place', after.key);
    } else if (places && places.size > 0 && placeNamedBefore(tokens, run, places)) add(run, 'place', NAMED_BEFORE);
  }
  for (let i = 0; i < tokens.length; i++) {
    for (const cue of cues.placeBefore.get(tokens[i].key) ?? []) {
      if (i + cue.keys.length >= tokens.length || !cueAt(tokens, i, cue.keys)) continue;
      const found = startsAt.get(i + cue.keys.length);
      if (!found) continue;
      const run = withKnownTail(text, tokens, found, known, cues);
      add(run, 'place', cue.cue);
      if (cue.plural) for (const r of listAfter(text, tokens, run, startsAt, taken, cues)) add(r, 'place', cue.cue);
    }
  }
  if (listed)
    for (const run of coordinatedWithPlaces(text, tokens, runs, known, cues)) add(run, 'place', 'listed with places');
  return [...out.values()].sort((a, b) => a.start - b.start);
}

const NAMED_BEFORE = 'named before';

function remembers(tokens: readonly WordToken[], memory: UnknownMemory): boolean {
  if (memory.persons.size === 0 && memory.places.size === 0) return false;
  for (const t of tokens) if (memory.persons.has(t.key) || memory.places.has(t.key)) return true;
  return false;
}

const nameKey = (tokens: readonly WordToken[], first: number, last: number): string => {
  let key = tokens[first].key;
  for (let k = first + 1; k <= last; k++) key += ` ${tokens[k].key}`;
  return key;
};

function rememberPlace(tokens: readonly WordToken[], first: number, last: number, memory: UnknownMemory): void {
  const head = tokens[first].key;
  const names = memory.places.get(head);
  if (names) names.add(nameKey(tokens, first, last));
  else memory.places.set(head, new Set([nameKey(tokens, first, last)]));
}

/** Whether a run is, word for word, a place the document named before in a strong context. */
function placeNamedBefore(tokens: readonly WordToken[], run: Run, places: Map<string, Set<string>>): boolean {
  const names = places.get(tokens[run.first].key);
  return names !== undefined && names.has(nameKey(tokens, run.first, run.last));
}

/** The known mention that starts at a token, if any. */
function knownAt(known: readonly Mention[], start: number): Mention | undefined {
  for (const m of known) if (m.start === start) return m;
  return undefined;
}

/**
 * A name that goes on into a known place's name is one name (`the villages of Ras al-Naqoura`: not
 * `Ras` and the town of Naqoura). The head must not be a direction, which makes a region of the
 * place instead (`the city of East Aleppo`).
 */
function withKnownTail(
  text: string,
  tokens: readonly WordToken[],
  run: Run,
  known: readonly Mention[],
  cues: UnknownCues,
): Run {
  const next = run.last + 1;
  if (next >= tokens.length || !isWordGap(text, tokens, run.last) || cues.directions.has(tokens[run.first].key))
    return run;
  const m = knownAt(known, tokens[next].start);
  if (!m || m.kind !== 'place') return run;
  return { first: run.first, last: mentionSpan(tokens, m, next).last };
}

/** The tokens a mention covers, from one of them (k). */
function mentionSpan(tokens: readonly WordToken[], m: Mention, k: number): Run {
  let first = k;
  let last = k;
  while (first > 0 && tokens[first - 1].start >= m.start) first--;
  while (last + 1 < tokens.length && tokens[last + 1].end <= m.end) last++;
  return { first, last };
}

/** Whether a sentence lists known places side by side (`Odesa, Chornomorsk and ...`): an unknown name may be among them. */
function placeList(known: readonly Mention[]): boolean {
  let places = 0;
  for (const m of known) if (m.kind === 'place' && m.category !== 'country') places++;
  return places >= 2;
}

/**
 * Unknown names in a list (of a sentence that lists places: see placeList) whose other members are
 * all known places, two or more of them below a country (`the ports of Odesa, Chornomorsk and Pivdennyi`, `in Goma, Rutshuru and Kiwanja`). A list
 * with an actor in it is not a list of places.
 */
function coordinatedWithPlaces(
  text: string,
  tokens: readonly WordToken[],
  runs: readonly Run[],
  known: readonly Mention[],
  cues: UnknownCues,
): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const members = listMembers(text, tokens, run, runs, known, cues);
    if (!members) continue;
    let towns = 0;
    let unknown = 0;
    for (const m of members) {
      if (m === null) unknown++;
      else if (m.kind !== 'place') {
        unknown = -1;
        break;
      } else if (m.category !== 'country') towns++;
    }
    if (unknown > 0 && unknown <= towns && towns >= 2) out.push(run);
  }
  return out;
}

/**
 * The members of the list `run` belongs to (`A, B and C`: the known mentions, null for unknown
 * runs), or null when the run is in no list of three or more joined by commas and a last coordinator.
 */
function listMembers(
  text: string,
  tokens: readonly WordToken[],
  run: Run,
  runs: readonly Run[],
  known: readonly Mention[],
  cues: UnknownCues,
): (Mention | null)[] | null {
  // Items are runs or known mentions, each spanning tokens; walk left then right by separators.
  const item = (k: number): { first: number; last: number; m: Mention | null } | null => {
    const r = runs.find((x) => x.first <= k && k <= x.last);
    if (r) return { first: r.first, last: r.last, m: null };
    const m = known.find((x) => x.start <= tokens[k].start && tokens[k].end <= x.end);
    if (!m || m.kind === 'date') return null;
    return { ...mentionSpan(tokens, m, k), m };
  };
  const members: (Mention | null)[] = [null];
  let joined = false;
  let left = run.first;
  for (;;) {
    const prev = left - 1;
    if (prev < 0) break;
    const gap = text.slice(tokens[prev].end, tokens[left].start);
    let end = prev;
    if (cues.coordinators.has(tokens[prev].key) && /^\s$/.test(gap) && !joined && members.length === 1) {
      if (prev < 1 || !/^,?\s$/.test(text.slice(tokens[prev - 1].end, tokens[prev].start))) break;
      end = prev - 1;
      joined = true;
    } else if (!LIST_GAP.test(gap)) break;
    const it = item(end);
    if (!it || it.last !== end) break;
    members.unshift(it.m);
    left = it.first;
  }
  let right = run.last;
  for (;;) {
    let next = right + 1;
    if (next >= tokens.length) break;
    const gap = text.slice(tokens[right].end, tokens[next].start);
    if (cues.coordinators.has(tokens[next].key) && /^,?\s$/.test(gap) && !joined) {
      next++;
      joined = true;
      if (next >= tokens.length) break;
    } else if (!LIST_GAP.test(gap)) break;
    const it = item(next);
    if (!it || it.first !== next) break;
    members.push(it.m);
    right = it.last;
    if (joined) break;
  }
  return joined && members.length >= 3 ? members : null;
}

/**
 * A person found by a title: each word of the name may name them alone later in the document
 * (`Wu said` after `Wu Qian, spokesperson of ...`).
 */
function remember(text: string, tokens: readonly WordToken[], run: Run, persons: Map<string, string>): void {
  const name = text.slice(tokens[run.first].start, tokens[run.last].end);
  for (let k = run.first; k <= run.last; k++) if (!persons.has(tokens[k].key)) persons.set(tokens[k].key, name);
}

/** Words of a person's name: two to four (`Edward Buba`, `Jean-Baptiste Twizere`). */
const PERSON_MIN = 2;
const PERSON_MAX = 4;
/** How far after a name's comma an apposition may reach its title's head (`X, the Ministry of Defense spokesman`). */
const APPOSITION_REACH = 6;

/**
 * A person's name by its title: capitalized title words before it (`Major General Edward Buba`: the
 * name is `Edward Buba`), or an apposition after it that ends on a title's head (`Omar Saranga, the
 * Ministry of Defense spokesman`, `Wu Qian, spokesperson of ...`).
 */
function personName(
  text: string,
  tokens: readonly WordToken[],
  run: Run,
  cues: UnknownCues,
): { run: Run; rule: string } | null {
  let first = run.first;
  while (first < run.last && cues.titles.has(tokens[first].key)) first++;
  const words = run.last - first + 1;
  // A hyphened name counts as one word (`Jean-Baptiste`).
  let hyphens = 0;
  for (let k = first; k < run.last; k++) if (tokens[k].hyphenNext) hyphens++;
  if (words - hyphens < PERSON_MIN || words - hyphens > PERSON_MAX) return null;
  if (first > run.first) return { run: { first, last: run.last }, rule: `title ${tokens[run.first].key}` };
  const comma = tokens[run.last + 1];
  if (!comma || !/^,\s$/.test(text.slice(tokens[run.last].end, comma.start))) return null;
  for (let k = run.last + 1; k < tokens.length && k <= run.last + APPOSITION_REACH; k++) {
    if (k > run.last + 1 && /,/.test(text.slice(tokens[k - 1].end, tokens[k].start))) break;
    if (cues.titleHeads.has(tokens[k].key)) return { run, rule: `apposition ${tokens[k].key}` };
  }
  return null;
}

function hasCue(tokens: readonly WordToken[], cues: UnknownCues): boolean {
  for (let i = 0; i < tokens.length; i++) if (cues.triggers.has(tokens[i].key)) return true;
  return false;
}

/** Token indexes covered by a known mention. */
function takenTokens(tokens: readonly WordToken[], known: readonly Mention[]): Uint8Array {
  const taken = new Uint8Array(tokens.length);
  if (known.length === 0) return taken;
  for (let i = 0, k = 0; i < tokens.length; i++) {
    while (k < known.length && known[k].end <= tokens[i].start) k++;
    for (let j = k; j < known.length && known[j].start < tokens[i].end; j++) {
      if (known[j].end > tokens[i].start) {
        taken[i] = 1;
        break;
      }
    }
  }
  return taken;
}

/** A word that can be part of a name: capitalized, a letter first, not a known mention or a cue. */
function nameWord(text: string, t: WordToken, isTaken: boolean, cues: UnknownCues): boolean {
  if (!t.cap || isTaken || cues.notNames.has(t.key)) return false;
  if (cues.actorAfter.has(t.key) || cues.placeNameHeads.has(t.key)) return false;
  return /\p{L}/u.test(text[t.start]);
}

/** Maximal runs of name words, joined by a space or hyphen, with lower-case articles inside (`Kafr al-Sous`). */
function nameRuns(text: string, tokens: readonly WordToken[], taken: Uint8Array, cues: UnknownCues): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!nameWord(text, tokens[i], taken[i] === 1, cues)) {
      i++;
      continue;
    }
    let last = i;
    while (last - i + 1 < MAX_RUN) {
      const next = last + 1;
      if (
        next < tokens.length &&
        isWordGap(text, tokens, last) &&
        nameWord(text, tokens[next], taken[next] === 1, cues)
      ) {
        last = next;
      } else if (
        next + 1 < tokens.length &&
        cues.articleKey !== '' &&
        tokens[next].tkey === cues.articleKey &&
        !tokens[next].cap &&
        tokens[next].hyphenNext &&
        isWordGap(text, tokens, last) &&
        nameWord(text, tokens[next + 1], taken[next + 1] === 1, cues)
      ) {
        last = next + 1;
      } else break;
    }
    runs.push({ first: i, last });
    i = last + 1;
  }
  return runs;
}

function isWordGap(text: string, tokens: readonly WordToken[], k: number): boolean {
  return WORD_GAP.test(text.slice(tokens[k].end, tokens[k + 1].start));
}

/** Lower-case cue words at token i. */
function cueAt(tokens: readonly WordToken[], i: number, keys: readonly string[]): boolean {
  for (let k = 0; k < keys.length; k++) if (tokens[i + k].key !== keys[k] || tokens[i + k].cap) return false;
  return true;
}

/** The names listed after a plural cue: `villages of X, Y and Z` (known names in the list are stepped over). */
function listAfter(
  text: string,
  tokens: readonly WordToken[],
  run: Run,
  startsAt: Map<number, Run>,
  taken: Uint8Array,
  cues: UnknownCues,
): Run[] {
  const out: Run[] = [];
  let last = run.last;
  for (;;) {
    let next = last + 1;
    if (next >= tokens.length) break;
    const gap = text.slice(tokens[last].end, tokens[next].start);
    if (cues.coordinators.has(tokens[next].key) && /^,?\s$/.test(gap)) next++;
    else if (!LIST_GAP.test(gap)) break;
    if (next >= tokens.length) break;
    const r = startsAt.get(next);
    if (r) {
      out.push(r);
      last = r.last;
    } else if (taken[next] === 1) {
      while (next + 1 < tokens.length && taken[next + 1] === 1 && isWordGap(text, tokens, next)) next++;
      last = next;
    } else break;
  }
  return out;
}

/** The names listed before a plural cue: `Meyselon and Celaa villages`. */
function listBefore(
  text: string,
  tokens: readonly WordToken[],
  run: Run,
  endsAt: Map<number, Run>,
  cues: UnknownCues,
): Run[] {
  const out: Run[] = [];
  let first = run.first;
  for (;;) {
    let prev = first - 1;
    if (prev < 0) break;
    if (cues.coordinators.has(tokens[prev].key) && /^\s$/.test(text.slice(tokens[prev].end, tokens[first].start)))
      prev--;
    else if (!LIST_GAP.test(text.slice(tokens[prev].end, tokens[first].start))) break;
    const r = prev >= 0 ? endsAt.get(prev) : undefined;
    if (!r) break;
    out.push(r);
    first = r.first;
  }
  return out;
}
