#!/usr/bin/env node
// npm run bench: throughput and memory of extract against compromise and the machine's scan limit.
// Builds a corpus of >= 20 MB from samples/ (many files plus one big file) in a temporary folder,
// then prints one table. A script, not a test: CI does not run it.
import { spawn } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  createReadStream,
  linkSync,
  mkdtempSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import nlp from 'compromise';
import { compileGazetteer } from '../dist/gazetteer/compile.js';
import { loadGazetteer, readBundledList } from '../dist/gazetteer/load.js';
import { formatList } from './build-gazetteer.mjs';
import { loadLexicon } from '../dist/gazetteer/lexicon.js';
import { createContext } from '../dist/pipeline.js';
import { processOne } from '../dist/run/process.js';
import { NO_STDIN } from '../dist/input/read.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_MB = Number(process.env.BENCH_MB ?? 20);
/** Each in-process measurement is run this many times and the fastest run reported (the machine's speed drifts). */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/**
 * The CLI runs (--jobs 1 and 2) go over the many-files corpus this many times over (hard links), so that start-up
 * weighs as little as on a real corpus run.
 */
const CLI_COPIES = Number(process.env.BENCH_CLI_COPIES ?? 5);
/** Rounds of the CLI runs; the fastest of each is reported. */
const CLI_ROUNDS = Number(process.env.BENCH_CLI_ROUNDS ?? 3);
/**
 * The memory bounds: a corpus of SCALE_FILES files, SCALE_MB in all, and one file of BIG_FILE_MB,
 * each run through the CLI with its default --jobs. BENCH_SCALE=0 skips them (they take minutes).
 */
const SCALE = process.env.BENCH_SCALE !== '0';
const SCALE_FILES = Number(process.env.BENCH_SCALE_FILES ?? 100_000);
const SCALE_MB = Number(process.env.BENCH_SCALE_MB ?? 1024);
const BIG_FILE_MB = Number(process.env.BENCH_BIG_FILE_MB ?? 100);
const MB = 1024 * 1024;
const CLI = join(ROOT, 'bin', 'extract.js');
/** What the CLI's default --jobs is here. */
const defaultJobs = availableParallelism();
const RSS_PRELOAD = pathToFileURL(join(ROOT, 'scripts', 'bench-rss.mjs')).href;

function sampleTexts() {
  const dirs = [join(ROOT, 'samples'), join(ROOT, 'samples', 'dev2')];
  return dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({ name: f, text: readFileSync(join(d, f), 'utf8') })),
  );
}

/** One file of at least `mb` MB: the sample posts one after another, a blank line between them. Returns its size. */
function writeBigFile(path, samples, mb) {
  const parts = [];
  let bytes = 0;
  for (let k = 0; bytes < mb * MB; k++) {
    const t = samples[k % samples.length].text;
    parts.push(t);
    bytes += Buffer.byteLength(t) + 2;
  }
  const text = parts.join('\n\n');
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

function buildCorpus(samples) {
  const dir = mkdtempSync(join(tmpdir(), 'extract-bench-'));
  const many = join(dir, 'many');
  mkdirSync(many);
  let bytes = 0;
  let i = 0;
  while (bytes < TARGET_MB * MB) {
    const s = samples[i % samples.length];
    const name = `${s.name.slice(0, 10)}-copy${String(i).padStart(6, '0')}.txt`;
    writeFileSync(join(many, name), s.text);
    bytes += Buffer.byteLength(s.text);
    i++;
  }
  const big = join(dir, 'big.txt');
  const bigBytes = writeBigFile(big, samples, TARGET_MB);
  // The CLI's corpus: the same files CLI_COPIES times, as hard links in subfolders.
  const cli = join(dir, 'cli');
  for (let k = 0; k < CLI_COPIES; k++) {
    const sub = join(cli, `part${k}`);
    mkdirSync(sub, { recursive: true });
    for (const f of readdirSync(many)) {
      try {
        linkSync(join(many, f), join(sub, f));
      } catch {
        copyFileSync(join(many, f), join(sub, f));
      }
    }
  }
  return { dir, many, big, files: i, bytes, bigBytes, cli };
}

const now = () => performance.now();

const fastestRun = (runs) => runs.reduce((a, b) => (b.ms < a.ms ? b : a));

/** Turns per in-process round (see main). */
const SLICES = Number(process.env.BENCH_SLICES ?? 20);
/** The k-th of SLICES parts of `list`. */
const sliceOf = (list, k) =>
  list.slice(Math.floor((k * list.length) / SLICES), Math.floor(((k + 1) * list.length) / SLICES));
/** Measurements of parts as one measurement of the whole. */
const sumRuns = (parts) =>
  parts.reduce((a, b) => ({ ms: a.ms + b.ms, bytes: a.bytes + b.bytes, docs: a.docs + b.docs }));

function timeIt(fn) {
  const t0 = now();
  const out = fn();
  return { ms: now() - t0, out };
}

const JOB = { gazetteer: [], kinds: null, explain: false, date: '2018-09-18', render: { format: 'jsonl' } };

/**
 * The whole pipeline over files, as the CLI runs it in one thread (read, decode, document date,
 * extract, JSONL; a document over 4 M characters streamed), the output to a null sink.
 */
async function runExtract(ctx, paths) {
  let sink = 0;
  const t0 = now();
  for (const p of paths) {
    const outcome = await processOne(p, ctx, JOB, NO_STDIN);
    if (!outcome.ok) throw new Error(`${p}: ${outcome.message}`);
    for (const piece of outcome.chunk) sink += piece.length;
  }
  const ms = now() - t0;
  return { ms, bytes: bytesOf(paths), docs: paths.length, sink };
}

const sizes = new Map();
/** The size of files in bytes, looked up outside the timed loops. */
function bytesOf(paths) {
  let n = 0;
  for (const p of paths) {
    if (!sizes.has(p)) sizes.set(p, statSync(p).size);
    n += sizes.get(p);
  }
  return n;
}

/** The limit: read + Unicode tokenize + one Map lookup per token. */
function runLimit(paths, table) {
  let hits = 0;
  const word = /[\p{L}\p{N}]+/gu;
  const t0 = now();
  for (const p of paths) {
    const text = readFileSync(p, 'utf8');
    for (const m of text.matchAll(word)) if (table.has(m[0].toLowerCase())) hits++;
  }
  return { ms: now() - t0, bytes: bytesOf(paths), docs: paths.length, hits };
}

function runCompromise(paths) {
  let n = 0;
  const t0 = now();
  for (const p of paths) {
    const text = readFileSync(p, 'utf8');
    const doc = nlp(text);
    n += doc.people().length + doc.places().length + doc.organizations().length;
  }
  return { ms: now() - t0, bytes: bytesOf(paths), docs: paths.length, n };
}

async function fileDigest(path) {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk);
  return hash.digest('hex');
}

const rate = (r) => ({ mbs: r.bytes / MB / (r.ms / 1000), dps: r.docs / (r.ms / 1000) });

const SYLLABLES = ['ka', 'ri', 'mo', 'sha', 'tel', 'dor', 'vin', 'qu', 'zel', 'bar', 'nek', 'lu', 'fa', 'gor'];

/** A made-up capitalized name of four syllables, picked by `x`. */
function madeUpName(x) {
  let w = '';
  for (let s = 0; s < 4; s++) {
    w += SYLLABLES[x % SYLLABLES.length];
    x = Math.floor(x / SYLLABLES.length) + s;
  }
  return w[0].toUpperCase() + w.slice(1);
}

function syntheticEntries(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const cap = madeUpName(i + 7);
    out.push({
      id: `synthetic_${i}`,
      name: `${cap} ${i.toString(36)}`,
      aliases: [`${cap}-${i.toString(36)}x`],
      category: 'village',
      country: 'SY',
      lat: 35,
      lon: 37,
      type: 'place',
      file: 'synthetic',
    });
  }
  return out;
}

/**
 * One CLI run, JSONL to `out` (a file, or null for /dev/null): its time, and its peak RSS and CPU
 * time, which the run reports itself at exit (scripts/bench-rss.mjs, preloaded).
 */
function runCli(args, out, what) {
  return new Promise((resolve, reject) => {
    const fd = out ? openSync(out, 'w') : 'ignore';
    const t0 = now();
    let child;
    try {
      child = spawn(
        process.execPath,
        ['--import', RSS_PRELOAD, CLI, ...args, '--format', 'jsonl', '--quiet', '--date', '2018-09-18'],
        { stdio: ['ignore', fd, 'pipe', 'pipe'] },
      );
    } finally {
      if (out) closeSync(fd);
    }
    let stderr = '';
    let usage = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdio[3].on('data', (d) => (usage += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = now() - t0;
      const [rssKB, cpuUs] = usage.trim().split(' ').map(Number);
      if (code === 0) resolve({ ms, rssMB: rssKB / 1024, cpuMs: cpuUs / 1000 });
      else reject(new Error(`${what} failed (exit code ${code}): ${stderr}`));
    });
  });
}

/**
 * Made-up capitalized words: each file of the scale corpus brings new ones, so the vocabulary keeps growing as in a
 * real archive.
 */
function madeUpWords(seed, n) {
  return Array.from({ length: n }, (_, k) => madeUpName(seed * 131 + k * 7919) + (seed * n + k).toString(36));
}

/**
 * The memory bounds: SCALE_FILES files of SCALE_MB in all (sample posts, each file with 40 new
 * made-up names), then one BIG_FILE_MB file; each through the CLI with its default --jobs,
 * JSONL to /dev/null.
 */
async function memoryScale(dir, samples) {
  const root = join(dir, 'scale');
  const perFile = Math.round((SCALE_MB * MB) / SCALE_FILES);
  console.error(`building ${SCALE_FILES} files of about ${fmt(perFile / 1024, 1)} KB (${SCALE_MB} MB) ...`);
  let bytes = 0;
  let k = 0;
  for (let i = 0; i < SCALE_FILES; i++) {
    // 1,000 files per folder, as archives are kept.
    const sub = join(root, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const parts = [madeUpWords(i, 40).join(' ') + '.'];
    let size = Buffer.byteLength(parts[0]);
    while (size < perFile) {
      const t = samples[k++ % samples.length].text;
      const piece = t.slice(0, perFile - size);
      parts.push(piece);
      size += Buffer.byteLength(piece) + 2;
    }
    const text = parts.join('\n\n');
    writeFileSync(join(sub, `post${String(i).padStart(6, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  console.error(`extract over the ${SCALE_FILES} files (default --jobs) ...`);
  const many = await runCli([root], null, `extract over ${SCALE_FILES} files`);
  // The same with one thread: the speed-up of the default --jobs on a corpus-scale run, where each
  // worker's start-up and JIT warm-up (seconds of compiling per thread) weigh less than on 100 MB.
  console.error(`extract over the ${SCALE_FILES} files with --jobs 1 ...`);
  const manyOne = await runCli([root, '--jobs', '1'], null, `extract --jobs 1 over ${SCALE_FILES} files`);
  rmSync(root, { recursive: true, force: true });
  const big = join(dir, 'big100.txt');
  const bigBytes = writeBigFile(big, samples, BIG_FILE_MB);
  console.error(`extract over one ${BIG_FILE_MB} MB file ...`);
  const one = await runCli([big], null, `extract over one ${BIG_FILE_MB} MB file`);
  rmSync(big);
  return {
    many: { ...many, bytes, docs: SCALE_FILES },
    manyOne: { ...manyOne, bytes, docs: SCALE_FILES },
    one: { ...one, bytes: bigBytes, docs: 1 },
  };
}

const fmt = (x, d = 2) => x.toFixed(d);

/** The packs of a run without the world pack: what the world's cost is measured against. */
const LEVANT_ONLY = ['levant'];
/** What the start-up rows measured, for the targets. */
const startup = { firstByteMs: NaN, rssMB: NaN };

/** Runs of each start-up measurement; the fastest is reported (the machine's speed drifts). */
const STARTUP_RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 7);
const SYNTHETIC_PLACES = 200_000;

/** Milliseconds from spawning the CLI on one small file to the first byte of its output. */
function firstByteMs(args) {
  return new Promise((resolve, reject) => {
    const t0 = now();
    let first = 0;
    const child = spawn(process.execPath, [CLI, ...args, '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.on('data', () => (first ||= now() - t0));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(first) : reject(new Error(`start-up run failed: ${stderr}`))));
  });
}

/**
 * Start-up to the first output byte for one small file, and the gazetteer's load and compile, with
 * the bundled packs and with a synthetic pack of SYNTHETIC_PLACES places more: read as a user's
 * folder (fully checked at load, as user packs are) on the command line, and read as a bundled
 * pack is (an integrity check only) in process.
 */
async function startupRows(dir) {
  const small = join(dir, 'small.txt');
  writeFileSync(small, 'Turkish troops entered Idlib on Monday, Erdoğan said.\n');
  const pack = join(dir, 'synthetic-pack');
  mkdirSync(pack, { recursive: true });
  const places = syntheticEntries(SYNTHETIC_PLACES).map(({ type, file, ...e }) => e);
  writeFileSync(join(pack, 'places-synthetic.json'), formatList(places));
  const fastest = async (args) => {
    let best = Infinity;
    for (let r = 0; r < STARTUP_RUNS; r++) best = Math.min(best, await firstByteMs(args));
    return best;
  };
  console.error('start-up: one small file, bundled packs, the Levant packs only, and + a synthetic pack ...');
  const bundled = await fastest([small]);
  const levant = await fastest([small, '--packs', LEVANT_ONLY.join(',')]);
  const rss = await runCli([small], null, 'extract on one small file');
  const rssLevant = await runCli([small, '--packs', LEVANT_ONLY.join(',')], null, 'extract on one small file');
  const withPack = await fastest([small, '-g', pack]);
  const load = timeIt(() => loadGazetteer());
  const compile = timeIt(() => compileGazetteer(load.out));
  const loadBig = timeIt(() => [...load.out.entries, ...readBundledList(join(pack, 'places-synthetic.json'), 'place')]);
  const compileBig = timeIt(() => compileGazetteer({ ...load.out, entries: loadBig.out }));
  startup.firstByteMs = bundled;
  startup.rssMB = rss.rssMB;
  return [
    `start-up to the first output byte, one small file (fastest of ${STARTUP_RUNS}): bundled packs ${fmt(bundled, 0)} ms (peak RSS ${fmt(rss.rssMB, 0)} MB); Levant packs only (--packs ${LEVANT_ONLY.join(',')}) ${fmt(levant, 0)} ms (${fmt(rssLevant.rssMB, 0)} MB); + a user pack of ${SYNTHETIC_PLACES.toLocaleString('en')} places ${fmt(withPack, 0)} ms`,
    `gazetteer in process: bundled packs load ${fmt(load.ms, 0)} ms + compile ${fmt(compile.ms, 0)} ms (${load.out.entries.length} entries); + ${SYNTHETIC_PLACES.toLocaleString('en')} places read as a bundled pack ${fmt(loadBig.ms, 0)} ms + compile ${fmt(compileBig.ms, 0)} ms`,
  ];
}

async function main() {
  // Start-up first, on a machine not yet busy with the rest; BENCH_ONLY=startup stops after it.
  const startupDir = mkdtempSync(join(tmpdir(), 'extract-startup-'));
  try {
    for (const line of await startupRows(startupDir)) console.log(line);
  } finally {
    rmSync(startupDir, { recursive: true, force: true });
  }
  if (process.env.BENCH_ONLY === 'startup') return;
  console.error(`building a corpus of ${TARGET_MB} MB from samples/ ...`);
  const samples = sampleTexts();
  const corpus = buildCorpus(samples);
  const paths = readdirSync(corpus.many)
    .sort()
    .map((f) => join(corpus.many, f));
  try {
    const gaz = loadGazetteer();
    const lexicon = loadLexicon();
    const compile = timeIt(() => compileGazetteer(gaz));
    const ctx = createContext(gaz, { lexicon });
    const ctxLevant = createContext(loadGazetteer([], { packs: LEVANT_ONLY }), { lexicon });
    // Gazetteer scale: 100,000 synthetic entries more, compiled while the process is fresh, as a
    // run compiles at start-up.
    const bigGaz = { ...gaz, entries: [...gaz.entries, ...syntheticEntries(100_000)] };
    const compileBig = timeIt(() => compileGazetteer(bigGaz));
    const ctxBig = createContext(bigGaz, { lexicon });
    const vocab = new Map();
    for (const e of gaz.entries)
      for (const a of [e.name, ...(e.aliases ?? [])]) vocab.set(String(a).toLowerCase(), e.id);
    // compromise is slow, so it reads 1% of the files: every hundredth, so that each sample post is
    // in it as often as in the whole corpus (the files sort by post: the first 1% were all copies of
    // one post).
    const step = Math.max(1, Math.floor(paths.length / Math.max(20, Math.ceil(paths.length / 100))));
    const subset = paths.filter((_, k) => k % step === 0);
    bytesOf([...paths, corpus.big]);
    // Warm-up, then measure.
    await runExtract(ctx, paths.slice(0, 200));
    await runExtract(ctxLevant, paths.slice(0, 200));
    await runExtract(ctxBig, paths.slice(0, 200));
    runLimit(paths.slice(0, 200), vocab);
    runCompromise(subset.slice(0, 5));
    // Each round runs everything the ratios compare, interleaved in SLICES turns (each measurement
    // over its k-th part of the files in turn k), so that a slow spell of the machine falls on all of
    // them alike: whole passes one after another (3 s of extract, then 1 s of compromise) had
    // caught a spell on some and not others (the limit at 14.6 instead of 22-24 MB/s in one run).
    const runs = { many: [], manyLevant: [], manyBig: [], limit: [], comp: [] };
    for (let r = 0; r < ROUNDS; r++) {
      console.error(`in-process round ${r + 1} of ${ROUNDS} ...`);
      const round = { many: [], manyLevant: [], manyBig: [], limit: [], comp: [] };
      for (let k = 0; k < SLICES; k++) {
        const part = sliceOf(paths, k);
        round.many.push(await runExtract(ctx, part));
        round.manyLevant.push(await runExtract(ctxLevant, part));
        round.manyBig.push(await runExtract(ctxBig, part));
        round.limit.push(runLimit(part, vocab));
        round.comp.push(runCompromise(sliceOf(subset, k)));
      }
      for (const key of Object.keys(runs)) runs[key].push(sumRuns(round[key]));
    }
    const [many, manyLevant, manyBig, limit, comp] = [
      runs.many,
      runs.manyLevant,
      runs.manyBig,
      runs.limit,
      runs.comp,
    ].map(fastestRun);
    /** extract's rate over compromise's in each round, to show how far the ratio moves between rounds. */
    const roundRatios = runs.many.map((run, r) => rate(run).mbs / rate(runs.comp[r]).mbs);
    const bigRuns = [];
    for (let r = 0; r < ROUNDS; r++) bigRuns.push(await runExtract(ctx, [corpus.big]));
    const big = fastestRun(bigRuns);
    // Parallel: the CLI with --jobs 1 and --jobs 2 over the many-files corpus CLI_COPIES times over,
    // JSONL written to a file (as `extract ... > out.jsonl`), so that no reader process competes
    // for the cores.
    const jobs = async (n) => {
      const out = join(corpus.dir, `jobs${n}.jsonl`);
      const run = await runCli([corpus.cli, '--jobs', String(n)], out, `extract --jobs ${n}`);
      const digest = await fileDigest(out);
      rmSync(out);
      return { ...run, bytes: corpus.bytes * CLI_COPIES, docs: corpus.files * CLI_COPIES, digest };
    };
    // What the machine allows: the same work as two independent --jobs 1 processes at once, each
    // over half of the files (as GNU parallel would run it).
    const halves = async () => {
      const outs = [0, 1].map((k) => join(corpus.dir, `half${k}.jsonl`));
      const t0 = now();
      const runs = await Promise.all(
        ['*[02468].txt', '*[13579].txt'].map((half, k) =>
          runCli([join(corpus.cli, '*', half), '--jobs', '1'], outs[k], 'extract over half the files'),
        ),
      );
      const ms = now() - t0;
      for (const f of outs) rmSync(f);
      return {
        ms,
        cpuMs: runs[0].cpuMs + runs[1].cpuMs,
        bytes: corpus.bytes * CLI_COPIES,
        docs: corpus.files * CLI_COPIES,
      };
    };
    // Rounds alternate the three runs, so that a slow spell of the machine does not fall on one of them only.
    const cliRuns = { j1: [], j2: [], halves: [] };
    for (let r = 0; r < CLI_ROUNDS; r++) {
      console.error(`CLI round ${r + 1} of ${CLI_ROUNDS} ...`);
      cliRuns.j1.push(await jobs(1));
      cliRuns.j2.push(await jobs(2));
      cliRuns.halves.push(await halves());
    }
    const [j1, j2, halved] = [fastestRun(cliRuns.j1), fastestRun(cliRuns.j2), fastestRun(cliRuns.halves)];
    const identical = [...cliRuns.j1, ...cliRuns.j2].every((run) => run.digest === j1.digest);
    const scale = SCALE ? await memoryScale(corpus.dir, samples) : null;

    const rm = rate(many);
    const rb = rate(big);
    const rl = rate(limit);
    const rc = rate(comp);
    const rbig = rate(manyBig);
    const rlev = rate(manyLevant);
    const slower = 1 - rbig.mbs / rm.mbs;
    const mb = (run) => `${fmt(run.rssMB, 0)} MB`;
    /** A run's CPU time (all threads), and how it compares with --jobs 1's. */
    const cpu = (run, base) => `CPU ${fmt(run.cpuMs / 1000, 1)} s${base ? ` (${fmt(run.cpuMs / base.cpuMs)}x)` : ''}`;
    const rows = [
      [
        'extract, many files (1 thread)',
        fmt(rm.mbs),
        fmt(rm.dps, 0),
        '',
        `${fmt(rm.mbs / rc.mbs, 1)}x compromise, ${fmt(rm.mbs / rl.mbs)} of limit`,
      ],
      [
        `extract, Levant packs only (--packs ${LEVANT_ONLY.join(',')}, 1 thread)`,
        fmt(rlev.mbs),
        fmt(rlev.dps, 0),
        '',
        `all packs (the world inside) run at ${fmt(rm.mbs / rlev.mbs)} of this`,
      ],
      [
        `extract, one ${fmt(corpus.bigBytes / MB, 0)} MB file`,
        fmt(rb.mbs),
        fmt(rb.dps, 2),
        '',
        `${fmt(rb.mbs / rl.mbs)} of limit`,
      ],
      [
        'extract + 100,000 synthetic entries',
        fmt(rbig.mbs),
        fmt(rbig.dps, 0),
        '',
        slower > 0
          ? `${fmt(slower * 100, 1)}% slower`
          : `no slower (${fmt(-slower * 100, 1)}% faster, run-to-run noise)`,
      ],
      [`compromise people/places/orgs (${subset.length} files)`, fmt(rc.mbs, 3), fmt(rc.dps, 1), '', ''],
      ['limit: read + tokenize + Map lookup', fmt(rl.mbs), fmt(rl.dps, 0), '', ''],
      [
        `CLI --jobs 1 (${fmt((corpus.bytes * CLI_COPIES) / MB, 0)} MB, ${corpus.files * CLI_COPIES} files, JSONL to a file)`,
        fmt(rate(j1).mbs),
        fmt(rate(j1).dps, 0),
        mb(j1),
        cpu(j1),
      ],
      [
        'CLI --jobs 2 (same)',
        fmt(rate(j2).mbs),
        fmt(rate(j2).dps, 0),
        mb(j2),
        `${fmt(j1.ms / j2.ms)}x --jobs 1, output ${identical ? 'identical' : 'DIFFERENT'}; ${cpu(j2, j1)}`,
      ],
      [
        'machine: two --jobs 1 processes at once, half the files each',
        fmt(rate(halved).mbs),
        fmt(rate(halved).dps, 0),
        '',
        `${fmt(j1.ms / halved.ms)}x --jobs 1 (reference: what two cores give); ${cpu(halved, j1)}`,
      ],
    ];
    if (scale) {
      rows.push([
        `CLI, ${scale.many.docs} files, ${fmt(scale.many.bytes / MB, 0)} MB (default --jobs: ${defaultJobs}, JSONL to /dev/null)`,
        fmt(rate(scale.many).mbs),
        fmt(rate(scale.many).dps, 0),
        mb(scale.many),
        `${fmt(scale.many.ms / 1000, 0)} s, ${fmt(scale.manyOne.ms / scale.many.ms)}x --jobs 1 (one run each, not interleaved); ${cpu(scale.many, scale.manyOne)}`,
      ]);
      rows.push([
        'CLI, same files, --jobs 1',
        fmt(rate(scale.manyOne).mbs),
        fmt(rate(scale.manyOne).dps, 0),
        mb(scale.manyOne),
        `${fmt(scale.manyOne.ms / 1000, 0)} s; ${cpu(scale.manyOne)}`,
      ]);
      rows.push([
        `CLI, one ${fmt(scale.one.bytes / MB, 0)} MB file (same)`,
        fmt(rate(scale.one).mbs),
        fmt(rate(scale.one).dps, 3),
        mb(scale.one),
        `${fmt(scale.one.ms / 1000, 0)} s`,
      ]);
    }
    console.log(
      `in-process rows: the fastest of ${ROUNDS} rounds, each measurement interleaved with the others in ${SLICES} turns; CLI rows: the fastest of ${CLI_ROUNDS}, peak RSS of that run`,
    );
    console.log(
      `corpus: ${corpus.files} files, ${fmt(corpus.bytes / MB, 1)} MB, plus one ${fmt(corpus.bigBytes / MB, 1)} MB file; ${cpus().length} cores; node ${process.version}`,
    );
    console.log('| run | MB/s | docs/s | peak RSS | ratio |');
    console.log('|---|---|---|---|---|');
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
    console.log('');
    console.log(`extract / compromise in each in-process round: ${roundRatios.map((x) => `${fmt(x, 1)}x`).join(', ')}`);
    console.log(
      `gazetteer: ${gaz.entries.length} entries, ${ctx.compiled.aliasCount} aliases, compile ${fmt(compile.ms, 0)} ms`,
    );
    console.log(`gazetteer + 100,000 synthetic entries: compile ${fmt(compileBig.ms, 0)} ms`);
    console.log(
      `peak RSS of the bench process (both gazetteers compiled, in-process rows): ${fmt(process.resourceUsage().maxRSS / 1024, 0)} MB`,
    );
    // The targets of the speed-and-scale issue, each checked on this run's numbers.
    const targets = [
      [`extract >= 40x compromise (1 thread)`, rm.mbs / rc.mbs >= 40, `${fmt(rm.mbs / rc.mbs, 1)}x`],
      [`extract >= 0.25 of the limit (1 thread)`, rm.mbs / rl.mbs >= 0.25, fmt(rm.mbs / rl.mbs)],
      [`100,000 more entries cost < 15%`, slower < 0.15, `${fmt(Math.max(slower, 0) * 100, 1)}%`],
      [
        `the world inside >= 0.85 of the Levant packs only (1 thread)`,
        rm.mbs / rlev.mbs >= 0.85,
        fmt(rm.mbs / rlev.mbs),
      ],
      [
        `start-up to the first byte <= 0.7 s, one small file`,
        startup.firstByteMs <= 700,
        `${fmt(startup.firstByteMs, 0)} ms`,
      ],
      [`peak RSS <= 300 MB, one small file`, startup.rssMB <= 300, mb({ rssMB: startup.rssMB })],
      [`compile with 100,000 more entries < 1 s`, compileBig.ms < 1000, `${fmt(compileBig.ms, 0)} ms`],
      [
        `--jobs 2 >= 1.6x --jobs 1 (${fmt((corpus.bytes * CLI_COPIES) / MB, 0)} MB)`,
        j1.ms / j2.ms >= 1.6,
        `${fmt(j1.ms / j2.ms)}x`,
      ],
      [`--jobs 2 output identical to --jobs 1`, identical, identical ? 'identical' : 'different'],
    ];
    // The speed-up grows with the corpus: each worker pays a fixed warm-up (start-up, then V8
    // compiling the hot code for its own isolate), which a 100 MB run does not amortize. So it is
    // judged at corpus scale too, where it matters to users; that pair is one run each, minutes
    // apart, so a slow spell can fall on one of the two: the same work should take about the
    // same CPU time in both, and a spell shows as one of them taking more.
    if (scale) {
      if (defaultJobs === 2)
        targets.push([
          `--jobs 2 >= 1.6x --jobs 1 (${fmt(scale.many.bytes / MB, 0)} MB, one run each)`,
          scale.manyOne.ms / scale.many.ms >= 1.6,
          `${fmt(scale.manyOne.ms / scale.many.ms)}x`,
        ]);
      targets.push([
        `peak RSS <= 450 MB over ${scale.many.docs} files, ${fmt(scale.many.bytes / MB, 0)} MB (the world inside)`,
        scale.many.rssMB <= 450,
        mb(scale.many),
      ]);
      targets.push([
        `peak RSS < 1 GB for one ${fmt(scale.one.bytes / MB, 0)} MB file`,
        scale.one.rssMB < 1024,
        mb(scale.one),
      ]);
    } else targets.push(['memory bounds', false, 'not run (BENCH_SCALE=0)']);
    console.log('');
    console.log('| target | met | this run |');
    console.log('|---|---|---|');
    for (const [what, met, value] of targets) console.log(`| ${what} | ${met ? 'yes' : 'NO'} | ${value} |`);
  } finally {
    rmSync(corpus.dir, { recursive: true, force: true });
  }
}

await main();
