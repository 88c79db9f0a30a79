/** A big document is written as a stream (two passes, block by block): the output must not change. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../src/gazetteer/load.js';
import { loadLexicon } from '../src/gazetteer/lexicon.js';
import { createContext, extractDocument, streamDocument } from '../src/pipeline.js';
import type { DocResult, Mention, SourceDoc } from '../src/types.js';
import { documentObject, jsonDocument, jsonlLine } from '../src/write/json.js';
import { renderDoc, renderStream, type RenderOptions } from '../src/write/render.js';

const ROOT = join(__dirname, '..');
const samples = fg
  .sync(['samples/*.txt', 'samples/dev2/*.txt'], { cwd: ROOT })
  .sort()
  .map((f) => readFileSync(join(ROOT, f), 'utf8'));
// About 1.5 MB: several blocks of sentences, and more than a thousand mentions and events.
const big: SourceDoc = {
  source: 'big.txt',
  text: Array.from({ length: 30 }, () => samples.join('\n\n')).join('\n\n'),
  date: { value: '2018-09-18', from: 'option' },
};
const ctx = createContext(loadGazetteer(), { lexicon: loadLexicon() });
const whole = extractDocument(big, ctx);

const both = (o: RenderOptions) => [
  renderDoc(whole, big.text, o).join(''),
  [...renderStream(streamDocument(big, ctx), big.text, o)].join(''),
];

describe('streamed documents', () => {
  it('is big enough to cross blocks and batches', () =>
    expect([whole.mentions.length > 2000, whole.events.length > 2000]).toEqual([true, true]));
  it('writes the same JSONL line', () => expect(new Set(both({ format: 'jsonl', report: 'mentions' })).size).toBe(1));
  it('writes the same JSON element', () => expect(new Set(both({ format: 'json', report: 'mentions' })).size).toBe(1));
  it('writes the same CSV mention rows', () =>
    expect(new Set(both({ format: 'csv', report: 'mentions' })).size).toBe(1));
  it('writes the same CSV event rows', () => expect(new Set(both({ format: 'csv', report: 'events' })).size).toBe(1));
  it('writes an empty document as an ordinary one', () => {
    const empty: SourceDoc = { source: 'e.txt', text: 'nothing here', date: null };
    const o: RenderOptions = { format: 'json', report: 'mentions' };
    expect([...renderStream(streamDocument(empty, ctx), empty.text, o)].join('')).toBe(
      renderDoc(extractDocument(empty, ctx), empty.text, o).join(''),
    );
  });
});

/**
 * V8's large-object size in UTF-16 units of a two-byte string (128 KB): output strings stay below it (see PIECE in
 * json.ts).
 */
const LARGE_STRING = 1 << 16;
const longest = (pieces: Iterable<string>) => Math.max(...[...pieces].map((p) => p.length));

describe('output pieces', () => {
  it('stay below the large-object size for a big document, in every format', () => {
    const formats: RenderOptions[] = [
      { format: 'jsonl', report: 'mentions' },
      { format: 'json', report: 'mentions' },
      { format: 'csv', report: 'mentions' },
      { format: 'csv', report: 'events' },
    ];
    expect(
      formats.map(
        (o) =>
          longest(renderDoc(whole, big.text, o)) < LARGE_STRING &&
          longest(renderStream(streamDocument(big, ctx), big.text, o)) < LARGE_STRING,
      ),
    ).toEqual([true, true, true, true]);
  });
  it('stay below it for indented JSON, which runs to twice the compact length', () => {
    // 240 mentions as this tool writes them: one JSONL string (some 38,000 characters), pieces as indented JSON.
    const mention = {
      kind: 'place',
      text: 'Jisr al-Shughur’s',
      start: 0,
      end: 17,
      sentence: 2,
      id: 'sy_jisr_al_shughur',
      name: 'Jisr al-Shughur',
      category: 'city',
      country: 'SY',
      lat: 35.8126,
      lon: 36.3178,
    };
    const doc = {
      source: 'mid.txt',
      date: null,
      mentions: Array.from({ length: 240 }, () => mention),
      events: [],
    } as unknown as DocResult;
    expect([jsonlLine(doc, '').length, longest(jsonDocument(doc, '')) < LARGE_STRING]).toEqual([1, true]);
  });
  it('split a batch of long elements and still join to the one-string JSON', () => {
    // Mentions of 2,000 characters each (real ones are names): a batch of 64 would be 130,000
    // characters of JSON. 300 of them make the document one to write in pieces.
    const mentions = Array.from(
      { length: 300 },
      (_, k) => ({ kind: 'actor', start: k, end: k + 1, text: `’${'x'.repeat(2000)}${k}` }) as unknown as Mention,
    );
    const doc = { source: 'long.txt', date: null, mentions, events: [] } as unknown as DocResult;
    const pieces = jsonlLine(doc, '');
    expect([longest(pieces) < LARGE_STRING, pieces.join('')]).toEqual([
      true,
      `${JSON.stringify(documentObject(doc, ''))}\n`,
    ]);
  });
});
