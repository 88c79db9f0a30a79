import { describe, expect, it } from 'vitest';
import { distanceKm, score, type GoldDoc } from '../src/score.js';
import type { DocResult, Mention } from '../src/types.js';

const gold: GoldDoc[] = [
  {
    file: 'a.txt',
    mentions: [
      { type: 'actor', text: 'HTS', start: 0, end: 3, entity: 'HTS' },
      { type: 'actor', text: 'Hay’at', start: 10, end: 16, entity: 'HTS' },
      { type: 'place', text: 'Turkey', start: 20, end: 26, entity: 'Turkey', country: true, lat: 39, lon: 35 },
      { type: 'actor', text: 'Turkish intelligence', start: 30, end: 50, entity: 'MIT', optional: true },
      { type: 'date', text: 'today', start: 60, end: 65, value: '2018-09-18' },
    ],
  },
];
const m = (kind: Mention['kind'], start: number, end: number, extra: Partial<Mention> = {}): Mention => ({ kind, text: 'x'.repeat(end - start), start, end, sentence: 0, ...extra });
const results = (mentions: Mention[]) => new Map<string, DocResult>([['a.txt', { source: 'a.txt', date: null, mentions, events: [] }]]);

describe('score', () => {
  it('scores a perfect system 1.0, countries either way, optional ignored', () => {
    const r = score(gold, results([m('actor', 0, 3, { id: 'hts' }), m('actor', 10, 16, { id: 'hts' }), m('actor', 20, 26, { id: 'tr' }), m('actor', 30, 50, { id: 'mit' }), m('date', 60, 65, { value: '2018-09-18' })]));
    expect([r.mentions.f1, r.aliases.f1, r.dateValues.f1]).toEqual([1, 1, 1]);
  });
  it('counts misses, false alarms, wrong coordinates and values', () => {
    const r = score(gold, results([m('actor', 0, 3, { id: 'hts' }), m('actor', 10, 16, { id: 'other' }), m('place', 20, 26, { id: 'tr', lat: 10, lon: 10 }), m('place', 70, 75), m('date', 60, 65, { value: '2018-09-17' })]));
    expect([r.kinds.actor.tp, r.kinds.place.fp, r.coordinates.correct, r.coordinates.total, r.dateValues.correct, r.aliases.fn]).toEqual([2, 1, 0, 1, 0, 1]);
  });
  it('measures great-circle distance', () => expect(Math.round(distanceKm(35.93, 36.63, 35.81, 36.32))).toBe(31));
});
