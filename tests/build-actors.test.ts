/** The Phoenix conversion of scripts/build-actors.mjs. */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script without type declarations
import { foldName, groupEntry, parsePhoenix, splitAcronym, titleCase } from '../scripts/build-actors.mjs';

const ISO = new Map([
  ['ESP', 'ES'],
  ['NGA', 'NG'],
]);
const group = (text: string, taken: string[] = [], words: string[] = ['front', 'brigade']) => {
  const [raw] = parsePhoenix(text);
  return groupEntry(raw, raw.codes, ISO, new Set(taken.map(foldName)), new Set(words));
};

describe('build-actors: Phoenix armed groups', () => {
  it('title-cases a Phoenix name with small words in lower case', () =>
    expect(titleCase('ARMY_OF_GOD_')).toBe('Army of God'));
  it('keeps an acronym in capitals', () => expect(titleCase('ETA_MILITARY', new Set(['ETA']))).toBe('ETA Military'));
  it('splits off an acronym in parentheses', () =>
    expect(splitAcronym('ANIMAL_LIBERATION_FRONT_(ALF)_')).toEqual({
      name: 'ANIMAL LIBERATION FRONT',
      acronym: 'ALF',
    }));
  it('reads an entry with its aliases and code', () =>
    expect(parsePhoenix('BASQUE_FATHERLAND_AND_FREEDOM_(ETA)_ [ESPREB] # x\n+BASQUE_HOMELAND_AND_FREEDOM_\n')).toEqual([
      { name: 'BASQUE_FATHERLAND_AND_FREEDOM_(ETA)_', aliases: ['BASQUE_HOMELAND_AND_FREEDOM_'], codes: ['ESPREB'] },
    ]));
  it('makes a group with its country and CAMEO code', () =>
    expect(group('BASQUE_FATHERLAND_AND_FREEDOM_(ETAS)_ [ESPREB]\n')).toMatchObject({
      name: 'Basque Fatherland and Freedom',
      aliases: ['ETAS'],
      country: 'ES',
      cameo: 'ESPREB',
      category: 'armed_group',
    }));
  it('leaves out a group a curated list names', () =>
    expect(group('BOKO_HARAM_ [NGAREB]\n', ['Boko Haram'])).toBeNull());
  it('leaves out a one-word name', () => expect(group('INTIFADA_ [NGAREB]\n')).toBeNull());
  it('leaves out a name that reads as a date', () => expect(group('21_JUNE_ [NGAREB]\n')).toBeNull());
  it('leaves out an individual militant', () => expect(group('ABU_ABDULLAH_ [IMGSASMUS]\n')).toBeNull());
  it('keeps a militant group coded as such', () =>
    expect(group('AL-FARUQ_BRIGADE_ [IMGMUS]\n')).toMatchObject({ name: 'Al-Faruq Brigade' }));
  it('drops an acronym that is a taken name (a country)', () =>
    expect(group('DIRECT_ACTION_(GREECE)_ [ESPREB]\n', ['Greece'])?.aliases).toBeUndefined());
});
