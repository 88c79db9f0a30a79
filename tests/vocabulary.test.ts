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
