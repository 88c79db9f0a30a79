/**
 * The quality gate: every development set of samples/eval.json stays above its floors (npm run eval shows the tables).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFloors, evaluateSet, readEvalSets } from '../src/evaluate.js';
import { prepareContext } from '../src/run/process.js';
import type { ScoreReport } from '../src/score.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const sets = readEvalSets(join(ROOT, 'samples', 'eval.json'));

describe('quality floors', () => {
  const ctx = prepareContext({ gazetteer: [], kinds: null, explain: false });
  it.each(sets.map((s) => [s.name, s] as const))('%s stays above its floors', async (_, set) => {
    const { report, problems, gold, misses } = await evaluateSet(set, ctx, ROOT);
    expect(problems).toEqual([]);
    expect([report.documents, report.missing]).toEqual([gold.length, []]);
    expect(Object.keys(set.floors).length).toBeGreaterThanOrEqual(5);
    expect(misses).toEqual([]);
  });
});

describe('checkFloors', () => {
  const report = { kinds: { actor: { f1: 0.8 } }, coordinates: { accuracy: 0.5 } } as unknown as ScoreReport;
  it('passes a measure at or above its floor', () =>
    expect(checkFloors(report, { 'kinds.actor.f1': 0.8, 'coordinates.accuracy': 0.4 })).toEqual([]));
  it('reports a measure below its floor', () =>
    expect(checkFloors(report, { 'kinds.actor.f1': 0.81 })).toEqual([
      { measure: 'kinds.actor.f1', floor: 0.81, value: 0.8 },
    ]));
  it('reports a floor that names no measure', () =>
    expect(checkFloors(report, { 'kinds.actr.f1': 0.1, kinds: 0.1 })).toEqual([
      { measure: 'kinds.actr.f1', floor: 0.1, value: null },
      { measure: 'kinds', floor: 0.1, value: null },
    ]));
});
