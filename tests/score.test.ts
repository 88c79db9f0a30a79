import { describe, expect, it } from 'vitest';
import { distanceKm, score, type GoldDoc, type GoldEvent, type GoldMention, type Prf } from '../src/score.js';
import type { DocResult, Event, Mention } from '../src/types.js';

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
const m = (kind: Mention['kind'], start: number, end: number, extra: Partial<Mention> = {}): Mention => ({
  kind,
  text: 'x'.repeat(end - start),
  start,
  end,
  sentence: 0,
  ...extra,
});
const results = (mentions: Mention[]) =>
  new Map<string, DocResult>([['a.txt', { source: 'a.txt', date: null, mentions, events: [] }]]);

describe('score', () => {
  it('scores a perfect system 1.0, countries either way, optional ignored', () => {
    const r = score(
      gold,
      results([
        m('actor', 0, 3, { id: 'hts' }),
        m('actor', 10, 16, { id: 'hts' }),
        m('actor', 20, 26, { id: 'tr' }),
        m('actor', 30, 50, { id: 'mit' }),
        m('date', 60, 65, { value: '2018-09-18' }),
      ]),
    );
    expect([r.mentions.f1, r.aliases.f1, r.dateValues.f1]).toEqual([1, 1, 1]);
  });
  it('counts misses, false alarms, wrong coordinates and values', () => {
    const r = score(
      gold,
      results([
        m('actor', 0, 3, { id: 'hts' }),
        m('actor', 10, 16, { id: 'other' }),
        m('place', 20, 26, { id: 'tr', lat: 10, lon: 10 }),
        m('place', 70, 75),
        m('date', 60, 65, { value: '2018-09-17' }),
      ]),
    );
    expect([
      r.kinds.actor.tp,
      r.kinds.place.fp,
      r.coordinates.correct,
      r.coordinates.total,
      r.dateValues.correct,
      r.aliases.fn,
    ]).toEqual([2, 1, 0, 1, 0, 1]);
  });
  it('measures great-circle distance', () => expect(Math.round(distanceKm(35.93, 36.63, 35.81, 36.32))).toBe(31));
});

// Events: g(old) and s(ystem) events by type and trigger span; `events` scores one document of them.
const g = (type: string, start: number, end: number, extra: Partial<GoldEvent> = {}): GoldEvent => ({
  type,
  trigger: 'x'.repeat(end - start),
  start,
  end,
  date: null,
  modality: 'asserted',
  ...extra,
});
const s = (type: string, start: number, end: number, extra: Partial<Event> = {}): Event => ({
  type,
  subtype: null,
  cameo: null,
  trigger: { text: 'x'.repeat(end - start), start, end },
  sentence: 0,
  sentence_span: { start: 0, end: 100 },
  actors: [],
  places: [],
  location: null,
  date: null,
  date_from: null,
  modality: 'asserted',
  ...extra,
});
const events = (goldEvents: GoldEvent[], sysEvents: Event[]) =>
  score(
    [{ file: 'a.txt', mentions: [], events: goldEvents }],
    new Map<string, DocResult>([['a.txt', { source: 'a.txt', date: null, mentions: [], events: sysEvents }]]),
  ).events;
/** [detection tp, fp, fn], [typed tp, fp, fn] */
const tally = (goldEvents: GoldEvent[], sysEvents: Event[]) => {
  const r = events(goldEvents, sysEvents);
  const c = (p: Prf) => [p.tp, p.fp, p.fn];
  return [c(r.detection), c(r.typed)];
};

describe('score: events', () => {
  it('counts an overlapping event of the same type twice right', () =>
    expect(tally([g('ASSAULT', 0, 5)], [s('ASSAULT', 3, 8)])).toEqual([
      [1, 0, 0],
      [1, 0, 0],
    ]));
  it('counts an overlapping event of another type as detected but mistyped', () =>
    expect(tally([g('ASSAULT', 0, 5)], [s('PROTEST', 0, 5)])).toEqual([
      [1, 0, 0],
      [0, 1, 1],
    ]));
  it('counts a missed event', () =>
    expect(tally([g('ASSAULT', 0, 5)], [s('ASSAULT', 5, 9)])).toEqual([
      [0, 1, 1],
      [0, 1, 1],
    ]));
  it('counts a missed event when the system has none', () =>
    expect(tally([g('ASSAULT', 0, 5)], [])).toEqual([
      [0, 0, 1],
      [0, 0, 1],
    ]));
  it('counts a spurious event', () =>
    expect(tally([], [s('ASSAULT', 0, 5)])).toEqual([
      [0, 1, 0],
      [0, 1, 0],
    ]));
  it('does not miss hypothetical or negated gold events', () =>
    expect(
      tally([g('ASSAULT', 0, 5, { modality: 'hypothetical' }), g('MEET', 10, 15, { modality: 'negated' })], []),
    ).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]));
  it('neither rewards nor penalizes a system event on an optional gold event', () =>
    expect(tally([g('ASSAULT', 0, 5, { modality: 'negated' })], [s('PROTEST', 0, 5)])).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]));
  it('scores the modality of a system event on an optional gold event, and not its date', () => {
    expect(
      events(
        [g('ASSAULT', 0, 5, { modality: 'hypothetical' })],
        [s('ASSAULT', 0, 5, { modality: 'hypothetical', date: '2018-09-07' })],
      ),
    ).toMatchObject({ modality: { correct: 1, total: 1 }, date: { total: 0 } });
    expect(events([g('ASSAULT', 0, 5, { modality: 'negated' })], [s('ASSAULT', 0, 5)]).modality).toEqual({
      correct: 0,
      total: 1,
      accuracy: 0,
    });
  });
  it('lets no optional gold event take a system event from a required one', () =>
    expect(tally([g('ASSAULT', 0, 10, { modality: 'negated' }), g('ASSAULT', 5, 15)], [s('ASSAULT', 6, 9)])).toEqual([
      [1, 0, 0],
      [1, 0, 0],
    ]));
  it('prefers the overlapping system event of the same type', () =>
    expect(tally([g('ASSAULT', 10, 20)], [s('PROTEST', 10, 15), s('ASSAULT', 12, 20)])).toEqual([
      [1, 1, 0],
      [1, 1, 0],
    ]));
  it('measures date accuracy over matched events, null equal to null', () =>
    expect(
      events(
        [
          g('A', 0, 5),
          g('A', 10, 15, { date: '2018-09-07' }),
          g('A', 20, 25, { date: '2018-09-07' }),
          g('A', 30, 35, { date: '2018-09-07' }),
        ],
        [s('A', 0, 5), s('A', 10, 15, { date: '2018-09-07' }), s('A', 20, 25, { date: '2018-09-08' }), s('A', 30, 35)],
      ).date,
    ).toEqual({ correct: 2, total: 4, accuracy: 0.5 }));
  it('measures modality accuracy over matched events', () =>
    expect(
      events(
        [g('A', 0, 5, { modality: 'planned' }), g('A', 10, 15), g('A', 20, 25, { modality: 'planned' })],
        [s('A', 0, 5), s('A', 10, 15), s('A', 20, 25, { modality: 'planned' })],
      ).modality,
    ).toEqual({ correct: 2, total: 3, accuracy: 2 / 3 }));
  it('gives precision, recall and F1 from the counts', () =>
    expect(events([g('A', 0, 5), g('B', 10, 15)], [s('A', 0, 5), s('C', 20, 25)]).detection).toMatchObject({
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
    }));
});

// Participants: gold actor mentions (entity at a span) and system participants at spans.
const gm = (entity: string, start: number, optional = false): GoldMention => ({
  type: 'actor',
  text: entity,
  start,
  end: start + 3,
  entity,
  ...(optional ? { optional } : {}),
});
const actor = (start: number): Event['actors'][number] => ({
  text: 'abc',
  start,
  end: start + 3,
  role: 'source',
  by: 'test',
});
const participants = (mentions: GoldMention[], wanted: string[], at: number[]) => {
  const p = score(
    [{ file: 'a.txt', mentions, events: [g('ASSAULT', 50, 55, { actors: wanted })] }],
    new Map<string, DocResult>([
      [
        'a.txt',
        { source: 'a.txt', date: null, mentions: [], events: [s('ASSAULT', 50, 55, { actors: at.map(actor) })] },
      ],
    ]),
  ).events.participants;
  return [p.tp, p.fp, p.fn];
};

describe('score: participants', () => {
  it('counts a participant on a mention of a gold actor', () =>
    expect(participants([gm('Russia', 0)], ['Russia'], [0])).toEqual([1, 0, 0]));
  it('counts a participant on an optional mention of the entity (Tajik forces: Tajikistan)', () =>
    expect(participants([gm('Tajikistan', 0, true)], ['Tajikistan'], [0])).toEqual([1, 0, 0]));
  it('counts a participant on no gold actor as spurious and the gold actor as missed', () =>
    expect(participants([gm('Russia', 0)], ['Russia'], [10])).toEqual([0, 1, 1]));
  it('counts one entity named twice once', () =>
    expect(participants([gm('Russia', 0), gm('Russia', 10)], ['Russia'], [0, 10])).toEqual([1, 0, 0]));
});
