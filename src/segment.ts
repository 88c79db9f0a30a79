/**
 * Sentence segmentation with offsets into the original text. Real posts break headings and
 * captions onto their own lines without full stops, so every line break ends a sentence; inside a
 * line, `.`, `!` or `?` (with closing quotes) ends one when the next word starts a new sentence
 * and the word before is not a known abbreviation (`U.S.`, `Jan.`, `Mt.`) or an initial.
 */
import type { Sentence } from './types.js';

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\v\f\u0085]/g;
/** End punctuation, closing quotes/brackets, then whitespace, then a sentence-opening character. */
const END = /[.!?…]+["”’'»)\]]*(?=[\s\u00a0]+["“‘'«(\[]?[\p{Lu}\p{N}])/gu;
/**
 * No real sentence is this long; a longer run of text (a scraped page with no full stops, a
 * 20 MB single line) is cut into pieces of at most this many characters, at a clause boundary
 * (`;`, `,`, `:`) or else at whitespace, so that linking work per sentence stays bounded.
 */
export const MAX_SENTENCE = 1000;

export function splitSentences(text: string, abbreviations: ReadonlySet<string> = new Set()): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    while (end - start > MAX_SENTENCE) {
      const cut = cutPoint(text, start, start + MAX_SENTENCE);
      push(start, cut);
      start = cut;
      while (start < end && /\s/.test(text[start])) start++;
    }
    if (end > start) sentences.push({ index: sentences.length, start, end });
  };
  let lineStart = 0;
  const splitLine = (from: number, to: number): void => {
    const line = text.slice(from, to);
    let start = 0;
    END.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = END.exec(line)) !== null) {
      const punctEnd = m.index + m[0].length;
      if (m[0].startsWith('.') && isAbbreviation(line.slice(Math.max(start, m.index - 24), m.index + 1), abbreviations))
        continue;
      push(from + start, from + punctEnd);
      start = punctEnd;
    }
    push(from + start, to);
  };
  LINE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINE_BREAK.exec(text)) !== null) {
    splitLine(lineStart, m.index);
    lineStart = m.index + m[0].length;
  }
  splitLine(lineStart, text.length);
  return sentences;
}

/**
 * Where to cut an over-long sentence before `limit`: after the last clause mark followed by a space, else at the last
 * space, else at `limit` (never inside a surrogate pair).
 */
function cutPoint(text: string, start: number, limit: number): number {
  const floor = start + (MAX_SENTENCE >> 1);
  let space = -1;
  for (let i = limit; i > floor; i--) {
    if (!/\s/.test(text[i])) continue;
    if (/[;,:]/.test(text[i - 1])) return i;
    if (space < 0) space = i;
  }
  if (space > 0) return space;
  const code = text.charCodeAt(limit);
  return code >= 0xdc00 && code <= 0xdfff ? limit - 1 : limit;
}

const LETTER = /\p{L}/u;

function isAbbreviation(before: string, abbreviations: ReadonlySet<string>): boolean {
  // The run of letters and dots that ends with the full stop, without that stop (`U.S.` -> `U.S`).
  let i = before.length - 1;
  while (i > 0 && (before[i - 1] === '.' || LETTER.test(before[i - 1]))) i--;
  if (i >= before.length - 1) return false;
  const word = before.slice(i, before.length - 1);
  // Initials and dotted acronyms: `J.`, `U.S.`, `U.N.`
  if (/^(\p{Lu}\.)*\p{Lu}$/u.test(word)) return true;
  return abbreviations.has(word.toLowerCase().replace(/\.$/, ''));
}

/**
 * Position in `sentences` of the sentence containing offset `pos` (binary search); between sentences, the one before.
 */
export function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  // Between sentences (whitespace): attach to the preceding one.
  return Math.max(0, hi);
}
