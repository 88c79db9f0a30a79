#!/usr/bin/env node
// What the transliteration key adds: scores the development corpus with the key off and on, with
// the bundled lists as they are and with the curated lists cut to one spelling alias per entry (plus
// acronyms), as a user's first list would be. Usage: npm run build && node scripts/translit-ablation.mjs
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '../dist/gazetteer/load.js';
import { bundledPacks, packDir } from '../dist/gazetteer/packs.js';
import { createContext, extractDocument } from '../dist/pipeline.js';
import { loadDocument } from '../dist/input/read.js';
import { parseGold, score } from '../dist/score.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SETS = [
  ['seed', join(ROOT, 'samples')],
  ['dev2', join(ROOT, 'samples', 'dev2')],
];

/** A copy of the levant pack whose curated entries keep acronyms and one other alias. */
function oneAliasCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'extract-one-alias-'));
  cpSync(packDir('levant'), dir, { recursive: true });
  let removed = 0;
  for (const f of ['actors.json', 'places.json']) {
    const data = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    for (const e of data.entries) {
      const aliases = e.aliases ?? [];
      const acronyms = aliases.filter((a) => a === a.toUpperCase());
      const others = aliases.filter((a) => a !== a.toUpperCase());
      removed += Math.max(0, others.length - 1);
      e.aliases = [...acronyms, ...others.slice(0, 1)];
    }
    writeFileSync(join(dir, f), JSON.stringify(data));
  }
  return { dir, removed };
}

async function run(gazetteer, translit, setDir) {
  const ctx = createContext(gazetteer, { translit, unknown: false });
  const gold = parseGold(join(setDir, 'gold.json'), JSON.parse(readFileSync(join(setDir, 'gold.json'), 'utf8')));
  const results = new Map();
  for (const f of readdirSync(setDir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const loaded = await loadDocument(join(setDir, f), process.stdin);
    if ('doc' in loaded) results.set(f, extractDocument(loaded.doc, ctx));
  }
  return score(gold, results);
}

const copy = oneAliasCopy();
try {
  const lists = [
    ['bundled lists', loadGazetteer()],
    [
      `one alias per curated entry (${copy.removed} aliases removed)`,
      loadGazetteer([copy.dir], {
        packs: bundledPacks()
          .map((p) => p.manifest.name)
          .filter((n) => n !== 'levant'),
      }),
    ],
  ];
  const f = (x) => x.toFixed(3);
  console.log('| lists | set | key | mention P / R / F1 | place F1 | alias F1 | coordinates |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [label, g] of lists) {
    for (const [name, dir] of SETS) {
      for (const translit of [false, true]) {
        const r = await run(g, translit, dir);
        console.log(
          `| ${label} | ${name} | ${translit ? 'on' : 'off'} | ${f(r.mentions.precision)} / ${f(r.mentions.recall)} / ${f(r.mentions.f1)} | ${f(r.kinds.place.f1)} | ${f(r.aliases.f1)} | ${f(r.coordinates.accuracy)} |`,
        );
      }
    }
  }
} finally {
  rmSync(copy.dir, { recursive: true, force: true });
}
