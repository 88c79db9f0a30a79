/**
 * Scans word tokens against the compiled gazetteer trie: leftmost-longest matching, one hash
 * probe per step. Each match records the alias and the rule that matched it:
 * `exact` (same characters), `folded` (case, diacritics, apostrophes, hyphens), `translit`
 * (transliteration key only), and in a second scan of the words left over, `fuzzy` (one word one
 * edit away).
 */
import type { WordToken } from '../fold.js';
import {
  FUZZY_MIN,
  fuzzyFirstKeys,
  reach,
  type AliasHit,
  type CompiledGazetteer,
  type TrieNode,
} from '../gazetteer/compile.js';
import { oneEditApart } from '../fold.js';
import type { LoadedEntry } from '../types.js';

export type MatchRule = 'exact' | 'folded' | 'translit' | 'fuzzy';

export interface NameMatch {
  start: number;
  end: number;
  /** Token range [first, last]. */
  first: number;
  last: number;
  entry: LoadedEntry;
  hit: AliasHit;
  rule: MatchRule;
  /** Other entries the same words name just as well (homonyms: two villages called `Al Karamah`). */
  alternatives?: LoadedEntry[];
  /** How the resolver chose among places (see extract/places.ts), for `--explain`. */
  evidence?: PlaceEvidence;
}

export interface PlaceEvidence {
  score: number;
  because: string[];
  runner_up?: string;
  runner_up_score?: number;
}

const GAP = /^[\s\u00a0\-‐‑‒–]{1,3}$/;
const DOT_GAP = /^\.[\s\u00a0]?$/;
const POSSESSIVE_GAP = /^['’‘`ʼ][sS][\s\u00a0]{1,2}$/;
const MARKS = /\p{M}/gu;

/** Leftmost-longest matches of names that start at tokens `from` to `to` - 1 (all of them by default). */
export function findNames(
  text: string,
  tokens: readonly WordToken[],
  compiled: CompiledGazetteer,
  from = 0,
  to = tokens.length,
): NameMatch[] {
  const matches: NameMatch[] = [];
  let i = from;
  while (i < to) {
    const found = longestAt(text, tokens, i, compiled);
    if (found) {
      matches.push(found);
      i = found.last + 1;
    } else i++;
  }
  return matches;
}

function longestAt(
  text: string,
  tokens: readonly WordToken[],
  i: number,
  compiled: CompiledGazetteer,
): NameMatch | null {
  // An indexed (bulk) name needs one of its words capitalized in the text: a lower-case word starts
  // one only before a capitalized word (`the Hague`, `al-Fashir`).
  let node = reach(compiled, tokens[i].tkey, tokens[i].cap || tokens[i + 1]?.cap === true);
  // Most first words of a world of names are ordinary words (`to`, `in`, `forces`) whose names need a
  // capital: in lower case, the walk stops unless a name could still match.
  if (node && !tokens[i].cap && (node.lower !== true || (node.lowerTwo !== true && tokens[i + 1]?.cap !== true)))
    return null;
  let j = i;
  let best: NameMatch | null = null;
  while (node) {
    if (node.hits) {
      const chosen = choose(text, tokens, i, j, node.hits, compiled);
      if (chosen) best = matchOf(text, tokens, i, j, chosen, chosen.rule, compiled);
    }
    if (j + 1 >= tokens.length || node.next === null) break;
    const next = node.next.get(tokens[j + 1].tkey);
    if (!next) break;
    if (!joined(text, tokens, j)) break;
    node = next;
    j++;
  }
  return best;
}

/**
 * Whether the gap after token j may join two words of a name. A possessive joins words only inside
 * an alias that has it, and a full stop only where the alias has one (`U.S.`): both checked in choose().
 */
function joined(text: string, tokens: readonly WordToken[], j: number): boolean {
  const gap = text.slice(tokens[j].end, tokens[j + 1].start);
  return tokens[j].possessive ? POSSESSIVE_GAP.test(gap) : GAP.test(gap) || DOT_GAP.test(gap);
}

/**
 * Names written with one slip (`Kmeimim` for `Khmeimim`, `Jisr al-Sughur`), among the words no
 * other mention covers: exactly one word of the name is one edit away from the text's word, that
 * word is capitalized in the text, has FUZZY_MIN letters or more and is no common English word
 * (`fuzzyStop`), and the name has seven letters or more. Persons are left out, their names differ
 * by a letter from each other's, and so are countries, a letter from their demonyms (`Syrian`).
 * The caller decides whether the document supports the match.
 */
export function findFuzzyNames(
  text: string,
  tokens: readonly WordToken[],
  compiled: CompiledGazetteer,
  covered: readonly boolean[],
): NameMatch[] {
  const matches: NameMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !tokens[i].cap) continue;
    let best: NameMatch | null = null;
    // The slip may come later in the name only if a later word could carry it.
    const exact = slipAhead(tokens, i, covered, compiled) ? reach(compiled, tokens[i].tkey) : undefined;
    if (exact?.loose) best = fuzzyWalk(text, tokens, i, i, exact, false, compiled, covered, best);
    if (forgivable(tokens[i], compiled)) {
      for (const key of fuzzyFirstKeys(compiled, tokens[i].tkey)) {
        if (demonymOf(tokens[i].tkey, key, compiled)) continue;
        const node = reach(compiled, key);
        if (node?.loose) best = fuzzyWalk(text, tokens, i, i, node, true, compiled, covered, best);
      }
    }
    if (best) {
      matches.push(best);
      i = best.last;
    }
  }
  return matches;
}

/** Longest run of words after the first that a slip in a name is looked for in. */
const SLIP_REACH = 4;

function slipAhead(
  tokens: readonly WordToken[],
  i: number,
  covered: readonly boolean[],
  compiled: CompiledGazetteer,
): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + SLIP_REACH && !covered[k]; k++)
    if (forgivable(tokens[k], compiled)) return true;
  return false;
}

/** A text word that may carry the one slip. */
function forgivable(t: WordToken, compiled: CompiledGazetteer): boolean {
  return t.cap && t.key.length >= FUZZY_MIN && !compiled.fuzzyStop.has(t.key) && !compiled.translitStop.has(t.key);
}

/**
 * Walks the trie from `node` (words i..j matched, `slipped` once one of them was forgiven); returns the longer of
 * `best` and what it finds.
 */
function fuzzyWalk(
  text: string,
  tokens: readonly WordToken[],
  i: number,
  j: number,
  node: TrieNode,
  slipped: boolean,
  compiled: CompiledGazetteer,
  covered: readonly boolean[],
  best: NameMatch | null,
): NameMatch | null {
  for (;;) {
    if (slipped && node.hits && (!best || j > best.last))
      best = fuzzyMatch(text, tokens, i, j, node.hits, compiled) ?? best;
    const loose = node.looseNext;
    if (j + 1 >= tokens.length || covered[j + 1] || !loose || !joined(text, tokens, j)) return best;
    const t = tokens[j + 1];
    if (!slipped && forgivable(t, compiled)) {
      for (const key of nearKeys(loose, t.tkey)) {
        if (!demonymOf(t.tkey, key, compiled))
          best = fuzzyWalk(text, tokens, i, j + 1, loose.get(key)!, true, compiled, covered, best);
      }
    }
    const next = loose.get(t.tkey);
    if (!next) return best;
    node = next;
    j++;
  }
}

/** The text's word is the name's word with a demonym's ending (`ossetian` of `ossetia`): no slip. */
function demonymOf(word: string, key: string, compiled: CompiledGazetteer): boolean {
  return word.startsWith(key) && compiled.demonymEndings.has(word.slice(key.length));
}

/** Above this many next words, `nearKeys` probes spellings of the word instead of reading every next word. */
const SCAN_MAX = 64;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The keys among `next` one edit from `tkey` (and of FUZZY_MIN letters or more). */
function nearKeys(next: ReadonlyMap<string, unknown>, tkey: string): string[] {
  const out: string[] = [];
  if (next.size <= SCAN_MAX) {
    for (const key of next.keys()) if (key.length >= FUZZY_MIN && oneEditApart(key, tkey)) out.push(key);
    return out;
  }
  const seen = new Set<string>();
  const probe = (key: string) => {
    if (key.length >= FUZZY_MIN && key !== tkey && !seen.has(key) && next.has(key)) out.push(key);
    seen.add(key);
  };
  for (let i = 0; i <= tkey.length; i++) {
    const head = tkey.slice(0, i);
    const tail = tkey.slice(i);
    if (i < tkey.length) probe(head + tail.slice(1));
    if (i + 1 < tkey.length) probe(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of LETTERS) {
      probe(head + c + tail);
      if (i < tkey.length) probe(head + c + tail.slice(1));
    }
  }
  return out;
}

function fuzzyMatch(
  text: string,
  tokens: readonly WordToken[],
  i: number,
  j: number,
  hits: readonly AliasHit[],
  compiled: CompiledGazetteer,
): NameMatch | null {
  let letters = 0;
  for (let k = i; k <= j; k++) letters += tokens[k].key.length;
  if (letters < 7) return null;
  // Countries are left to their exact names too: a demonym is one letter from one (`Syrian`, `Syria`).
  const allowed = hits.filter((h) => h.slip);
  if (allowed.length === 0) return null;
  const chosen = choose(text, tokens, i, j, allowed, compiled);
  return chosen ? matchOf(text, tokens, i, j, chosen, 'fuzzy', compiled) : null;
}

/** The match of words i..j by the chosen alias (with its full stop, when the alias ends with one: `U.S.`). */
function matchOf(
  text: string,
  tokens: readonly WordToken[],
  i: number,
  j: number,
  chosen: { hit: AliasHit; others?: number[] },
  rule: MatchRule,
  compiled: CompiledGazetteer,
): NameMatch {
  let end = tokens[j].end;
  if (chosen.hit.endsWithDot && text[end] === '.') end++;
  const entry = compiled.entries[chosen.hit.entry];
  const m: NameMatch = { start: tokens[i].start, end, first: i, last: j, entry, hit: chosen.hit, rule };
  if (chosen.others) m.alternatives = chosen.others.map((k) => compiled.entries[k]);
  return m;
}

/** Among the aliases ending at token j, the best one that the text's case and spelling allow. */
function choose(
  text: string,
  tokens: readonly WordToken[],
  i: number,
  j: number,
  hits: readonly AliasHit[],
  compiled: CompiledGazetteer,
): { hit: AliasHit; rule: MatchRule; others?: number[] } | null {
  let best: { hit: AliasHit; rule: MatchRule; others?: number[] } | null = null;
  // One rule per hit, computed once: a bulk name (`San José`) may have a hundred places.
  const rules = hits.length > 1 ? new Array<MatchRule | null>(hits.length) : null;
  // A bulk name's places share its spelling and case rule (`Washington`: 38 places), and so its answer.
  let last: AliasHit | null = null;
  let lastRule: MatchRule | null = null;
  hits.forEach((hit, k) => {
    const rule = last !== null && sameBulkAlias(hit, last) ? lastRule : ruleFor(text, tokens, i, j, hit, compiled);
    if (hit.strict) {
      last = hit;
      lastRule = rule;
    }
    if (rules) rules[k] = rule;
    if (rule !== null && (!best || better(rule, hit, best))) best = { hit, rule };
  });
  // Homonyms: other entries the words name just as well (only where a node has several aliases).
  const chosen = best as { hit: AliasHit; rule: MatchRule; others?: number[] } | null;
  if (chosen && rules) {
    const seen = new Set<number>([chosen.hit.entry]);
    let others: number[] | undefined;
    hits.forEach((hit, k) => {
      const rule = rules[k];
      if (rule === null || seen.has(hit.entry) || score(rule) !== score(chosen.rule)) return;
      seen.add(hit.entry);
      (others ??= []).push(hit.entry);
    });
    if (others) chosen.others = others;
  }
  return chosen;
}

/**
 * Whether two bulk aliases match any words alike: the same spelling under the same case rule, with
 * no condition of their entries' (bulk names have none: see compileAlias).
 */
const sameBulkAlias = (a: AliasHit, b: AliasHit) =>
  a.strict &&
  a.alias === b.alias &&
  a.rule === b.rule &&
  a.notBefore === null &&
  a.notAfter === null &&
  !a.generic &&
  b.notBefore === null &&
  b.notAfter === null &&
  !b.generic;

/**
 * How an alias matches words i..j (`exact`, `folded`, `translit`), or null when the text's case, spelling or context
 * rule it out.
 */
function ruleFor(
  text: string,
  tokens: readonly WordToken[],
  i: number,
  j: number,
  hit: AliasHit,
  compiled: CompiledGazetteer,
): MatchRule | null {
  if (!gapsAllowed(text, tokens, i, hit) || !possessivesAllowed(tokens, i, hit)) return null;
  let folded = true;
  for (let k = 0; k < hit.keys.length; k++) {
    if (tokens[i + k].key !== hit.keys[k]) {
      folded = false;
      break;
    }
  }
  if (
    (!folded && !translitAllowed(tokens, i, j, compiled, hit.strict)) ||
    !caseAllowed(text, tokens, i, hit, folded) ||
    !contextAllowed(tokens, i, j, hit)
  )
    return null;
  return !folded ? 'translit' : text.slice(tokens[i].start, tokens[j].end) === hit.alias ? 'exact' : 'folded';
}

/** Exact and folded matches outrank transliteration-only ones. */
const score = (r: MatchRule) => (r === 'translit' ? 0 : 1);

function better(rule: MatchRule, hit: AliasHit, than: { hit: AliasHit; rule: MatchRule }): boolean {
  if (score(rule) !== score(than.rule)) return score(rule) > score(than.rule);
  return hit.rank > than.hit.rank;
}

/** Inner words must be possessive exactly where the alias's are (`People's Protection Units`). */
function possessivesAllowed(tokens: readonly WordToken[], i: number, hit: AliasHit): boolean {
  const n = hit.keys.length;
  for (let k = 0; k < n - 1; k++) if (tokens[i + k].possessive !== (hit.possessives?.[k] ?? false)) return false;
  return true;
}

function gapsAllowed(text: string, tokens: readonly WordToken[], i: number, hit: AliasHit): boolean {
  if (!hit.dotGaps) {
    // No full stop may join the words of an alias that has none.
    for (let k = 0; k + 1 < hit.keys.length; k++)
      if (text.slice(tokens[i + k].end, tokens[i + k + 1].start).includes('.')) return false;
    return true;
  }
  for (let k = 0; k < hit.dotGaps.length; k++) {
    const gap = text.slice(tokens[i + k].end, tokens[i + k + 1].start);
    if (gap.includes('.') !== hit.dotGaps[k]) return false;
  }
  return true;
}

function caseAllowed(text: string, tokens: readonly WordToken[], i: number, hit: AliasHit, folded: boolean): boolean {
  const n = hit.keys.length;
  switch (hit.rule) {
    case 'upper':
      for (let k = 0; k < n; k++)
        if (!tokens[i + k].upper && /\p{L}/u.test(text.slice(tokens[i + k].start, tokens[i + k].end))) return false;
      // A two-letter acronym amid capitals is a word of a shouted line (`PROVIDED "AS IS" AND`).
      return !(
        n === 1 &&
        tokens[i].end - tokens[i].start === 2 &&
        shouted(text, tokens[i - 1]) &&
        shouted(text, tokens[i + 1])
      );
    case 'exact':
      for (let k = 0; k < n; k++) {
        const t = tokens[i + k];
        if (stripMarks(text.slice(t.start, t.end)) !== stripMarks(hit.words![k])) return false;
      }
      return true;
    case 'cap':
      for (let k = 0; k < n; k++) if (hit.caps[k] && tokens[i + k].cap) return true;
      return false;
    case 'none':
      // A lower-case alias matches any case, but a transliteration-only match needs a capital.
      if (folded) return true;
      for (let k = 0; k < n; k++) if (tokens[i + k].cap) return true;
      return false;
  }
}

/**
 * Whether words i..j may match by transliteration key alone: the key is on and none is a common English word it would
 * misread.
 */
function translitAllowed(
  tokens: readonly WordToken[],
  i: number,
  j: number,
  compiled: CompiledGazetteer,
  bulk = false,
): boolean {
  if (!compiled.translit) return false;
  for (let k = i; k <= j; k++) {
    if (compiled.translitStop.has(tokens[k].key)) return false;
    if (bulk && compiled.translitStopBulk.has(tokens[k].key)) return false;
  }
  return true;
}

/** An entry's `not_before` / `not_after` words rule a match out (`MIT license`). */
function contextAllowed(tokens: readonly WordToken[], i: number, j: number, hit: AliasHit): boolean {
  if (hit.notBefore && j + 1 < tokens.length && hit.notBefore.has(tokens[j + 1].key)) return false;
  if (hit.notAfter && i > 0 && hit.notAfter.has(tokens[i - 1].key)) return false;
  return true;
}

/** A word written in capitals throughout (`THE`, `IS`), as in a shouted line or a licence. */
function shouted(text: string, t: WordToken | undefined): boolean {
  return t !== undefined && t.upper && t.end - t.start >= 2 && /^\p{L}+$/u.test(text.slice(t.start, t.end));
}

function stripMarks(s: string): string {
  return s.normalize('NFD').replace(MARKS, '');
}
