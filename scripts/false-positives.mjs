#!/usr/bin/env node
// Counts what the bundled gazetteer finds in English text that has nothing to do with conflict
// (READMEs of well-known npm packages and long prose shipped in installed packages): every
// actor or place found there is a false positive. Usage: npm run build && node scripts/false-positives.mjs
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadGazetteer } from '../dist/gazetteer/load.js';
import { createContext, extractDocument } from '../dist/pipeline.js';

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..');
const pkgFile = (pkg, file) => join(ROOT, 'node_modules', pkg, file);
const texts = [
  ['commander README', pkgFile('commander', 'Readme.md')],
  ['fast-check README', pkgFile('fast-check', 'README.md')],
  ['compromise README', pkgFile('compromise', 'README.md')],
  ['compromise docs (long prose)', pkgFile('compromise', 'docs/llms-full.txt')],
  ['vitest README', pkgFile('vitest', 'README.md')],
  ['typescript README', pkgFile('typescript', 'README.md')],
  // The Rust book (HTML, tags stripped), where a Rust toolchain's docs are installed.
  [
    'The Rust Programming Language (book)',
    join(
      process.env.HOME ?? '/root',
      '.rustup/toolchains/stable-x86_64-unknown-linux-gnu/share/doc/rust/html/book/print.html',
    ),
  ],
].filter(([, f]) => existsSync(f));

const ctx = createContext(loadGazetteer(), { kinds: ['actor', 'place'] });
let total = 0;
let bytes = 0;
let words = 0;
for (const [label, file] of texts) {
  const raw = readFileSync(file, 'utf8');
  const text = file.endsWith('.html')
    ? raw
        .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&[a-z]+;/g, ' ')
    : raw;
  bytes += text.length;
  words += text.split(/\s+/).filter(Boolean).length;
  const found = extractDocument({ source: file, text, date: null }, ctx).mentions;
  total += found.length;
  const counts = new Map();
  for (const m of found) counts.set(`${m.text} -> ${m.name}`, (counts.get(`${m.text} -> ${m.name}`) ?? 0) + 1);
  console.log(`${label}: ${(text.length / 1024).toFixed(0)} KB, ${found.length} actor/place mentions`);
  for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${n}x ${k}`);
}
console.log(
  `total: ${total} mentions in ${(bytes / 1024).toFixed(0)} KB (${words} words) of non-conflict English: ${((total / words) * 10000).toFixed(2)} per 10,000 words`,
);
