import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, sentenceAt, splitSentences } from '../src/segment.js';

const spans = (text: string, abbr: string[] = ['jan', 'mt']) =>
  splitSentences(text, new Set(abbr)).map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  it('splits at full stops before a capital', () =>
    expect(spans('HTS left. Turkey stayed.')).toEqual(['HTS left.', 'Turkey stayed.']));
  it('splits at line breaks (headings without full stops)', () =>
    expect(spans('The battle of Idlib\n\nTurkey acts.')).toEqual(['The battle of Idlib', 'Turkey acts.']));
  it('keeps abbreviations', () =>
    expect(spans('On Jan. 20 Turkey began. Mt. Bafliyun fell.')).toEqual([
      'On Jan. 20 Turkey began.',
      'Mt. Bafliyun fell.',
    ]));
  it('keeps initials and dotted acronyms', () =>
    expect(spans('The U.S. Army left. Then J. Smith spoke.')).toEqual(['The U.S. Army left.', 'Then J. Smith spoke.']));
  it('handles closing quotes', () =>
    expect(spans('He said “no.” Then left.')).toEqual(['He said “no.”', 'Then left.']));
  it('handles no-break spaces and CRLF', () =>
    expect(spans('One.\u00a0Two.\r\nThree')).toEqual(['One.', 'Two.', 'Three']));
  it('does not split before lower case', () =>
    expect(spans('about 3 p.m. yesterday')).toEqual(['about 3 p.m. yesterday']));
  it('finds the sentence of an offset', () => {
    const s = splitSentences('A b. C d.', new Set());
    expect([sentenceAt(s, 0), sentenceAt(s, 5), sentenceAt(s, 4)]).toEqual([0, 1, 0]);
  });
  it('cuts an endless line at clause marks into bounded pieces', () => {
    const line = 'Turkey warned HTS near Idlib, '.repeat(1000);
    const pieces = spans(line);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.length <= MAX_SENTENCE && p.endsWith(','))).toBe(true);
    expect(pieces.join(' ')).toBe(line.trim());
  });
  it('cuts a line without spaces without splitting a surrogate pair', () => {
    const line = '😀'.repeat(MAX_SENTENCE);
    expect(spans(line).every((p) => !/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(p))).toBe(true);
  });
});
