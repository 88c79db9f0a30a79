/**
 * Processing a list of inputs into rendered chunks, in input order: in this thread, or spread over
 * a pool of worker threads (`--jobs N`), each with the gazetteer compiled once. Outcomes are
 * delivered in input order either way, so output is byte-identical to a single-threaded run.
 */
import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { createContext, extractDocument, streamDocument, type Context } from '../pipeline.js';
import { loadGazetteer, type Gazetteer } from '../gazetteer/load.js';
import { loadLexicon, type EventLexicon } from '../gazetteer/lexicon.js';
import { NO_STDIN, STDIN, loadDocument, readRecords } from '../input/read.js';
import type { DocCounts, DocResult, DocStream, Kind, Selectable, SourceDoc } from '../types.js';
import { canStream, mapPart, renderDoc, renderStream, type RenderOptions } from '../write/render.js';
import type { MapDoc } from '../write/geojson.js';
import { addCounts, countDoc, noCounts, type Names } from './counts.js';

export interface JobOptions {
  gazetteer: string[];
  /** Bundled packs to load (with what they require); null or absent: all of them. */
  packs?: string[] | null;
  /** Mention kinds and `event` to keep; null keeps all. */
  kinds: Selectable[] | null;
  explain: boolean;
  date?: string;
  render: RenderOptions;
  /** An event lexicon to use instead of reading `events*.json` from the gazetteer folders. */
  lexicon?: EventLexicon;
  /** Lists the main thread has loaded (and checked): pool workers compile these instead of reading the files again. */
  lists?: Lists;
  /** `--no-translit`: names match by their folded spelling only, not by transliteration key. */
  translit?: boolean;
  /** `--no-unknown`: no `resolved: false` mentions for unknown names in strong contexts. */
  unknown?: boolean;
  /**
   * Documents longer than this (characters) are written as a stream, in this thread, so memory stays
   * bounded whatever their size (default STREAM_ABOVE).
   */
  streamAbove?: number;
}

/** Documents above 4 M characters are streamed. */
export const STREAM_ABOVE = 1 << 22;

/** A piece of output: text, or text already encoded as UTF-8 (by a pool worker). */
export type Piece = string | Uint8Array;

/** What became of one input. */
export type Outcome =
  /**
   * `chunk` is an array from a pool worker; for a streamed document, `counts` is complete once `chunk` has been read.
   */
  | {
      ok: true;
      source: string;
      chunk: Iterable<Piece>;
      /** The document's map data, for the map formats (whose chunk is empty). */
      map?: MapDoc;
      warning?: string;
      counts: DocCounts;
      bytes: number;
    }
  | { ok: false; source: string; message: string };

/** Takes one outcome (writes it); may be asynchronous, so that a long write can let signals in. */
export type Deliver = (outcome: Outcome) => void | Promise<void>;

type ContextOptions = Pick<
  JobOptions,
  'gazetteer' | 'packs' | 'kinds' | 'explain' | 'lexicon' | 'translit' | 'unknown'
>;

/** The lists a run reads (and so validates): the gazetteer, and the event lexicon when events are wanted. */
export interface Lists {
  gazetteer: Gazetteer;
  lexicon: EventLexicon | null;
}

export function loadLists(o: ContextOptions): Lists {
  const events = !o.kinds || o.kinds.includes('event');
  const choice = { packs: o.packs };
  return {
    gazetteer: loadGazetteer(o.gazetteer, choice),
    lexicon: events ? (o.lexicon ?? loadLexicon(o.gazetteer, choice)) : null,
  };
}

/** The compiled context for a run, from lists already loaded or loaded now. */
export function prepareContext(o: ContextOptions, lists: Lists = loadLists(o)): Context {
  const kinds = o.kinds ? o.kinds.filter((k): k is Kind => k !== 'event') : null;
  return createContext(lists.gazetteer, {
    kinds,
    explain: o.explain,
    lexicon: lists.lexicon,
    translit: o.translit,
    unknown: o.unknown,
  });
}

export async function processOne(
  source: string,
  ctx: Context,
  o: JobOptions,
  stdin: NodeJS.ReadableStream,
): Promise<Outcome> {
  const loaded = await loadDocument(source, stdin, o.date);
  if (!('doc' in loaded)) return { ok: false, source, message: loaded.message };
  return render(loaded.doc, ctx, o, loaded.warning);
}

function render(doc: SourceDoc, ctx: Context, o: JobOptions, warning?: string): Outcome {
  if (doc.text.length > (o.streamAbove ?? STREAM_ABOVE) && canStream(o.render))
    return renderStreamed(doc, ctx, o, warning);
  const result: DocResult = extractDocument(doc, ctx);
  return {
    ok: true,
    source: doc.source,
    chunk: renderDoc(result, doc.text, o.render),
    map: mapPart(result, doc.text, o.render),
    warning,
    counts: countDoc(result),
    bytes: doc.text.length,
  };
}

function renderStreamed(doc: SourceDoc, ctx: Context, o: JobOptions, warning?: string): Outcome {
  const stream = streamDocument(doc, ctx);
  const counts = noCounts();
  // The summary counts mentions as the first pass yields them and events as the second does.
  const counted: DocStream = {
    head: stream.head,
    *mentions() {
      for (const mentions of stream.mentions()) {
        addCounts(counts, countDoc({ ...stream.head, mentions, events: [] }));
        yield mentions;
      }
    },
    *events() {
      for (const events of stream.events()) {
        counts.events += events.length;
        yield events;
      }
    },
  };
  return {
    ok: true,
    source: doc.source,
    chunk: renderStream(counted, doc.text, o.render),
    warning,
    counts,
    bytes: doc.text.length,
  };
}

/** `--input jsonl`: every record of every input, in order, in this thread. */
export async function processRecords(
  files: readonly string[],
  o: JobOptions,
  ctx: Context,
  stdin: NodeJS.ReadableStream,
  deliver: Deliver,
): Promise<void> {
  for (const f of files) {
    try {
      for await (const line of readRecords(f, stdin, o.date))
        await deliver(
          'doc' in line ? render(line.doc, ctx, o) : { ok: false, source: line.source, message: line.message },
        );
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      await deliver({
        ok: false,
        source: f,
        message: code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (err as Error).message,
      });
    }
  }
}

export function defaultJobs(files: number): number {
  return files <= 1 ? 1 : Math.max(1, Math.min(availableParallelism(), files));
}

/**
 * Runs every input, calling `deliver` in input order. `context` gives this thread's compiled context,
 * made on first use: with a pool, this thread compiles nothing unless a file is too big for a worker.
 * Pool workers count the names of their documents themselves: their outcomes come with empty name
 * tables, and each worker's tables go to `names` once every outcome has been delivered.
 */
export async function processAll(
  files: readonly string[],
  o: JobOptions,
  jobs: number,
  stdin: NodeJS.ReadableStream,
  deliver: Deliver,
  context: () => Context = () => prepareContext(o),
  names: (counted: Names) => void = () => {},
): Promise<void> {
  if (jobs <= 1 || files.length <= 1 || files.includes(STDIN)) {
    const ctx = context();
    for (const f of files) await deliver(await processOne(f, ctx, o, stdin));
    return;
  }
  let ctx: Context | undefined;
  await pool(files, o, Math.min(jobs, files.length), deliver, () => (ctx ??= context()), names);
}

/** An outcome as a pool worker sends it: its output is bytes `start` to `end` of the batch's buffer. */
export type EncodedOutcome =
  Exclude<Outcome, { ok: true }> | (Omit<Extract<Outcome, { ok: true }>, 'chunk'> & { start: number; end: number });

/**
 * A batch's outcomes as a pool worker sends them: every output encoded as UTF-8 into one buffer,
 * moved, not copied. One buffer a message, not one a document: a transfer costs about as much as
 * the rest of a message (the README's speed section has the measurement).
 */
export interface EncodedBatch {
  index: number;
  buffer: ArrayBuffer;
  outcomes: EncodedOutcome[];
}

/**
 * A message to a pool worker holds consecutive small files up to BATCH_BYTES of input (and at most
 * BATCH_FILES files), so that a corpus of small posts does not cost a message, and a wake-up of
 * both threads, every few kilobytes, while a batch's output (some 7 bytes a byte of input, as
 * JSONL) stays small: about 8 posts of 10 KB. Fewer, bigger messages cost the main thread less
 * CPU for a little more peak memory (see the README's speed section).
 */
const BATCH_BYTES = 80_000;
const BATCH_FILES = 32;

/**
 * A worker's heap is kept small (young generation 16 MB, old 96 MB), so that a run's memory stays
 * bounded; files above BIG_FILE bytes are extracted by the main thread instead, in their turn
 * (streamed when over STREAM_ABOVE characters). A smaller young generation is collected so often
 * that it slows the worker more than it saves memory (see the README's speed section).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 96 };
const BIG_FILE = 1 << 20;

/** A file's size in bytes; 0 when it cannot be read (the worker reports why). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** A worker's outcome: its encoded output, a view of the batch's buffer, becomes one piece for the writer. */
function fromWorker(outcome: EncodedOutcome, buffer: ArrayBuffer): Outcome {
  if (!outcome.ok) return outcome;
  const { start, end, ...rest } = outcome;
  return { ...rest, chunk: [new Uint8Array(buffer, start, end - start)] };
}

/** Written batch buffers go back to their worker in lots of this many, for reuse. */
const RECYCLE_LOT = 2;

/** A batch's buffer, lent to the writer until the last of its outcomes is written. */
interface Loan {
  worker: Worker;
  buffer: ArrayBuffer;
  /** Outcomes of the batch not yet written. */
  left: number;
}

async function pool(
  files: readonly string[],
  o: JobOptions,
  size: number,
  deliver: Deliver,
  mainContext: () => Context,
  names: (counted: Names) => void,
): Promise<void> {
  const pending = new Map<number, Outcome>();
  /** The buffer each pending outcome's output is in, and the worker it goes back to once written. */
  const lent = new Map<number, Loan>();
  const returning = new Map<Worker, ArrayBuffer[]>();
  const giveBack = (k: number) => {
    const loan = lent.get(k);
    if (!loan) return;
    lent.delete(k);
    if (--loan.left > 0) return;
    const lot = returning.get(loan.worker) ?? [];
    lot.push(loan.buffer);
    if (lot.length < RECYCLE_LOT) returning.set(loan.worker, lot);
    else {
      returning.delete(loan.worker);
      loan.worker.postMessage({ recycle: lot }, lot);
    }
  };
  /** Files too big for a worker's small heap: this thread extracts them, streamed, in their turn. */
  const own = new Set<number>();
  let nextToSend = 0;
  let nextToDeliver = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (err: unknown) => {
        if (!failed) reject(err);
        failed = true;
      };
      // Each file's size is looked at once, when it is next to be sent.
      const sizeAt = new Map<number, number>();
      const bytesOf = (k: number) => {
        let n = sizeAt.get(k);
        if (n === undefined) sizeAt.set(k, (n = sizeOf(files[k])));
        return n;
      };
      // Files go in batches of consecutive small files, so that messages are few.
      const send = (w: Worker) => {
        while (nextToSend < files.length && bytesOf(nextToSend) > BIG_FILE) {
          sizeAt.delete(nextToSend);
          own.add(nextToSend++);
        }
        if (nextToSend >= files.length) return;
        const sources: string[] = [];
        let bytes = 0;
        for (
          let k = nextToSend;
          k < files.length && sources.length < BATCH_FILES && bytes < BATCH_BYTES && bytesOf(k) <= BIG_FILE;
          k++
        ) {
          bytes += sizeAt.get(k)!;
          sizeAt.delete(k);
          sources.push(files[k]);
        }
        w.postMessage({ index: nextToSend, sources });
        nextToSend += sources.length;
      };
      let draining = false;
      /** Whether the workers have been asked for their name tables (once: drain runs again on late messages). */
      let namesAsked = false;
      /** Workers whose name tables have come. */
      let namesIn = 0;
      const drain = async () => {
        if (draining || failed) return;
        draining = true;
        try {
          while (!failed) {
            let outcome = pending.get(nextToDeliver);
            if (outcome) pending.delete(nextToDeliver);
            else if (own.has(nextToDeliver)) {
              own.delete(nextToDeliver);
              outcome = await processOne(files[nextToDeliver], mainContext(), o, NO_STDIN);
              if (failed) break;
            } else break;
            nextToDeliver++;
            // Written (the writer keeps nothing): the buffer can go back to its worker.
            await deliver(outcome);
            giveBack(nextToDeliver - 1);
          }
          if (!failed && nextToDeliver === files.length && !namesAsked) {
            // Everything written: each worker's name tables, then done. A worker that comes ready
            // only now runs drain again; asked twice, the workers would send their counts twice.
            namesAsked = true;
            for (const w of workers) w.postMessage({ names: true });
          }
        } catch (err) {
          fail(err);
        } finally {
          draining = false;
        }
      };
      for (let i = 0; i < size; i++) {
        const w = new Worker(new URL('./worker.js', import.meta.url), { workerData: o, resourceLimits: WORKER_LIMITS });
        workers.push(w);
        w.on('message', (msg: EncodedBatch | { ready: true } | { error: string } | { names: Names }) => {
          if ('error' in msg) return fail(new Error(msg.error));
          if ('names' in msg) {
            names(msg.names);
            if (++namesIn === workers.length) resolve();
            return;
          }
          if ('ready' in msg) {
            // Two batches in flight per worker keep it busy while this thread writes.
            send(w);
            send(w);
          } else {
            const loan: Loan = { worker: w, buffer: msg.buffer, left: msg.outcomes.length };
            msg.outcomes.forEach((outcome, k) => {
              pending.set(msg.index + k, fromWorker(outcome, msg.buffer));
              lent.set(msg.index + k, loan);
            });
            send(w);
          }
          void drain();
        });
        w.on('error', fail);
        // A worker that stops on its own (out of memory, killed) must not leave the run waiting.
        w.on('exit', (code) => {
          if (nextToDeliver < files.length)
            fail(new Error(`a worker thread stopped (exit code ${code}) with files still to do`));
          // All written, but the run would wait for this worker's name counts for ever.
          else if (namesIn < workers.length)
            fail(new Error(`a worker thread stopped (exit code ${code}) before sending its counts`));
        });
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
