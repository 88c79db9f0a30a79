import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandSlots, readLexicon, type EventLexicon } from '../src/gazetteer/lexicon.js';
import { createContext, extractDocument } from '../src/pipeline.js';
import type { Event } from '../src/types.js';
import { fixtureGazetteer } from './helpers.js';

const LEXICON: EventLexicon = {
  modality: {
    negated: ['not', "n't", 'never', 'refrained from', 'ruled out'],
    hypothetical: ['pre-empt', 'if', 'would', 'could', 'may', 'might', 'threatens to', 'on the cards', 'any'],
    planned: ['will', 'plans to', 'agreed to', 'scheduled', 'is to'],
  },
  modality_after: {
    negated: ['is out of the question'],
    hypothetical: ['would be', 'in the event of', 'is on the cards'],
    planned: ['is planned'],
  },
  not_triggers: ['attack helicopter'],
  grammar: {
    passive_auxiliaries: ['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got'],
    past_participle_endings: ['ed', 'en', 'wn'],
    determiners: ['the', 'a', 'an', 'its', 'their'],
    target_prepositions: ['against', 'on', 'at', 'targeting', 'upon', 'into'],
    time_prepositions: ['until', 'till', 'before', 'after', 'since', 'following', 'during'],
    negative_polarity: ['any', 'possibility of', 'possible'],
    sentence_adverbs: ['therefore', 'now', 'still', 'also', 'already'],
    cause_prepositions: ['for', 'after', 'over', 'since', 'following', 'despite'],
    relative_pronouns: ['which', 'who', 'whom', 'whose', 'where', 'when'],
    qualifier_suffixes: ['backed', 'led'],
    complementizers: ['that'],
    agent_prepositions: ['by'],
    reporting_verbs: ['said', 'says', 'told', 'announced'],
    contractions: ["n't not"],
  },
  triggers: [
    { type: 'ASSAULT', subtype: 'shelling', verbs: ['shell'], nouns: ['shelling'] },
    { type: 'ASSAULT', subtype: 'airstrike', nouns: ['airstrike'] },
    { type: 'ASSAULT', subtype: 'barrel_bomb', phrases: ['drop barrel bombs'] },
    { type: 'ASSAULT', nouns: ['assault', 'attack'], verbs: ['attack'] },
    { type: 'SANCTION', subtype: 'designation', verbs: ['blacklist'] },
    { type: 'RETREAT', subtype: 'withdrawal', verbs: ['withdraw'], nouns: ['withdrawal'] },
    { type: 'CONSULT', subtype: 'summit', nouns: ['summit'] },
    { type: 'COOPERATE', subtype: 'intelligence_sharing', phrases: ['share (its|their|) (intelligence|information)'] },
  ],
  cameo: { ASSAULT: '19', SANCTION: '16' },
};
const ctx = createContext(fixtureGazetteer(), { lexicon: LEXICON });
const eventsOf = (text: string, date = '2018-09-07'): Event[] =>
  extractDocument({ source: 't', text, date: { value: date, from: 'option' } }, ctx).events;
const one = (text: string, date?: string): Event => {
  const events = eventsOf(text, date);
  expect(events).toHaveLength(1);
  return events[0];
};
const roles = (e: Event) => e.actors.map((a) => `${a.role}:${a.name}`);

describe('event triggers', () => {
  it('finds inflected verbs expanded at compile time', () =>
    expect(one('Turkey withdrew from Idlib.').type).toBe('RETREAT'));
  it('finds plural nouns', () => expect(one('Russian airstrikes hit Idlib.').subtype).toBe('airstrike'));
  it('finds conjugated phrases', () => expect(one('Assad drops barrel bombs on Hama.').subtype).toBe('barrel_bomb'));
  it('finds a phrase with a word in a slot', () =>
    expect(one('Turkey shared their intelligence.').type).toBe('COOPERATE'));
  it('finds a phrase with an empty slot', () => expect(one('Turkey is sharing information.').type).toBe('COOPERATE'));
  it('finds no phrase with a word outside its slot', () =>
    expect(eventsOf('Turkey shared our intelligence.')).toEqual([]));
  it('keeps offsets of the trigger', () => {
    const text = 'Turkey blacklists HTS.';
    const e = one(text);
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
  });
  it('adds the CAMEO root code', () => expect(one('Turkey blacklists HTS.').cameo).toBe('16'));
  it('drops a not-trigger phrase that holds a trigger word', () =>
    expect(eventsOf('An attack helicopter flew over Hama.')).toEqual([]));
  it('finds noun triggers that name an event again', () => expect(one('The summit ended.').type).toBe('CONSULT'));
});

describe('event roles', () => {
  it('takes the actor before as source and after as target', () =>
    expect(roles(one('Turkey blacklists HTS.'))).toEqual(['source:Turkey', "target:Hay'at Tahrir al-Sham"]));
  it('gives coordinated actors before the trigger the same role', () =>
    expect(roles(one('Turkey and the US blacklist HTS.'))).toEqual([
      'source:United States',
      'source:Turkey',
      "target:Hay'at Tahrir al-Sham",
    ]));
  it('gives a list of actors after the trigger the same role', () =>
    expect(roles(one('Turkey blacklists HTS, NLF and FSA.'))).toEqual([
      'source:Turkey',
      "target:Hay'at Tahrir al-Sham",
      'target:National Liberation Front',
      'target:Free Syrian Army',
    ]));
  it('skips an actor inside an apposition to the subject', () =>
    expect(roles(one('Turkey, a key US ally, blacklists HTS.'))).toEqual([
      'source:Turkey',
      "target:Hay'at Tahrir al-Sham",
    ]));
  it('gives no role to the speaker of a report after the trigger', () =>
    expect(roles(one('Turkey blacklists HTS, the US said.'))).toEqual([
      'source:Turkey',
      "target:Hay'at Tahrir al-Sham",
    ]));
  it('gives no role to the addressee of a report', () =>
    expect(roles(one('Turkey shelled Idlib, officials told the US.'))).toEqual(['source:Turkey']));
  it('takes a country named as a place into a coordination with a participant', () => {
    const g = fixtureGazetteer();
    const between = createContext(
      { ...g, rules: { ...g.rules, placePrepositions: [...g.rules.placePrepositions, 'between'] } },
      { lexicon: LEXICON },
    );
    const [e] = extractDocument(
      { source: 't', text: 'HTS held a summit between Syria and Turkey.', date: null },
      between,
    ).events;
    expect(roles(e)).toEqual(["source:Hay'at Tahrir al-Sham", 'target:Turkey', 'target:Syria']);
  });
  it('takes the agent of the trigger, not of a later verb', () =>
    expect(roles(one('Turkey blacklists HTS, as was confirmed later that week by the US.'))).toEqual([
      'source:Turkey',
      "target:Hay'at Tahrir al-Sham",
    ]));
  it('keeps a trigger that only shares a word with a phrase before it', () => {
    const lexicon = { ...LEXICON, triggers: [...LEXICON.triggers, { type: 'ASSAULT', nouns: ['troops assault'] }] };
    const text = "Turkey's troops assault began.";
    const [e] = extractDocument(
      { source: 't', text, date: null },
      createContext(fixtureGazetteer(), { lexicon }),
    ).events;
    expect(e.trigger.text).toBe('troops assault');
  });
  it('takes no media as participants (they report)', () =>
    expect(roles(one('Turkey, RT says, blacklists HTS.'))).toEqual(['source:Turkey', "target:Hay'at Tahrir al-Sham"]));
  it('gives each participant its country (and CAMEO code where it has one)', () =>
    expect(one('Turkey blacklists HTS.').actors.map((a) => [a.id, a.country])).toEqual([
      ['country_tr', 'TR'],
      ['hts', 'SY'],
    ]));
  it('reads the passive by the grammar of the lexicon, not by code', () => {
    const bare = createContext(fixtureGazetteer(), {
      lexicon: { ...LEXICON, grammar: { ...LEXICON.grammar, passive_auxiliaries: [] } },
    });
    const e = extractDocument({ source: 't', text: 'HTS was shelled by the Assad regime.', date: null }, bare)
      .events[0];
    expect(roles(e)).not.toContain("target:Hay'at Tahrir al-Sham");
  });
  it('rejects a grammar list that is no list of words', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-lexicon-'));
    writeFileSync(join(dir, 'events.json'), JSON.stringify({ grammar: { determiners: 'the' }, triggers: [] }));
    expect(() => readLexicon(join(dir, 'events.json'))).toThrow(/grammar\.determiners must be an array of strings/);
  });
  it('reads the passive', () =>
    expect(roles(one('HTS was shelled by the Assad regime.'))).toEqual([
      'source:Syrian government',
      "target:Hay'at Tahrir al-Sham",
    ]));
  it('reads "against" as target', () =>
    expect(roles(one('the assault by Assad against the NLF began')).slice(-1)).toEqual([
      'target:National Liberation Front',
    ]));
  it('gives backers no role', () =>
    expect(roles(one('Turkey-backed NLF will attack HTS.'))).toEqual([
      'source:National Liberation Front',
      "target:Hay'at Tahrir al-Sham",
    ]));
});

describe('event places and dates', () => {
  it('locates the event at the most specific place', () =>
    expect(one('Assad shelled Jisr al-Shughur in Syria.').location?.name).toBe('Jisr al-Shughur'));
  it('takes the date of the sentence', () =>
    expect([one('Assad shelled Hama yesterday.').date, one('Assad shelled Hama yesterday.').date_from]).toEqual([
      '2018-09-06',
      'sentence',
    ]));
  it('takes a heading date', () => expect(one('Sept 8: Assad drops barrel bombs on Hama').date_from).toBe('heading'));
  it('leaves the date null without one', () => expect(one('Assad shelled Hama.').date).toBeNull());
  it('leaves the date of the reporting to the reporting', () =>
    expect(one('Assad shelled Hama, activists said on Monday.').date).toBeNull());
  it('leaves the date of a report before its clause to the report', () =>
    expect(one('Activists said on Monday that Assad shelled Hama.').date).toBeNull());
  it('takes a date said of the happening before the reporting verb', () =>
    expect(one('Assad shelled Hama on Monday, activists said.').date).toBe('2018-09-03'));
  it('takes the happening date beside a reporting one', () =>
    expect(one('Activists said on Monday that Assad shelled Hama yesterday.').date).toBe('2018-09-06'));
});

describe('event modality', () => {
  it.each([
    ['Assad shelled Hama.', 'asserted'],
    ['Assad will attack Idlib.', 'planned'],
    ['Turkey plans to withdraw.', 'planned'],
    ['Turkey is to withdraw.', 'planned'],
    ['If Assad attacks Idlib, Turkey acts.', 'hypothetical'],
    ['Assad could attack Idlib.', 'hypothetical'],
    ['An assault is on the cards, some say.', 'hypothetical'],
    ['Any assault would be a disaster.', 'hypothetical'],
    ['Turkey did not withdraw.', 'negated'],
    ["Turkey didn't withdraw.", 'negated'],
    ['Turkey ruled out a withdrawal.', 'negated'],
    ['Putin threatens to attack.', 'hypothetical'],
    ['An assault on Idlib is out of the question.', 'negated'],
    ['Any assault is out of the question.', 'negated'],
    ['The withdrawal is planned for May.', 'planned'],
    ['Assad shelled Hama on 20 September.', 'planned'],
    ['Sept 8: Assad shells Hama', 'asserted'],
    ['The raid, planned by Assad, attacked Hama.', 'asserted'],
    ['Turkey plans a summit, which ended the attack.', 'asserted'],
    ['Turkey will withdraw after the assault.', 'asserted'],
    ['An assault on Idlib is therefore out of the question.', 'negated'],
    ['Assad would have come off the worse for an assault.', 'hypothetical'],
    ['It must be clear that after the withdrawal Turkey stayed.', 'asserted'],
    ['The NLF has not mounted any attack.', 'negated'],
    ['The advance was made possible by an attack on Hama.', 'asserted'],
    ['Russia sought to pre-empt an attack.', 'hypothetical'],
    ['Putin plans to attack in the event of resistance.', 'hypothetical'],
    ['Nothing will be clear until the summit.', 'asserted'],
  ])('%s -> %s', (text, modality) => expect(eventsOf(text).at(-1)!.modality).toBe(modality));
});

describe('slot patterns', () => {
  it('spell out each choice', () =>
    expect(expandSlots('share (its|their) intelligence')).toEqual([
      'share its intelligence',
      'share their intelligence',
    ]));
  it('take an empty choice as no word', () =>
    expect(expandSlots('share (its|) intelligence')).toEqual(['share its intelligence', 'share intelligence']));
  it('multiply groups', () => expect(expandSlots('(a|b) (c|d)')).toEqual(['a c', 'a d', 'b c', 'b d']));
  it('leave a phrase without groups alone', () =>
    expect(expandSlots('drop barrel bombs')).toEqual(['drop barrel bombs']));
});
