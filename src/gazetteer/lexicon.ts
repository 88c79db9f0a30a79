/**
 * The event trigger lexicon (`gazetteer/events.json`, plus `events*.json` in user folders):
 * read, validated, and compiled once into a trie. Word forms are expanded here, not at match time:
 * compromise conjugates verbs (withdraw -> withdraws, withdrew, withdrawn, withdrawing) and
 * pluralizes nouns; phrases conjugate their first word.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { DataFileError, arrayElementOffsets, lineColumn, parseJsonFile } from '../errors.js';
import { tokenize } from '../fold.js';
import type { LoadedEntry, Modality } from '../types.js';
import { compileGazetteer, type CompiledGazetteer } from './compile.js';
import { EMPTY_RULES } from './load.js';
import { bundledFile, packDirs, type PackChoice } from './packs.js';

export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];
export type { Modality };

export interface TriggerEntry {
  type: PloverType;
  subtype?: string;
  verbs?: string[];
  nouns?: string[];
  phrases?: string[];
  forms?: string[];
}

/**
 * A verb that acts on another happening (`halted aid`, `lifted the siege`, `failed to reach a deal`,
 * `must withdraw`): governing an event of a type in `acts_on`, it is an event of the type given
 * there; the governed event is then kept (its modality comes from the cues) or dropped (`object`).
 */
export interface ActingEntry {
  verbs?: string[];
  phrases?: string[];
  forms?: string[];
  acts_on: Partial<Record<PloverType, PloverType>>;
  object: 'keep' | 'drop';
  /** Most words between the verb and the governed event's trigger (default 3; 0 for a modal: `must withdraw`). */
  reach?: number;
}

export interface EventLexicon {
  /** Cues among the words before a trigger (`will attack`, `if ... attacks`). */
  modality: { negated: string[]; hypothetical: string[]; planned: string[] };
  /** Cues right after a trigger (`an offensive would be`, `the operation is out of the question`). */
  modality_after: { negated: string[]; hypothetical: string[]; planned: string[] };
  /** Phrases that contain a trigger word but state no event (`press conference`, `deal with`). */
  not_triggers: string[];
  /** The language's words the event finder reads a sentence by (passives, targets, time frames, causes). */
  grammar: EventGrammar;
  triggers: TriggerEntry[];
  /** Verbs that act on another happening (see ActingEntry); absent: none. */
  acting?: ActingEntry[];
  /** CAMEO root codes by PLOVER type, with `TYPE/subtype` overrides (gazetteer/cameo.json). */
  cameo: Record<string, string>;
}

/** Word lists of the event finder's grammar (`grammar` in events.json), by role. */
export interface EventGrammar {
  /** Auxiliaries before a participle that make a passive (`was shelled by`). */
  passive_auxiliaries: string[];
  /** Endings of past participles (`ed`, `en`, `wn`). */
  past_participle_endings: string[];
  /** Words skipped before a name that follows a trigger (`attacked the NLF`). */
  determiners: string[];
  /** Words before a noun that make it a definite re-mention of a happening (`the attack`, `this offensive`). */
  definite_determiners: string[];
  /** Nouns that name no kind of happening, only one told before (`the incident`): its re-mention, of its type. */
  anaphoric_nouns: string[];
  /** Prepositions after a trigger that make the next actor its target (`strikes against HTS`). */
  target_prepositions: string[];
  /** Prepositions that make an event the time frame of a cued act (`not emerge until the summit`). */
  time_prepositions: string[];
  /** Words that take their sense from a negation before them (`not ... any`). */
  negative_polarity: string[];
  /** Adverbs that may stand inside a cue after a trigger (`is therefore on the cards`). */
  sentence_adverbs: string[];
  /** Prepositions that make an event the cause or object of the one before it (`revenge for a bombing`). */
  cause_prepositions: string[];
  /** Words that open a relative clause after a comma (`..., which killed 53 people`). */
  relative_pronouns: string[];
  /**
   * Suffixes after a hyphen that make an actor a qualifier of another, not a participant
   * (`Turkish-backed`, `Russia-led`); fewer than the rules' `actorSuffixes`, which make a country an actor.
   */
  qualifier_suffixes: string[];
  /** Words that open a complement clause, out of the reach of a cue before them (`clear that ...`). */
  complementizers: string[];
  /** Prepositions before the agent of a passive or of a cue (`shelled by Assad`, `planned by Assad`). */
  agent_prepositions: string[];
  /**
   * Verbs of reporting, in all their forms (`said`, `told`): their speaker and addressee take no part
   * in the happenings reported (`the Pentagon said ...`, `officials told AFP`).
   */
  reporting_verbs: string[];
  /** Word endings read as a word of their own in cues, as `ending word` (`n't not`: `didn't` is a negation). */
  contractions: string[];
}

const GRAMMAR_KEYS = [
  'passive_auxiliaries',
  'past_participle_endings',
  'determiners',
  'definite_determiners',
  'anaphoric_nouns',
  'target_prepositions',
  'time_prepositions',
  'negative_polarity',
  'sentence_adverbs',
  'cause_prepositions',
  'relative_pronouns',
  'qualifier_suffixes',
  'complementizers',
  'agent_prepositions',
  'reporting_verbs',
  'contractions',
] as const;

const emptyGrammar = (): EventGrammar =>
  Object.fromEntries(GRAMMAR_KEYS.map((k) => [k, [] as string[]])) as unknown as EventGrammar;

/** The grammar as the finder looks words up: sets of folded words, and a test for participles. */
export interface CompiledGrammar {
  passiveAux: ReadonlySet<string>;
  participle: RegExp;
  determiners: ReadonlySet<string>;
  definite: ReadonlySet<string>;
  anaphoric: ReadonlySet<string>;
  targetPreps: ReadonlySet<string>;
  timePreps: ReadonlySet<string>;
  negativePolarity: ReadonlySet<string>;
  sentenceAdverbs: ReadonlySet<string>;
  causePreps: ReadonlySet<string>;
  relative: ReadonlySet<string>;
  qualifierSuffixes: ReadonlySet<string>;
  complementizers: ReadonlySet<string>;
  agentPreps: ReadonlySet<string>;
  reporting: ReadonlySet<string>;
  /** Endings (apostrophes written as ') and the word each stands for. */
  contractions: readonly { ending: string; word: string }[];
}

const APOSTROPHE = /[’‘`ʼ]/g;
/** Contractions are written with an apostrophe: most words are passed over by this one test. */
const HAS_APOSTROPHE = /['’‘`ʼ]/;

/**
 * The word a contraction stands for at the end of a word of the text (`didn’t` -> `not`), or, with
 * `whole`, as a cue word of its own (`n't`); null for any other word.
 */
export function contracted(word: string, g: CompiledGrammar, whole = false): string | null {
  if (g.contractions.length === 0 || word.length < 3 || !HAS_APOSTROPHE.test(word)) return null;
  const w = word.toLowerCase().replace(APOSTROPHE, "'");
  for (const c of g.contractions) if (whole ? w === c.ending : w.endsWith(c.ending)) return c.word;
  return null;
}

export function compileGrammar(g: EventGrammar): CompiledGrammar {
  const set = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));
  const endings = g.past_participle_endings.map((e) => e.replace(/[^\p{L}]/gu, '')).filter(Boolean);
  return {
    passiveAux: set(g.passive_auxiliaries),
    participle: endings.length ? new RegExp(`(?:${endings.join('|')})$`, 'u') : /(?!)/,
    determiners: set(g.determiners),
    definite: set(g.definite_determiners ?? []),
    anaphoric: set(g.anaphoric_nouns ?? []),
    targetPreps: set(g.target_prepositions),
    timePreps: set(g.time_prepositions),
    negativePolarity: set(g.negative_polarity),
    sentenceAdverbs: set(g.sentence_adverbs),
    causePreps: set(g.cause_prepositions),
    relative: set(g.relative_pronouns),
    qualifierSuffixes: set(g.qualifier_suffixes),
    complementizers: set(g.complementizers),
    agentPreps: set(g.agent_prepositions),
    reporting: set(g.reporting_verbs ?? []),
    contractions: g.contractions.map((c) => {
      const [ending, word] = c.toLowerCase().replace(APOSTROPHE, "'").split(/\s+/);
      return { ending, word: word ?? '' };
    }),
  };
}

export interface CompiledLexicon {
  lexicon: EventLexicon;
  /** Trie of all trigger forms; each pseudo-entry's `category` is the PLOVER type, `subtype` its subtype. */
  triggers: CompiledGazetteer;
  /** Modality cues before the trigger as folded word sequences, indexed by their last word. */
  cues: Map<string, Cue[]>;
  /** Modality cues after the trigger, indexed by their first word. */
  cuesAfter: Map<string, Cue[]>;
  grammar: CompiledGrammar;
  /** Trie of the acting verbs' forms; each pseudo-entry's `subtype` is its index in `lexicon.acting`. */
  acting: CompiledGazetteer | null;
}

export interface Cue {
  modality: Exclude<Modality, 'asserted'>;
  /** The cue as written. */
  text: string;
  /** Folded words (`n't` becomes `not`). */
  words: string[];
}

/** The category of the pseudo-entry holding `not_triggers`: matched, then dropped. */
export const NOT_A_TRIGGER = 'NONE';

const emptyModality = () => ({ negated: [] as string[], hypothetical: [] as string[], planned: [] as string[] });
/** Event lexicon files of a folder or pack: `events.json`, `events-mine.json`. */
export const EVENTS_FILE = /^events[^/]*\.json$/;

/** Loads `events*.json` and `cameo.json` from the bundled folder and the user's folders, in order. */
export function loadLexicon(userDirs: readonly string[] = [], choice: PackChoice = {}): EventLexicon {
  const dirs = packDirs(userDirs, choice);
  const out: EventLexicon = {
    modality: emptyModality(),
    modality_after: emptyModality(),
    not_triggers: [],
    grammar: emptyGrammar(),
    triggers: [],
    acting: [],
    cameo: {},
  };
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    const names = readdirSync(dir)
      .filter((n) => EVENTS_FILE.test(n))
      .sort();
    for (const name of names) mergeLexicon(out, readLexicon(join(dir, name)));
    const cameo = join(dir, 'cameo.json');
    if (existsSync(cameo)) Object.assign(out.cameo, readCameo(cameo));
  }
  return out;
}

function mergeLexicon(into: EventLexicon, add: EventLexicon): void {
  for (const k of ['negated', 'hypothetical', 'planned'] as const) {
    into.modality[k] = [...new Set([...into.modality[k], ...add.modality[k]])];
    into.modality_after[k] = [...new Set([...into.modality_after[k], ...add.modality_after[k]])];
  }
  into.not_triggers = [...new Set([...into.not_triggers, ...add.not_triggers])];
  for (const k of GRAMMAR_KEYS) into.grammar[k] = [...new Set([...into.grammar[k], ...add.grammar[k]])];
  into.triggers.push(...add.triggers);
  (into.acting ??= []).push(...(add.acting ?? []));
}

export function readLexicon(file: string): EventLexicon {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const data = parseJsonFile(file, text) as Partial<EventLexicon>;
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new DataFileError(file, 'expected an object with "modality" and "triggers"', 1, 1);
  const modality = { ...emptyModality(), ...(data.modality ?? {}) };
  const modalityAfter = { ...emptyModality(), ...(data.modality_after ?? {}) };
  for (const [section, lists] of [
    ['modality', modality],
    ['modality_after', modalityAfter],
  ] as const) {
    for (const [k, v] of Object.entries(lists)) {
      if (!Array.isArray(v) || v.some((s) => typeof s !== 'string'))
        throw new DataFileError(file, `${section}.${k} must be an array of strings`);
    }
  }
  const notTriggers = data.not_triggers ?? [];
  if (!Array.isArray(notTriggers) || notTriggers.some((t) => typeof t !== 'string' || t.trim() === ''))
    throw new DataFileError(file, '"not_triggers" must be an array of non-empty strings');
  const grammar = emptyGrammar();
  const rawGrammar = (data.grammar ?? {}) as Record<string, unknown>;
  for (const k of GRAMMAR_KEYS) {
    const v = rawGrammar[k];
    if (v === undefined) continue;
    if (!Array.isArray(v) || v.some((w) => typeof w !== 'string'))
      throw new DataFileError(file, `grammar.${k} must be an array of strings`);
    grammar[k] = v as string[];
  }
  const triggers = data.triggers ?? [];
  if (!Array.isArray(triggers)) throw new DataFileError(file, '"triggers" must be an array');
  const start = text.indexOf('"triggers"');
  const offsets =
    start >= 0
      ? arrayElementOffsets(text.slice(text.indexOf('[', start))).map((o) => o + text.indexOf('[', start))
      : [];
  triggers.forEach((t, i) => {
    const problem = validateTrigger(t);
    if (problem) {
      const { line, column } = lineColumn(text, offsets[i] ?? 0);
      throw new DataFileError(file, `trigger ${i + 1}: ${problem}`, line, column);
    }
  });
  const acting = (data as { acting?: unknown }).acting ?? [];
  if (!Array.isArray(acting)) throw new DataFileError(file, '"acting" must be an array');
  acting.forEach((a, i) => {
    const problem = validateActing(a);
    if (problem) throw new DataFileError(file, `acting ${i + 1}: ${problem}`);
  });
  return {
    modality,
    modality_after: modalityAfter,
    not_triggers: notTriggers,
    grammar,
    triggers,
    acting: acting as ActingEntry[],
    cameo: {},
  };
}

function validateActing(a: unknown): string | null {
  if (typeof a !== 'object' || a === null) return 'must be an object';
  const e = a as Record<string, unknown>;
  for (const k of ['verbs', 'phrases', 'forms']) {
    const v = e[k];
    if (v !== undefined && (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || s.trim() === '')))
      return `"${k}" must be an array of non-empty strings`;
  }
  const acts = e.acts_on;
  if (typeof acts !== 'object' || acts === null || Array.isArray(acts)) return '"acts_on" must map types to types';
  for (const [from, to] of Object.entries(acts))
    if (!PLOVER_TYPES.includes(from as PloverType) || !PLOVER_TYPES.includes(to as PloverType))
      return `"acts_on": "${from}": "${String(to)}" must map one of ${PLOVER_TYPES.join(', ')} to another`;
  if (e.object !== 'keep' && e.object !== 'drop') return '"object" must be "keep" or "drop"';
  if (e.reach !== undefined && !(Number.isInteger(e.reach) && (e.reach as number) >= 0))
    return '"reach" must be a whole number of words';
  return null;
}

function validateTrigger(t: unknown): string | null {
  if (typeof t !== 'object' || t === null) return 'must be an object';
  const e = t as Record<string, unknown>;
  if (!PLOVER_TYPES.includes(e.type as PloverType)) return `"type" must be one of ${PLOVER_TYPES.join(', ')}`;
  if (e.subtype !== undefined && typeof e.subtype !== 'string') return '"subtype" must be a string';
  for (const k of ['verbs', 'nouns', 'phrases', 'forms']) {
    const v = e[k];
    if (v !== undefined && (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || s.trim() === '')))
      return `"${k}" must be an array of non-empty strings`;
  }
  return null;
}

function readCameo(file: string): Record<string, string> {
  const data = parseJsonFile(file, readFileSync(file, 'utf8'));
  const table = (data as { roots?: unknown }).roots;
  if (typeof table !== 'object' || table === null)
    throw new DataFileError(file, 'expected {"roots": {"TYPE": "NN", "TYPE/subtype": "NN"}}');
  for (const [k, v] of Object.entries(table))
    if (typeof v !== 'string' || !/^(0[1-9]|1\d|20)$/.test(v))
      throw new DataFileError(file, `"${k}": a CAMEO root code is "01" to "20"`);
  return table as Record<string, string>;
}

/** compromise's word-form transforms, used without running its tagger (fast: no parse per word). */
interface Transforms {
  verb: { conjugate(verb: string, model: unknown): Record<string, string> };
  noun: { toPlural(noun: string, model: unknown): string };
}
let world: { transform: Transforms; model: unknown } | null = null;
function transforms(): { transform: Transforms; model: unknown } {
  if (!world) {
    // Loaded on first use only: a worker given an expanded lexicon never pays for compromise.
    const nlp = createRequire(import.meta.url)('compromise/two') as { world(): unknown };
    const w = nlp.world() as { methods: { two: { transform: Transforms } }; model: unknown };
    world = { transform: w.methods.two.transform, model: w.model };
  }
  return world;
}

/**
 * Word forms of the bundled lexicon's verbs and nouns, made by the build with compromise
 * (`gazetteer/forms.generated.json`), so that a run needs compromise only for words users add.
 */
export interface FormsTable {
  verbs: Record<string, string[]>;
  nouns: Record<string, string[]>;
}
export const FORMS_FILE = 'forms.generated.json';
let formsTable: FormsTable | null = null;
function bundledForms(): FormsTable {
  if (!formsTable) {
    try {
      const file = bundledFile(FORMS_FILE);
      formsTable = file ? (JSON.parse(readFileSync(file, 'utf8')) as FormsTable) : { verbs: {}, nouns: {} };
    } catch {
      formsTable = { verbs: {}, nouns: {} };
    }
  }
  return formsTable;
}

/** Every surface form of a verb: base, -s, past, participle, -ing. Multi-word verbs conjugate their first word. */
export function verbForms(verb: string): string[] {
  if (/\s/.test(verb.trim())) return phraseForms(verb);
  return Object.hasOwn(bundledForms().verbs, verb) ? bundledForms().verbs[verb] : conjugated(verb);
}

/** A noun and its plural; in a multi-word noun the last word is pluralized (`barrel bomb` -> `barrel bombs`). */
export function nounForms(noun: string): string[] {
  return Object.hasOwn(bundledForms().nouns, noun) ? bundledForms().nouns[noun] : pluralized(noun);
}

/** A verb's forms by compromise's conjugator. */
export function conjugated(verb: string): string[] {
  const { transform, model } = transforms();
  const c = transform.verb.conjugate(verb, model) ?? {};
  return [verb, c.PresentTense, c.PastTense, c.Participle, c.Gerund].filter(
    (f): f is string => typeof f === 'string' && f.length > 0,
  );
}

/** A noun and its plural by compromise. */
export function pluralized(noun: string): string[] {
  const { transform, model } = transforms();
  const words = noun.trim().split(/\s+/);
  const plural = transform.noun.toPlural(words[words.length - 1], model);
  if (!plural || plural === words[words.length - 1]) return [noun];
  return [noun, [...words.slice(0, -1), plural].join(' ')];
}

/** A phrase whose first word is a verb: `drop barrel bombs` -> drops/dropped/dropping barrel bombs. */
export function phraseForms(phrase: string): string[] {
  const [head, ...rest] = phrase.trim().split(/\s+/);
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  return verbForms(head).map((f) => f + tail);
}

/**
 * A pattern with slots, spelled out: each `(a|b|)` group is one word of those choices, or none for
 * an empty choice (`share (its|their|) intelligence` -> `share its intelligence`, `share their
 * intelligence`, `share intelligence`). A pattern without groups is itself.
 */
export function expandSlots(pattern: string): string[] {
  const group = /\(([^()]*)\)/.exec(pattern);
  if (!group) return [pattern.replace(/\s+/g, ' ').trim()];
  const before = pattern.slice(0, group.index);
  const after = pattern.slice(group.index + group[0].length);
  return group[1].split('|').flatMap((choice) => expandSlots(`${before}${choice.trim()}${after}`));
}

export function triggerForms(t: TriggerEntry): string[] {
  const expanded = (list: string[] | undefined) => (list ?? []).flatMap(expandSlots);
  const forms = [
    ...expanded(t.verbs).flatMap(verbForms),
    ...expanded(t.nouns).flatMap(nounForms),
    ...expanded(t.phrases).flatMap(phraseForms),
    ...expanded(t.forms),
  ];
  return [...new Set(forms.map((f) => f.toLowerCase()))];
}

export function compileLexicon(lexicon: EventLexicon): CompiledLexicon {
  const entries: LoadedEntry[] = lexicon.triggers.map((t, i) => {
    const forms = triggerForms(t);
    return {
      id: `${t.type}/${t.subtype ?? ''}/${i}`,
      name: forms[0] ?? '',
      aliases: forms,
      category: t.type,
      subtype: t.subtype,
      type: 'actor',
      file: 'events.json',
    };
  });
  if (lexicon.not_triggers.length) {
    entries.push({
      id: 'not_triggers',
      name: lexicon.not_triggers[0],
      aliases: lexicon.not_triggers.map((t) => t.toLowerCase()),
      category: NOT_A_TRIGGER,
      type: 'actor',
      file: 'events.json',
    });
  }
  const triggers = compileGazetteer({ entries, rules: EMPTY_RULES, files: [] });
  const actingEntries: LoadedEntry[] = (lexicon.acting ?? []).map((a, i) => {
    const forms = triggerForms({ type: 'AGREE', verbs: a.verbs, phrases: a.phrases, forms: a.forms });
    return {
      id: `acting/${i}`,
      name: forms[0] ?? '',
      aliases: forms,
      category: 'ACTING',
      subtype: String(i),
      type: 'actor',
      file: 'events.json',
    };
  });
  const acting =
    actingEntries.length > 0 ? compileGazetteer({ entries: actingEntries, rules: EMPTY_RULES, files: [] }) : null;
  const grammar = compileGrammar(lexicon.grammar ?? emptyGrammar());
  return {
    lexicon,
    triggers,
    grammar,
    cues: indexCues(lexicon.modality, 'last', grammar),
    cuesAfter: indexCues(lexicon.modality_after, 'first', grammar),
    acting,
  };
}

function indexCues(
  lists: EventLexicon['modality'],
  by: 'first' | 'last',
  grammar: CompiledGrammar,
): Map<string, Cue[]> {
  const index = new Map<string, Cue[]>();
  for (const modality of ['negated', 'hypothetical', 'planned'] as const) {
    for (const text of lists[modality]) {
      // Split as the text is tokenized (`pre-empt` is two words there), so that cues and text agree.
      const words = tokenize(text).map((t) => contracted(text.slice(t.start, t.end), grammar, true) ?? t.key);
      if (words.length === 0) continue;
      const k = by === 'last' ? words[words.length - 1] : words[0];
      const cue = { modality, text, words };
      const list = index.get(k);
      if (list) list.push(cue);
      else index.set(k, [cue]);
    }
  }
  return index;
}
