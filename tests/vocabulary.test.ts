/** The bundled English lexicon's world vocabulary, typed as the guidelines' PLOVER conventions say. */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../src/gazetteer/load.js';
import { loadLexicon } from '../src/gazetteer/lexicon.js';
import { createContext, extractDocument } from '../src/pipeline.js';

const ctx = createContext(loadGazetteer([], { packs: ['levant'] }), {
  lexicon: loadLexicon([], { packs: ['levant'] }),
});
/** `TYPE trigger` of each event of a sentence. */
const typed = (text: string) =>
  extractDocument({ source: 't.txt', text, date: null }, ctx).events.map((e) => `${e.type} ${e.trigger.text}`);

describe('world vocabulary', () => {
  it('types a coup as COERCE', () => expect(typed('Officers staged a coup in the capital.')).toEqual(['COERCE coup']));
  it('types overthrowing a government as COERCE', () =>
    expect(typed('The army overthrew the president.')).toEqual(['COERCE overthrew']));
  it('types martial law as COERCE', () =>
    expect(typed('The government declared martial law.')).toEqual(['COERCE declared martial law']));
  it('types a cyberattack as ASSAULT', () =>
    expect(typed('A cyberattack hit the ministry.')).toEqual(['ASSAULT cyberattack', 'ASSAULT hit']));
  it('types hacking as ASSAULT', () => expect(typed('Hackers hacked the ministry.')).toEqual(['ASSAULT hacked']));
  it('types an apology as SUPPORT', () =>
    expect(typed('The minister apologised to the families.')).toEqual(['SUPPORT apologised']));
  it('types an extradition as COERCE', () =>
    expect(typed('The suspect was extradited to France.')).toEqual(['COERCE extradited']));
  it('types violence named as a whole as ASSAULT', () =>
    expect(typed('Violence spread across the province.')).toEqual(['ASSAULT Violence']));
});

/** `TYPE trigger modality` of each event of a sentence. */
const moded = (text: string) =>
  extractDocument({ source: 't.txt', text, date: null }, ctx).events.map(
    (e) => `${e.type} ${e.trigger.text} ${e.modality}`,
  );

describe('verbs that act on another happening', () => {
  it('makes halting aid a SANCTION, and the aid no event', () =>
    expect(moded('Washington halted economic aid to Cairo.')).toEqual(['SANCTION halted asserted']));
  it('makes suspending talks a SANCTION', () =>
    expect(moded('Kenya suspended talks with Somalia.')).toEqual(['SANCTION suspended asserted']));
  it('keeps called-off talks, negated, beside the SANCTION', () =>
    expect(moded('Kenya called off talks with Somalia.')).toEqual([
      'SANCTION called off asserted',
      'CONSULT talks with negated',
    ]));
  it('makes failing to agree a REJECT beside the negated agreement', () =>
    expect(moded('The two sides failed to reach an agreement.')).toEqual([
      'REJECT failed asserted',
      'AGREE reach an agreement negated',
    ]));
  it('makes easing restrictions a CONCEDE', () =>
    expect(moded('The army eased the curfew in the city.')).toEqual(['CONCEDE eased asserted']));
  it('makes `must` before a happening a REQUEST beside the hypothetical happening', () =>
    expect(moded('Russia must withdraw its forces.')).toEqual([
      'REQUEST must asserted',
      'RETREAT withdraw hypothetical',
    ]));
  it('leaves a modal that is no demand (`would have to be put on hold`)', () =>
    expect(moded('The plans would have to be put on hold.').filter((e) => e.startsWith('REQUEST'))).toEqual([]));
  it('leaves a verb whose happening is of a type it does not act on', () =>
    expect(moded('The rebels halted the offensive.')).toEqual([
      'CONCEDE halted asserted',
      'ASSAULT offensive asserted',
    ]));
  it('leaves a happening in another clause', () =>
    expect(moded('The talks failed, and aid was cut.').filter((e) => e.startsWith('REJECT'))).toEqual([]));
});

/** The happening id of each event of a text, as `trigger:id`. */
const happenings = (text: string) =>
  extractDocument({ source: 't.txt', text, date: null }, ctx).events.map((e) => `${e.trigger.text}:${e.happening}`);

describe('one happening, several mentions', () => {
  it('links a definite re-mention to the happening before it', () =>
    expect(happenings('Russian jets shelled Idlib. The attack killed ten people.')).toEqual([
      'shelled:h1',
      'attack:h1',
      'killed:h1',
    ]));
  it('links the same participants at the same place', () =>
    expect(happenings('Russia shelled Idlib on Monday. Russia shelled Idlib again.')).toEqual([
      'shelled:h1',
      'shelled:h1',
    ]));
  it('keeps apart happenings of other participants', () =>
    expect(happenings('Russia shelled Idlib. Turkey shelled Afrin.')).toEqual(['shelled:h1', 'shelled:h2']));
  it('keeps apart happenings of other types', () =>
    expect(happenings('Russia shelled Idlib. The talks failed.')).toEqual(['shelled:h1', 'talks:h2']));
});

describe('`the incident`', () => {
  it("is a re-mention of the document's main happening, of its type", () =>
    expect(typed('Troops detained two monitors. They detained a third. The EU condemned the incident.')).toEqual([
      'COERCE detained',
      'COERCE detained',
      'ACCUSE condemned',
      'COERCE incident',
    ]));
  it('takes no participants of its own sentence', () =>
    expect(
      extractDocument(
        { source: 't.txt', text: 'Russia shelled Idlib. Turkey discussed the incident.', date: null },
        ctx,
      )
        .events.filter((e) => e.trigger.text === 'incident')
        .map((e) => [e.type, e.actors.length, e.happening]),
    ).toEqual([['ASSAULT', 0, 'h1']]));
  it('is no event before any happening', () => expect(typed('The incident was reported.')).toEqual([]));
  it('is no event without a definite determiner', () =>
    expect(typed('Russia shelled Idlib. An incident was reported elsewhere.')).toEqual(['ASSAULT shelled']));
});
