import { describe, expect, it } from 'vitest';
import { createContext, type Context } from '../src/pipeline.js';
import { expectMentions, fixtureGazetteer, mentionsOf } from './helpers.js';

const noTranslit = createContext(fixtureGazetteer(), { translit: false, unknown: false });
const withContextWords = createContext(
  fixtureGazetteer({
    actors: [
      { id: 'apple', name: 'Apple', category: 'company', not_before: ['pie'], not_after: ['big'] },
      { id: 'isis', name: 'Islamic State', aliases: ['IS'], category: 'armed_group' },
    ],
  }),
);

describe('name matching', () => {
  it('finds whole words only', () =>
    expectMentions('Idlibs and Hamas, not HTSX; Idlib.', [['Idlib', 'place', 'idlib']]));
  it('prefers the longest alias', () =>
    expectMentions('fighting in Idlib Province today', [['Idlib Province', 'place', 'idlib_gov']]));
  it('ignores diacritics both ways', () =>
    expectMentions('Erdogan and Cavusoglu; Erdoğan', [
      ['Erdogan', 'actor', 'erdogan'],
      ['Cavusoglu', 'actor', 'cavusoglu'],
      ['Erdoğan', 'actor', 'erdogan'],
    ]));
  it('matches dotted İ to plain I', () =>
    expectMentions('MIT and MİT', [
      ['MIT', 'actor', 'mit'],
      ['MİT', 'actor', 'mit'],
    ]));
  it('ignores apostrophe variants', () =>
    expectMentions('Hay’at Tahrir al-Sham and Hay`at Tahrir al-Sham', [
      ['Hay’at Tahrir al-Sham', 'actor', 'hts'],
      ['Hay`at Tahrir al-Sham', 'actor', 'hts'],
    ]));
  it('treats hyphens and spaces alike', () => expectMentions('Tahrir al Sham', [['Tahrir al Sham', 'actor', 'hts']]));
  it('drops the possessive', () => expectMentions('HTS’s leaders', [['HTS', 'actor', 'hts']]));
  it('requires the case of short acronyms', () => expectMentions('the hts and Rt. Hon. and the un-', []));
  it('matches acronyms in capitals', () =>
    expectMentions('RT said the UN', [
      ['RT', 'actor', 'rt'],
      ['UN', 'actor', 'un'],
    ]));
  it('matches acronyms with full stops, keeping the final one', () =>
    expectMentions('the U.S. said', [['U.S.', 'actor', 'country_us']]));
  it('does not take "us" for the US', () => expectMentions('tell us more', []));
  it('needs a capital for names', () => expectMentions('a hama of turkey', []));
  it('accepts all-caps headlines', () => expectMentions('FIGHTING IN IDLIB', [['IDLIB', 'place', 'idlib']]));
  it('matches former names', () => expectMentions('Jabhat al-Nusra fighters', [['Jabhat al-Nusra', 'actor', 'hts']]));
  it('matches transliteration variants', () =>
    expectMentions('Jisr ash-Shoughour, Khan Shaykhoun, Maarrat an-Numan, Idleb', [
      ['Jisr ash-Shoughour', 'place', 'jisr'],
      ['Khan Shaykhoun', 'place', 'khan_shaykhun'],
      ['Maarrat an-Numan', 'place', 'maarat'],
      ['Idleb', 'place', 'idlib'],
    ]));
  it('matches only folded spellings with the transliteration key off', () =>
    expectMentions(
      'Jisr ash-Shoughour, Khan Sheikhoun, Idleb',
      [
        ['Khan Sheikhoun', 'place', 'khan_shaykhun'],
        ['Idleb', 'place', 'idlib'],
      ],
      noTranslit,
    ));
  it('rules a name out by a not_before word', () => expectMentions('Apple pie.', [], withContextWords));
  it('rules a name out by a not_after word', () => expectMentions('the Big Apple', [], withContextWords));
  it('keeps the name in other contexts', () =>
    expectMentions('Apple said so.', [['Apple', 'actor', 'apple']], withContextWords));
  it('reads a two-letter acronym amid capitals as a word', () =>
    expectMentions('PROVIDED AS IS AND WITHOUT', [], withContextWords));
  it('keeps a two-letter acronym in ordinary text', () =>
    expectMentions('Fighters of IS fled.', [['IS', 'actor', 'isis']], withContextWords));
  it('does not join words across punctuation', () => expectMentions('Eastern, Ghouta', []));
  it('prefers a phrase alias over its head word', () =>
    expectMentions('the Assad regime and Assad', [
      ['Assad regime', 'actor', 'syrian_government'],
      ['Assad', 'actor', 'assad'],
    ]));
  it('keeps offsets across no-break spaces', () =>
    expectMentions('Syrian\u00a0régime forces', [['Syrian\u00a0régime', 'actor', 'syrian_government']]));
  it('does not cross sentence boundaries', () => expectMentions('He came from Eastern.\nGhouta is far.', []));
});

describe('homonyms and weak matches', () => {
  const ctx = createContext(
    fixtureGazetteer({
      places: [
        {
          id: 'karamah_sy',
          name: 'Al Karamah',
          category: 'village',
          country: 'SY',
          lat: 35.9,
          lon: 39.3,
          ambiguous: true,
        },
        {
          id: 'karamah_iq',
          name: 'Al Karamah',
          category: 'village',
          country: 'IQ',
          lat: 33.3,
          lon: 44.4,
          ambiguous: true,
        },
        { id: 'country_iq', name: 'Iraq', category: 'country', country: 'IQ', lat: 33, lon: 44 },
        { id: 'dukan', name: 'Dukan', category: 'town', country: 'IQ', lat: 35.9, lon: 44.9 },
      ],
    }),
    { explain: true },
  );
  const ids = (text: string) =>
    mentionsOf(text, null, ctx)
      .filter((m) => m.kind === 'place')
      .map((m) => m.id ?? `?${m.text}`);
  it('picks the homonym in the country the document names', () =>
    expect(ids('Shelling in Idlib. Then Al Karamah fell.')).toEqual(['idlib', 'karamah_sy']));
  it('picks the other homonym in another document', () =>
    expect(ids('Fighting in Iraq. Then Al Karamah fell.')).toEqual(['country_iq', 'karamah_iq']));
  it('keeps the gazetteer order without evidence', () => expect(ids('Al Karamah fell.')).toEqual(['karamah_iq']));
  it('does not resolve a transliteration-only match in a country the document never names', () =>
    expect(ids('Shelling in Idlib. The villages of Dukkan were hit.')).toEqual(['idlib', '?Dukkan']));
  it('resolves it where the country is named', () =>
    expect(ids('Fighting in Iraq. Dukkan was hit.')).toEqual(['country_iq', 'dukan']));
});

describe('article and word variants of place names', () => {
  const ctx = createContext(
    fixtureGazetteer({
      places: [
        { id: 'safira', name: 'As Safirah', category: 'town', country: 'SY', lat: 36.07, lon: 37.37 },
        { id: 'tal_tamr', name: 'Tal Tamr', category: 'town', country: 'SY', lat: 36.65, lon: 40.37 },
        { id: 'ayn_issa', name: 'Ayn Issa', category: 'town', country: 'SY', lat: 36.38, lon: 38.86 },
        { id: 'country_al', name: 'Al Bania', category: 'country', country: 'AL', lat: 41, lon: 20 },
      ],
    }),
  );
  const ids = (text: string) =>
    mentionsOf(text, null, ctx)
      .filter((m) => m.kind === 'place')
      .map((m) => m.id);
  it('finds a place with its article in another form', () =>
    expect(ids('Shelling hit as-Safira.')).toEqual(['safira']));
  it('finds a place without its article', () => expect(ids('Shelling hit Safirah.')).toEqual(['safira']));
  it('keeps a short name with its article (Al Bab is not Bab)', () => expect(ids('Shelling hit Bab.')).toEqual([]));
  it('finds a place by a variant of a name word', () =>
    expect(ids('Fighting in Tell Tamr and Ein Issa.')).toEqual(['tal_tamr', 'ayn_issa']));
  it('does not drop the article of a country', () => expect(ids('They flew to Bania.')).toEqual([]));
});

describe('deferred compiling of a first word', () => {
  const places = [{ id: 'tal_tamr', name: 'Tal Tamr', category: 'town', country: 'SY', lat: 36.65, lon: 40.37 }];
  const fresh = () => createContext(fixtureGazetteer({ places }));
  const firstWord = (ctx: Context, key: string) => ctx.compiled.root.next!.get(key)!;
  it('files aliases under their first word and compiles them when a text first reaches it', () => {
    const ctx = fresh();
    expect(firstWord(ctx, 'idlib')).toMatchObject({ hits: null, pending: expect.any(Array) });
    expect(mentionsOf('Fighting in Idlib Province.', null, ctx).map((m) => m.id)).toEqual(['idlib_gov']);
    expect(firstWord(ctx, 'idlib')).toMatchObject({
      hits: [expect.objectContaining({ alias: 'Idlib' })],
      pending: null,
    });
    expect(firstWord(ctx, 'hama').pending).not.toBeNull();
  });
  it('finds an alias by each variant of its first word, whichever comes first', () => {
    const ctx = fresh();
    const ids = (text: string) => mentionsOf(text, null, ctx).map((m) => m.id);
    expect([ids('Shelling in Tell Tamr.'), ids('Shelling in Tal Tamr.'), ids('Shelling in Tell Tamr.')]).toEqual([
      ['tal_tamr'],
      ['tal_tamr'],
      ['tal_tamr'],
    ]);
  });
});
