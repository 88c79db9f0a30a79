import { describe, expect, it } from 'vitest';
import type { MapDoc } from '../src/write/geojson.js';
import { StoryCollector } from '../src/write/stories.js';

type Ev = MapDoc['events'][number];
const IDLIB = { id: 'sy_idlib', name: 'Idlib', lat: 35.93, lon: 36.63 };
const AFRIN = { id: 'sy_afrin', name: 'Afrin', lat: 36.51, lon: 36.87 };
const ev = (over: Partial<Ev> = {}): Ev => ({
  type: 'ASSAULT',
  subtype: null,
  modality: 'asserted',
  date: '2018-09-07',
  trigger: 'shelled',
  actors: [],
  participants: [{ id: 'country_ru', name: 'Russia' }],
  sentence: '',
  location: IDLIB,
  ...over,
});
const doc = (source: string, events: Ev[], date: string | null = null): MapDoc => ({
  source,
  date,
  places: [],
  events,
  names: { actor: [], place: [] },
});
/** `story type from to documents reports` of each row. */
function stories(...docs: MapDoc[]): string[] {
  const c = new StoryCollector();
  for (const d of docs) c.add(d);
  return c
    .rows()
    .join('')
    .trim()
    .split('\n')
    .map((line) => {
      const f = line.split(',');
      return `${f[0]} ${f[1]} ${f[2]} ${f[3]} ${f[f.length - 4]} ${f[f.length - 3]}`;
    });
}

describe('stories across documents', () => {
  it('joins reports of one happening in two documents', () =>
    expect(stories(doc('a', [ev()]), doc('b', [ev({ date: '2018-09-08' })]))).toEqual([
      's1 ASSAULT 2018-09-07 2018-09-08 2 2',
    ]));
  it('keeps apart reports three days apart', () =>
    expect(stories(doc('a', [ev()]), doc('b', [ev({ date: '2018-09-10' })]))).toHaveLength(2));
  it('keeps apart reports of other places and other participants', () =>
    expect(stories(doc('a', [ev()]), doc('b', [ev({ location: AFRIN, participants: [] })]))).toHaveLength(2));
  it('joins by the place alone', () =>
    expect(stories(doc('a', [ev()]), doc('b', [ev({ participants: [] })]))).toEqual([
      's1 ASSAULT 2018-09-07 2018-09-07 2 2',
    ]));
  it('keeps apart reports of other types', () =>
    expect(stories(doc('a', [ev()]), doc('b', [ev({ type: 'MOBILIZE' })]))).toHaveLength(2));
  it("dates an undated report by its document's date", () =>
    expect(stories(doc('a', [ev()]), doc('b', [ev({ date: null })], '2018-09-08'))).toEqual([
      's1 ASSAULT 2018-09-07 2018-09-08 2 2',
    ]));
  it("counts a document's re-mentions of a happening as one report", () =>
    expect(stories(doc('a', [ev({ happening: 'h1' }), ev({ happening: 'h1', trigger: 'attack' })]))).toEqual([
      's1 ASSAULT 2018-09-07 2018-09-07 1 1',
    ]));
  it('leaves out what did not happen', () => {
    const c = new StoryCollector();
    c.add(doc('a', [ev({ modality: 'hypothetical' }), ev({ modality: 'negated' })]));
    expect(c.rows().join('')).toBe('');
  });
});
