/** A big document is written as a stream (two passes, block by block): the output must not change. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../src/gazetteer/load.js';
import { loadLexicon } from '../src/gazetteer/lexicon.js';
import { createContext, extractDocument, streamDocument } from '../src/pipeline.js';
import type { SourceDoc } from '../src/types.js';
import { renderDoc, renderStream, type RenderOptions } from '../src/write/render.js';

const ROOT = join(__dirname, '..');
const samples = fg.sync(['samples/*.txt', 'samples/dev2/*.txt'], { cwd: ROOT }).sort().map((f) => readFileSync(join(ROOT, f), 'utf8'));
// About 1.5 MB: several blocks of sentences, and more than a thousand mentions and events.
const big: SourceDoc = { source: 'big.txt', text: Array.from({ length: 30 }, () => samples.join('\n\n')).join('\n\n'), date: { value: '2018-09-18', from: 'option' } };
const ctx = createContext(loadGazetteer(), { lexicon: loadLexicon() });
const whole = extractDocument(big, ctx);

const both = (o: RenderOptions) => [renderDoc(whole, big.text, o).join(''), [...renderStream(streamDocument(big, ctx), big.text, o)].join('')];

describe('streamed documents', () => {
  it('is big enough to cross blocks and batches', () => expect([whole.mentions.length > 2000, whole.events.length > 2000]).toEqual([true, true]));
  it('writes the same JSONL line', () => expect(new Set(both({ format: 'jsonl', report: 'mentions' })).size).toBe(1));
  it('writes the same JSON element', () => expect(new Set(both({ format: 'json', report: 'mentions' })).size).toBe(1));
  it('writes the same CSV mention rows', () => expect(new Set(both({ format: 'csv', report: 'mentions' })).size).toBe(1));
  it('writes the same CSV event rows', () => expect(new Set(both({ format: 'csv', report: 'events' })).size).toBe(1));
  it('writes an empty document as an ordinary one', () => {
    const empty: SourceDoc = { source: 'e.txt', text: 'nothing here', date: null };
    const o: RenderOptions = { format: 'json', report: 'mentions' };
    expect([...renderStream(streamDocument(empty, ctx), empty.text, o)].join('')).toBe(renderDoc(extractDocument(empty, ctx), empty.text, o).join(''));
  });
});
