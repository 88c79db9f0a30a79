import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { decode, documentDate, loadDocument } from '../src/input/read.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('document date', () => {
  it('prefers --date', () =>
    expect(documentDate('2018-09-18-x.txt', '2020-01-02')).toEqual({ value: '2020-01-02', from: 'option' }));
  it('reads a file-name prefix', () =>
    expect(documentDate('posts/2018-09-18-free-idlib.txt')).toEqual({ value: '2018-09-18', from: 'filename' }));
  it('ignores an impossible file-name date', () => expect(documentDate('2018-02-31-x.txt')).toBeNull());
  it('leaves a date line in the text to the pipeline', () => expect(documentDate('post.txt')).toBeNull());
});

describe('decoding', () => {
  it('drops a UTF-8 BOM', () => expect(decode(enc('\uFEFFIdlib'))).toEqual({ text: 'Idlib' }));
  it('decodes UTF-16 LE with BOM', () =>
    expect(decode(new Uint8Array([0xff, 0xfe, 0x49, 0x00, 0x64, 0x00]))).toEqual({ text: 'Id' }));
  it('refuses binary data', () =>
    expect(decode(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]))).toEqual({ error: 'not a text file' }));
  it('decodes invalid UTF-8 with a warning naming the byte', () => {
    const r = decode(new Uint8Array([0x41, 0x42, 0xff, 0x43]));
    expect(r).toEqual({ text: 'AB\uFFFDC', warning: expect.stringMatching(/byte 2/) });
  });
});

describe('loadDocument failures', () => {
  const none = Readable.from([]);
  const problem = async (source: string) => {
    const loaded = await loadDocument(source, none);
    return 'message' in loaded ? loaded.message : 'loaded';
  };
  it('names a folder', async () => expect(await problem(mkdtempSync(join(tmpdir(), 'read-')))).toBe('is a directory'));
  it('names a missing file', async () =>
    expect(await problem(join(tmpdir(), 'no-such-file-here.txt'))).toBe('no such file'));
  it('loads a file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'read-')), 'post.txt');
    writeFileSync(file, 'Russia struck Idlib.');
    expect(await problem(file)).toBe('loaded');
  });
});
