/** What a document has said so far decides some names: surnames, generic institutional names, misspelt names. */
import { describe, it } from 'vitest';
import type { Rules } from '../src/gazetteer/load.js';
import { createContext, type Context } from '../src/pipeline.js';
import type { GazetteerEntry } from '../src/types.js';
import { expectMentions, fixtureGazetteer } from './helpers.js';

const ACTORS: GazetteerEntry[] = [
  { id: 'nazik', name: 'Yusuf Nazik', aliases: ['Nazik'], category: 'person', country: 'TR' },
  { id: 'mustafa', name: 'Naji al-Mustafa', aliases: ['al-Mustafa'], category: 'person', country: 'SY' },
  { id: 'bozan', name: 'Milos Mustafa Bozan', aliases: ['Bozan'], category: 'person', country: 'SY' },
  { id: 'helmets', name: 'White Helmets', generic_aliases: ['Civil Defence'], category: 'ngo', country: 'SY' },
];
const PLACES: GazetteerEntry[] = [
  { id: 'bozan_town', name: 'Bozan', category: 'town', country: 'TR', lat: 39.79, lon: 31.1 },
  { id: 'khmeimim', name: 'Khmeimim', category: 'base', country: 'SY', lat: 35.4, lon: 35.95 },
  { id: 'kayseri', name: 'Kayseri', category: 'city', country: 'TR', lat: 38.73, lon: 35.48 },
];

function context(rules: Partial<Rules> = {}): Context {
  const gazetteer = fixtureGazetteer({ actors: ACTORS, places: PLACES });
  return createContext({ ...gazetteer, rules: { ...gazetteer.rules, ...rules } }, { explain: true });
}
const ctx = context();
const strict = context({ fuzzyStop: ['kaysere'] });

describe('a surname alone', () => {
  it('names a person once their full name has appeared', () =>
    expectMentions(
      'Yusuf Nazik spoke. Then Nazik left.',
      [
        ['Yusuf Nazik', 'actor', 'nazik'],
        ['Nazik', 'actor', 'nazik'],
      ],
      ctx,
    ));
  it('names nobody before that', () =>
    expectMentions('Then Nazik left. Yusuf Nazik spoke.', [['Yusuf Nazik', 'actor', 'nazik']], ctx));
  it('counts an article as no word', () => expectMentions('Then al-Mustafa left.', [], ctx));
  it('needs no introduction for a person known by surname', () =>
    expectMentions('Then Erdoğan left.', [['Erdoğan', 'actor', 'erdogan']], ctx));
  it('leaves a homonymous place to the place before the introduction', () =>
    expectMentions(
      'In Turkey, Bozan is small.',
      [
        ['Turkey', 'place', 'country_tr'],
        ['Bozan', 'place', 'bozan_town'],
      ],
      ctx,
    ));
  it('outranks a homonymous place after it', () =>
    expectMentions(
      'Milos Mustafa Bozan fled Turkey. Then Bozan left.',
      [
        ['Milos Mustafa Bozan', 'actor', 'bozan'],
        ['Turkey', 'actor', 'country_tr'],
        ['Bozan', 'actor', 'bozan'],
      ],
      ctx,
    ));
});

describe('a generic institutional name', () => {
  it('names its body where the body’s country is in context', () =>
    expectMentions(
      'In Syria, the Civil Defence came.',
      [
        ['Syria', 'place', 'country_sy'],
        ['Civil Defence', 'actor', 'helmets'],
      ],
      ctx,
    ));
  it('names nothing without that country', () => expectMentions('The Civil Defence came.', [], ctx));
  it('names nothing after another qualifier', () =>
    expectMentions('In Syria, the Lebanese Civil Defence came.', [['Syria', 'place', 'country_sy']], ctx));
});

describe('a misspelt name', () => {
  it('is found with one letter missing', () =>
    expectMentions(
      'Idlib is calm. Kmeimim was hit.',
      [
        ['Idlib', 'place', 'idlib'],
        ['Kmeimim', 'place', 'khmeimim'],
      ],
      ctx,
    ));
  it('is found with one word of a longer name misspelt', () =>
    expectMentions(
      'Idlib is calm. Jisr al-Sughur fell.',
      [
        ['Idlib', 'place', 'idlib'],
        ['Jisr al-Sughur', 'place', 'jisr'],
      ],
      ctx,
    ));
  it('is found with one letter replaced', () =>
    expectMentions(
      'Turkey is calm. Kaysere was hit.',
      [
        ['Turkey', 'actor', 'country_tr'],
        ['Kaysere', 'place', 'kayseri'],
      ],
      ctx,
    ));
  it('needs a place of its country named before', () =>
    expectMentions('Kmeimim was hit. Idlib is calm.', [['Idlib', 'place', 'idlib']], ctx));
  it('needs a capital', () =>
    expectMentions('Idlib is calm. The kmeimim was hit.', [['Idlib', 'place', 'idlib']], ctx));
  it('needs seven letters', () =>
    expectMentions('Moscow is far. Then Moskow spoke.', [['Moscow', 'actor', 'moscow']], ctx));
  it('is never a word of the fuzzy stop list', () =>
    expectMentions('Turkey is calm. Kaysere was hit.', [['Turkey', 'actor', 'country_tr']], strict));
  it('is never a person', () =>
    expectMentions('Turkey is calm. Erdogen spoke.', [['Turkey', 'actor', 'country_tr']], ctx));
  it('takes one edit, not two', () =>
    expectMentions('Idlib is calm. Kmeimin was hit.', [['Idlib', 'place', 'idlib']], ctx));
});
