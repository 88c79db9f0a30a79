/**
 * Compiles gazetteer entries into a token trie keyed by transliteration keys. Lookup costs one
 * hash probe per token and trie step, whatever the number of entries. Each alias keeps its folded
 * tokens and case shape so the scanner can tell an exact, folded or transliterated match and
 * check the case rule.
 */
import { ASSIMILATED_ARTICLES, tokenize, type WordToken } from '../fold.js';
import type { LoadedEntry } from '../types.js';
import type { Gazetteer } from './load.js';

/**
 * Case rule of an alias:
 * - `upper`: a short all-caps acronym (HTS, RT, UN, U.S.): every matched letter must be upper case;
 * - `cap`: the alias has capitals: the text must capitalize at least one of its capitalized words;
 * - `exact`: the entry asked for `"requires": "case"`: same case, word by word;
 * - `none`: the alias is written in lower case: any case matches.
 */
export type CaseRule = 'upper' | 'cap' | 'exact' | 'none';

export interface AliasHit {
  entry: number;
  alias: string;
  /** Folded keys of the alias words. */
  keys: string[];
  /** Which alias words are capitalized. */
  caps: readonly boolean[];
  /** Original alias words (only for the `exact` rule). */
  words: string[] | null;
  /** Gaps between alias words that contain a full stop (`U.S.`); null when none does. */
  dotGaps: boolean[] | null;
  /** Alias words followed by a possessive `'s` (`People's Protection Units`); null when none is. */
  possessives: boolean[] | null;
  /** The alias ends with a full stop that belongs to it (`U.S.`). */
  endsWithDot: boolean;
  rule: CaseRule;
  /** Load order of the entry: later entries win ties (user lists over bundled, curated over generated). */
  rank: number;
  /** Folded words that may not follow / precede the name (the entry's `not_before` / `not_after`). */
  notBefore: ReadonlySet<string> | null;
  notAfter: ReadonlySet<string> | null;
}

export interface TrieNode {
  /** Children by the next word's transliteration key; null on leaves (most nodes). */
  next: Map<string, TrieNode> | null;
  hits: AliasHit[] | null;
}

export interface CompiledGazetteer {
  entries: LoadedEntry[];
  root: TrieNode;
  aliasCount: number;
  gazetteer: Gazetteer;
  /** Whether names may match by transliteration key alone (`Idleb` for `Idlib`); on by default. */
  translit: boolean;
  /** Folded words that never match by transliteration key alone (`agree` is not `Ağrı`). */
  translitStop: ReadonlySet<string>;
}

/** Longest acronym treated as case-sensitive (`NATO` yes; longer all-caps names fold). */
const ACRONYM_MAX = 5;

export function aliasesOf(entry: LoadedEntry): string[] {
  const names = [entry.name, ...(entry.aliases ?? []), ...(entry.former_names ?? []).map((f) => f.name)];
  return [...new Set(names.filter((n): n is string => typeof n === 'string' && n.trim() !== ''))];
}

export function compileGazetteer(gazetteer: Gazetteer, options: { translit?: boolean } = {}): CompiledGazetteer {
  const root: TrieNode = { next: new Map(), hits: null };
  const variants = variantTable(gazetteer.rules.nameWordVariants);
  let aliasCount = 0;
  gazetteer.entries.forEach((entry, index) => {
    for (const alias of aliasesOf(entry)) {
      const tokens = tokenize(alias, 0, alias.length, false);
      const hit = compileAlias(alias, tokens, entry, index);
      if (!hit) continue;
      for (const path of keyPaths(tokens, variants, isTownLike(entry))) insert(root, path, hit);
      aliasCount++;
      // `Az Zabadani`, `Ar-Raqqah` are also written without the article: `Zabadani`, `Raqqa`.
      const rest = withoutArticle(alias, tokens, entry);
      if (rest) {
        const restTokens = tokenize(rest, 0, rest.length, false);
        const restHit = compileAlias(rest, restTokens, entry, index);
        if (restHit) for (const path of keyPaths(restTokens, variants, false)) insert(root, path, restHit);
      }
    }
  });
  const translitStop = new Set(gazetteer.rules.translitStop.flatMap((w) => tokenize(w).map((t) => t.key)));
  return { entries: gazetteer.entries, root, aliasCount, gazetteer, translit: options.translit !== false, translitStop };
}

function insert(root: TrieNode, path: readonly string[], hit: AliasHit): void {
  let node = root;
  for (const key of path) {
    node.next ??= new Map();
    let child = node.next.get(key);
    if (!child) {
      child = { next: null, hits: null };
      node.next.set(key, child);
    }
    node = child;
  }
  const hits = (node.hits ??= []);
  if (!hits.includes(hit)) hits.push(hit);
}

/** Places below the country level: their names take the Arabic article in its forms, or none. */
function isTownLike(entry: LoadedEntry): boolean {
  return entry.type === 'place' && entry.category !== 'country';
}

/** Each spelling's key -> the keys of all spellings of its group. */
function variantTable(groups: readonly string[]): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const group of groups) {
    const keys = [...new Set(group.split(/\s+/).filter(Boolean).map((w) => tokenize(w)[0]?.tkey).filter((k): k is string => k !== undefined))];
    for (const k of keys) table.set(k, keys);
  }
  return table;
}

/** Longest number of trie paths one alias may take (variants multiply). */
const MAX_PATHS = 32;

/**
 * The trie paths of an alias: its words' keys, each variant spelling of a word in a group, and for
 * a town-like place a leading article in any form (`As Safirah` is also found as `as-Safira`).
 */
function keyPaths(tokens: readonly WordToken[], variants: ReadonlyMap<string, string[]>, article: boolean): string[][] {
  const plain = tokens.map((t) => t.tkey);
  const articled = article && tokens.length > 1 && ASSIMILATED_ARTICLES.has(tokens[0].key);
  if (!articled && !plain.some((k) => variants.has(k))) return [plain];
  let paths: string[][] = [[]];
  tokens.forEach((t, k) => {
    const options = new Set([t.tkey, ...(variants.get(t.tkey) ?? [])]);
    if (k === 0 && articled) options.add('al');
    if (paths.length * options.size > MAX_PATHS) {
      for (const p of paths) p.push(t.tkey);
      return;
    }
    paths = paths.flatMap((p) => [...options].map((o) => [...p, o]));
  });
  return paths;
}

/** Letters a name must keep without its article: `Al Bab` is not `Bab`. */
const MIN_WITHOUT_ARTICLE = 5;

/** A town-like place's alias without its leading Arabic article, when enough of it is left. */
function withoutArticle(alias: string, tokens: readonly WordToken[], entry: LoadedEntry): string | null {
  if (!isTownLike(entry) || tokens.length < 2 || !ASSIMILATED_ARTICLES.has(tokens[0].key)) return null;
  const gap = alias.slice(tokens[0].end, tokens[1].start);
  if (!/^[\s\-‐‑]$/.test(gap)) return null;
  const rest = alias.slice(tokens[1].start);
  return rest.replace(/[^\p{L}]/gu, '').length >= MIN_WITHOUT_ARTICLE ? rest : null;
}

function compileAlias(alias: string, tokens: readonly WordToken[], entry: LoadedEntry, index: number): AliasHit | null {
  if (tokens.length === 0) return null;
  let rule: CaseRule;
  if (entry.requires === 'case') rule = 'exact';
  else if (tokens.every((t) => t.upper || !/\p{L}/u.test(alias.slice(t.start, t.end))) && lettersIn(alias, tokens) <= ACRONYM_MAX && tokens.some((t) => t.upper)) rule = 'upper';
  else if (tokens.some((t) => t.cap) || /\p{Lu}/u.test(alias)) rule = 'cap';
  else rule = 'none';
  const dotted = alias.includes('.');
  const dotGaps = dotted ? tokens.slice(1).map((t, i) => alias.slice(tokens[i].end, t.start).includes('.')) : null;
  return {
    entry: index,
    alias,
    keys: tokens.map((t) => t.key),
    caps: capsOf(tokens),
    words: rule === 'exact' ? tokens.map((t) => alias.slice(t.start, t.end)) : null,
    dotGaps,
    possessives: tokens.some((t) => t.possessive) ? tokens.map((t) => t.possessive) : null,
    endsWithDot: dotted && alias.slice(tokens[tokens.length - 1].end).trim() === '.',
    rule,
    rank: index,
    notBefore: wordSet(entry.not_before),
    notAfter: wordSet(entry.not_after),
  };
}

/** Case patterns of short names, shared: a big gazetteer has a few patterns and very many names. */
const CAPS_PATTERNS = new Map<number, readonly boolean[]>();

/** Which words of a name are capitalized; names of up to 16 words share one array per pattern. */
function capsOf(tokens: readonly WordToken[]): readonly boolean[] {
  if (tokens.length > 16) return tokens.map((t) => t.cap);
  let code = 1;
  for (const t of tokens) code = (code << 1) | (t.cap ? 1 : 0);
  let caps = CAPS_PATTERNS.get(code);
  if (!caps) CAPS_PATTERNS.set(code, (caps = Object.freeze(tokens.map((t) => t.cap))));
  return caps;
}

function wordSet(words: readonly string[] | undefined): ReadonlySet<string> | null {
  return words && words.length > 0 ? new Set(words.flatMap((w) => tokenize(w).map((t) => t.key))) : null;
}

function lettersIn(alias: string, tokens: readonly WordToken[]): number {
  let n = 0;
  for (const t of tokens) n += alias.slice(t.start, t.end).replace(/[^\p{L}]/gu, '').length;
  return n;
}
