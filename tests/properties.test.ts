/** Property-based tests: arbitrary Unicode text with gazetteer names embedded at random. */
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { APOSTROPHES, tokenize } from '../src/fold.js';
import { extractDocument } from '../src/pipeline.js';
import { mentionRows } from '../src/write/csv.js';
import { jsonlLine } from '../src/write/json.js';
import { fixtureContext } from './helpers.js';

const NAMES = [
  'Idlib',
  'HTS',
  'Hay’at Tahrir el-Sham',
  'Turkey’s',
  'MİT',
  'Erdoğan',
  'U.S.',
  'Jisr ash-Shoughour',
  'yesterday',
  'Sept 8',
  '7 September 2018',
  'Friday',
];
const NASTY = [
  '\u00a0',
  '\r\n',
  '\r',
  '\u2028',
  '😀',
  'e\u0301',
  'İ',
  'ı',
  '’',
  '\uFEFF',
  '\u200b',
  '=',
  '@',
  '-',
  '\t',
  '"',
  ',',
  '\0',
  '\uD800',
];

const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom(...NAMES),
  fc.constantFrom(...NASTY),
  fc.constantFrom(' ', '. ', '\n', ', '),
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

const run = (t: string) =>
  extractDocument({ source: 'p.txt', text: t, date: { value: '2018-09-07', from: 'option' } }, fixtureContext());

/** The word pattern the tokenizer's hand-written scanner implements. */
const WORD = new RegExp(`[\\p{L}\\p{N}\\p{M}]+(?:[${APOSTROPHES}][\\p{L}\\p{N}\\p{M}]+)*`, 'gu');

describe('properties', () => {
  it('cuts words where the word pattern does (a possessive -s aside)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const expected = [...t.matchAll(WORD)].map((m) => m.index);
        expect(tokenize(t).map((tok) => tok.start)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws, and every offset slices to its text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = run(t);
        for (const m of doc.mentions) expect(t.slice(m.start, m.end)).toBe(m.text);
        for (const e of doc.events) expect(t.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
      }),
      { numRuns: 400 },
    );
  });
  it('never overlaps mentions of one kind', () => {
    fc.assert(
      fc.property(text, (t) => {
        const ms = run(t).mentions;
        for (const kind of ['date', 'name']) {
          const list = ms
            .filter((m) => (kind === 'date' ? m.kind === 'date' : m.kind !== 'date'))
            .sort((a, b) => a.start - b.start);
          for (let i = 1; i < list.length; i++) expect(list[i].start).toBeGreaterThanOrEqual(list[i - 1].end);
        }
      }),
      { numRuns: 300 },
    );
  });
  it('writes JSON that parses and CSV that parses back to the same cells', () => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = run(t);
        const parsed = JSON.parse(jsonlLine(doc, t).join(''));
        expect(parsed.mentions.length).toBe(doc.mentions.length);
        const rows = parse(mentionRows(doc, t).join(''), { relax_column_count: false }) as string[][];
        expect(rows.length).toBe(doc.mentions.length);
        rows.forEach((row, i) => {
          const m = doc.mentions[i];
          expect(row[6].replace(/^'(?=[=+\-@\t\r＝＋－＠])/, '')).toBe(m.text);
          expect(Number(row[3])).toBe(m.start);
        });
      }),
      { numRuns: 300 },
    );
  });
  it('gives the same bytes twice', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(jsonlLine(run(t), t).join('')).toBe(jsonlLine(run(t), t).join(''));
      }),
      { numRuns: 200 },
    );
  });
});
