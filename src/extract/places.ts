/**
 * Which place a name means, and whether a name of the world's bulk lists means a place at all.
 *
 * Candidates of the same words are ranked by one score, the sum of:
 * - prior: a country 9, a hand-curated place or actor 4, a Levant-pack place 3.5, a first-level
 *   division 3; a populated place of the world list its feature (capital 2.5, division seat 1.5,
 *   district seat 0.75, a section of a city -1) plus half the decimal logarithm of its population
 *   (Paris, France 5.7; Paris, Texas 2.2; a village of 500 people 1.35);
 * - the document's countries: +3 when the document has named the candidate's country (or a place
 *   in it), +1 more when that country is the one it has named most;
 * - containment: +10 when the text puts the name in the candidate's division or country
 *   (`Goma, Congo`, `Atlanta, Georgia`, `Mora in northern Cameroon` through a locative and
 *   modifiers of the rules, `Georgia's Tbilisi`);
 * - nearness: +3 within 300 km, +1.5 within 1,000 km of a place the document has already placed.
 * The longest name is found first by the matcher, so `New Mexico` never reaches `Mexico`.
 *
 * A name of the bulk lists (GeoNames' populated places, first-level divisions) is taken only with
 * evidence: a name that is also an ordinary word or a person's name (`Police`, `Nice`, `Victoria`)
 * needs containment, or a cue before it (a locative, `the town of`) and either a strong prior or the
 * document's context (`in Nice`, but not `written in Rust`); any other needs a cue,
 * the document's country or nearness, or fame (a capital, a city of half a million). A strong prior
 * (a capital, a city of 100,000, a division seat of 20,000) stands in for the document's context
 * after a locative. A bulk name right before or after another capitalized word (`Edgard Mateso`) is
 * part of a longer name unless a cue or containment says otherwise; one hyphened to a capitalized
 * word (`Bulak-Bashy`) is, unless the place has a strong prior (`Tbilisi-Administered`).
 * A choice made on the prior alone does not count as the document's evidence for later names.
 */
import type { WordToken } from '../fold.js';
import { keySet, wordKeys } from '../fold.js';
import { distanceKm } from '../geo.js';
import type { Rules } from '../gazetteer/load.js';
import { isBulk, isDivision } from '../gazetteer/compile.js';
import type { LoadedEntry } from '../types.js';

export interface PlaceRules {
  /** Words after which a name is a location (`in`, `near`), and words between (`northern`, `the`). */
  prepositions: ReadonlySet<string>;
  modifiers: ReadonlySet<string>;
  /** Place nouns after a name (`village`, `province`) and phrases before it (`town of`), folded. */
  nounsAfter: ReadonlySet<string>;
  phrasesBefore: readonly string[][];
  /** Titles before a name: a capitalized title is no part of a place name (`Governor`). */
  titles: ReadonlySet<string>;
  /** Words after which a region contains the name before them (`Mora in northern Cameroon`). */
  locatives: ReadonlySet<string>;
  /** Articles (`the`): a town's name seldom takes one, an ordinary word often does. */
  articles: ReadonlySet<string>;
  /** Folded names (word keys joined by spaces) of each country (`CD`) and division (`CD.11`). */
  regionNames: Map<string, Set<string>>;
  /** Display names of the divisions by code. */
  divisionNames: Map<string, string>;
}

export function placeRules(
  rules: Rules,
  entries: readonly LoadedEntry[],
  aliases: (e: LoadedEntry) => string[],
): PlaceRules {
  const regionNames = new Map<string, Set<string>>();
  const divisionNames = new Map<string, string>();
  const add = (code: string, e: LoadedEntry) => {
    let set = regionNames.get(code);
    if (!set) regionNames.set(code, (set = new Set()));
    for (const a of aliases(e)) set.add(wordKeys(a).join(' '));
  };
  for (const e of entries) {
    if (e.type !== 'place') continue;
    if (e.category === 'country' && e.country) add(e.country, e);
    else if (isDivision(e) && typeof e.admin1_code === 'string') {
      add(e.admin1_code, e);
      divisionNames.set(e.admin1_code, e.name);
    }
  }
  return {
    prepositions: keySet(rules.placePrepositions),
    modifiers: keySet(rules.placeModifiers),
    nounsAfter: keySet(rules.placeCuesAfter),
    phrasesBefore: rules.placeCuesBefore.map(wordKeys).filter((k) => k.length > 0),
    titles: keySet([...rules.titleHeads, ...rules.titleModifiers]),
    articles: keySet(rules.nameArticles),
    locatives: keySet(rules.locatives),
    regionNames,
    divisionNames,
  };
}

/** The sentence around a match, as the evidence needs it. */
export interface Around {
  text: string;
  tokens: readonly WordToken[];
  first: number;
  last: number;
  /** What the words around say, the same for every candidate: found once, by the first one scored. */
  seen?: AroundSeen;
}

interface AroundSeen {
  /** A cue before the name, for a name that is also an ordinary word and for any other. */
  cueBeforeCommon: boolean;
  cueBefore: boolean;
  cueAfter: boolean;
  /** The shapes containment takes: `X, Y`, `X in Y`, `Y's X`. */
  comma: boolean;
  locative: boolean;
  possessive: boolean;
}

function seenAround(at: Around, rules: PlaceRules): AroundSeen {
  if (at.seen) return at.seen;
  const { text, tokens, first, last } = at;
  const next = tokens[last + 1];
  return (at.seen = {
    cueBeforeCommon: cueBefore(at, rules, true),
    cueBefore: cueBefore(at, rules, false),
    cueAfter: cueAfter(at, rules),
    comma: next !== undefined && /^\s*,\s*$/.test(text.slice(tokens[last].end, next.start)),
    locative: next !== undefined && rules.locatives.has(next.key),
    possessive: first > 0 && tokens[first - 1].possessive,
  });
}

export interface Scored {
  entry: LoadedEntry;
  score: number;
  prior: number;
  /** The evidence beyond the prior (see `because`). */
  docCountry: boolean;
  mostNamed: boolean;
  /** Km to the nearest place the document has placed (Infinity: none within reach). */
  nearKm: number;
  /** A cue or containment that says the words name a place. */
  cued: boolean;
  contained: boolean;
}

/** Whether anything but the prior spoke for the candidate. */
export const inContext = (s: Scored) => s.docCountry || s.contained || s.nearKm <= FAR_KM;

/** The evidence of a score, as `--explain` shows it (`prior 5.7`, `document country +3`, `containment +10`). */
export function because(s: Scored): string[] {
  const out = [`prior ${round1(s.prior)}`];
  if (s.docCountry) out.push('document country +3');
  if (s.mostNamed) out.push('most named country +1');
  if (s.contained) out.push('containment +10');
  if (s.nearKm <= NEAR_KM) out.push(`${Math.round(s.nearKm)} km from a place named before +3`);
  else if (s.nearKm <= FAR_KM) out.push(`${Math.round(s.nearKm)} km from a place named before +1.5`);
  return out;
}

const NEAR_KM = 300;
const FAR_KM = 1000;

export interface Point {
  lat: number;
  lon: number;
}

const FEATURE_PRIOR: Record<string, number> = { PPLC: 2.5, PPLA: 1.5, PPLA2: 0.75, PPLX: -1 };
const round1 = (x: number) => Math.round(x * 10) / 10;

export function prior(e: LoadedEntry): number {
  if (e.type !== 'place') return 4;
  if (e.category === 'country') return 9;
  if (isDivision(e)) return 3;
  if (e.generated !== true) return e.file.includes('geonames') ? 3.5 : 4;
  const population = typeof e.population === 'number' ? e.population : 0;
  return (FEATURE_PRIOR[String(e.feature)] ?? 0) + Math.log10(population + 1) / 2;
}

/** Strong enough to name a place on its own: a capital, a city of 100,000, a division seat of 20,000. */
function strongPrior(e: LoadedEntry): boolean {
  if (!e.generated) return e.common !== true;
  const population = typeof e.population === 'number' ? e.population : 0;
  return e.feature === 'PPLC' || population >= 100_000 || (e.feature === 'PPLA' && population >= 20_000);
}

/**
 * Known well enough to be named with nothing around it: a capital or a city of half a million (a
 * tool called `Miri` is no Malaysian city of 230,000 in a text that names no place near it).
 */
function famous(e: LoadedEntry): boolean {
  if (!e.generated) return e.common !== true;
  return e.feature === 'PPLC' || (typeof e.population === 'number' && e.population >= 500_000);
}

export function score(
  e: LoadedEntry,
  at: Around,
  rules: PlaceRules,
  countries: ReadonlyMap<string, number>,
  points: readonly Point[],
): Scored {
  const p = prior(e);
  const place = e.type === 'place';
  const seen = seenAround(at, rules);
  // An ordinary word takes a noun after it as an adjective does (`the Arab town of`): only a cue before counts.
  const cued = e.common === true ? seen.cueBeforeCommon : seen.cueBefore || seen.cueAfter;
  const contained = place && e.category !== 'country' && containedIn(e, at, seen, rules);
  const docCountry = place && e.country !== undefined && countries.has(e.country);
  const mostNamed = docCountry && mostNamedOf(countries) === e.country;
  const nearKm = place && e.category !== 'country' ? nearest(e, points) : Infinity;
  const score =
    p +
    (docCountry ? 3 : 0) +
    (mostNamed ? 1 : 0) +
    (contained ? 10 : 0) +
    (nearKm <= NEAR_KM ? 3 : nearKm <= FAR_KM ? 1.5 : 0);
  return { entry: e, score, prior: p, docCountry, mostNamed, nearKm, cued, contained };
}

/** Whether a bulk place has the evidence it needs (see the header). */
export function accepted(s: Scored, at: Around, rules: PlaceRules, translit = false): boolean {
  const e = s.entry;
  // A bulk name found by its transliteration key alone (`Hodeidah` for `Hodeida`) must fit the document.
  if (translit && isBulk(e)) return s.contained || inContext(s);
  // A hand-made name that is an ordinary word or a given name (`Jordan`) inside a longer name is not it.
  if (!isBulk(e)) return e.common !== true || s.cued || !partOfLongerName(at, rules);
  if (s.contained) return true;
  // A hyphen joins a small place's name into a longer one (`Bulak-Bashy`), a capital's into a compound (`Tbilisi-Administered`).
  if (hyphened(at) && !strongPrior(e)) return false;
  // An ordinary word after a locative is still often no place (`written in Rust`): the place must be
  // well known or fit the document too.
  if (e.common === true) return s.cued && (strongPrior(e) || inContext(s));
  if (!s.cued && partOfLongerName(at, rules)) return false;
  return s.cued || inContext(s) || famous(e);
}

function mostNamedOf(countries: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let n = 0;
  for (const [c, k] of countries)
    if (k > n) {
      best = c;
      n = k;
    }
  return best;
}

/** Km from one degree of latitude to the next: no two points whose latitudes differ by d are nearer than d times this. */
const KM_PER_DEGREE = 111.19;

/** Km to the nearest of `points` within FAR_KM, else Infinity. */
function nearest(e: LoadedEntry, points: readonly Point[]): number {
  const { lat, lon } = e;
  if (typeof lat !== 'number' || typeof lon !== 'number') return Infinity;
  let best = Infinity;
  for (const p of points) {
    // Most candidates of a common name are far from every point: their latitude tells without the trigonometry.
    if (Math.abs(lat - p.lat) * KM_PER_DEGREE > Math.min(best, FAR_KM)) continue;
    const km = distanceKm(lat, lon, p.lat, p.lon);
    if (km < best) best = km;
  }
  return best <= FAR_KM ? best : Infinity;
}

/**
 * A locative before the name, through modifiers (`in northern X`), or a place phrase (`the town of X`).
 * An ordinary word takes no article between (`from the Arab country` is no place).
 */
function cueBefore({ tokens, first }: Around, rules: PlaceRules, common: boolean): boolean {
  for (let k = first - 1, seen = 0; k >= 0 && seen < 4; k--, seen++) {
    if (rules.prepositions.has(tokens[k].key)) return true;
    if (!rules.modifiers.has(tokens[k].key) || (common && rules.articles.has(tokens[k].key))) break;
  }
  return rules.phrasesBefore.some((phrase) => phrase.every((w, i) => tokens[first - phrase.length + i]?.key === w));
}

/** A place noun right after the name (`X village`, `X province`, `X-based`). */
function cueAfter({ tokens, last }: Around, rules: PlaceRules): boolean {
  const next = tokens[last + 1];
  return next !== undefined && rules.nounsAfter.has(next.key);
}

/**
 * The name is followed by `, Y` or a locative and `Y` (`in northern Y`), or preceded by `Y's`, where Y
 * names its division or country. The region names are looked up only where the words have one of
 * these shapes (most names' have none).
 */
function containedIn(e: LoadedEntry, at: Around, seen: AroundSeen, rules: PlaceRules): boolean {
  const { text, tokens, first, last } = at;
  const { comma, locative, possessive } = seen;
  if (!comma && !locative && !possessive) return false;
  const country = e.country ? rules.regionNames.get(e.country) : undefined;
  const division = typeof e.admin1_code === 'string' ? rules.regionNames.get(e.admin1_code) : undefined;
  if (!country && !division) return false;
  const names = (key: string) => country?.has(key) === true || division?.has(key) === true;
  const namedFrom = (from: number) => {
    let key = '';
    for (let k = from; k < tokens.length && k < from + 4; k++) {
      if (k > from && !/^[\s-]{1,2}$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) break;
      key = key ? `${key} ${tokens[k].key}` : tokens[k].key;
      if (names(key)) return true;
    }
    return false;
  };
  if (comma && namedFrom(last + 1)) return true;
  if (locative) {
    let k = last + 2;
    while (k < tokens.length && rules.modifiers.has(tokens[k].key)) k++;
    if (k < tokens.length && namedFrom(k)) return true;
  }
  // `Georgia's Tbilisi`: the words before the possessive.
  if (possessive)
    for (let from = Math.max(0, first - 4); from < first; from++) {
      let key = '';
      for (let k = from; k < first; k++) key = key ? `${key} ${tokens[k].key}` : tokens[k].key;
      if (names(key)) return true;
    }
  return false;
}

/** A hyphen joins the name to a capitalized word, or to an article after one (`Bulak-Bashy`, `Alma al-Shaab`). */
function hyphened({ tokens, first, last }: Around): boolean {
  if (tokens[last].hyphenNext && tokens[last + 1]?.cap) return true;
  return first > 0 && tokens[first - 1].hyphenNext && (tokens[first - 1].cap || tokens[first - 2]?.cap === true);
}

/**
 * A capitalized word right before or after, joined by a space: the name is part of a longer one
 * (`Edgard Mateso`, `President Macron`), unless the word is a place noun or a title after the name
 * (`Kherson Oblast`, `Kyiv Mayor`), or the sentence's first word before it (`Yesterday Goma`).
 */
export function partOfLongerName({ text, tokens, first, last }: Around, rules: PlaceRules): boolean {
  const next = tokens[last + 1];
  if (next?.cap && text.slice(tokens[last].end, next.start) === ' ')
    return !rules.nounsAfter.has(next.key) && !rules.titles.has(next.key);
  const prev = tokens[first - 1];
  return (
    prev !== undefined &&
    prev.cap &&
    !prev.possessive &&
    text.slice(prev.end, tokens[first].start) === ' ' &&
    (first > 1 || rules.titles.has(prev.key))
  );
}
