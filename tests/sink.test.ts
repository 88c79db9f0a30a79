/** Output sinks: pieces are gathered into one buffer and written with few system calls, byte for byte. */
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicFileSink, stdoutSink } from '../src/write/sink.js';

const dir = mkdtempSync(join(tmpdir(), 'sink-'));
const utf8 = (s: string) => new TextEncoder().encode(s);
// Multi-byte text, bytes, an empty piece, and pieces bigger than the gathering buffer (128 KB).
const pieces = [
  'Hay’at Tahrir al-Şam, İdlib\n',
  utf8('Kafr Nabl — كفرنبل\n'),
  '',
  'x'.repeat(200_000),
  utf8('y'.repeat(300_000)),
  '”\n',
];
const expected = pieces.map((p) => (typeof p === 'string' ? p : new TextDecoder().decode(p))).join('');

describe('sinks', () => {
  it('write a file descriptor the pieces, joined, byte for byte', () => {
    const path = join(dir, 'fd.txt');
    const fd = openSync(path, 'w');
    const sink = stdoutSink(fd);
    sink.writeAll(pieces);
    sink.write('end\n');
    closeSync(fd);
    expect(readFileSync(path, 'utf8')).toBe(`${expected}end\n`);
  });
  it('write a file the pieces, joined, once committed', () => {
    const path = join(dir, 'atomic.txt');
    const sink = atomicFileSink(path);
    sink.writeAll(pieces);
    sink.commit();
    expect(readFileSync(path, 'utf8')).toBe(expected);
  });
});
