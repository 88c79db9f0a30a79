import { describe, expect, it } from 'vitest';
import { newMention } from '../src/mention.js';
import { mentionsOf } from './helpers.js';

describe('mentions', () => {
  const text = 'On 5 June HTS fighters left the village of Tel Shahir for Idlib, and Erdoğan met Assad.';
  it('all have one shape, whatever their kind', () => {
    const mentions = mentionsOf(text, '2018-09-18');
    expect(new Set(mentions.map((m) => m.kind))).toEqual(new Set(['date', 'actor', 'place']));
    expect(mentions.some((m) => m.resolved === false)).toBe(true);
    expect(new Set(mentions.map((m) => Object.keys(m).join(',')))).toHaveProperty('size', 1);
  });
  it('write only the fields they have, in the output order', () => {
    const m = newMention('place', 'Idlib', 3, 8, 0);
    m.id = 'sy_idlib';
    m.lat = 35.9;
    m.lon = 36.6;
    m.country = 'SY';
    expect(JSON.stringify(m)).toBe(
      '{"kind":"place","text":"Idlib","start":3,"end":8,"sentence":0,"id":"sy_idlib","country":"SY","lat":35.9,"lon":36.6}',
    );
  });
  it('keep a date value of null (an unresolved relative date)', () => {
    const m = newMention('date', 'Friday', 0, 6, 0);
    m.value = null;
    expect(JSON.stringify(m)).toBe('{"kind":"date","text":"Friday","start":0,"end":6,"sentence":0,"value":null}');
  });
});
