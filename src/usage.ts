/**
 * What the command line refuses before any work starts: a misspelt subcommand taken for an input,
 * options that do nothing for the chosen format or report, an output path that cannot be written.
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError, nearestWord } from './errors.js';
import type { Format, Report } from './write/render.js';
import type { Selectable } from './types.js';

/**
 * The command a word is a slip of (`sugest`, `gazeteer`, `scor`: see nearestWord), unless the word
 * looks like a path or a pattern. Null when none is near.
 */
export function nearestCommand(word: string, commands: readonly string[]): string | null {
  if (word.length < 3 || /[./\\*?]/.test(word)) return null;
  return nearestWord(word, commands);
}

/** Whether a path names something on disk (a file called `score` is an input, not a slip). */
export function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

export interface RunChoices {
  format: Format;
  report: Report;
  kinds?: readonly Selectable[];
  bom?: boolean;
  header?: boolean;
  includeText?: boolean;
  explain?: boolean;
  input: 'text' | 'jsonl';
}

/**
 * Options that would do nothing for the chosen format and report: errors (the run would not give
 * what was asked), and warnings for what is harmless. `given` tells an option the user typed from
 * one left at its default.
 */
export function inapplicable(
  o: RunChoices,
  given: (option: 'report' | 'format') => boolean,
  inputs: readonly string[],
): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const json = o.format === 'json' || o.format === 'jsonl';
  if (o.format !== 'csv' && given('report'))
    errors.push(
      `--report ${o.report} applies to --format csv only (--format ${o.format} carries ${o.format === 'text' || json ? 'mentions and events' : 'places and events'} as it is)`,
    );
  if (o.bom && o.format !== 'csv') errors.push(`--bom applies to --format csv only`);
  if (o.header === false && o.format !== 'csv') errors.push(`--no-header applies to --format csv only`);
  if (o.includeText && !json) errors.push(`--include-text applies to --format json and jsonl only`);
  if (o.explain && !json) errors.push(`--explain applies to --format json and jsonl only`);
  const kinds = o.kinds;
  if (kinds && o.format === 'csv') {
    const events = kinds.includes('event');
    const mentions = kinds.some((k) => k !== 'event');
    const ofEvents = o.report === 'events' || o.report === 'stories';
    if (ofEvents && !events)
      errors.push(`--report ${o.report} is made of events, and --kinds ${kinds.join(',')} leaves them out (add event)`);
    else if (o.report === 'stories') {
      if (mentions)
        warnings.push(
          `--kinds ${kinds.filter((k) => k !== 'event').join(',')}: the stories report is made of events only`,
        );
    } else if (o.report !== 'events' && !mentions)
      errors.push(`--kinds event: the ${o.report} report has no events (use --report events, or --format json)`);
    else if (o.report === 'events' && mentions)
      warnings.push(`--kinds ${kinds.filter((k) => k !== 'event').join(',')}: the events report writes events only`);
    else if (o.report !== 'events' && events)
      warnings.push(`--kinds event: the ${o.report} report writes no events (--report events does)`);
  }
  if (o.input === 'text')
    for (const f of inputs)
      if (/\.jsonl$/i.test(f)) {
        warnings.push(`${f} looks like JSONL records: add --input jsonl to read one document a line`);
        break;
      }
  return { errors, warnings };
}

/**
 * Refuses an output path that cannot take a file, before any work: a folder (the temporary file
 * would sit beside it, and the rename would fail), or a file in a folder that does not exist.
 */
export function checkOutputTarget(path: string): void {
  const target = resolve(path);
  let stat;
  try {
    stat = statSync(target);
  } catch {
    stat = null;
  }
  if (stat?.isDirectory()) throw new UsageError(`--output ${path} is a folder; give a file path in it`);
  const dir = dirname(target);
  let parent;
  try {
    parent = statSync(dir);
  } catch {
    throw new UsageError(`--output ${path}: folder ${dir} does not exist`);
  }
  if (!parent.isDirectory()) throw new UsageError(`--output ${path}: ${dir} is not a folder`);
}

/** What --help says of the formats, and which options go with which. */
export const FORMAT_HELP = `
Formats (-f, --format):
  csv      one row per mention (--report mentions, the default), per event (--report events), per
           distinct entity and document (--report entities) or per story, the reports of one
           happening across documents (--report stories); --bom for Excel, --no-header for shards
  json     one JSON document: every input with its mentions and events; --include-text, --explain
  jsonl    one JSON line per input, as json; --include-text, --explain
  geojson  the places and located events of the run, as GeoJSON features
  html     one self-contained report: a map, a timeline and tables
  text     mentions and events, readable, per input

Options for one format only are refused with another (--bom with json, --explain with csv).
`;
