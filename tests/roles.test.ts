import { describe, expect, it } from 'vitest';
import { expectMentions, mentionsOf } from './helpers.js';

describe('country and capital: actor or place', () => {
  it('subject is an actor', () => expectMentions('Turkey has decided to act.', [['Turkey', 'actor']]));
  it('possessive is an actor', () => expectMentions('Turkey’s position is clear.', [['Turkey', 'actor']]));
  it('X-backed is an actor', () => expectMentions('Turkey-backed forces advanced.', [['Turkey', 'actor']]));
  it('after "in" is a place', () => expectMentions('Refugees in Turkey wait.', [['Turkey', 'place']]));
  it('after "into" through modifiers is a place', () =>
    expectMentions('They moved into the north of Syria.', [['Syria', 'place']]));
  it('after a direction is a region of it', () =>
    expectMentions('They moved into northern Syria.', [['northern Syria', 'place']]));
  it('after a direction is a region without a point', () =>
    expect(mentionsOf('Northern Syria is calm.')[0]).toMatchObject({
      id: 'country_sy:northern',
      category: 'region',
      precision: 'region',
      lat: undefined,
    }));
  it('capital acting is an actor', () => expectMentions('Moscow warned Ankara.', [['Moscow', 'actor']]));
  it('capital after "to" is a place', () =>
    expectMentions('Erdoğan flew to Moscow.', [
      ['Erdoğan', 'actor'],
      ['Moscow', 'place'],
    ]));
  it('a capital in capitals at a line start is a dateline: a place', () =>
    expectMentions('MOSCOW, May 2 (Reuters) - Officials met.', [['MOSCOW', 'place']]));
  it('a capital in capitals elsewhere keeps its role', () =>
    expectMentions('They said MOSCOW warned them.', [['MOSCOW', 'actor']]));
  it('places that are not polities stay places', () => expectMentions('Idlib has fallen.', [['Idlib', 'place']]));
});
