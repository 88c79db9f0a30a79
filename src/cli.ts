/**
 * The command line: parses arguments, picks a writer, maps outcomes to exit codes.
 * Exit codes: 0 all good, 1 some inputs failed (the rest written), 2 usage or gazetteer error
 * (nothing written), 130 interrupted.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve as resolvePath } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { UsageError } from './errors.js';
import type { Context } from './pipeline.js';
import { NO_STDIN, STDIN, expandInputs, isIsoDate, readDocuments } from './input/read.js';
import { renderScore } from './score.js';
import { evaluate, readGold } from './evaluate.js';
import type { Selectable } from './types.js';
import {
  FORMATS,
  REPORTS,
  joinChunk,
  renderHead,
  renderTail,
  type Format,
  type RenderOptions,
  type Report,
} from './write/render.js';
import {
  defaultJobs,
  loadLists,
  prepareContext,
  processAll,
  processRecords,
  type Deliver,
  type JobOptions,
  type Piece,
} from './run/process.js';
import { MapCollector, geoJsonText } from './write/geojson.js';
import { StoryCollector } from './write/stories.js';
import { renderHtml } from './write/html.js';
import { BrokenPipe, atomicFileSink, stdoutSink, type Sink } from './write/sink.js';
import { addNames, addToTally, newTally } from './run/counts.js';
import { renderSummary } from './write/summary.js';
import { Progress } from './run/progress.js';
import { loadGazetteer } from './gazetteer/load.js';
import { findName, gazetteerStats, packSummaries } from './inspect.js';
import { choosePacks } from './gazetteer/packs.js';
import { isAbsolute, relative } from 'node:path';
import { isatty } from 'node:tty';
import { checkGazetteer } from './gazetteer/check.js';
import { ignoredFileMessage, ignoredFiles } from './gazetteer/check.js';
import { suggest } from './suggest.js';
import { FORMAT_HELP, checkOutputTarget, exists, inapplicable, nearestCommand } from './usage.js';
import {
  renderCheck,
  renderFound,
  renderPacks,
  renderStats,
  renderSuggestionTable,
  suggestionsJson,
} from './write/reports.js';

export const EXIT = { ok: 0, inputFailed: 1, usage: 2, interrupted: 130 } as const;

const KINDS: readonly Selectable[] = ['actor', 'place', 'date', 'event'];

export interface Io {
  stdin: NodeJS.ReadableStream;
  stdoutFd: number;
  stderr: (s: string) => void;
  stderrIsTTY: boolean;
  env: NodeJS.ProcessEnv;
}

/** Standard input is only opened when an input is `-` (see bin/extract.js): `stdin` is a getter. */
const defaultIo = (): Io => ({
  get stdin() {
    return process.stdin;
  },
  stdoutFd: 1,
  stderr: (s) => process.stderr.write(s),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  env: process.env,
});

/** Standard input when one of `files` is `-`, else an empty stream, so that stdin stays unopened. */
function stdinFor(files: readonly string[], io: Io): NodeJS.ReadableStream {
  return files.includes(STDIN) ? io.stdin : NO_STDIN;
}

interface RunOptions extends KnowledgeOptions {
  format: Format;
  report: Report;
  output?: string;
  date?: string;
  kinds?: Selectable[];
  bom?: boolean;
  header?: boolean;
  summary?: boolean;
  quiet?: boolean;
  includeText?: boolean;
  explain?: boolean;
  debug?: boolean;
  jobs?: number;
  input: 'text' | 'jsonl';
  verbose?: boolean;
  progress?: boolean;
  translit?: boolean;
  unknown?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

function parseKinds(value: string): Selectable[] {
  const kinds = value
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  if (kinds.length === 0) throw new UsageError(`--kinds: give one or more of ${KINDS.join(', ')}`);
  for (const k of kinds)
    if (!KINDS.includes(k as Selectable))
      throw new UsageError(`--kinds: unknown kind "${k}" (use ${KINDS.join(', ')})`);
  return kinds as Selectable[];
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256)
    throw new UsageError(`--jobs: "${value}" is not a whole number from 1 to 256`);
  return n;
}

function parseCount(option: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`${option}: "${value}" is not a whole number of 1 or more`);
    return n;
  };
}

function parseDateOption(value: string): string {
  if (!isIsoDate(value)) throw new UsageError(`--date: "${value}" is not a date in the form YYYY-MM-DD`);
  return value;
}

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  let code: number = EXIT.ok;
  let debug = argv.includes('--debug');
  const program = new Command('extract')
    .description('Extract actors, places and dates from geopolitical commentary into CSV or JSON.')
    .version(readVersion(), '-V, --version')
    .argument('[inputs...]', 'files, folders (their .txt and .md files), glob patterns, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('csv'))
    .addOption(
      new Option(
        '-r, --report <report>',
        'CSV rows: one per mention, per event, per distinct entity and document, or per story (the reports of one happening across documents)',
      )
        .choices(REPORTS)
        .default('mentions'),
    )
    .addOption(
      new Option(
        '--input <kind>',
        'inputs are text documents, or JSONL records {"id", "text", "date"?, "source"?} (one result per record)',
      )
        .choices(['text', 'jsonl'])
        .default('text'),
    )
    .option('-o, --output <file>', 'write to this file (atomically) instead of standard output')
    .option(
      '-g, --gazetteer <dir>',
      'load your own actors*.json / places*.json over the bundled lists (repeatable)',
      collect,
      [],
    )
    .option(PACKS_FLAGS, PACKS_HELP, parsePacks)
    .option(
      '-d, --date <YYYY-MM-DD>',
      'document date for every input (overrides file names and date lines)',
      parseDateOption,
    )
    .option('-k, --kinds <list>', 'only these kinds: actor,place,date (mentions), event (events)', parseKinds)
    .option('--bom', 'start CSV output with a UTF-8 byte order mark (for Excel)')
    .option('--no-header', 'CSV: no header row (for shards of one run, concatenated after the first)')
    .option('--summary', 'print the summary on standard error even when it is not a terminal')
    .option('-q, --quiet', 'no summary')
    .option('-v, --verbose', 'name each file on standard error as it is done')
    .option('--progress', 'show a progress line on standard error (default on a terminal, for runs over two seconds)')
    .option('--no-progress', 'never show the progress line')
    .option('--include-text', 'JSON/JSONL: include each document text (offsets refer to it)')
    .option('--explain', 'JSON/JSONL: add to each name mention the alias and rule that matched it')
    .option(
      '--no-translit',
      'match names by their folded spelling only (no transliteration key: Idleb will not find Idlib)',
    )
    .option('--no-unknown', 'no mentions for unknown names in strong contexts (`the village of X`, resolved: false)')
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores; 1 for a single document)', parseJobs)
    .option('--debug', 'show stack traces for unexpected errors')
    .addHelpText('after', FORMAT_HELP)
    .showHelpAfterError('(run extract --help for usage)')
    .exitOverride()
    .enablePositionalOptions()
    .configureOutput({ writeOut: (s) => stdoutSink(io.stdoutFd).write(s), writeErr: (s) => io.stderr(s) })
    .action(async (inputs: string[], opts: RunOptions) => {
      debug = Boolean(opts.debug);
      if (helpAsked(program, inputs)) return;
      const { errors, warnings } = inapplicable(opts, (o) => program.getOptionValueSource(o) === 'cli', inputs);
      if (errors.length > 0) throw new UsageError(errors.join('\nextract: '));
      for (const w of warnings) io.stderr(`extract: warning: ${w}\n`);
      for (const f of opts.gazetteer.flatMap(ignoredFiles))
        io.stderr(`extract: warning: ${f}: ${ignoredFileMessage()}\n`);
      code = await run(inputs, opts, io);
    });

  const done = (c: number) => {
    code = c;
  };
  defineScore(program, io, done);
  defineGazetteer(program, io, done);
  defineSuggest(program, io, done);
  pointToOwnHelp(program, 'extract');

  try {
    // Before parsing: a slip's options (`extract scor --gold g.json`) would fail first as unknown options.
    refuseSlips(program, argv.slice(2, 3));
    await program.parseAsync(argv);
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof BrokenPipe) return EXIT.ok;
    if (err instanceof UsageError) {
      io.stderr(`extract: ${err.message}\n`);
      return EXIT.usage;
    }
    io.stderr(`extract: ${(err as Error).message ?? String(err)}\n`);
    if (debug) io.stderr(`${(err as Error).stack}\n`);
    else io.stderr('(run with --debug for details)\n');
    return EXIT.usage;
  }
}

/** `extract score`. */
function defineScore(program: Command, io: Io, done: (code: number) => void): void {
  program
    .command('score')
    .description('score the tool against a gold file (the guidelines format)')
    .requiredOption('--gold <file>', 'gold annotations ({"docs": [...]})')
    .argument('<docs...>', 'the documents the gold file annotates')
    .option('-g, --gazetteer <dir>', 'extra gazetteer folder (repeatable)', collect, [])
    .option(PACKS_FLAGS, PACKS_HELP, parsePacks)
    .option('--json', 'print the scores as JSON')
    .option('--errors', 'also list each false positive, false negative and wrong value')
    .option('--no-translit', 'score with names matched by their folded spelling only')
    .option('--no-unknown', 'score without mentions of unknown names in strong contexts')
    .action(async (docs: string[], opts: ScoreOptions) => {
      done(await runScore(docs, opts, io));
    });
}

/** `extract gazetteer stats|find|check|packs`. */
function defineGazetteer(program: Command, io: Io, done: (code: number) => void): void {
  const gazetteer = program
    .command('gazetteer')
    .description('look into the gazetteer: counts, and what a name resolves to');
  gazetteer
    .command('stats')
    .description('entries and aliases per kind and category')
    .option('-g, --gazetteer <dir>', 'extra gazetteer folder (repeatable)', collect, [])
    .option(PACKS_FLAGS, PACKS_HELP, parsePacks)
    .action((opts: KnowledgeOptions) => {
      stdoutSink(io.stdoutFd).write(renderStats(gazetteerStats(loadGazetteer(opts.gazetteer, { packs: opts.packs }))));
    });
  gazetteer
    .command('find')
    .description('which entry each name resolves to, by which alias and rule, and its matching keys')
    .argument('<names...>', 'names or short phrases (quote them)')
    .option('-g, --gazetteer <dir>', 'extra gazetteer folder (repeatable)', collect, [])
    .option(PACKS_FLAGS, PACKS_HELP, parsePacks)
    .action((names: string[], opts: KnowledgeOptions) => {
      const ctx = prepareContext({
        gazetteer: opts.gazetteer,
        packs: opts.packs,
        kinds: ['actor', 'place'],
        explain: true,
      });
      const found = names.map((n) => findName(n, ctx));
      stdoutSink(io.stdoutFd).write(names.map((n, i) => renderFound(n, found[i])).join(''));
      done(found.every((f) => f.mentions.length > 0) ? EXIT.ok : EXIT.inputFailed);
    });
  gazetteer
    .command('check')
    .description(
      'check every list against the list schema (packs/core/schema.json) and for duplicate ids, shared names, one-letter names and misplaced coordinates (exit 2 on errors)',
    )
    .argument('[dirs...]', 'your gazetteer folders, checked with the bundled lists they extend')
    .option(PACKS_FLAGS, PACKS_HELP, parsePacks)
    .option('--json', 'print the problems as JSON')
    .action((dirs: string[], opts: { json?: boolean; packs?: string[] }) => {
      done(runCheck(dirs, opts, io));
    });

  gazetteer
    .command('packs')
    .description('the bundled packs in load order: entries, coverage, sources and licences')
    .option('-g, --gazetteer <dir>', 'also list your folders, as the packs they are (repeatable)', collect, [])
    .option('--json', 'print the packs as JSON')
    .action((opts: { gazetteer: string[]; json?: boolean }) => {
      const summaries = packSummaries(opts.gazetteer);
      stdoutSink(io.stdoutFd).write(opts.json ? `${JSON.stringify(summaries, null, 2)}\n` : renderPacks(summaries));
    });
}

/** `extract suggest`. */
function defineSuggest(program: Command, io: Io, done: (code: number) => void): void {
  program
    .command('suggest')
    .description(
      'proper names in the texts that the gazetteer does not know, most frequent first, as a table or JSON entries to paste',
    )
    .argument('<inputs...>', 'files, folders (their .txt and .md files), glob patterns, or - for standard input')
    .option('-g, --gazetteer <dir>', 'extra gazetteer folder (repeatable)', collect, [])
    .option(PACKS_FLAGS, PACKS_HELP, parsePacks)
    .addOption(
      new Option('-f, --format <format>', 'a table, or JSON entries for actors.json / places.json')
        .choices(['table', 'json'])
        .default('table'),
    )
    .option(
      '--min <n>',
      'fewest occurrences to list (names in a strong context are always listed)',
      parseCount('--min'),
      2,
    )
    .option('--limit <n>', 'list at most this many names', parseCount('--limit'))
    .action(async (inputs: string[], opts: SuggestOptions) => {
      done(await runSuggest(inputs, opts, io));
    });
}

/** Each subcommand's usage errors point to its own help (`run extract gazetteer check --help`). */
function pointToOwnHelp(command: Command, path: string): void {
  for (const sub of command.commands) {
    const name = `${path} ${sub.name()}`;
    sub.showHelpAfterError(`(run ${name} --help for usage)`);
    pointToOwnHelp(sub, name);
  }
}

/** `extract help [command...]`, when no file is called `help`: the help of that command. */
function helpAsked(program: Command, inputs: readonly string[]): boolean {
  if (inputs[0] !== 'help' || exists('help')) return false;
  let command = program;
  for (const name of inputs.slice(1)) {
    const sub = command.commands.find((c) => c.name() === name);
    if (!sub) {
      const near = nearestCommand(
        name,
        command.commands.map((c) => c.name()),
      );
      throw new UsageError(`no command "${name}"${near ? ` (did you mean "${near}"?)` : ''}; run extract --help`);
    }
    command = sub;
  }
  command.outputHelp();
  return true;
}

/**
 * A first input that is no file and is a slip of a subcommand's name (`extract sugest posts/`) is
 * refused, with the command meant: read as an input, it would run the wrong job.
 */
function refuseSlips(program: Command, inputs: readonly string[]): void {
  const first = inputs[0];
  if (first === undefined || first.startsWith('-') || exists(first)) return;
  if (first === 'help' || program.commands.some((c) => c.name() === first)) return;
  const commands = [...program.commands.map((c) => c.name()), 'help'];
  const near = nearestCommand(first, commands);
  if (near)
    throw new UsageError(
      `"${first}" is no file and no command; did you mean "extract ${near}"? (a file of that name: write ./${first})`,
    );
}

function readVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
      .version;
  } catch {
    return '0.0.0';
  }
}

/**
 * Output pieces (up to some 32K characters each) written between two turns of the event loop, when signals are handled.
 */
const PIECES_PER_TURN = 16;
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

function jobOf(opts: RunOptions): JobOptions {
  return {
    gazetteer: opts.gazetteer,
    packs: opts.packs,
    kinds: opts.kinds ?? null,
    explain: Boolean(opts.explain),
    translit: opts.translit,
    unknown: opts.unknown,
    date: opts.date,
    render: {
      format: opts.format,
      report: opts.report,
      bom: opts.bom,
      header: opts.header,
      includeText: opts.includeText,
    },
  };
}

/**
 * Writes each document's chunk to the sink, its pieces in groups (one system call for an ordinary
 * document's output), and gives the event loop a turn every PIECES_PER_TURN pieces: a streamed
 * document is written piece by piece as it is extracted, and Ctrl-C must not wait for the end of a
 * 100 MB file.
 */
function chunkWriter(out: Sink, render: RenderOptions): (chunk: Iterable<Piece>) => Promise<void> {
  let first = true;
  let sinceTurn = 0;
  return async (chunk) => {
    let group: (string | Uint8Array)[] = [];
    for (const piece of joinChunk(chunk, render, first)) {
      group.push(piece);
      if (++sinceTurn >= PIECES_PER_TURN) {
        out.writeAll(group);
        group = [];
        sinceTurn = 0;
        await turn();
      }
    }
    out.writeAll(group);
    first = false;
  };
}

async function run(inputs: string[], opts: RunOptions, io: Io): Promise<number> {
  if (inputs.length === 0)
    throw new UsageError('no inputs: give files, folders, glob patterns or - for standard input (see --help)');
  if (opts.output) checkOutputTarget(opts.output);
  const job = jobOf(opts);
  // Load (and so check) the lists before anything is written; compile them when first needed. Pool
  // workers get the loaded lists with the job and compile their own.
  const lists = loadLists(job);
  job.lists = lists;
  let compiled: Context | undefined;
  const context = () => (compiled ??= prepareContext(job, lists));
  const { files, problems } = await expandInputs(inputs);
  if (opts.output) {
    const target = resolvePath(opts.output);
    if (files.some((f) => f !== STDIN && resolvePath(f) === target))
      throw new UsageError(`--output ${opts.output} is also an input; refusing to overwrite it`);
  }
  let failed = problems.length;
  for (const p of problems) io.stderr(`extract: ${p.source}: ${p.message}\n`);

  // The handlers go in before the temporary output file is made: a signal that came between the
  // two would end the process the default way and leave the file behind. A handler runs on a turn
  // of the event loop, so by then the sink is assigned.
  let sink: Sink | undefined;
  const interrupted = () => {
    sink?.abort();
    process.exit(EXIT.interrupted);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const tally = newTally();
  try {
    const out: Sink = (sink = opts.output ? atomicFileSink(opts.output) : stdoutSink(io.stdoutFd));
    const collector =
      opts.format === 'geojson' || opts.format === 'html'
        ? new MapCollector()
        : opts.format === 'csv' && opts.report === 'stories'
          ? new StoryCollector()
          : null;
    out.write(renderHead(job.render));
    const writeChunk = chunkWriter(out, job.render);
    const progress = new Progress(files.length, opts.progress ?? io.stderrIsTTY, io.stderr);
    const each =
      opts.input === 'jsonl'
        ? (d: Deliver) => processRecords(files, job, context(), stdinFor(files, io), d)
        : (d: Deliver) =>
            processAll(files, job, opts.jobs ?? defaultJobs(files.length), stdinFor(files, io), d, context, (names) =>
              addNames(tally, names),
            );
    await each(async (outcome) => {
      if (!outcome.ok) {
        progress.clear();
        io.stderr(`extract: ${outcome.source}: ${outcome.message}\n`);
        failed++;
        progress.tick(0);
        return;
      }
      if (outcome.warning) io.stderr(`extract: ${outcome.source}: ${outcome.warning}\n`);
      if (collector) {
        if (outcome.map) collector.add(outcome.map);
      } else await writeChunk(outcome.chunk);
      // Counts are complete once the chunk is written (a streamed document counts as it goes).
      progress.tick(outcome.bytes);
      if (opts.verbose) {
        progress.clear();
        io.stderr(
          `extract: ${outcome.source}: ${outcome.counts.kinds.actor + outcome.counts.kinds.place + outcome.counts.kinds.date} mentions, ${outcome.counts.events} events\n`,
        );
      }
      addToTally(tally, outcome.counts);
    });
    progress.clear();
    if (collector instanceof StoryCollector) out.writeAll(collector.rows());
    else if (collector) out.write(opts.format === 'html' ? renderHtml(collector) : geoJsonText(collector.toGeoJson()));
    out.write(renderTail(job.render));
    out.commit();
  } catch (err) {
    sink?.abort();
    throw err;
  } finally {
    process.removeListener('SIGINT', interrupted);
    process.removeListener('SIGTERM', interrupted);
  }
  tally.failed = failed;
  const wantSummary = !opts.quiet && (opts.summary || io.stderrIsTTY);
  if (wantSummary) io.stderr(renderSummary(tally, io.stderrIsTTY && !io.env.NO_COLOR));
  return failed > 0 ? EXIT.inputFailed : EXIT.ok;
}

/** Where knowledge comes from: the bundled packs chosen (`--packs`) and the user's folders (`-g`). */
interface KnowledgeOptions {
  gazetteer: string[];
  packs?: string[];
}

const PACKS_FLAGS = '--packs <names>';
const PACKS_HELP =
  'bundled packs to load, comma-separated, each with the packs it requires (default: all; see extract gazetteer packs)';

function parsePacks(value: string): string[] {
  const names = value
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  if (names.length === 0) throw new UsageError('--packs: give one or more pack names (see extract gazetteer packs)');
  choosePacks(names);
  return names;
}

interface ScoreOptions extends KnowledgeOptions {
  gold: string;
  json?: boolean;
  errors?: boolean;
  translit?: boolean;
  unknown?: boolean;
}

async function runScore(docs: string[], opts: ScoreOptions, io: Io): Promise<number> {
  const gold = readGold(opts.gold);
  const ctx = prepareContext({
    gazetteer: opts.gazetteer,
    packs: opts.packs,
    kinds: null,
    explain: false,
    translit: opts.translit,
    unknown: opts.unknown,
  });
  const { report, problems } = await evaluate(gold, docs, ctx, stdinFor(docs, io));
  for (const p of problems) io.stderr(`extract: ${p.source}: ${p.message}\n`);
  const out = stdoutSink(io.stdoutFd);
  if (opts.json) {
    const { errors, ...rest } = report;
    out.write(`${JSON.stringify(opts.errors ? report : rest, null, 2)}\n`);
  } else {
    out.write(renderScore(report, basename(opts.gold) === 'gold.json' ? opts.gold : basename(opts.gold)));
    if (opts.errors) for (const e of report.errors) out.write(`${e.join('\t')}\n`);
  }
  return problems.length > 0 ? EXIT.inputFailed : EXIT.ok;
}

interface SuggestOptions extends KnowledgeOptions {
  format: 'table' | 'json';
  min: number;
  limit?: number;
}

async function runSuggest(inputs: string[], opts: SuggestOptions, io: Io): Promise<number> {
  const ctx = prepareContext({
    gazetteer: opts.gazetteer,
    packs: opts.packs,
    kinds: ['actor', 'place', 'date'],
    explain: false,
  });
  const { docs, problems } = await readDocuments(inputs, stdinFor(inputs, io));
  for (const p of problems) io.stderr(`extract: ${p.source}: ${p.message}\n`);
  const list = suggest(docs, ctx, { min: opts.min, limit: opts.limit });
  stdoutSink(io.stdoutFd).write(opts.format === 'json' ? suggestionsJson(list) : renderSuggestionTable(list));
  return problems.length > 0 ? EXIT.inputFailed : EXIT.ok;
}

function runCheck(dirs: string[], opts: { json?: boolean; packs?: string[] }, io: Io): number {
  const display = (file: string) => {
    const rel = relative(process.cwd(), file);
    return rel.startsWith('..') || isAbsolute(rel) ? file : rel;
  };
  const report = checkGazetteer(dirs, { display, packs: opts.packs });
  const errors = report.problems.filter((p) => p.level === 'error').length;
  const out = opts.json
    ? `${JSON.stringify({ files: report.files, errors, warnings: report.problems.length - errors, problems: report.problems }, null, 2)}\n`
    : renderCheck(report, isatty(io.stdoutFd) && !io.env.NO_COLOR);
  stdoutSink(io.stdoutFd).write(out);
  return errors > 0 ? EXIT.usage : EXIT.ok;
}
