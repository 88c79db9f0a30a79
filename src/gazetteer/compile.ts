/**
 * Compiles gazetteer entries into a token trie keyed by transliteration keys. Lookup costs one
 * hash probe per token and trie step, whatever the number of entries. Each alias keeps its folded
 * tokens and case shape so the scanner can tell an exact, folded or transliterated match and
 * check the case rule.
 */
import {
  articleFolding,
  deletions,
  keySet,
  oneEditApart,
  tokenize,
  type ArticleFolding,
  type WordToken,
} from '../fold.js';
import type { GazetteerEntry, LoadedEntry } from '../types.js';
import type { Gazetteer, Rules } from './load.js';
import { allEntries, entryAt, offsetsOf, type IndexedList } from './indexed.js';

/**
 * Case rule of an alias:
 * - `upper`: a short all-caps acronym (HTS, RT, UN, U.S.): every matched letter must be upper case;
 * - `cap`: the alias has capitals: the text must capitalize at least one of its capitalized words;
 * - `exact`: the entry asked for `"requires": "case"`: same case, word by word;
 * - `none`: the alias is written in lower case: any case matches.
 */
export type CaseRule = 'upper' | 'cap' | 'exact' | 'none';

export interface AliasHit {
  /** Index of the entry in `entries`. */
  entry: number;
  /**
   * The entry's load order: later entries win ties (user lists over bundled, curated over generated).
   * Indexed lists' places come after every other entry, by list and line, whenever a text reaches them.
   */
  rank: number;
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
  /** Folded words that may not follow / precede the name (the entry's `not_before` / `not_after`). */
  notBefore: ReadonlySet<string> | null;
  notAfter: ReadonlySet<string> | null;
  /** A generic institutional name (the entry's `generic_aliases`): it needs the entry's country in context. */
  generic: boolean;
  /** A name of an indexed (bulk) list: it matches by its letters only, never by transliteration key or with a slip. */
  strict: boolean;
  /**
   * Whether the name may match with one slip (see findFuzzyNames): not a bulk name, a person's (their
   * names differ by a letter from each other's) or a country's (a letter from its demonym).
   */
  slip: boolean;
}

export interface TrieNode {
  /** Children by the next word's transliteration key; null on leaves (most nodes). */
  next: Map<string, TrieNode> | null;
  hits: AliasHit[] | null;
  /**
   * Aliases not yet compiled below this node, as pairs of a reference (see `Pending`) and the alias.
   * Only nodes of the first word have them, until a text first reaches that word: see `reach`.
   */
  pending: Pending | null;
  /** First-word nodes: the indexed lists have been asked for this key. */
  probed?: boolean;
  /**
   * First-word nodes, once grown: some alias below may match with the text's first word in lower
   * case (see `lowerFirst`). Most first words of a world of names are ordinary words (`to`, `in`,
   * `forces`) whose names all need a capital: the matcher stops there at once.
   */
  lower?: boolean;
  /** Some alias below may match with the text's first two words in lower case (`lowerFirst(hit, 2)`). */
  lowerTwo?: boolean;
  /** Some alias at or below this node is not strict (see AliasHit.strict): only such nodes are searched for slips. */
  loose?: boolean;
  /** The children of `next` that are loose: the misspelt-name search walks these only. */
  looseNext?: Map<string, TrieNode>;
}

/**
 * Aliases waiting under a first word: `[ref, alias, ref, alias, ...]`, where `ref` is the entry's
 * index, or its bitwise complement (`~index`) for an alias without its leading article (which
 * takes no article paths). Flat pairs, not objects: a big gazetteer has one per alias.
 */
type Pending = (number | string)[];

/** An indexed list in use, with the index in `entries` of each place taken from it (by byte offset). */
export interface IndexedSource {
  list: IndexedList;
  taken: Map<number, number>;
  /** The other way: entry index -> byte offset. */
  offsets: Map<number, number>;
}

export interface CompiledGazetteer {
  entries: LoadedEntry[];
  /** The trie: get a first word's node with `reach`, which compiles what is below it on first use. */
  root: TrieNode;
  aliasCount: number;
  gazetteer: Gazetteer;
  /** Whether names may match by transliteration key alone (`Idleb` for `Idlib`); on by default. */
  translit: boolean;
  /** Folded words that never match by transliteration key alone (`agree` is not `Ağrı`). */
  translitStop: ReadonlySet<string>;
  /** The same for the bulk lists' names (see AliasHit.strict). */
  translitStopBulk: ReadonlySet<string>;
  /** Each spelling's key -> the keys of all spellings of its group (`nameWordVariants`). */
  variants: ReadonlyMap<string, string[]>;
  /** Folded words never taken for a misspelt name word (`pending` is not `Pendik`). */
  fuzzyStop: ReadonlySet<string>;
  /** Endings that make a demonym of a name word (`Ossetian`): a word so made is no slip of the name. */
  demonymEndings: ReadonlySet<string>;
  /** First words of names by their one-letter deletions; built on first use (`fuzzyFirstKeys`). */
  fuzzyIndex: Map<string, string[]> | null;
  /** `fuzzyFirstKeys` answers by word: a text's vocabulary is far smaller than its tokens. */
  fuzzyCache: Map<string, string[]>;
  /** How the packs' articles fold; texts are tokenized with it, as the names were. */
  articles: ArticleFolding;
  /** Entries compiled at start-up; indexed lists' places follow them in `entries`. */
  eagerCount: number;
  /** First words of their names that may match with a slip (the misspelt-name search looks among these only). */
  eagerFirstKeys: string[];
  /** Words marked as starting no name (see MISSED), to unmark when there are too many. */
  missed: string[];
  /** Indexed lists whose places join `entries` as texts reach their names (see indexed.ts), each with offset -> entry index. */
  indexed: IndexedSource[];
}

/** Letters a word needs, in the text and in the name, before a slip in it is forgiven. */
export const FUZZY_MIN = 6;

/** Longest acronym treated as case-sensitive (`NATO` yes; longer all-caps names fold). */
const ACRONYM_MAX = 5;

export function aliasesOf(entry: LoadedEntry | GazetteerEntry): string[] {
  const names = [
    entry.name,
    ...(entry.aliases ?? []),
    ...(entry.generic_aliases ?? []),
    ...(entry.former_names ?? []).map((f) => f.name),
  ];
  return [...new Set(names.filter((n): n is string => typeof n === 'string' && n.trim() !== ''))];
}

/**
 * Compiles the gazetteer's first level only: each alias is tokenized and filed under the keys its
 * first word may take. What lies below a first word (the alias records and deeper words) is built
 * the first time a text reaches that word (`reach`), so start-up does not build, and the garbage
 * collector does not copy, a trie for the many names of a big gazetteer that a corpus never uses.
 * Lookup cost stays one hash probe per token and trie step.
 */
export function compileGazetteer(gazetteer: Gazetteer, options: { translit?: boolean } = {}): CompiledGazetteer {
  const root: TrieNode = newNode();
  const first = (root.next = new Map<string, TrieNode>());
  const articles = articleFolding(gazetteer.rules.articles, gazetteer.rules.freeArticles);
  const variants = variantTable(gazetteer.rules.nameWordVariants);
  const fingerprint = rulesFingerprint(gazetteer.rules);
  const indexed: IndexedSource[] = [];
  let entries = gazetteer.entries;
  for (const list of gazetteer.indexed ?? []) {
    // Keys made under other rules would miss names: such a list is compiled like any other.
    if (list.fingerprint === fingerprint) indexed.push({ list, taken: new Map(), offsets: new Map() });
    else entries = [...entries, ...allEntries(list)];
  }
  let aliasCount = 0;
  // First words of names that may match with a slip: the misspelt-name search looks among these only.
  const slipFirst = new Set<string>();
  entries.forEach((entry, index) => {
    const slip = slips(entry);
    for (const { alias, bare, firstKeys } of filedAliases(entry, articles, variants)) {
      for (const key of firstKeys) {
        let node = first.get(key);
        if (!node) first.set(key, (node = newNode()));
        pend(node, bare ? ~index : index, alias);
        if (slip) slipFirst.add(key);
      }
      if (!bare) aliasCount++;
    }
  });
  const translitStop = keySet(gazetteer.rules.translitStop);
  const fuzzyStop = keySet(gazetteer.rules.fuzzyStop);
  const translitStopBulk = keySet(gazetteer.rules.translitStopBulk ?? []);
  return {
    entries: entries === gazetteer.entries ? [...entries] : entries,
    root,
    aliasCount,
    gazetteer,
    translit: options.translit !== false,
    translitStop,
    translitStopBulk,
    variants,
    fuzzyStop,
    demonymEndings: new Set(gazetteer.rules.demonymEndings ?? []),
    fuzzyIndex: null,
    fuzzyCache: new Map(),
    articles,
    eagerCount: entries.length,
    eagerFirstKeys: [...slipFirst],
    missed: [],
    indexed,
  };
}

function pend(node: TrieNode, ref: number, alias: string): void {
  // An exact-size array for the first pair: `[]` then push reserves 17 slots.
  if (node.pending) node.pending.push(ref, alias);
  else node.pending = [ref, alias];
}

export interface FiledAlias {
  alias: string;
  /** The alias without its leading article (`Zabadani` for `Az Zabadani`): it takes no article paths. */
  bare: boolean;
  /** The keys its first word may take (variant spellings, article forms). */
  firstKeys: string[];
}

/**
 * An entry's names as the trie files them: each alias under the keys its first word may take, and a
 * town-like place's alias also without its leading Arabic article (`Az Zabadani`, `Ar-Raqqah` are
 * also written `Zabadani`, `Raqqa`). The build files indexed lists' names with it too.
 */
export function filedAliases(
  entry: LoadedEntry | GazetteerEntry,
  articles: ArticleFolding,
  variants: ReadonlyMap<string, string[]>,
): FiledAlias[] {
  const out: FiledAlias[] = [];
  const firstKeys = (tokens: readonly WordToken[], article: boolean) => [
    ...new Set(keyPaths(tokens, variants, article, articles).map((path) => path[0])),
  ];
  for (const alias of aliasesOf(entry)) {
    const tokens = tokenize(alias, 0, alias.length, false, articles);
    if (tokens.length === 0) continue;
    out.push({ alias, bare: false, firstKeys: firstKeys(tokens, isTownLike(entry)) });
    const rest = withoutArticle(alias, tokens, entry, articles);
    if (rest) {
      const restTokens = tokenize(rest, 0, rest.length, false, articles);
      if (restTokens.length > 0) out.push({ alias: rest, bare: true, firstKeys: firstKeys(restTokens, false) });
    }
  }
  return out;
}

/**
 * What the trie's keys depend on besides the names: the article forms and spelling variants of the
 * rules, and the tokenizer's keys (probed on words that exercise its transliteration). Indexed lists
 * record it, so that a run under other rules does not trust their keys.
 */
export function rulesFingerprint(rules: Rules): string {
  const probe = tokenize(FINGERPRINT_PROBE)
    .map((t) => t.tkey)
    .join(' ');
  const text = JSON.stringify([rules.articles, rules.freeArticles, rules.nameWordVariants, probe]);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36) + text.length.toString(36);
}

const FINGERPRINT_PROBE =
  "Qaryat ash-Shaykh Ḥasan Tell Kfar 'Ayn Mīrzā Dzhankoy Kharkiv Ţarţūs Çeşme Øresund Łódź Ðakovo";

/**
 * The trie node of a first word's key, or undefined if no alias starts with it. The first time a
 * node is reached, the aliases filed under it are compiled into records and their deeper words.
 * `indexed: false` leaves the indexed lists out (a caller that knows their names cannot match here).
 */
export function reach(compiled: CompiledGazetteer, key: string, indexed = true): TrieNode | undefined {
  let node = compiled.root.next!.get(key);
  if (node === MISSED) return undefined;
  if (indexed && compiled.indexed.length > 0 && node?.probed !== true) {
    node = probe(compiled, key, node);
    if (!node) missed(compiled, key);
  }
  if (node?.pending) grow(compiled, node, key);
  return node;
}

/**
 * The node that marks, among the first words, a word no name starts with, once the indexed lists
 * have been asked (a text repeats its words, and one hash lookup is cheaper than a probe).
 */
// Built by newNode, so that every node the matcher reads has one shape.
const MISSED: TrieNode = { ...newNode(), probed: true };

/** Marks a missed word; past MISSED_MAX of them the marks start over (a corpus's vocabulary is unbounded). */
function missed(compiled: CompiledGazetteer, key: string): void {
  const first = compiled.root.next!;
  if (compiled.missed.length >= MISSED_MAX) {
    for (const k of compiled.missed) if (first.get(k) === MISSED) first.delete(k);
    compiled.missed.length = 0;
  }
  first.set(key, MISSED);
  compiled.missed.push(key);
}

/** Words kept as known to start no indexed name; past this the set starts over (a corpus's vocabulary is unbounded). */
const MISSED_MAX = 1 << 16;

/**
 * Files under a first word's node the names of the indexed lists' places that start with it, parsing
 * those places (once each) into `entries`. A word no indexed name starts with leaves no node behind.
 */
function probe(compiled: CompiledGazetteer, key: string, node: TrieNode | undefined): TrieNode | undefined {
  for (const { list, taken, offsets } of compiled.indexed) {
    for (const offset of offsetsOf(list, key)) {
      let index = taken.get(offset);
      if (index === undefined) {
        index = compiled.entries.push(entryAt(list, offset)) - 1;
        taken.set(offset, index);
        offsets.set(index, offset);
      }
      if (!node) compiled.root.next!.set(key, (node = newNode()));
      for (const filed of filedAliases(compiled.entries[index], compiled.articles, compiled.variants))
        if (filed.firstKeys.includes(key)) pend(node, filed.bare ? ~index : index, filed.alias);
    }
  }
  if (node) node.probed = true;
  return node;
}

/**
 * Keys of first words of names one edit away from `tkey` (`kmaymim` -> `khmaymim`). The index
 * (symmetric deletion: each first word of FUZZY_MIN letters or more under itself and its one-letter
 * deletions) is built the first time a text needs it, so a run without a misspelt name never pays
 * for it; a lookup then costs one probe per letter of the word.
 */
export function fuzzyFirstKeys(compiled: CompiledGazetteer, tkey: string): string[] {
  const index = (compiled.fuzzyIndex ??= deletionIndex(
    compiled.eagerFirstKeys.filter((key) => key.length >= FUZZY_MIN),
  ));
  let found = compiled.fuzzyCache.get(tkey);
  if (!found) {
    found = wordsNear(index, tkey);
    if (compiled.fuzzyCache.size >= FUZZY_CACHE_MAX) compiled.fuzzyCache.clear();
    compiled.fuzzyCache.set(tkey, found);
  }
  return found;
}

/** A symmetric-deletion index of distinct words: each filed under itself and its one-letter deletions. */
export function deletionIndex(words: Iterable<string>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const word of words) {
    for (const d of [word, ...deletions(word)]) {
      const list = index.get(d);
      if (list) list.push(word);
      else index.set(d, [word]);
    }
  }
  return index;
}

/** The words of a deletion index one edit away from `word`: one probe per letter of it. */
export function wordsNear(index: ReadonlyMap<string, readonly string[]>, word: string): string[] {
  const out = new Set<string>();
  for (const d of [word, ...deletions(word)]) for (const w of index.get(d) ?? []) if (oneEditApart(w, word)) out.add(w);
  return [...out];
}

/** Words whose `fuzzyFirstKeys` are kept; past this the cache starts over (a corpus's vocabulary is unbounded). */
const FUZZY_CACHE_MAX = 1 << 16;

function grow(compiled: CompiledGazetteer, node: TrieNode, key: string): void {
  const pending = node.pending!;
  node.pending = null;
  for (let k = 0; k < pending.length; k += 2) {
    const ref = pending[k] as number;
    const alias = pending[k + 1] as string;
    const index = ref < 0 ? ~ref : ref;
    const entry = compiled.entries[index];
    const tokens = tokenize(alias, 0, alias.length, false, compiled.articles);
    const hit = compileAlias(alias, tokens, entry, index, rankOf(compiled, index));
    if (!node.lower && lowerFirst(hit, 1)) node.lower = true;
    if (!node.lowerTwo && lowerFirst(hit, 2)) node.lowerTwo = true;
    // An alias filed under several first keys (variant spellings) is compiled under each.
    for (const path of keyPaths(tokens, compiled.variants, ref >= 0 && isTownLike(entry), compiled.articles))
      if (path[0] === key) insert(node, path, 1, hit);
  }
}

/**
 * Whether an alias may match words whose first `n` are in lower case, as the matcher's case rules
 * allow: a lower-case alias, an exact one whose first words are, or a capitalized one with a capital
 * after them (`the Hague`, `al-Bab`; `To Lam` after `to`). An all-capitals one only if those words have
 * no letter.
 */
function lowerFirst(hit: AliasHit, n: number): boolean {
  switch (hit.rule) {
    case 'none':
      return true;
    case 'upper':
      return hit.keys.slice(0, n).every((k) => !/\p{L}/u.test(k));
    case 'exact':
      return hit.words === null || hit.words.slice(0, n).every((w) => !/^\p{Lu}/u.test(w));
    case 'cap':
      return hit.caps.some((c, k) => k >= n && c) || hit.caps.every((c) => !c);
  }
}

/** An entry's rank (see AliasHit): its index, or for an indexed list's place, past them all by list and byte offset. */
function rankOf(compiled: CompiledGazetteer, index: number): number {
  if (index < compiled.eagerCount) return index;
  const { file } = compiled.entries[index];
  const k = compiled.indexed.findIndex((s) => s.list.file === file);
  const offset = compiled.indexed[k].offsets.get(index)!;
  return compiled.eagerCount + k * 2 ** 32 + offset;
}

function newNode(): TrieNode {
  return {
    next: null,
    hits: null,
    pending: null,
    probed: false,
    lower: false,
    lowerTwo: false,
    loose: false,
    looseNext: undefined,
  };
}

/** Files `hit` at the end of `path`, from `path[from]` on below `node`. */
function insert(node: TrieNode, path: readonly string[], from: number, hit: AliasHit): void {
  if (hit.slip) node.loose = true;
  for (let k = from; k < path.length; k++) {
    node.next ??= new Map();
    let child = node.next.get(path[k]);
    if (!child) {
      child = newNode();
      node.next.set(path[k], child);
    }
    if (hit.slip) (node.looseNext ??= new Map()).set(path[k], child);
    node = child;
    if (hit.slip) node.loose = true;
  }
  // Most leaves hold one alias: an array of exactly one (`[]` then push reserves 17 slots).
  if (!node.hits) node.hits = [hit];
  else if (!node.hits.includes(hit)) node.hits.push(hit);
}

/** A first-level division of the world pack (it names its own division code). */
export const isDivision = (e: LoadedEntry) => e.precision === 'admin1';
/** A place of the bulk lists (GeoNames' populated places, divisions): it needs evidence to be taken (extract/places.ts). */
export const isBulk = (e: LoadedEntry) => e.type === 'place' && (e.generated === true || isDivision(e));

/** Places below the country level: their names take the Arabic article in its forms, or none. */
function isTownLike(entry: LoadedEntry | GazetteerEntry): boolean {
  return entry.type !== 'actor' && entry.category !== 'country';
}

/** Each spelling's key -> the keys of all spellings of its group. */
export function variantTable(groups: readonly string[]): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const group of groups) {
    const keys = [
      ...new Set(
        group
          .split(/\s+/)
          .filter(Boolean)
          .map((w) => tokenize(w)[0]?.tkey)
          .filter((k): k is string => k !== undefined),
      ),
    ];
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
function keyPaths(
  tokens: readonly WordToken[],
  variants: ReadonlyMap<string, string[]>,
  article: boolean,
  articles: ArticleFolding,
): string[][] {
  const plain = tokens.map((t) => t.tkey);
  const articled = article && tokens.length > 1 && articles.forms.has(tokens[0].key);
  if (!articled && !plain.some((k) => variants.has(k))) return [plain];
  let paths: string[][] = [[]];
  tokens.forEach((t, k) => {
    const options = new Set([t.tkey, ...(variants.get(t.tkey) ?? [])]);
    if (k === 0 && articled) options.add(articles.key);
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
function withoutArticle(
  alias: string,
  tokens: readonly WordToken[],
  entry: LoadedEntry | GazetteerEntry,
  articles: ArticleFolding,
): string | null {
  // A bulk list's name without its article is too often a word (`El Control`): its own spellings must say it.
  if (entry.generated === true || entry.precision === 'admin1') return null;
  if (!isTownLike(entry) || tokens.length < 2 || !articles.forms.has(tokens[0].key)) return null;
  const gap = alias.slice(tokens[0].end, tokens[1].start);
  if (!/^[\s\-‐‑]$/.test(gap)) return null;
  const rest = alias.slice(tokens[1].start);
  return rest.replace(/[^\p{L}]/gu, '').length >= MIN_WITHOUT_ARTICLE ? rest : null;
}

/** The record of an alias (of at least one word). */
function compileAlias(
  alias: string,
  tokens: readonly WordToken[],
  entry: LoadedEntry,
  index: number,
  rank: number,
): AliasHit {
  let rule: CaseRule;
  if (entry.requires === 'case') rule = 'exact';
  else if (
    tokens.every((t) => t.upper || !/\p{L}/u.test(alias.slice(t.start, t.end))) &&
    lettersIn(alias, tokens) <= ACRONYM_MAX &&
    tokens.some((t) => t.upper)
  )
    rule = 'upper';
  else if (tokens.some((t) => t.cap) || /\p{Lu}/u.test(alias)) rule = 'cap';
  else rule = 'none';
  const dotted = alias.includes('.');
  const dotGaps = dotted ? tokens.slice(1).map((t, i) => alias.slice(tokens[i].end, t.start).includes('.')) : null;
  return {
    entry: index,
    rank,
    alias,
    keys: tokens.map((t) => t.key),
    caps: capsOf(tokens),
    words: rule === 'exact' ? tokens.map((t) => alias.slice(t.start, t.end)) : null,
    dotGaps,
    possessives: tokens.some((t) => t.possessive) ? tokens.map((t) => t.possessive) : null,
    endsWithDot: dotted && alias.slice(tokens[tokens.length - 1].end).trim() === '.',
    rule,
    notBefore: wordSet(entry.not_before),
    notAfter: wordSet(entry.not_after),
    generic: entry.generic_aliases?.includes(alias) ?? false,
    strict: isBulk(entry),
    slip: slips(entry),
  };
}

/** Whether an entry's names may match with one slip (see AliasHit.slip). */
const slips = (e: LoadedEntry) => !isBulk(e) && e.category !== 'person' && e.category !== 'country';

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
  return words && words.length > 0 ? keySet(words) : null;
}

function lettersIn(alias: string, tokens: readonly WordToken[]): number {
  let n = 0;
  for (const t of tokens) n += alias.slice(t.start, t.end).replace(/[^\p{L}]/gu, '').length;
  return n;
}
