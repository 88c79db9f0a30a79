/**
 * Turns name matches into mentions: decides whether a country or capital acts (actor) or locates
 * (place), settles overlaps between kinds (longest first, then earliest), and filters kinds.
 */
import { keySet, wordKeys, type WordToken } from './fold.js';
import { distanceKm } from './geo.js';
import type { Rules } from './gazetteer/load.js';
import type { NameMatch } from './extract/names.js';
import type { Kind, LoadedEntry, Mention } from './types.js';
import { newMention } from './mention.js';
import { isBulk } from './gazetteer/compile.js';
import { newUnknownMemory, type UnknownMemory } from './extract/unknown.js';
import {
  cameoOf,
  dayOf,
  holderOn,
  officesOf,
  sectorEntry,
  type Composed,
  type SectorRules,
} from './extract/sectors.js';
import {
  accepted,
  because,
  inContext,
  partOfLongerName,
  score,
  type Around,
  type PlaceRules,
  type Point,
  type Scored,
} from './extract/places.js';

export interface RoleRules {
  prepositions: ReadonlySet<string>;
  modifiers: ReadonlySet<string>;
  actorSuffixes: ReadonlySet<string>;
  /** Directions before a country's name that make a region of it (`northern Nigeria`), as word keys. */
  directions: readonly string[][];
  /** Capitalized nouns that end a place's name (`Borno State`). */
  heads: ReadonlySet<string>;
  /** Lower-case nouns after a toponym that are no part of it (`Isfahan province`, `Khmeimim airbase`). */
  generic: ReadonlySet<string>;
}

export function roleRules(rules: Rules): RoleRules {
  return {
    prepositions: new Set(rules.placePrepositions.map((w) => w.toLowerCase())),
    modifiers: new Set(rules.placeModifiers.map((w) => w.toLowerCase())),
    actorSuffixes: new Set(rules.actorSuffixes.map((w) => w.toLowerCase())),
    directions: rules.regionDirections
      .map(wordKeys)
      .filter((keys) => keys.length > 0)
      .sort((a, b) => b.length - a.length),
    heads: keySet(rules.divisionHeads),
    generic: keySet([...rules.divisionHeads, ...rules.placeCuesAfter, ...rules.placeNameHeads]),
  };
}

/**
 * The toponym's own words (the guidelines annotate `Khmeimim` in `Khmeimim airbase`): a place
 * mention ending in a lower-case generic noun drops it, and one followed by a capitalized division
 * noun takes it (`Borno State`, `Batken Region`). Returns the end offset.
 */
function toponymEnd(text: string, tokens: readonly WordToken[], match: NameMatch, rules: RoleRules): number {
  const last = tokens[match.last];
  if (match.last > match.first && !last.cap && rules.generic.has(last.key)) return tokens[match.last - 1].end;
  const next = tokens[match.last + 1];
  if (next?.cap && rules.heads.has(next.key) && text.slice(last.end, next.start) === ' ' && match.end === last.end)
    return next.end;
  return match.end;
}

/**
 * The first token of a direction right before a country's name (`northern Nigeria`, `north-east
 * Syria`), joined to it by a space, or -1.
 */
function directionBefore(text: string, tokens: readonly WordToken[], first: number, rules: RoleRules): number {
  if (first === 0 || !/^ $/.test(text.slice(tokens[first - 1].end, tokens[first].start))) return -1;
  for (const words of rules.directions) {
    const from = first - words.length;
    if (from < 0) continue;
    if (words.every((w, k) => tokens[from + k].key === w && (k === 0 || tokens[from + k - 1].hyphenNext))) return from;
  }
  return -1;
}

/** Countries and capitals can stand for their government (`Turkey has decided`, `Moscow warned`). */
export function isPolity(entry: LoadedEntry): boolean {
  return entry.type === 'place' && (entry.category === 'country' || typeof entry.capital_of === 'string');
}

export type RoleReason = 'possessive' | 'actor-suffix' | 'preposition' | 'dateline' | 'default-actor' | 'gazetteer';

/**
 * A news dateline: the name in capitals at the start of a line (`KYIV, May 29 (Reuters) -`), where
 * the story was filed.
 */
function dateline(text: string, tokens: readonly WordToken[], match: NameMatch): boolean {
  for (let k = match.first; k <= match.last; k++) if (!tokens[k].upper) return false;
  const lineStart = text.lastIndexOf('\n', match.start - 1) + 1;
  return text.slice(lineStart, match.start).trim() === '' && match.end - match.start > 3;
}

/**
 * Role of a country or capital at this position: `place` after a locative preposition (optionally
 * through modifiers: `in northern Syria`, `into the Idlib`), `actor` when possessive, followed by
 * `-backed`-style suffixes, or otherwise (subject or object of a political verb).
 */
export function polityRole(
  tokens: readonly WordToken[],
  match: NameMatch,
  rules: RoleRules,
  text = '',
): { kind: 'actor' | 'place'; reason: RoleReason } {
  if (text && dateline(text, tokens, match)) return { kind: 'place', reason: 'dateline' };
  const last = tokens[match.last];
  if (last.possessive) return { kind: 'actor', reason: 'possessive' };
  const after = tokens[match.last + 1];
  if (last.hyphenNext && after && rules.actorSuffixes.has(after.key)) return { kind: 'actor', reason: 'actor-suffix' };
  for (let k = match.first - 1, seen = 0; k >= 0 && seen < 4; k--, seen++) {
    const key = tokens[k].key;
    if (rules.prepositions.has(key)) return { kind: 'place', reason: 'preposition' };
    if (!rules.modifiers.has(key)) break;
  }
  return { kind: 'actor', reason: 'default-actor' };
}

/**
 * The countries of the places a document has named so far without ambiguity (`Syria`, `Idlib`),
 * as evidence for the homonyms it names later.
 */
export type CountryProfile = Map<string, number>;

/** What a document has established so far, as evidence for the names it uses later. */
export interface DocMemory {
  countries: CountryProfile;
  /** Persons the document has named by a longer name (`Yusuf Nazik`), so that a surname alone may name them. */
  introduced: Set<string>;
  /** The last points placed (towns, not countries), as nearness evidence for later homonyms. */
  points: Point[];
  /** The document's date (YYYY-MM-DD), which tells apart persons of one name and the holders of offices. */
  date: string | null;
  /** Names the lists do not know that the document has found in strong contexts. */
  unknown: UnknownMemory;
}

export const newMemory = (date: string | null = null): DocMemory => ({
  countries: new Map(),
  introduced: new Set(),
  points: [],
  date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
  unknown: newUnknownMemory(),
});

/** Points kept for nearness: the document's recent places. */
const POINTS_KEPT = 32;

function remember(memory: DocMemory, e: LoadedEntry): void {
  if (e.type !== 'place' || e.category === 'country' || typeof e.lat !== 'number' || typeof e.lon !== 'number') return;
  if (e.precision === 'region') return;
  if (memory.points.length >= POINTS_KEPT) memory.points.shift();
  memory.points.push({ lat: e.lat, lon: e.lon });
}

/**
 * The entry a match names, given what the document has said so far, or null when the evidence is
 * too weak:
 * - a person's surname alone (`Nazik`) names them only once a longer name of theirs has appeared,
 *   unless the press names them by surname alone (`known_by_surname`: Putin); a person so
 *   introduced outranks a homonymous place (`Bozan` after `Milos Mustafa Bozan`);
 * - a generic institutional name (`Civil Defence`) names its entry only where the document has
 *   named the entry's country, and not right after another capitalized qualifier
 *   (`Lebanese Civil Defense`);
 * - among homonyms (two villages called `Al Karamah`), the place in the country the document has
 *   named most so far; on a tie, the gazetteer's own order. A match without alternatives counts
 *   towards the profile;
 * - a place matched by its transliteration key alone, in a country the document has not named while
 *   it has named others (`Dukkan` in Afrin is not `Dukan` in Iraq), is too weak: null (the words
 *   may still be an unknown name).
 */
export function pickEntry(
  match: NameMatch,
  memory: DocMemory,
  tokens: readonly WordToken[],
  articleKey = '',
  places: { text: string; rules: PlaceRules; explain?: boolean } | null = null,
): NameMatch | null {
  const profile = memory.countries;
  if (match.hit.generic && !genericAllowed(match, profile, tokens)) return null;
  if (match.rule === 'translit' && !match.alternatives && unsupported(match.entry, profile)) return null;
  const short = surnameOnly(match, tokens, articleKey);
  // A country named by an ordinary word or a given name, inside a longer name: `Jordan Peterson`, `China Daily`.
  if (places && match.entry.common === true && !match.alternatives && !isBulk(match.entry)) {
    const at = { text: places.text, tokens, first: match.first, last: match.last };
    if (partOfLongerName(at, places.rules)) return null;
  }
  if (places && (isBulk(match.entry) || match.alternatives?.some(isBulk)))
    return pickPlace(
      match,
      memory,
      { text: places.text, tokens, first: match.first, last: match.last },
      places.rules,
      short,
      places.explain === true,
    );
  const candidates = match.alternatives ? [match.entry, ...match.alternatives] : null;
  if (!candidates) {
    const e = match.entry;
    if (e.category === 'person') {
      if (!short || titled(places?.text ?? '', tokens, match.first, places?.rules.titles)) memory.introduced.add(e.id);
      else if (!e.known_by_surname && !memory.introduced.has(e.id)) return null;
    }
    const country = e.type === 'place' ? e.country : undefined;
    if (country) profile.set(country, (profile.get(country) ?? 0) + 1);
    remember(memory, e);
    return match;
  }
  const introduced = short ? candidates.find((e) => e.category === 'person' && memory.introduced.has(e.id)) : undefined;
  if (introduced)
    return introduced === match.entry
      ? { ...match, alternatives: undefined }
      : { ...match, entry: introduced, alternatives: undefined };
  if (candidates.every((e) => e.category === 'person')) {
    const title = short && titled(places?.text ?? '', tokens, match.first, places?.rules.titles);
    const person = byDate(
      candidates.filter((e) => !short || title || e.known_by_surname === true),
      memory.date,
    );
    if (!person) return null;
    if (!short || title) memory.introduced.add(person.id);
    return person === match.entry
      ? { ...match, alternatives: undefined }
      : { ...match, entry: person, alternatives: undefined };
  }
  let best: LoadedEntry | null = null;
  let bestScore = -Infinity;
  for (const e of candidates) {
    if (short && e.category === 'person' && !e.known_by_surname) continue;
    const w = weight(e, profile);
    if (best === null || w > bestScore) {
      best = e;
      bestScore = w;
    }
  }
  if (best === null) return null;
  remember(memory, best);
  return best === match.entry ? match : { ...match, entry: best };
}

/** Distance within which a bulk place and a hand-made entry of its country are one place. */
const SAME_PLACE_KM = 30;

/** The candidates without the bulk places that a hand-made entry of theirs stands for (`Washington`). */
function withoutDuplicates(candidates: LoadedEntry[]): LoadedEntry[] {
  const made = candidates.filter((e) => !isBulk(e) && e.type === 'place' && typeof e.lat === 'number');
  if (made.length === 0) return candidates;
  return candidates.filter(
    (c) =>
      !isBulk(c) ||
      !made.some(
        (m) =>
          m.country === c.country &&
          typeof c.lat === 'number' &&
          distanceKm(m.lat as number, m.lon as number, c.lat, c.lon as number) <= SAME_PLACE_KM,
      ),
  );
}

/** Margin of score by which a choice among homonyms is sure enough to count as the document's country. */
const SURE = 2;

/**
 * Among candidates some of which are bulk places (see extract/places.ts): the best-scored one that
 * has the evidence it needs, or null. The match carries the evidence and the runner-up for `--explain`.
 */
function pickPlace(
  match: NameMatch,
  memory: DocMemory,
  at: Around,
  rules: PlaceRules,
  short: boolean,
  explain: boolean,
): NameMatch | null {
  const candidates = match.alternatives ? withoutDuplicates([match.entry, ...match.alternatives]) : [match.entry];
  const introduced = short ? candidates.find((e) => e.category === 'person' && memory.introduced.has(e.id)) : undefined;
  if (introduced) return { ...match, entry: introduced, alternatives: undefined };
  const scored: Scored[] = [];
  for (const e of candidates) {
    if (short && e.category === 'person' && !e.known_by_surname) continue;
    scored.push(score(e, at, rules, memory.countries, memory.points));
  }
  if (scored.length > 1) scored.sort((a, b) => b.score - a.score);
  const k = scored.findIndex((s) => accepted(s, at, rules, match.rule === 'translit'));
  if (k < 0) return null;
  const best = scored[k];
  const runnerUp = scored.find((s) => s !== best);
  const e = best.entry;
  // A bulk place chosen on its prior alone is no evidence for the names after it (`Palma` before `Mozambique`).
  const evidenced = !isBulk(e) || inContext(best);
  if (evidenced && e.type === 'place' && e.country && (!runnerUp || best.score - runnerUp.score >= SURE))
    memory.countries.set(e.country, (memory.countries.get(e.country) ?? 0) + 1);
  if (e.category === 'person' && !short) memory.introduced.add(e.id);
  if (evidenced) remember(memory, e);
  const picked: NameMatch = { ...match, entry: e, alternatives: undefined };
  if (explain)
    picked.evidence = {
      score: Math.round(best.score * 10) / 10,
      because: because(best),
      ...(runnerUp ? { runner_up: runnerUp.entry.id, runner_up_score: Math.round(runnerUp.score * 10) / 10 } : {}),
    };
  return picked;
}

/**
 * A title right before a name (`President Ruto`, `Gen. Burhan`, `Mr Erdoğan`): a surname so
 * titled names its person without an earlier full name.
 */
function titled(text: string, tokens: readonly WordToken[], first: number, titles?: ReadonlySet<string>): boolean {
  const before = tokens[first - 1];
  if (!titles || !before?.cap || !titles.has(before.key)) return false;
  return /^\.?[\s\u00a0]{1,2}$/.test(text.slice(before.end, tokens[first].start));
}

/**
 * Of persons who share a name (`Assad`: Hafez and Bashar), the one in office on the document's
 * date, else the one whose terms come nearest to it; without a date, the one in office last.
 * Persons without offices come after those with; on a tie, the lists' order.
 */
export function byDate(persons: readonly LoadedEntry[], date: string | null): LoadedEntry | null {
  let best: LoadedEntry | null = null;
  let bestGap = Infinity;
  for (const e of persons) {
    const gap = officeGap(e, date);
    if (best === null || gap < bestGap) {
      best = e;
      bestGap = gap;
    }
  }
  return best;
}

const DAY = 86_400_000;

/** Days between a date and a person's nearest term (0 in office); without a date, days since the last term ended. */
function officeGap(e: LoadedEntry, date: string | null): number {
  let gap = Infinity;
  const at = date ? Date.parse(date) : Date.parse('9999-12-31');
  for (const o of officesOf(e)) {
    const from = Date.parse(dayOf(o.from, false));
    const to = o.until ? Date.parse(dayOf(o.until, true)) : Date.parse('9999-12-31');
    const g = (at < from ? from - at : at > to ? at - to : 0) / DAY;
    if (g < gap) gap = g;
  }
  return gap;
}

/** One word, not counting a leading article (`Nazik`, `al-Mustafa`): a person's surname or given name alone. */
function surnameOnly(match: NameMatch, tokens: readonly WordToken[], articleKey: string): boolean {
  const words = match.last - match.first + 1;
  return words === 1 || (words === 2 && articleKey !== '' && tokens[match.first].tkey === articleKey);
}

function genericAllowed(match: NameMatch, profile: CountryProfile, tokens: readonly WordToken[]): boolean {
  const country = match.entry.country;
  if (!country || !profile.has(country)) return false;
  // A capital right before names another body (`Lebanese Civil Defense`), except at a sentence's start.
  const before = match.first > 0 ? tokens[match.first - 1] : undefined;
  return !(before && before.cap && match.first > 1);
}

/** A misspelt name is taken only where the document has named a place of its country. */
export function supportsMisspelling(match: NameMatch, memory: DocMemory): boolean {
  return match.entry.country !== undefined && memory.countries.has(match.entry.country);
}

function unsupported(e: LoadedEntry, profile: CountryProfile): boolean {
  return (
    e.type === 'place' &&
    e.category !== 'country' &&
    e.country !== undefined &&
    profile.size > 0 &&
    !profile.has(e.country)
  );
}

/** How much the document's places speak for an entry: its country's count (actors too: `General Staff`). */
function weight(e: LoadedEntry, profile: CountryProfile): number {
  return e.country ? (profile.get(e.country) ?? 0) : -1;
}

export function toMention(
  text: string,
  tokens: readonly WordToken[],
  match: NameMatch,
  sentence: number,
  rules: RoleRules,
  explain = true,
  divisions: ReadonlyMap<string, string> | null = null,
): Mention {
  const e = match.entry;
  let kind: 'actor' | 'place' = e.type;
  let reason: RoleReason = 'gazetteer';
  // A part of a country (`northern Nigeria`) is a region, not the state.
  const direction =
    e.type === 'place' && e.category === 'country' ? directionBefore(text, tokens, match.first, rules) : -1;
  if (direction >= 0) return regionOf(text, tokens, match, direction, sentence, explain);
  if (isPolity(e)) ({ kind, reason } = polityRole(tokens, match, rules, text));
  const end = kind === 'place' && e.category !== 'country' ? toponymEnd(text, tokens, match, rules) : match.end;
  const m = newMention(kind, text.slice(match.start, end), match.start, end, sentence);
  m.id = e.id;
  m.name = e.name;
  m.category = e.category;
  if (kind === 'actor' && e.type === 'place') m.category = e.category === 'country' ? 'state' : 'government';
  const country = e.type === 'place' && e.category === 'country' ? e.country : (e.capital_of ?? e.country);
  if (country) m.country = country;
  if (kind === 'place' && typeof e.lat === 'number' && typeof e.lon === 'number') {
    m.lat = e.lat;
    m.lon = e.lon;
  }
  if (kind === 'place') placeFields(m, e, divisions);
  if (explain) {
    m.explain = {
      entry: e.id,
      file: e.file,
      alias: match.hit.alias,
      rule: reason === 'gazetteer' ? match.rule : `${match.rule}+${reason}`,
    };
    if (match.evidence) m.explain.evidence = match.evidence;
  }
  return m;
}

/**
 * A part of a country named by a direction (`northern Nigeria`): a region of its own id (the
 * country's and the direction's), without coordinates, as regions without a clear centre have none.
 */
function regionOf(
  text: string,
  tokens: readonly WordToken[],
  match: NameMatch,
  from: number,
  sentence: number,
  explain: boolean,
): Mention {
  const e = match.entry;
  const start = tokens[from].start;
  const words = text.slice(start, tokens[match.first].start).trim();
  const m = newMention('place', text.slice(start, match.end), start, match.end, sentence);
  m.id = `${e.id}:${tokens
    .slice(from, match.first)
    .map((t) => t.key)
    .join('-')}`;
  m.name = `${words.charAt(0).toUpperCase()}${words.slice(1).toLowerCase()} ${e.name}`;
  m.category = 'region';
  if (e.country) m.country = e.country;
  m.precision = 'region';
  if (explain) m.explain = { entry: e.id, file: e.file, alias: match.hit.alias, rule: `${match.rule}+direction` };
  return m;
}

/**
 * What a place mention carries besides its point: its division's name, GeoNames id and population
 * where known, and the precision of its point (`point` for a town, `admin1` for a division's
 * capital, `country` for a country's centre, `region` for a region's conventional centre).
 */
function placeFields(m: Mention, e: LoadedEntry, divisions: ReadonlyMap<string, string> | null): void {
  const division =
    typeof e.admin1 === 'string'
      ? e.admin1
      : typeof e.admin1_code === 'string'
        ? divisions?.get(e.admin1_code)
        : undefined;
  if (division && !(e.precision === 'admin1' && division === e.name)) m.admin1 = division;
  if (typeof e.geonames === 'number') m.geonames = e.geonames;
  if (typeof e.population === 'number' && e.population > 0) m.population = e.population;
  if (m.lat !== undefined)
    m.precision =
      e.category === 'country'
        ? 'country'
        : e.precision === 'admin1' || e.precision === 'region'
          ? e.precision
          : 'point';
}

/** Sort key: start, then longer first; drops a mention overlapping an earlier kept one of the same kind. */
export function settleOverlaps(mentions: Mention[]): Mention[] {
  const sorted = inOrder(mentions) ? mentions : [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  const lastEnd: Partial<Record<Kind, number>> = {};
  for (const m of sorted) {
    // Names (actor/place) share one space: a place inside an actor name is not a second mention.
    const space: Kind = m.kind === 'date' ? 'date' : 'actor';
    if ((lastEnd[space] ?? -1) > m.start) continue;
    out.push(m);
    lastEnd[space] = m.end;
  }
  return out;
}

/** Whether mentions are already by start, longer first (most sentences' are). */
export function inOrder(mentions: readonly Mention[]): boolean {
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1];
    const b = mentions[i];
    if (a.start > b.start || (a.start === b.start && a.end < b.end)) return false;
  }
  return true;
}

export function filterKinds(mentions: Mention[], kinds: ReadonlySet<Kind> | null): Mention[] {
  return kinds ? mentions.filter((m) => kinds.has(m.kind)) : mentions;
}

/**
 * The mention of a sector or office phrase (see extract/sectors.ts). Of the countries a demonym
 * names, the one the document has named most (else the larger). An office names the person who
 * held it on the document's date (`via: office`); without a date or a known holder, the sector
 * that stands in for it (`ru.presidency`), or for an organisation's office the organisation.
 */
export function composedMention(
  text: string,
  c: Composed,
  sentence: number,
  rules: SectorRules,
  memory: DocMemory,
  explain: boolean,
): Mention | null {
  let country = c.countries[0];
  for (const cc of c.countries)
    if ((memory.countries.get(cc) ?? 0) > (memory.countries.get(country) ?? 0)) country = cc;
  let entry: LoadedEntry | null = null;
  let office: string | undefined;
  let via = false;
  if ('office' in c.noun) {
    office = c.noun.office;
    const of = c.org ? c.org.id : country;
    const holder = memory.date && of ? holderOn(rules, office, of, memory.date) : null;
    if (holder) {
      entry = holder.entry;
      via = true;
    } else if (c.org) entry = c.org;
    else {
      const sector = rules.offices.get(office);
      entry = sector && country ? sectorEntry(rules, country, sector) : null;
    }
  } else if (country) entry = sectorEntry(rules, country, c.noun.sector);
  if (!entry) return null;
  const m = newMention('actor', text.slice(c.start, c.end), c.start, c.end, sentence);
  m.id = entry.id;
  m.name = entry.name;
  m.category = entry.category;
  if (entry.country) m.country = entry.country;
  const cameo = cameoOf(entry, memory.date, rules);
  if (cameo) m.cameo = cameo;
  if (office) m.office = office;
  if (via) m.via = 'office';
  if (explain)
    m.explain = { entry: entry.id, file: entry.file, rule: office ? (via ? 'office' : 'office+sector') : 'sector' };
  return m;
}
