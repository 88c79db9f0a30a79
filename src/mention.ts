/**
 * Every mention is made here, with one object shape: all fields, in the order the JSON output
 * lists them, the absent ones `undefined` (which JSON.stringify leaves out, so the output is as if
 * they were never set). Code that reads mentions then sees one object shape, not one per
 * combination of fields an actor, place, date or unknown name happened to get (more than the four
 * a V8 property access handles before it turns megamorphic).
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
