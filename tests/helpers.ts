/** Test helpers: a tiny inline gazetteer (so editing gazetteer/ never breaks unit tests) and one-line expectations. */
import { expect } from 'vitest';
import type { Gazetteer, Rules } from '../src/gazetteer/load.js';
import { createContext, extractDocument, type Context } from '../src/pipeline.js';
import type { GazetteerEntry, LoadedEntry, Mention } from '../src/types.js';

export const RULES: Rules = {
  abbreviations: ['jan', 'feb', 'mt', 'gen', 'dr'],
  placePrepositions: ['in', 'into', 'from', 'across', 'near', 'to', 'inside'],
  placeModifiers: ['the', 'northern', 'eastern', 'of', 'north'],
  actorSuffixes: ['backed', 'led'],
  placeCuesBefore: ['village of', 'villages of', 'town of', 'towns of'],
  placeCuesAfter: ['village', 'villages', 'countryside', 'hill'],
  placeNameHeads: ['hill'],
  placePrefixes: ['tel', 'kafr'],
  placeHyphenSuffixes: ['based'],
  actorCuesAfter: ['brigade', 'division'],
  actorPrefixes: ['liwa', 'jaysh'],
  notNames: ['the', 'a', 'several', 'kurdish', 'northern'],
  translitStop: [],
  translitStopBulk: [],
  fuzzyStop: [],
  placeSpecificity: ['village', 'town', 'city', 'region', 'governorate', 'country'],
  titleHeads: ['general', 'gen', 'minister', 'president', 'spokesman'],
  titleModifiers: ['foreign', 'defense'],
  nameConnectors: ['al', 'el', 'bin', 'of'],
  armedWords: ['brigade', 'front', 'army', 'jaysh', 'liwa'],
  placeNouns: ['village village', 'villages village', 'town town', 'district district'],
  locatives: ['in', 'into', 'near'],
  coordinators: ['and'],
  pluralCues: ['villages', 'towns'],
  nameArticles: ['the'],
  linkWords: ['of'],
  regionDirections: ['northern', 'north', 'southern', 'south', 'northeastern'],
  divisionHeads: ['province', 'region', 'state'],
  demonymEndings: ['n', 'an', 'ian'],
  articles: ['al', 'el', 'ar', 'as', 'ash', 'at', 'ad', 'az', 'an', 'en'],
  freeArticles: ['el'],
  nameWordVariants: ['tal tel tell tall', 'ayn ain ein'],
  sectors: [
    'government government GOV government',
    'military military MIL armed forces',
    'presidency government GOV presidency',
    'foreign_ministry ministry GOV foreign ministry',
  ],
  offices: ['president presidency', 'foreign_minister foreign_ministry', 'secretary_general -'],
  cameoAgents: ['armed_group REB', 'government GOV', 'military MIL', 'igo IGO *', 'person ELI'],
  reporterCategories: ['media'],
  sectorNouns: [
    'military: forces',
    'military: troops',
    'military: armed forces',
    'government: government',
    'foreign_ministry: foreign ministry',
  ],
  officeNouns: [
    'president: president',
    'foreign_minister: foreign minister',
    'secretary_general: secretary-general',
    'secretary_general: chief',
  ],
  countryAdjectives: ['PH: Philippine'],
};

export const ACTORS: GazetteerEntry[] = [
  {
    id: 'hts',
    name: "Hay'at Tahrir al-Sham",
    aliases: ['HTS', 'Tahrir al-Sham'],
    former_names: [{ name: 'Jabhat al-Nusra', until: '2016-07-28' }],
    category: 'armed_group',
    country: 'SY',
  },
  { id: 'nlf', name: 'National Liberation Front', aliases: ['NLF'], category: 'armed_group', country: 'SY' },
  { id: 'fsa', name: 'Free Syrian Army', aliases: ['FSA'], category: 'armed_group', country: 'SY' },
  {
    id: 'erdogan',
    name: 'Recep Tayyip Erdoğan',
    aliases: ['Erdoğan'],
    category: 'person',
    known_by_surname: true,
    country: 'TR',
  },
  {
    id: 'cavusoglu',
    name: 'Mevlüt Çavuşoğlu',
    aliases: ['Çavuşoğlu'],
    category: 'person',
    known_by_surname: true,
    country: 'TR',
  },
  { id: 'mit', name: 'MİT', aliases: ['Turkish intelligence'], category: 'intelligence_agency', country: 'TR' },
  { id: 'rt', name: 'RT', aliases: ['Russia Today'], category: 'media', country: 'RU' },
  { id: 'un', name: 'United Nations', aliases: ['UN'], category: 'igo' },
  {
    id: 'assad',
    name: 'Bashar al-Assad',
    aliases: ['Assad'],
    category: 'person',
    known_by_surname: true,
    country: 'SY',
  },
  {
    id: 'syrian_government',
    name: 'Syrian government',
    aliases: ['Assad regime', 'Syrian regime', 'Syrian régime'],
    category: 'government',
    country: 'SY',
  },
];

export const PLACES: GazetteerEntry[] = [
  { id: 'country_tr', name: 'Turkey', aliases: ['Türkiye'], category: 'country', country: 'TR', lat: 39, lon: 35 },
  { id: 'country_sy', name: 'Syria', category: 'country', country: 'SY', lat: 35, lon: 38 },
  {
    id: 'country_us',
    name: 'United States',
    aliases: ['US', 'U.S.'],
    category: 'country',
    country: 'US',
    lat: 38,
    lon: -97,
  },
  { id: 'moscow', name: 'Moscow', category: 'city', country: 'RU', capital_of: 'RU', lat: 55.76, lon: 37.62 },
  { id: 'idlib', name: 'Idlib', aliases: ['Idleb'], category: 'city', country: 'SY', lat: 35.93, lon: 36.63 },
  {
    id: 'idlib_gov',
    name: 'Idlib Governorate',
    aliases: ['Idlib Province'],
    category: 'governorate',
    country: 'SY',
    lat: 35.93,
    lon: 36.63,
  },
  { id: 'jisr', name: 'Jisr al-Shughur', category: 'city', country: 'SY', lat: 35.81, lon: 36.32 },
  {
    id: 'khan_shaykhun',
    name: 'Khan Shaykhun',
    aliases: ['Khan Sheikhoun'],
    category: 'town',
    country: 'SY',
    lat: 35.44,
    lon: 36.65,
  },
  { id: 'maarat', name: 'Maarat al-Numan', category: 'city', country: 'SY', lat: 35.64, lon: 36.67 },
  { id: 'hama', name: 'Hama', category: 'city', country: 'SY', lat: 35.13, lon: 36.75 },
  { id: 'al_bab', name: 'al-Bab', category: 'city', country: 'SY', lat: 36.37, lon: 37.52 },
  { id: 'eastern_ghouta', name: 'Eastern Ghouta', category: 'region', country: 'SY', lat: 33.55, lon: 36.42 },
];

export function fixtureGazetteer(extra: { actors?: GazetteerEntry[]; places?: GazetteerEntry[] } = {}): Gazetteer {
  const entries: LoadedEntry[] = [
    ...[...ACTORS, ...(extra.actors ?? [])].map((e) => ({ ...e, type: 'actor' as const, file: 'actors.json' })),
    ...[...PLACES, ...(extra.places ?? [])].map((e) => ({ ...e, type: 'place' as const, file: 'places.json' })),
  ];
  return { entries, rules: RULES, files: [] };
}

let shared: Context | null = null;
export function fixtureContext(): Context {
  return (shared ??= createContext(fixtureGazetteer(), { explain: true }));
}

/** Mentions of a text with the fixture gazetteer (names only unless a date is given). */
export function mentionsOf(text: string, docDate: string | null = null, ctx: Context = fixtureContext()): Mention[] {
  const doc = extractDocument(
    { source: 't.txt', text, date: docDate ? { value: docDate, from: 'option' } : null },
    ctx,
  );
  for (const m of doc.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return doc.mentions;
}

type Expected = [text: string, kind: Mention['kind'], id?: string];

/** expectMentions('HTS met in Idlib', [['HTS', 'actor', 'hts'], ['Idlib', 'place', 'idlib']]) — names only. */
export function expectMentions(text: string, expected: Expected[], ctx?: Context): void {
  const got = mentionsOf(text, null, ctx)
    .filter((m) => m.kind !== 'date')
    .map((m): Expected => (expected.some((e) => e.length === 2) ? [m.text, m.kind] : [m.text, m.kind, m.id]));
  expect(got).toEqual(expected);
}
