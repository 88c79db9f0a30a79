/**
 * Every mention is made here, with one object shape: all fields, in the order the JSON output
 * lists them, the absent ones `undefined` (which JSON.stringify leaves out, so the output is as if
 * they were never set). Mentions of one shape keep the code that reads them monomorphic: with
 * actors, places, dates and unknown names each shaped by the fields they happened to get, every
 * `m.start` in the pipeline had become a megamorphic property load.
 */
import type { Kind, Mention } from './types.js';

export function newMention(kind: Kind, text: string, start: number, end: number, sentence: number): Mention {
  return {
    kind,
    text,
    start,
    end,
    sentence,
    id: undefined,
    name: undefined,
    category: undefined,
    country: undefined,
    lat: undefined,
    lon: undefined,
    value: undefined,
    precision: undefined,
    resolved: undefined,
    explain: undefined,
  };
}
