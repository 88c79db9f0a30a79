/**
 * Evaluation as a library call: read documents, extract, and score them against a gold file (the
 * `score` command), and compare the scores with quality floors (the eval gate of the test suite).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import fg from 'fast-glob';
import { UsageError, parseJsonFile } from './errors.js';
import { extractDocument, type Context } from './pipeline.js';
import { NO_STDIN, readDocuments, type InputProblem } from './input/read.js';
import { parseGold, score, type GoldDoc, type ScoreReport } from './score.js';
import type { DocResult } from './types.js';

export function readGold(file: string): GoldDoc[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(
      `${file}: cannot read gold file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
  return parseGold(file, parseJsonFile(file, text));
}

export interface Evaluation {
  report: ScoreReport;
  /** Inputs that could not be read; the report leaves them out. */
  problems: InputProblem[];
}

/** Scores the documents named by `inputs` (files, folders, or `-` for `stdin`) against `gold`. */
export async function evaluate(
  gold: readonly GoldDoc[],
  inputs: readonly string[],
  ctx: Context,
  stdin: NodeJS.ReadableStream = NO_STDIN,
): Promise<Evaluation> {
  const { docs, problems } = await readDocuments(inputs, stdin);
  const results = new Map<string, DocResult>();
  for (const doc of docs) results.set(basename(doc.source), extractDocument(doc, ctx));
  return { report: score(gold, results, ctx.compiled.articles), problems };
}

/**
 * Quality floors: measure -> lowest acceptable value. A measure is a dotted path into the score
 * report (`kinds.place.f1`, `events.typed.f1`, `coordinates.accuracy`).
 */
export type Floors = Record<string, number>;

export interface FloorMiss {
  measure: string;
  floor: number;
  /** The measured value, or null when the path names no number in the report. */
  value: number | null;
}

export function checkFloors(report: ScoreReport, floors: Floors): FloorMiss[] {
  const misses: FloorMiss[] = [];
  for (const [measure, floor] of Object.entries(floors)) {
    let node: unknown = report;
    for (const key of measure.split('.'))
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    const value = typeof node === 'number' ? node : null;
    if (value === null || value < floor) misses.push({ measure, floor, value });
  }
  return misses;
}

/** A development set of samples/eval.json: its gold file, its documents (globs) and its floors, paths from the root. */
export interface EvalSet {
  name: string;
  gold: string;
  docs: string[];
  floors: Floors;
}

/** The sets of an eval file (`{"sets": [...]}`). */
export function readEvalSets(file: string): EvalSet[] {
  const data = parseJsonFile(file, readFileSync(file, 'utf8')) as { sets?: unknown };
  if (!Array.isArray(data?.sets)) throw new UsageError(`${file}: expected {"sets": [...]}`);
  return data.sets as EvalSet[];
}

/** Scores one set, its paths taken from `root`, and compares it with its floors. */
export async function evaluateSet(
  set: EvalSet,
  ctx: Context,
  root: string,
): Promise<Evaluation & { gold: GoldDoc[]; misses: FloorMiss[] }> {
  const gold = readGold(join(root, set.gold));
  const docs = fg.sync(set.docs, { cwd: root, absolute: true }).sort();
  const evaluation = await evaluate(gold, docs, ctx);
  return { ...evaluation, gold, misses: checkFloors(evaluation.report, set.floors) };
}
