/**
 * Offset-keeping text folding. Text is cut into word tokens that keep their offsets into the
 * original string; each token carries a folded key (lower case, no diacritics, no apostrophes)
 * and a transliteration key that merges the usual romanization variants of Arabic, Turkish,
 * Kurdish and Persian names. Matching compares keys; offsets always point into the original.
 */

/** Apostrophes, quotes used as apostrophes, and ayn/hamza marks, as they appear inside words. */
export const APOSTROPHES = "'’‘`´ʼʿʾʻ";

/** Letters whose NFD form has no combining mark to strip. */
const SPECIAL_FOLDS: Record<string, string> = {
  ı: 'i',
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ħ: 'h',
};

const MARKS = /\p{M}/gu;
const SPECIAL = /[ıßøæœđðłþħ]/g;
const APOS_CLASS = new RegExp(`[${APOSTROPHES}]`, 'g');

/** Folds a word: lower case, diacritics and apostrophes removed (`Hay’at` -> `hayat`, `MİT` -> `mit`). */
export function fold(word: string): string {
  let s = word.toLowerCase();
  // Fast path: plain ASCII needs nothing else.
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0x7e || s.charCodeAt(i) === 0x27 || s.charCodeAt(i) === 0x60) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s;
  s = s
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(SPECIAL, (c) => SPECIAL_FOLDS[c] ?? c);
  return s.replace(APOS_CLASS, '');
}

/**
 * How articles fold (a language's data, from its pack's rules): each form before a hyphen, and the
 * free forms anywhere, take one key, so that `ash-Shughur` and `al-Shughur` match alike.
 */
export interface ArticleFolding {
  forms: ReadonlySet<string>;
  free: ReadonlySet<string>;
  /** The key they fold to (the first form listed); empty when there are none. */
  key: string;
}

export const NO_ARTICLES: ArticleFolding = { forms: new Set(), free: new Set(), key: '' };

export function articleFolding(forms: readonly string[], free: readonly string[]): ArticleFolding {
  const keys = (list: readonly string[]) => list.map((w) => fold(w)).filter(Boolean);
  const all = keys(forms);
  return all.length ? { forms: new Set(all), free: new Set(keys(free)), key: all[0] } : NO_ARTICLES;
}

const translitCache = new Map<string, string>();
/**
 * Entries per word cache; a full cache is emptied and fills again. A corpus's vocabulary keeps
 * growing (names, typos, numbers), so the caches are bounded: at this size both hold a few MB
 * (per pool worker), and a text's frequent words are back in them after a few documents.
 */
const CACHE_LIMIT = 20_000;

/**
 * A copy of `s` that does not keep the text it was cut from alive. V8 makes a slice of 13 or more
 * characters a view into its parent string, so a cached word would hold its whole document: on a
 * corpus with a growing vocabulary, the caches held thousands of documents and a pool worker ran
 * out of heap. Flattening a one-character concatenation and slicing it again copies the word.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}

/**
 * The transliteration key of a folded word. Conservative on purpose: only words of five or more
 * letters are rewritten, so short English words keep their own key.
 *  - ou, oo -> u; ee -> i; ei, ey, ai, ay -> ay (Sheikhoun = Shaykhun)
 *  - ch -> sh (French romanization: Cheikh = Sheikh); gh, g, q -> k (Ghasem = Qasem = Kasem,
 *    Shughur = Shugur)
 *  - doubled letters collapse (Maarrat = Marat), final -eh/-ah -> -a
 */
export function translit(key: string): string {
  if (key.length < 5) return key;
  let hit = translitCache.get(key);
  if (hit === undefined) {
    // Keys come from the word cache (see keysOf), already copies of their words.
    hit = translitOf(key);
    if (translitCache.size >= CACHE_LIMIT) translitCache.clear();
    translitCache.set(key, hit);
  }
  return hit;
}

/** `translit` without the cache. */
function translitOf(key: string): string {
  if (key.length < 5) return key;
  // One pass over the word: vowel digraphs, q -> k, doubled letters.
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const c = key[i];
    const n = key[i + 1];
    let emit: string;
    if ((c === 'o' && (n === 'u' || n === 'o')) || (c === 'e' && n === 'e')) {
      emit = c === 'e' ? 'i' : 'u';
      i++;
    } else if ((c === 'e' && (n === 'i' || n === 'y')) || (c === 'a' && n === 'i')) {
      emit = 'ay';
      i++;
    } else if ((c === 'c' || c === 'g') && n === 'h') {
      emit = c === 'c' ? 'sh' : 'k';
      i++;
    } else emit = c === 'q' || c === 'g' ? 'k' : c;
    // Doubled letters collapse (also across a rewrite: `qq` -> `k`).
    if (emit.length === 1 && out.length > 0 && out[out.length - 1] === emit && /[a-z]/.test(emit)) continue;
    out += emit;
  }
  if (out.length > 2 && out[out.length - 1] === 'h' && (out[out.length - 2] === 'a' || out[out.length - 2] === 'e'))
    out = `${out.slice(0, -2)}a`;
  // A word the rules leave alone keeps its key's string: tries and caches then hold one copy.
  if (out.length === 0 || out === key) return key;
  return out;
}

interface WordInfo {
  key: string;
  tkey: string;
  cap: boolean;
  upper: boolean;
}
const keyCache = new Map<string, WordInfo>();

/** Entries in the word caches now (for tests: they stay bounded whatever the vocabulary). */
export function wordCacheSizes(): { keys: number; translit: number } {
  return { keys: keyCache.size, translit: translitCache.size };
}

/** Whether a word starts with a capital, and whether all its letters are capitals (ASCII fast path). */
function caseShape(word: string): { cap: boolean; upper: boolean } {
  let hasUpper = false;
  let hasLower = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) hasUpper = true;
    else if (c >= 0x61 && c <= 0x7a) hasLower = true;
    else if (c > 0x7f) return { cap: UPPER.test(word[0]), upper: !LOWER.test(word) && UPPER.test(word) };
  }
  const f = word.charCodeAt(0);
  return { cap: f >= 0x41 && f <= 0x5a, upper: hasUpper && !hasLower };
}

/** Keys and case shape of a word (its transliteration key cached or not). */
function wordInfo(word: string, cached: boolean): WordInfo {
  const key = fold(word);
  const shape = caseShape(word);
  return { key, tkey: cached ? translit(key) : translitOf(key), cap: shape.cap, upper: shape.upper };
}

/** `wordInfo`, cached: a text's vocabulary is far smaller than its tokens. */
function keysOf(word: string): WordInfo {
  let hit = keyCache.get(word);
  if (hit === undefined) {
    // The keys made from a detached word are detached too.
    const own = detached(word);
    hit = wordInfo(own, true);
    if (keyCache.size >= CACHE_LIMIT) keyCache.clear();
    keyCache.set(own, hit);
  }
  return hit;
}

export interface WordToken {
  start: number;
  end: number;
  /** Folded key. */
  key: string;
  /** Transliteration key used for trie lookup. */
  tkey: string;
  /** First character upper case. */
  cap: boolean;
  /** Every letter upper case (and at least one letter). */
  upper: boolean;
  /** Followed by a possessive `'s` / `’s` (not part of the token). */
  possessive: boolean;
  /** Joined to the next token by a hyphen (`al-Sham`, `Turkish-backed`). */
  hyphenNext: boolean;
}

const HYPHENS = '-‐‑‒–';
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
/** Whether each BMP code unit is a word character: 0 not yet known, 1 yes, 2 no. */
const wordCharCache = new Uint8Array(0x10000);

/** Whether the code point is a letter, digit or combining mark (what `WORD` matches). */
function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c > 0xffff) return WORD_CHAR.test(String.fromCodePoint(c));
  let known = wordCharCache[c];
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    wordCharCache[c] = known;
  }
  return known === 1;
}

/**
 * String methods called through `call`: the tokenizer reads document texts, alias names and cue
 * phrases, strings of many representations (sequential, internalized, sliced, one- or two-byte),
 * and `text.charCodeAt(i)` on them had become a megamorphic property load per character. A call
 * of the method itself is inlined whatever the string.
 */
const { charCodeAt, codePointAt, slice } = String.prototype;

/** The end of the run of word characters at `i` (code points, so astral letters count). */
function wordRunEnd(text: string, i: number): number {
  while (i < text.length) {
    const c = codePointAt.call(text, i)!;
    if (!isWordCode(c)) break;
    i += c > 0xffff ? 2 : 1;
  }
  return i;
}

/**
 * The end of the word at `start` (a word character): runs of word characters joined by single
 * apostrophes (`Hay’at`), as `WORD` matches them.
 */
function wordEnd(text: string, start: number): number {
  let end = wordRunEnd(text, start);
  while (end + 1 < text.length && APOSTROPHES.includes(text[end]) && isWordCode(codePointAt.call(text, end + 1)!))
    end = wordRunEnd(text, end + 1);
  return end;
}

/** ASCII character classes for the tokenizer's fast path: 1 lower-case letter, 2 other word character (A-Z, 0-9). */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0x61; c <= 0x7a; c++) ASCII_CLASS[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) ASCII_CLASS[c] = 2;
for (let c = 0x30; c <= 0x39; c++) ASCII_CLASS[c] = 2;

/** Flags per BMP code unit: apostrophes and hyphens, looked up without hashing. */
const APOSTROPHE_FLAG = 1;
const HYPHEN_FLAG = 2;
const MARK_FLAGS = new Uint8Array(0x10000);
for (const c of APOSTROPHES) MARK_FLAGS[c.charCodeAt(0)] |= APOSTROPHE_FLAG;
for (const c of HYPHENS) MARK_FLAGS[c.charCodeAt(0)] |= HYPHEN_FLAG;
/** Whether the code unit at `i` is an apostrophe (false past the end). */
const isApostropheAt = (text: string, i: number) =>
  i < text.length && (MARK_FLAGS[charCodeAt.call(text, i)] & APOSTROPHE_FLAG) !== 0;
const isHyphenAt = (text: string, i: number) =>
  i < text.length && (MARK_FLAGS[charCodeAt.call(text, i)] & HYPHEN_FLAG) !== 0;

/**
 * Cuts `text[from, to)` into word tokens with offsets into `text`. Word keys are cached, as a text
 * repeats its words; `cached: false` is for names compiled once (a big gazetteer's words would only
 * crowd the cache).
 */
export function tokenize(
  text: string,
  from = 0,
  to = text.length,
  cached = true,
  articles: ArticleFolding = NO_ARTICLES,
): WordToken[] {
  const tokens: WordToken[] = [];
  const length = text.length;
  let i = from;
  while (i < to) {
    let c = charCodeAt.call(text, i);
    const start = i;
    let end: number;
    /** Only lower-case ASCII letters so far (a short such word is its own key). */
    let lower = true;
    if (c < 0x80) {
      const cls = ASCII_CLASS[c];
      if (cls === 0) {
        i++;
        continue;
      }
      // Fast path: a run of ASCII word characters, then the general scanner if the word goes on.
      end = i + 1;
      lower = cls === 1;
      while (end < length && (c = charCodeAt.call(text, end)) < 0x80 && ASCII_CLASS[c] !== 0) {
        if (ASCII_CLASS[c] !== 1) lower = false;
        end++;
      }
      if (end < length && (c >= 0x80 || (MARK_FLAGS[c] & APOSTROPHE_FLAG) !== 0)) {
        const longer = wordEnd(text, start);
        if (longer !== end) {
          end = longer;
          lower = false;
        }
      }
    } else {
      const cp = codePointAt.call(text, i)!;
      if (!isWordCode(cp)) {
        i += cp > 0xffff ? 2 : 1;
        continue;
      }
      end = wordEnd(text, start);
      lower = false;
    }
    i = end;
    // A word running past the end of the range belongs to the next one.
    if (end > to) break;
    // The word's last letters are read through `text` and offsets; it is sliced once, at its
    // final end.
    let possessive = false;
    const last = charCodeAt.call(text, end - 1);
    if (last === 0x73 || last === 0x53) {
      if (end - start > 2 && isApostropheAt(text, end - 2)) {
        end -= 2;
        possessive = true;
        lower = false;
      } else if (isApostropheAt(text, end) && !/\p{L}/u.test(text[end + 1] ?? '')) {
        // `the rebels’ positions`: a trailing apostrophe after -s closes a plural possessive.
        possessive = true;
      }
    }
    const word = slice.call(text, start, end);
    const hyphenNext = isHyphenAt(text, end) && /[\p{L}\p{N}]/u.test(text[end + 1] ?? '');
    if (lower && end - start < 5) {
      // A short word in plain lower-case ASCII (`the`, `of`, `said`) is its own key and
      // transliteration key (translit leaves words under five letters alone): no cache lookup.
      tokens.push({ start, end, key: word, tkey: word, cap: false, upper: false, possessive, hyphenNext });
    } else {
      const info = cached ? keysOf(word) : wordInfo(word, false);
      tokens.push({
        start,
        end,
        key: info.key,
        tkey: info.tkey,
        cap: info.cap,
        upper: info.upper,
        possessive,
        hyphenNext,
      });
    }
  }
  // Articles attached by a hyphen are normalized after the fact: `ash-Shughur` = `al-Shughur`.
  if (articles.key) {
    for (const t of tokens)
      if (articles.free.has(t.key) || (t.hyphenNext && articles.forms.has(t.key))) t.tkey = articles.key;
  }
  return tokens;
}

/** Whether two words are one edit apart: one letter inserted, deleted, replaced, or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length < b.length) [a, b] = [b, a];
  if (a.length - b.length > 1) return false;
  let i = 0;
  while (i < b.length && a[i] === b[i]) i++;
  if (a.length > b.length) return a.slice(i + 1) === b.slice(i);
  if (a.slice(i + 1) === b.slice(i + 1)) return true;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** The word with one letter left out, each way: the keys of a symmetric-delete spelling index. */
export function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++)
    if (i === 0 || word[i] !== word[i - 1]) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** The folded keys of a phrase's words (`village of` -> `village`, `of`): how rule lists meet tokens. */
export const wordKeys = (phrase: string): string[] => tokenize(phrase).map((t) => t.key);

/** The folded keys of every word of a list of words and phrases. */
export const keySet = (list: readonly string[]): Set<string> => new Set(list.flatMap(wordKeys));

/**
 * Phrases of a rule list by one of their words' keys (`keyOf`: the first by default), so that a
 * text's word finds the phrases it may start or end; `longestFirst` sorts each list by length,
 * for a longest match.
 */
export function indexPhrases<T extends { keys: readonly string[] }>(
  phrases: readonly T[],
  keyOf: (p: T) => string | undefined = (p) => p.keys[0],
  longestFirst = false,
): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const p of phrases) {
    const key = p.keys.length > 0 ? keyOf(p) : undefined;
    if (key === undefined) continue;
    const list = index.get(key);
    if (list) list.push(p);
    else index.set(key, [p]);
  }
  if (longestFirst) for (const list of index.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return index;
}
