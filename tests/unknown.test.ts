import { describe, expect, it } from 'vitest';
import { mentionsOf } from './helpers.js';

/** The unknown names (`resolved: false`) of a text, as `kind:text`. */
const unknown = (text: string) =>
  mentionsOf(text)
    .filter((m) => m.resolved === false)
    .map((m) => `${m.kind}:${m.text}`);

describe('unknown persons by their titles', () => {
  it('takes a name after title words, without them', () =>
    expect(unknown('General Sylvain Ekenge denied it.')).toEqual(['actor:Sylvain Ekenge']));
  it('takes a name before an apposition that ends on a title', () =>
    expect(unknown('Omar Saranga, the defense spokesman, declined.')).toEqual(['actor:Omar Saranga']));
  it('takes an apposition without an article', () =>
    expect(unknown('Wu Qian, spokesman of the ministry, said so.')).toEqual(['actor:Wu Qian']));
  it('counts a hyphened given name as one word', () =>
    expect(unknown('Jean-Baptise Twizere, the president of a group, spoke.')).toEqual(['actor:Jean-Baptise Twizere']));
  it('takes a word of such a name alone later in the document, with the full name', () =>
    expect(
      mentionsOf('Wu Qian, spokesman of the ministry, spoke. Then, Wu said so.')
        .filter((m) => m.resolved === false)
        .map((m) => [m.text, m.name]),
    ).toEqual([
      ['Wu Qian', undefined],
      ['Wu', 'Wu Qian'],
    ]));
  it('leaves such a word before the name is given', () =>
    expect(unknown('Wu said so. General Wu Qian left.')).toEqual(['actor:Wu Qian']));
  it('leaves one word after a title (a surname alone is too weak)', () =>
    expect(unknown('General Ekenge denied it.')).toEqual([]));
  it('leaves a name whose apposition has no title', () =>
    expect(unknown('Omar Saranga, the old town, declined.')).toEqual([]));
  it('leaves a title word far after the comma', () =>
    expect(unknown('Omar Saranga, the one who came with all of the president, left.')).toEqual([]));
});

describe('unknown names in strong contexts', () => {
  it('takes the name after `the village of`', () =>
    expect(unknown('Shells hit the village of Sheik Huruz overnight.')).toEqual(['place:Sheik Huruz']));
  it('takes every name listed after a plural cue', () =>
    expect(unknown('The towns of Sheran, Dukkan and Bulbul fell.')).toEqual([
      'place:Sheran',
      'place:Dukkan',
      'place:Bulbul',
    ]));
  it('steps over a known name in such a list', () =>
    expect(unknown('The villages of Nesriyya, Idlib and Dukkan were hit.')).toEqual([
      'place:Nesriyya',
      'place:Dukkan',
    ]));
  it('takes names listed before a plural cue', () =>
    expect(unknown('Refugees came from Meyselon and Celaa villages.')).toEqual(['place:Meyselon', 'place:Celaa']));
  it('takes a name before a lower-case cue, without the cue', () =>
    expect(unknown('Rebels shelled Tamanah countryside.')).toEqual(['place:Tamanah']));
  it('keeps a capitalized name head in the name', () =>
    expect(unknown('Troops cleared Nesriyya Hill.')).toEqual(['place:Nesriyya Hill']));
  it('takes a name that starts with a toponym prefix', () =>
    expect(unknown('Fighting began in Tel Shahir at midnight.')).toEqual(['place:Tel Shahir']));
  it('keeps articles inside a name', () =>
    expect(unknown('They reached Kafr al-Sous.')).toEqual(['place:Kafr al-Sous']));
  it('takes X in `X-based`', () => expect(unknown('A Sarmada-based group said so.')).toEqual(['place:Sarmada']));
  it('takes an armed group before a capitalized unit word, with it', () =>
    expect(unknown('The Hamza Division attacked.')).toEqual(['actor:Hamza Division']));
  it('takes an armed group that starts with a group prefix', () =>
    expect(unknown('Fighters of Liwa al-Quds arrived.')).toEqual(['actor:Liwa al-Quds']));
  it('leaves names the lists know to the lists', () => expect(unknown('Shells hit the town of Idlib.')).toEqual([]));
  it('ignores a prefix word alone', () => expect(unknown('They met in Tel.')).toEqual([]));
  it('ignores capitalized ordinary words before a cue', () =>
    expect(unknown('Several villages and Kurdish villages burned.')).toEqual([]));
  it('ignores title-case headlines where the cue is capitalized', () =>
    expect(unknown('Troops Capture Villages Of Nesriyya')).toEqual([]));
  it('ignores a lower-case word after a cue', () => expect(unknown('the village of olive groves')).toEqual([]));
  it('gives unknown names no id and no coordinates', () => {
    const [m] = mentionsOf('Shells hit the village of Sheik Huruz.').filter((x) => x.resolved === false);
    expect([m.id, m.lat, m.lon]).toEqual([undefined, undefined, undefined]);
  });
  it('ends a name at punctuation', () =>
    expect(unknown('the village of Sheran. Then Afrin')).toEqual(['place:Sheran']));
});

describe('unknown places beyond their cue', () => {
  it('takes the name again later in the document, without a cue', () =>
    expect(unknown('Rebels took the town of Bunagana. Bunagana fell before.')).toEqual([
      'place:Bunagana',
      'place:Bunagana',
    ]));
  it('keeps a name head after the name when it comes again', () =>
    expect(unknown('The villages of Nesriyya and Dukkan fell. Troops cleared Nesriyya Hill.')).toEqual([
      'place:Nesriyya',
      'place:Dukkan',
      'place:Nesriyya Hill',
    ]));
  it('takes only the whole name again, not a word of it', () =>
    expect(unknown('Shells hit the village of Sheik Huruz. Sheik Ali spoke.')).toEqual(['place:Sheik Huruz']));
  it('leaves the name before its cue', () =>
    expect(unknown('Bunagana fell. Rebels took the town of Bunagana.')).toEqual(['place:Bunagana']));
  it('takes a name that goes on into a known place as one name', () =>
    expect(unknown('The villages of Ras al-Naqoura and Tayr Harfa were hit.')).toEqual([
      'place:Ras al-Naqoura',
      'place:Tayr Harfa',
    ]));
  it('leaves a direction before a known place to the region', () =>
    expect(unknown('the city of East Aleppo')).toEqual([]));
  it('takes an unknown name listed with known towns', () =>
    expect(unknown('Jets hit Hama, Idlib and Dukkan.')).toEqual(['place:Dukkan']));
  it('takes a list member in the middle', () =>
    expect(unknown('Jets hit Hama, Dukkan and Idlib.')).toEqual(['place:Dukkan']));
  it('leaves a list with an actor in it', () =>
    expect(unknown('Hama, Idlib, Moscow, HTS and Dukkan were named.')).toEqual([]));
  it('leaves a list of countries alone', () => expect(unknown('Turkey, Syria and Dukkan were named.')).toEqual([]));
  it('leaves two names joined without a list', () =>
    expect(unknown('Hama and Dukkan were hit, and Idlib too.')).toEqual([]));
});
