#!/usr/bin/env node
// Scores every development set of samples/eval.json and prints one table each (npm run eval).
// With --check, also exits 1 when a set falls below its floors.
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { checkFloors, evaluate, readGold } from '../dist/evaluate.js';
import { prepareContext } from '../dist/run/process.js';
import { renderScore } from '../dist/score.js';

const check = process.argv.includes('--check');
const { sets } = JSON.parse(readFileSync(new URL('../samples/eval.json', import.meta.url), 'utf8'));
const ctx = prepareContext({ gazetteer: [], kinds: null, explain: false });
let failed = false;
for (const set of sets) {
  const { report, problems } = await evaluate(readGold(set.gold), fg.sync(set.docs).sort(), ctx);
  for (const p of problems) console.error(`eval: ${p.source}: ${p.message}`);
  process.stdout.write(renderScore(report, `${set.name} (${set.gold})`));
  const misses = check ? checkFloors(report, set.floors) : [];
  for (const m of misses)
    console.error(`eval: ${set.name}: ${m.measure} ${m.value ?? 'missing'} is below its floor ${m.floor}`);
  if (problems.length > 0 || misses.length > 0 || report.missing.length > 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
