#!/usr/bin/env node
// Scores every development set of samples/eval.json and prints one table each (npm run eval).
// With --check, also exits 1 when a set falls below its floors.
import { fileURLToPath } from 'node:url';
import { evaluateSet, readEvalSets } from '../dist/evaluate.js';
import { prepareContext } from '../dist/run/process.js';
import { renderScore } from '../dist/score.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
const ctx = prepareContext({ gazetteer: [], kinds: null, explain: false });
let failed = false;
for (const set of readEvalSets(`${ROOT}samples/eval.json`)) {
  const { report, problems, misses } = await evaluateSet(set, ctx, ROOT);
  for (const p of problems) console.error(`eval: ${p.source}: ${p.message}`);
  process.stdout.write(renderScore(report, `${set.name} (${set.gold})`));
  if (check)
    for (const m of misses)
      console.error(`eval: ${set.name}: ${m.measure} ${m.value ?? 'missing'} is below its floor ${m.floor}`);
  if (problems.length > 0 || report.missing.length > 0 || (check && misses.length > 0)) failed = true;
}
process.exitCode = failed ? 1 : 0;
