/** scripts/build-world.mjs (the world pack's step of npm run gazetteer:build), on small inline fixtures. */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { buildDivisions, buildWorldPlaces, parseCities500, placeCategory } from '../scripts/build-world.mjs';

type Entry = { id: string; name: string; aliases: string[]; common?: boolean; [field: string]: unknown };
const row = (
  id: number,
  name: string,
  alternates: string,
  feature: string,
  country: string,
  admin1: string,
  population: number,
) =>
  [
    id,
    name,
    name,
    alternates,
    '10',
    '20',
    'P',
    feature,
    country,
    '',
    admin1,
    '',
    '',
    '',
    population,
    '',
    '',
    'Zone',
    '2020-01-01',
  ].join('\t');
const TEXT = [
  row(1, 'Goma', 'Gomah,Гома', 'PPLA', 'CD', '11', 670000),
  row(2, 'Reading', 'Redding', 'PPL', 'GB', 'ENG', 244070),
  row(3, 'Aleppo', '', 'PPLA', 'SY', '09', 2000000),
  row(4, 'Old Town', '', 'PPLH', 'CD', '11', 900),
  row(5, 'Nov', '', 'PPL', 'RU', '01', 900),
].join('\n');
const ORDINARY = new Set(['reading', 'western']);
const isOrdinary = (w: string) => ORDINARY.has(w);
const records = parseCities500(TEXT, new Set(['SY']));

describe('world places from cities500', () => {
  const places = buildWorldPlaces(records, { isOrdinary, isDropped: () => false }) as Entry[];
  const byName = new Map(places.map((p) => [p.name, p]));
  it('leave out the countries other packs carry and places that are gone', () =>
    expect([...byName.keys()].sort()).toEqual(['Goma', 'Nov', 'Reading']));
  it('keep Latin-script alternate names only', () => expect(byName.get('Goma')!.aliases).toEqual(['Gomah']));
  it('carry GeoNames id, division code, population and feature', () =>
    expect(byName.get('Goma')).toMatchObject({
      id: 'gn.1',
      geonames: 1,
      admin1_code: 'CD.11',
      population: 670000,
      feature: 'PPLA',
    }));
  it('mark a name that is an ordinary word common', () => expect(byName.get('Reading')!.common).toBe(true));
  it('mark a small place of three letters common', () => expect(byName.get('Nov')!.common).toBe(true));
  it('leave a plain name unmarked', () => expect(byName.get('Goma')!.common).toBeUndefined());
  it('name a section of a city a neighbourhood', () =>
    expect(placeCategory({ feature: 'PPLX', population: 0 })).toBe('neighbourhood'));
});

describe('first-level divisions', () => {
  const regions = {
    CD: {
      regions: [
        {
          name: 'North Kivu',
          names: { en: 'North Kivu', geonames: 'Nord Kivu' },
          admin: '11',
          reference: { geonames: 207805 },
        },
      ],
    },
    ZM: { regions: [{ name: 'Western', names: { en: 'Western' }, admin: '01', reference: { geonames: 896140 } }] },
  };
  const seats = parseCities500(
    [row(1, 'Goma', '', 'PPLA', 'CD', '11', 670000), row(9, 'Mongu', '', 'PPLA', 'ZM', '01', 52000)].join('\n'),
    new Set(),
  );
  const config = { skipCountries: [], divisionWords: ['Province', 'Region'], divisionNoun: 'Province' };
  const [kivu, western] = buildDivisions(regions, seats, config, isOrdinary) as Entry[];
  it('centre a division on its seat', () =>
    expect(kivu).toMatchObject({
      id: 'a1.CD.11',
      lat: 10,
      lon: 20,
      geonames: 207805,
      precision: 'admin1',
      seat: 'Goma',
    }));
  it('keep its other spellings', () => expect(kivu.aliases).toContain('Nord Kivu'));
  it('name a division called by an ordinary word with its noun', () => expect(western.name).toBe('Western Province'));
  it('leave out a division whose seat is outside its country', () =>
    expect(buildDivisions(regions, seats, config, isOrdinary, () => false)).toEqual([]));
});
