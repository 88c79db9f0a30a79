/** Domain types shared by every step of the pipeline: read -> segment -> match -> resolve -> link -> write. */

export type Kind = 'actor' | 'place' | 'date';
/** What `--kinds` selects: the mention kinds, and `event` for events. */
export type Selectable = Kind | 'event';

/** Where the document date came from. */
export type DocDateSource = 'option' | 'filename' | 'html' | 'header' | 'record';

export interface DocDate {
  /** ISO date YYYY-MM-DD. */
  value: string;
  from: DocDateSource;
  /** The time of day a record's timestamp gave with the date, as written (`10:00:00Z`). */
  time?: string;
}

/** One input document after reading and decoding. */
export interface SourceDoc {
  /** The record id, for `--input jsonl`. */
  id?: string;
  /** The path as the user gave it (or `-` for standard input). */
  source: string;
  text: string;
  date: DocDate | null;
  /** A JSONL record's other fields (`url`, `title`...), carried to its result as they came. */
  meta?: Record<string, unknown>;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
}

export interface Token {
  /** Offsets into the original text. */
  start: number;
  end: number;
  /** Folded form: lower case, no diacritics, no apostrophes. */
  key: string;
}

export type ActorCategory =
  | 'state'
  | 'person'
  | 'armed_group'
  | 'government'
  | 'military'
  | 'intelligence_agency'
  | 'media'
  | 'ngo'
  | 'igo'
  | 'party'
  | 'militia'
  | 'coalition'
  | 'ministry'
  | 'other'
  | string;

export type PlaceCategory =
  | 'country'
  | 'governorate'
  | 'province'
  | 'district'
  | 'city'
  | 'town'
  | 'village'
  | 'region'
  | 'base'
  | 'airport'
  | 'crossing'
  | 'mountain'
  | 'river'
  | 'road'
  | 'camp'
  | 'other'
  | string;

export interface FormerName {
  name: string;
  /** ISO date the name stopped being used. */
  until?: string;
}

/** A gazetteer entry as written in the JSON lists (actors*.json / places*.json). */
export interface GazetteerEntry {
  id: string;
  name: string;
  aliases?: string[];
  category: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  lat?: number;
  lon?: number;
  /** Places that are capitals: the ISO code of the country they stand for as actors (`Moscow warned`). */
  capital_of?: string;
  former_names?: FormerName[];
  affiliation?: string[];
  /**
   * Aliases that need extra evidence. `capitalized`: every alias must appear capitalized in the text
   * (the default for all aliases containing an upper-case letter); `case`: exact case.
   */
  requires?: 'case' | 'capitalized';
  /** Words that, right after the name, show it is something else (`MIT` before `license`). */
  not_before?: string[];
  /** Words that, right before the name, show it is something else (`license: MIT`). */
  not_after?: string[];
  /**
   * Names this entry knowingly shares with another entry (two villages of the same name): `true`
   * for all its names, or a list of them. `extract gazetteer check` does not warn about them.
   */
  ambiguous?: boolean | string[];
  /** Persons: named by surname alone at first mention (see the schema). */
  known_by_surname?: boolean;
  /** Generic institutional names that name the entry only in its country's context. */
  generic_aliases?: string[];
  /** Free text for editors; ignored by the matcher. */
  note?: string;
  [extra: string]: unknown;
}

export type EntryType = 'actor' | 'place';

/** An entry after loading: its type and the file it came from. */
export interface LoadedEntry extends GazetteerEntry {
  type: EntryType;
  file: string;
}

export interface Mention {
  kind: Kind;
  text: string;
  start: number;
  end: number;
  sentence: number;
  id?: string;
  name?: string;
  category?: string;
  country?: string;
  lat?: number;
  lon?: number;
  /** Dates: normalized value (YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www). */
  value?: string | null;
  /**
   * Dates: what the value pins down. Places: what the point stands for: `point` (the town itself),
   * `admin1` (a division, at its capital), `country` (a country's centre), `region` (a region's
   * conventional centre).
   */
  precision?: 'day' | 'week' | 'month' | 'year' | 'point' | 'admin1' | 'country' | 'region';
  /** Places: the name of the first-level division the place is in. */
  admin1?: string;
  /** Actors: the CAMEO actor code on the document's date (`RUSMIL`, `RUSGOV`, `NGAREB`, `IGOUNO`). */
  cameo?: string;
  /** Actors named by an office phrase (`the Russian president`): the office's key. */
  office?: string;
  /** `office`: the mention is the person who held the office on the document's date. */
  via?: 'office';
  /** Places: the GeoNames id. */
  geonames?: number;
  /** Places: the population GeoNames gives. */
  population?: number;
  /**
   * With --explain: which gazetteer entry (and list file) and alias matched, by which rule
   * (`exact`, `folded`, `translit`; for countries `+possessive`, `+preposition`, ...; dates: the date rule).
   */
  explain?: {
    entry?: string;
    file?: string;
    alias?: string;
    rule: string;
    /** Places chosen by score: the score, its evidence and the runner-up. */
    evidence?: { score: number; because: string[]; runner_up?: string; runner_up_score?: number };
  };
  /**
   * False for a name the lists do not know, found by a strong context (`the village of X`,
   * `X countryside`, `the X Brigade`): it has no id and no coordinates. Absent on resolved mentions.
   */
  resolved?: boolean;
}

export type Modality = 'asserted' | 'planned' | 'hypothetical' | 'negated';

export interface EventActor {
  id?: string;
  name?: string;
  text: string;
  start: number;
  end: number;
  role: 'source' | 'target';
  /** The actor's country (ISO alpha-2) and CAMEO code, where known. */
  country?: string;
  cameo?: string;
  /** The cue that set the role. */
  by: string;
}

export interface EventPlace {
  id?: string;
  name?: string;
  text: string;
  start: number;
  end: number;
  category?: string;
  lat?: number;
  lon?: number;
}

export interface Event {
  type: string;
  subtype: string | null;
  cameo: string | null;
  trigger: { text: string; start: number; end: number };
  sentence: number;
  sentence_span: { start: number; end: number };
  actors: EventActor[];
  places: EventPlace[];
  location: { id?: string; name?: string; lat: number; lon: number } | null;
  date: string | null;
  date_from: 'sentence' | 'heading' | null;
  modality: Modality;
  /**
   * Which happening of the document the event reports (`h1`, `h2`...): a re-mention of one reported
   * before (`the attack`, or the same type with the same participants and place) shares its id.
   */
  happening?: string;
  explain?: { lexicon: string; modality_cue: string | null };
}

export interface DocResult {
  id?: string;
  source: string;
  date: DocDate | null;
  /** A JSONL record's other fields, as they came (see SourceDoc). */
  meta?: Record<string, unknown>;
  mentions: Mention[];
  events: Event[];
  sentences?: Sentence[];
  text?: string;
}

/**
 * A big document's result in two passes: `mentions()` and `events()` each run the sentence steps
 * again and yield blocks, so neither list is ever held whole. `head` has the document's fields
 * (source, date, sentences) with empty lists.
 */
export interface DocStream {
  head: DocResult;
  mentions(): Iterable<Mention[]>;
  events(): Iterable<Event[]>;
}

/** What the summary needs of one document, compact enough to pass cheaply between threads. */
export interface DocCounts {
  /** Mentions per kind. */
  kinds: Record<Kind, number>;
  /** Mentions per canonical name, for actors and places. */
  actors: Record<string, number>;
  places: Record<string, number>;
  events: number;
}

/** What a run has counted so far: documents, mentions per kind, names, events. */
export interface Tally {
  documents: number;
  failed: number;
  kinds: Record<Kind, number>;
  /** Mentions per canonical name, as in DocCounts (tables without a prototype). */
  actors: Record<string, number>;
  places: Record<string, number>;
  events: number;
}

// Reports of the gazetteer and suggest commands (rendered by write/reports.ts).

export type ProblemLevel = 'error' | 'warning';

/** One problem found by the check: where it is, which entry, and what is wrong. */
export interface CheckProblem {
  level: ProblemLevel;
  file: string;
  line?: number;
  column?: number;
  /** 1-based index of the entry in its file. */
  entry?: number;
  id?: string;
  field?: string;
  message: string;
}

export interface CheckReport {
  /** Files checked, in load order. */
  files: string[];
  problems: CheckProblem[];
}

/** West, south, east, north in degrees; west > east for a country across the antimeridian. */

export interface StatsRow {
  kind: string;
  category: string;
  entries: number;
  aliases: number;
}

export interface FoundName {
  /** The name's matching keys, word by word: the matcher's folded key, then its transliteration key. */
  keys: { word: string; folded: string; translit: string }[];
  /** What the name resolves to (a context with `explain` on gives the rule). */
  mentions: Mention[];
}

export interface Suggestion {
  kind: 'actor' | 'place';
  /** The most frequent spelling. */
  name: string;
  /** The other spellings with the same matching key, most frequent first. */
  aliases: string[];
  /**
   * A guess: from the strong context, the words of the name (`Brigade`), its context (`village of`) or compromise's
   * tags.
   */
  category: string;
  /** Occurrences, and the number of files they are in. */
  count: number;
  files: number;
  /** Seen as a `resolved: false` mention (`the village of X`): the strongest evidence, listed first. */
  strong: boolean;
  /** The first sentence it occurs in (the first strong one, if any); `start`/`end` locate the name in `sentence`. */
  example: { source: string; sentence: string; start: number; end: number };
}

/** A pack as `extract gazetteer packs` shows it: its manifest and what its lists hold. */
export interface PackSummary {
  name: string;
  description: string;
  version: string;
  /** Bundled with the tool, or a user's `--gazetteer` folder. */
  bundled: boolean;
  dir: string;
  requires: string[];
  covers: { countries: string[]; regions: string[]; languages: string[] };
  sources: { name: string; url?: string; license: string; files?: string[] }[];
  /** Entries of its actor and place lists, event trigger entries, and words of its rule lists. */
  counts: { actors: number; places: number; triggers: number; words: number };
}
