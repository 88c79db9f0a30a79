/** Choosing among places of one name, and the evidence a bulk (GeoNames) name needs: extract/places.ts. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filedAliases, reach, rulesFingerprint, variantTable, compileGazetteer } from '../src/gazetteer/compile.js';
import { articleFolding } from '../src/fold.js';
import { allEntries, indexedKeys, indexedLine, offsetsOf, readIndexedList } from '../src/gazetteer/indexed.js';
import { createContext } from '../src/pipeline.js';
import type { GazetteerEntry } from '../src/types.js';
import { RULES, fixtureGazetteer, mentionsOf } from './helpers.js';

const country = (id: string, name: string, code: string, lat: number, lon: number, aliases: string[] = []) => ({
  id,
  name,
  aliases,
  category: 'country',
  country: code,
  lat,
  lon,
});
/** A GeoNames populated place as the world pack's indexed list gives it. */
const town = (
  id: string,
  name: string,
  code: string,
  admin1: string,
  lat: number,
  lon: number,
  population: number,
  feature = 'PPL',
  extra: Partial<GazetteerEntry> = {},
) => ({
  id,
  name,
  category: population >= 100000 ? 'city' : 'town',
  country: code,
  admin1_code: `${code}.${admin1}`,
  lat,
  lon,
  population,
  geonames: Number(id.replace(/\D/g, '')),
  feature,
  generated: true,
  ...extra,
});
const division = (code: string, name: string, lat: number, lon: number, aliases: string[] = []) => ({
  id: `a1.${code}`,
  name,
  aliases,
  category: 'province',
  country: code.slice(0, 2),
  admin1_code: code,
  lat,
  lon,
  precision: 'admin1',
});

const WORLD: GazetteerEntry[] = [
  country('country_fr', 'France', 'FR', 46, 2),
  country('country_us', 'United States', 'US', 38, -97),
  country('country_mx', 'Mexico', 'MX', 23, -102),
  country('country_ge', 'Georgia', 'GE', 42, 43.5),
  country('country_cm', 'Cameroon', 'CM', 6, 12),
  country('country_es', 'Spain', 'ES', 40, -4),
  country('country_ly', 'Libya', 'LY', 25, 17),
  country('country_gb', 'United Kingdom', 'GB', 54, -2),
  country('country_cn', 'China', 'CN', 35, 105),
  { ...country('country_jo', 'Jordan', 'JO', 31, 36), common: true },
  town('gn.2988507', 'Paris', 'FR', '11', 48.8534, 2.3488, 2138551, 'PPLC', { capital_of: 'FR' }),
  town('gn.4717560', 'Paris', 'US', 'TX', 33.6609, -95.5555, 24782),
  town('gn.4180439', 'Atlanta', 'US', 'GA', 33.749, -84.388, 498715, 'PPLA'),
  town('gn.611717', 'Tbilisi', 'GE', '51', 41.6941, 44.8337, 1049498, 'PPLC', { capital_of: 'GE' }),
  town('gn.2226275', 'Mora', 'CM', '05', 11.0461, 14.1401, 39000),
  town('gn.2513601', 'Mora', 'ES', '54', 39.6846, -3.7772, 10000),
  town('gn.2210247', 'Tripoli', 'LY', '77', 32.8925, 13.18, 1150989, 'PPLC', { capital_of: 'LY' }),
  town('gn.2639577', 'Reading', 'GB', 'ENG', 51.4566, -0.9731, 244070, 'PPL', { common: true }),
  town('gn.2990440', 'Nice', 'FR', '93', 43.7031, 7.2661, 342669, 'PPLA2', { common: true }),
  country('country_ye', 'Yemen', 'YE', 15.5, 47.5),
  town('gn.79415', 'Al Hudaydah', 'YE', '08', 14.7978, 42.9545, 617871, 'PPLA', { aliases: ['Hodeida'] }),
  town('gn.1738050', 'Miri', 'MY', '13', 4.4148, 114.0089, 234541, 'PPLA2'),
  town('gn.4323551', 'Edgard', 'US', 'LA', 30.0433, -90.5601, 2441),
  town('gn.5325256', 'August', 'US', 'CA', 37.9788, -121.2622, 8390, 'PPL', { common: true }),
  town('gn.100001', 'Kalou', 'CM', '05', 10.9, 14.3, 900),
  town('gn.100002', 'Kalou', 'CN', '01', 30.1, 110.2, 900),
  division('US.TX', 'Texas', 30.2672, -97.7431),
  division('US.GA', 'Georgia', 33.749, -84.388),
  division('US.NM', 'New Mexico', 35.687, -105.9378),
  { id: 'sea.scs', name: 'South China Sea', category: 'sea', lat: 12, lon: 114, precision: 'region' },
];

const CTX = createContext(
  { ...fixtureGazetteer({ places: WORLD }), rules: { ...RULES, titleHeads: [...RULES.titleHeads, 'mayor'] } },
  { explain: true },
);
const idsIn = (text: string, date: string | null = null) =>
  mentionsOf(text, date, CTX)
    .filter((m) => m.kind !== 'date')
    .map((m) => `${m.text}=${m.id}`);

describe('containment', () => {
  it('takes the Paris of the state named after it', () =>
    expect(idsIn('She grew up in Paris, Texas.')[0]).toBe('Paris=gn.4717560'));
  it('takes the Atlanta of the state named after it', () =>
    expect(idsIn('Talks in Atlanta, Georgia ended.')[0]).toBe('Atlanta=gn.4180439'));
  it('takes a place in the country named before it with a possessive', () =>
    expect(idsIn("Georgia's Tbilisi is calm.")).toContain('Tbilisi=gn.611717'));
  it('takes the Mora of the country it is said to be in', () =>
    expect(idsIn('Fighting in Mora in northern Cameroon.')[0]).toBe('Mora=gn.2226275'));
});

describe('longest name', () => {
  it('reads New Mexico as the state, never Mexico', () =>
    expect(idsIn('Troops in New Mexico.')).toEqual(['New Mexico=a1.US.NM']));
  it('reads South China Sea as the sea, never China', () =>
    expect(idsIn('Ships in the South China Sea.')).toEqual(['South China Sea=sea.scs']));
});

describe('names that are English words or given names', () => {
  it('take no capital at a sentence start for a place', () =>
    expect(idsIn('Reading the report took hours.')).toEqual([]));
  it('name the place after a locative', () =>
    expect(idsIn('He studied in Reading for years.')).toEqual(['Reading=gn.2639577']));
  it('take no adjective for a place', () => expect(idsIn('Nice work by the team.')).toEqual([]));
  it('leave a month to the dates', () => expect(idsIn('Troops left in August.', '2020-01-01')).toEqual([]));
  it('leave a country named by a given name to the person', () => expect(idsIn('Jordan Peterson spoke.')).toEqual([]));
  it('name the country so named on its own', () =>
    expect(idsIn('Talks in Jordan ended.')).toEqual(['Jordan=country_jo']));
  it('leave a given name before a surname to the person', () =>
    expect(idsIn('Edgard Mateso confirmed it.')).toEqual([]));
});

describe('evidence among homonyms', () => {
  it('takes the capital before a small town of the same name', () =>
    expect(idsIn('Talks opened in Paris.')).toEqual(['Paris=gn.2988507']));
  it('takes the homonym in the country the document has named', () =>
    expect(idsIn('Cameroon is tense. Shelling hit Kalou.')).toEqual(['Cameroon=country_cm', 'Kalou=gn.100001']));
  it('counts nearness to a place named before', () => {
    const kalou = mentionsOf('Fighting in Mora in northern Cameroon. Then Kalou was hit.', null, CTX).find(
      (m) => m.text === 'Kalou',
    )!;
    expect(kalou.id).toBe('gn.100001');
    expect(kalou.explain?.evidence?.because.join('; ')).toMatch(/\d+ km from a place named before \+3/);
  });
  it('explains the choice with the runner-up', () => {
    const paris = mentionsOf('She grew up in Paris, Texas.', null, CTX).find((m) => m.text === 'Paris')!;
    expect(paris.explain?.evidence).toMatchObject({ runner_up: 'gn.2988507' });
    expect(paris.explain?.evidence?.because).toContain('containment +10');
  });
  it('gives a place its division, GeoNames id, population and precision', () =>
    expect(mentionsOf('She grew up in Paris, Texas.', null, CTX)[0]).toMatchObject({
      admin1: 'Texas',
      geonames: 4717560,
      population: 24782,
      precision: 'point',
    }));
  it('gives a division the precision admin1', () =>
    expect(mentionsOf('Troops in New Mexico.', null, CTX)[0].precision).toBe('admin1'));
  it('takes a little-known town only with evidence', () => expect(idsIn('Kalou is quiet.')).toEqual([]));
  it('takes a city of 230,000 on its own only after a locative', () =>
    expect(idsIn('Run Miri on the code.')).toEqual([]));
  it('takes a spelling found by transliteration key only where it fits the document', () =>
    expect(idsIn('Yemen is at war. Fighting in Hodeidah.')).toEqual(['Yemen=country_ye', 'Hodeidah=gn.79415']));
  it('takes no spelling found by transliteration key alone out of context', () =>
    expect(idsIn('Fighting in Hodeidah.')).toEqual([]));
  it('takes the city after a locative', () => expect(idsIn('Flights to Miri resumed.')).toEqual(['Miri=gn.1738050']));
});

describe('indexed lists', () => {
  const places = WORLD.filter((e) => e.generated === true) as GazetteerEntry[];
  const dir = mkdtempSync(join(tmpdir(), 'extract-indexed-'));
  const articles = articleFolding(RULES.articles, RULES.freeArticles);
  const variants = variantTable(RULES.nameWordVariants);
  const lines = places.map(indexedLine);
  writeFileSync(join(dir, 'places.test.tsv'), `${lines.join('\n')}\n`);
  const keys = indexedKeys(
    lines,
    places,
    (e) => filedAliases(e, articles, variants).flatMap((f) => f.firstKeys),
    rulesFingerprint(RULES),
  );
  writeFileSync(join(dir, 'places.test.keys'), keys);
  const list = readIndexedList(join(dir, 'places.test.tsv'));

  it('round-trips every entry through its line', () =>
    expect(allEntries(list).map((e) => [e.id, e.name, e.population, e.common === true])).toEqual(
      places.map((e) => [e.id, e.name, e.population, e.common === true]),
    ));
  it('finds the lines of a first word', () => expect(offsetsOf(list, 'paris')).toHaveLength(2));
  it('finds nothing for a word no name starts with', () => expect(offsetsOf(list, 'zzzq')).toEqual([]));
  it('parses a place only when a text reaches its name', () => {
    const compiled = compileGazetteer({
      entries: [],
      rules: RULES,
      files: [],
      indexed: [readIndexedList(join(dir, 'places.test.tsv'))],
    });
    expect(compiled.entries).toHaveLength(0);
    expect(reach(compiled, 'tbilisi')?.hits).toHaveLength(1);
    expect(compiled.entries.map((e) => e.id)).toEqual(['gn.611717']);
  });
  it('is parsed whole when its keys were made under other rules', () => {
    const other = compileGazetteer({
      entries: [],
      rules: { ...RULES, articles: ['le'] },
      files: [],
      indexed: [readIndexedList(join(dir, 'places.test.tsv'))],
    });
    expect(other.entries).toHaveLength(places.length);
  });
  it('rejects a key file without its fingerprint line', () => {
    writeFileSync(join(dir, 'places.bad.tsv'), lines[0] + '\n');
    writeFileSync(join(dir, 'places.bad.keys'), 'paris\t0\n');
    expect(() => readIndexedList(join(dir, 'places.bad.tsv'))).toThrow(/no fingerprint line/);
  });
  it('rejects a damaged line', () => {
    writeFileSync(join(dir, 'places.cut.tsv'), 'gn.1\tParis\n');
    writeFileSync(join(dir, 'places.cut.keys'), `#fingerprint x\nparis\t0\n`);
    expect(() => allEntries(readIndexedList(join(dir, 'places.cut.tsv')))).toThrow(/damaged/);
  });
});
