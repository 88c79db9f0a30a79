/**
 * The parts of a state that commentary names by the state and a noun (`Russian forces`, `Sudan's
 * army`, `the Iranian foreign ministry`) and the offices it names the same way (`the Russian
 * president`, `Ukraine's foreign minister`, `the UN secretary-general`). Nothing here is listed
 * name by name: a phrase is a modifier (a country's demonym, a country or an organisation the
 * name matcher found) and a noun of the language pack, joined by a space or a possessive. A sector
 * resolves to an entry of its own (`ru.military`, made from the country and the core pack's
 * sector definitions unless a list has that id); an office to the person who held it on the
 * document's date, else to the sector that stands in for it.
 */
import { indexPhrases, keySet, tokenize, wordKeys, type WordToken } from '../fold.js';
import type { Rules } from '../gazetteer/load.js';
import type { LoadedEntry } from '../types.js';
import type { NameMatch } from './names.js';

export interface SectorDef {
  key: string;
  category: string;
  /** CAMEO agent code (`MIL`), after the country's code. */
  cameo: string;
  /** What the sector is called after a demonym (`armed forces`). */
  name: string;
}

interface Phrase<T> {
  keys: string[];
  value: T;
  /** The first word's transliteration key. */
  tkey?: string;
}

type Noun = { sector: string } | { office: string };

/** One holder's term of an office, with dates padded to whole days for comparison. */
export interface Tenure {
  entry: LoadedEntry;
  from: string;
  until: string;
  acting: boolean;
}

export interface SectorRules {
  sectors: ReadonlyMap<string, SectorDef>;
  /** Office -> the sector that stands in for it (null: none, the organisation itself). */
  offices: ReadonlyMap<string, string | null>;
  /** Demonyms and adjectives by last word key -> the countries they name, larger countries first. */
  modifiers: ReadonlyMap<string, Phrase<string[]>[]>;
  /**
   * Nouns by the transliteration key of their first word: the name matcher has just looked each
   * word's up, so its hash is already computed (a word's folded key would be hashed anew).
   */
  nouns: ReadonlyMap<string, Phrase<Noun>[]>;
  /** The shapes (length, first and last letters) of those first words: most words fail this before a lookup. */
  nounShapes: Uint8Array;
  /** Countries by ISO code. */
  countries: ReadonlyMap<string, LoadedEntry>;
  /** Entries of the lists by id: a list may define or extend a sector's id (`ru.military`). */
  byId: ReadonlyMap<string, LoadedEntry>;
  /** `office|country` or `office|org id` -> the terms, by start. */
  holders: ReadonlyMap<string, Tenure[]>;
  /** Sector entries made so far. */
  made: Map<string, LoadedEntry>;
  /** Words that link an office to its country after it (`the president of Russia`), and articles that may follow them. */
  links: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  /** Actor category -> CAMEO agent code (`armed_group` -> `REB`). */
  agents: ReadonlyMap<string, string>;
  /** Categories whose agent code stands alone for an actor of no country (`igo` -> `IGO`). */
  standalone: ReadonlySet<string>;
}

/** A `key: phrase` rule (`military: armed forces`). */
function keyed(rule: string): [string, string] | null {
  const at = rule.indexOf(':');
  if (at <= 0) return null;
  return [rule.slice(0, at).trim(), rule.slice(at + 1).trim()];
}

const SHAPES = 64 * 32 * 32;
/** A word's shape: its length (up to 63) and its first and last letters' low five bits. */
const shapeOf = (w: string) =>
  (Math.min(w.length, 63) << 10) | ((w.charCodeAt(0) & 31) << 5) | (w.charCodeAt(w.length - 1) & 31);

function shapesOf(words: readonly string[]): Uint8Array {
  const shapes = new Uint8Array(SHAPES);
  for (const w of words) if (w) shapes[shapeOf(w)] = 1;
  return shapes;
}

/** The first token from `k` on whose word has a noun's shape (tokens.length if none). */
function nextNoun(tokens: readonly WordToken[], k: number, shapes: Uint8Array): number {
  while (k < tokens.length && shapes[shapeOf(tokens[k].tkey)] === 0) k++;
  return k;
}

/** A phrase of the rules with its words' keys and its first word's transliteration key. */
function phrase<T>(words: string, value: T): Phrase<T> {
  const tokens = tokenize(words);
  return { keys: tokens.map((t) => t.key), value, tkey: tokens[0]?.tkey };
}

/** Pads a partial ISO date to its first (or last) day: `2012` -> `2012-01-01` (`2012-12-31`). */
export function dayOf(date: string, end: boolean): string {
  if (date.length === 10) return date;
  if (date.length === 7) return `${date}-${end ? '31' : '01'}`;
  return `${date}-${end ? '12-31' : '01-01'}`;
}

interface Office {
  office: string;
  country?: string;
  org?: string;
  from: string;
  until?: string;
  acting?: boolean;
}

export function officesOf(e: LoadedEntry): Office[] {
  return Array.isArray(e.offices) ? (e.offices as Office[]) : [];
}

export function compileSectors(rules: Rules, entries: readonly LoadedEntry[]): SectorRules {
  const sectors = new Map<string, SectorDef>();
  for (const rule of rules.sectors) {
    const [key, category, cameo, ...name] = rule.split(/\s+/);
    if (key && category && cameo && name.length > 0) sectors.set(key, { key, category, cameo, name: name.join(' ') });
  }
  const offices = new Map<string, string | null>();
  for (const rule of rules.offices) {
    const [key, sector] = rule.split(/\s+/);
    if (key) offices.set(key, sector && sectors.has(sector) ? sector : null);
  }
  const countries = new Map<string, LoadedEntry>();
  const byId = new Map<string, LoadedEntry>();
  const holders = new Map<string, Tenure[]>();
  const modifiers: Phrase<string[]>[] = [];
  const named = new Map<string, string[]>();
  const nameCountry = (phrase: string, cc: string) => {
    const list = named.get(phrase) ?? [];
    if (!list.includes(cc)) list.push(cc);
    named.set(phrase, list);
  };
  const countryList = entries.filter((e) => e.type === 'place' && e.category === 'country' && e.country);
  countryList.sort((a, b) => (Number(b.area) || 0) - (Number(a.area) || 0));
  for (const e of countryList) {
    countries.set(e.country as string, e);
    if (Array.isArray(e.demonyms)) for (const d of e.demonyms as string[]) nameCountry(d, e.country as string);
  }
  for (const rule of rules.countryAdjectives) {
    const pair = keyed(rule);
    if (pair && countries.has(pair[0])) nameCountry(pair[1], pair[0]);
  }
  for (const [phrase, codes] of named) modifiers.push({ keys: wordKeys(phrase), value: codes });
  for (const e of entries) {
    if (e.type !== 'actor') continue;
    byId.set(e.id, e);
    for (const o of officesOf(e)) {
      const key = `${o.office}|${o.country ?? o.org}`;
      const list = holders.get(key) ?? [];
      list.push({
        entry: e,
        from: dayOf(o.from, false),
        until: o.until ? dayOf(o.until, true) : '9999-12-31',
        acting: o.acting === true,
      });
      holders.set(key, list);
    }
  }
  for (const list of holders.values()) list.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const nouns: Phrase<Noun>[] = [];
  for (const rule of rules.sectorNouns) {
    const pair = keyed(rule);
    if (pair && sectors.has(pair[0])) nouns.push(phrase(pair[1], { sector: pair[0] }));
  }
  for (const rule of rules.officeNouns) {
    const pair = keyed(rule);
    if (pair && offices.has(pair[0])) nouns.push(phrase(pair[1], { office: pair[0] }));
  }
  const agents = new Map<string, string>();
  const standalone = new Set<string>();
  for (const rule of rules.cameoAgents) {
    const [category, code, mark] = rule.split(/\s+/);
    if (category && code) agents.set(category, code);
    if (category && mark === '*') standalone.add(category);
  }
  return {
    sectors,
    offices,
    // A modifier is found from the noun after it: by its last word.
    modifiers: indexPhrases(modifiers, (p) => p.keys[p.keys.length - 1], true),
    nouns: indexPhrases(nouns, (p) => p.tkey ?? p.keys[0], true),
    nounShapes: shapesOf(nouns.map((p) => p.tkey ?? p.keys[0])),
    countries,
    byId,
    holders,
    made: new Map(),
    links: keySet(rules.linkWords),
    articles: keySet(rules.nameArticles),
    agents,
    standalone,
  };
}

/** The holder of an office on a day: of several, one not acting, then the latest to take it. */
export function holderOn(rules: SectorRules, office: string, of: string, date: string): Tenure | null {
  const list = rules.holders.get(`${office}|${of}`);
  if (!list) return null;
  let best: Tenure | null = null;
  for (const t of list) {
    if (t.from > date || t.until < date) continue;
    if (!best || (best.acting && !t.acting) || (best.acting === t.acting && t.from >= best.from)) best = t;
  }
  return best;
}

/** The entry of a country's sector: the lists' own, else one made from the country and the sector's definition. */
export function sectorEntry(rules: SectorRules, country: string, sector: string): LoadedEntry | null {
  const id = `${country.toLowerCase()}.${sector}`;
  const listed = rules.byId.get(id);
  if (listed) return listed;
  const made = rules.made.get(id);
  if (made) return made;
  const def = rules.sectors.get(sector);
  const c = rules.countries.get(country);
  if (!def || !c) return null;
  const demonym = Array.isArray(c.demonyms) && typeof c.demonyms[0] === 'string' ? c.demonyms[0] : c.name;
  const entry: LoadedEntry = {
    id,
    name: `${demonym} ${def.name}`,
    category: def.category,
    country,
    type: 'actor',
    file: 'sectors',
    source: 'generated: the country (world-countries) and the sector (core rules)',
  };
  if (typeof c.iso3 === 'string') entry.cameo = `${c.iso3}${def.cameo}`;
  rules.made.set(id, entry);
  return entry;
}

/** A phrase's modifier: from token `first` (offset `start`), the countries or the organisation it names. */
interface Modifier {
  first: number;
  start: number;
  countries: string[];
  org: LoadedEntry | null;
}

/** A sector or office phrase: tokens first..last; a country or an organisation and what of it. */
export interface Composed {
  first: number;
  last: number;
  start: number;
  end: number;
  /** Candidate countries, larger first (a demonym may name two: `Congolese`). */
  countries: string[];
  org: LoadedEntry | null;
  noun: Noun;
}

const JOIN = /^(?:\.?[\s\u00a0]{1,2}|[-‐‑‒–])$/;

/** Whether the text from `from` to `to` joins two words of a phrase (JOIN); one space, the common case, without a slice. */
function joins(text: string, from: number, to: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === 32) return true;
  return JOIN.test(text.slice(from, to));
}
const POSSESSIVE_JOIN = /^['’‘`ʼ][sS][\s\u00a0]{1,2}$/;

function longest<T>(
  table: ReadonlyMap<string, Phrase<T>[]>,
  text: string,
  tokens: readonly WordToken[],
  i: number,
): { last: number; value: T } | null {
  const list = table.get(tokens[i]?.tkey ?? '');
  if (!list) return null;
  for (const p of list) {
    const last = i + p.keys.length - 1;
    if (last >= tokens.length || tokens[i].key !== p.keys[0]) continue;
    let ok = true;
    for (let k = 1; k < p.keys.length && ok; k++)
      ok = tokens[i + k].key === p.keys[k] && joins(text, tokens[i + k - 1].end, tokens[i + k].start);
    if (ok) return { last, value: p.value };
  }
  return null;
}

const isCountry = (e: LoadedEntry) => e.type === 'place' && e.category === 'country' && typeof e.country === 'string';

/** Whether an entry is an organisation whose offices an office phrase may name (`the UN secretary-general`). */
const isOrganisation = (e: LoadedEntry) => e.type === 'actor' && e.category === 'igo';

/**
 * Sector and office phrases of a sentence. `names` are the name matches, by start: a country's or
 * an organisation's name is a modifier (`Sudan's army`, `US forces`, `the UN chief`); a demonym is
 * one by the rules' lists (`Nigerian troops`). An office phrase right before a capitalized word
 * is a title (`Russian President Vladimir Putin`): the name is the mention, not the title.
 */
export function findComposed(
  text: string,
  tokens: readonly WordToken[],
  names: readonly NameMatch[],
  rules: SectorRules,
): Composed[] {
  const out: Composed[] = [];
  // Name matches are in order and do not overlap: one cursor finds the one ending before a noun.
  let n = 0;
  // Phrases are found from their nouns: one lookup a word, and most words are none.
  const shapes = rules.nounShapes;
  let k = -1;
  for (let from = 0; ;) {
    k = nextNoun(tokens, k + 1, shapes);
    if (k >= tokens.length) break;
    if (k < from || !rules.nouns.has(tokens[k].tkey)) continue;
    const noun = longest(rules.nouns, text, tokens, k);
    if (!noun) continue;
    const isOffice = 'office' in noun.value;
    while (n < names.length && names[n].last < k - 1) n++;
    const before = n < names.length && names[n].last === k - 1 ? names[n] : undefined;
    const mod = k > from ? modifierBefore(text, tokens, k, before, rules) : null;
    let found: Composed | null = null;
    if (mod) {
      // A country's office of an organisation's kind (`Russian chief`), an organisation's sector, or
      // an office before a name (its title) is no phrase.
      const orgKind = isOffice && rules.offices.get((noun.value as { office: string }).office) === null;
      if (
        (isOffice ? mod.org !== null || !orgKind : mod.org === null) &&
        !(isOffice && beforeName(text, tokens, noun.last))
      )
        found = { ...mod, last: noun.last, end: tokens[noun.last].end, noun: noun.value };
    } else if (isOffice) found = officeOf(text, tokens, k, names, rules);
    if (found) {
      out.push(found);
      from = found.last + 1;
      k = found.last;
    }
  }
  return out;
}

/**
 * The modifier right before token k (the noun): a country's or an organisation's name the matcher
 * found, joined by a space or a possessive, or a demonym of the rules' lists, capitalized.
 */
function modifierBefore(
  text: string,
  tokens: readonly WordToken[],
  k: number,
  name: NameMatch | undefined,
  rules: SectorRules,
): Modifier | null {
  const country = name ? (isCountry(name.entry) ? name.entry : name.alternatives?.find(isCountry)) : undefined;
  const org =
    !name || country
      ? null
      : isOrganisation(name.entry)
        ? name.entry
        : (name.alternatives?.find(isOrganisation) ?? null);
  if (name && (country || org)) {
    const gap = text.slice(tokens[k - 1].end, tokens[k].start);
    if (!JOIN.test(gap) && !POSSESSIVE_JOIN.test(gap)) return null;
    return {
      first: name.first,
      start: tokens[name.first].start,
      countries: country ? [country.country as string] : [],
      org,
    };
  }
  // Another name ending there may still be a demonym's words (`German`, a town's name too).
  if (!joins(text, tokens[k - 1].end, tokens[k].start)) return null;
  for (const p of rules.modifiers.get(tokens[k - 1].key) ?? []) {
    const first = k - p.keys.length;
    if (first < 0 || !tokens[first].cap) continue;
    let ok = true;
    for (let j = 1; j < p.keys.length && ok; j++)
      ok =
        tokens[first + j - 1].key === p.keys[j - 1] && joins(text, tokens[first + j - 1].end, tokens[first + j].start);
    if (ok) return { first, start: tokens[first].start, countries: p.value, org: null };
  }
  return null;
}

/** Whether a capitalized word follows token k after one space: an office phrase there is a name's title. */
function beforeName(text: string, tokens: readonly WordToken[], k: number): boolean {
  const after = tokens[k + 1];
  return after?.cap === true && /^[\s\u00a0]$/.test(text.slice(tokens[k].end, after.start));
}

/**
 * An office and its country or organisation after a link word, from token i: `the president of
 * Russia`, `the secretary-general of NATO` (not a title before a name: `President of Ukraine
 * Volodymyr Zelensky`).
 */
function officeOf(
  text: string,
  tokens: readonly WordToken[],
  i: number,
  names: readonly NameMatch[],
  rules: SectorRules,
): Composed | null {
  const noun = longest(rules.nouns, text, tokens, i);
  if (!noun || !('office' in noun.value)) return null;
  const link = tokens[noun.last + 1];
  if (!link || link.cap || !rules.links.has(link.key)) return null;
  const at = rules.articles.has(tokens[noun.last + 2]?.key ?? '') ? noun.last + 3 : noun.last + 2;
  const name = names.find((m) => m.first === at);
  if (!name) return null;
  const candidates = [name.entry, ...(name.alternatives ?? [])];
  const country = candidates.find(isCountry);
  const org = country ? null : (candidates.find(isOrganisation) ?? null);
  if (!country && !org) return null;
  if (!org && rules.offices.get(noun.value.office) === null) return null;
  if (beforeName(text, tokens, name.last)) return null;
  return {
    first: i,
    last: name.last,
    start: tokens[i].start,
    end: tokens[name.last].end,
    countries: country ? [country.country as string] : [],
    org,
    noun: noun.value,
  };
}

interface DatedCode {
  code: string;
  from?: string;
  until?: string;
}

const within = (date: string, from?: string, until?: string) =>
  (!from || dayOf(from, false) <= date) && (!until || date <= dayOf(until, true));

/**
 * An actor's CAMEO code on a day (`date` null: the entry's standing code): the entry's own code
 * (dated codes first), else its country's code and its category's agent code. A person holding
 * an office that day takes the code of the office's sector (`RUSGOV`; an army chief `RUSMIL`),
 * an organisation's officer the organisation's; otherwise a person is an elite (`RUSELI`). A country is its ISO
 * alpha-3 code, its capital the country's government.
 */
export function cameoOf(e: LoadedEntry, date: string | null, rules: SectorRules): string | undefined {
  if (date && Array.isArray(e.cameo_dated))
    for (const c of e.cameo_dated as DatedCode[]) if (within(date, c.from, c.until)) return c.code;
  if (typeof e.cameo === 'string') return e.cameo;
  if (e.type === 'place') {
    const country = e.category === 'country' ? e.country : typeof e.capital_of === 'string' ? e.capital_of : undefined;
    const iso3 = country ? rules.countries.get(country)?.iso3 : undefined;
    if (typeof iso3 !== 'string') return undefined;
    return e.category === 'country' ? iso3 : `${iso3}${rules.agents.get('government') ?? ''}`;
  }
  const iso3 = e.country ? rules.countries.get(e.country)?.iso3 : undefined;
  if (e.category === 'person' && date) {
    const office = officesOf(e).find((o) => within(date, o.from, o.until));
    if (office?.org) return cameoOf(rules.byId.get(office.org) ?? e, null, rules);
    const sector = office ? rules.sectors.get(rules.offices.get(office.office) ?? '') : undefined;
    if (sector && typeof iso3 === 'string') return `${iso3}${sector.cameo}`;
  }
  const agent = rules.agents.get(e.category);
  if (typeof iso3 === 'string' && !rules.standalone.has(e.category)) return `${iso3}${agent ?? ''}`;
  return rules.standalone.has(e.category) ? agent : undefined;
}
