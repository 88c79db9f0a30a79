/**
 * Scoring against a gold file in the guidelines' format: overlap matching per kind (a country may
 * be an actor or a place), optional gold mentions neither rewarded nor penalized, coordinates
 * within 25 km, date values, and pairwise alias resolution.
 */
import { distanceKm } from './geo.js';
import { DataFileError } from './errors.js';
import { NO_ARTICLES, tokenize, type ArticleFolding } from './fold.js';
import type { DocResult, Event, Kind, Mention } from './types.js';

export interface GoldMention {
  type: Kind;
  text: string;
  start: number;
  end: number;
  entity?: string;
  lat?: number;
  lon?: number;
  value?: string;
  optional?: boolean;
  country?: boolean;
}

export interface GoldEvent {
  type: string;
  trigger: string;
  start: number;
  end: number;
  date: string | null;
  actors?: string[];
  places?: string[];
  modality: string;
}

export interface GoldDoc {
  file: string;
  dct?: string;
  mentions: GoldMention[];
  events?: GoldEvent[];
}

export interface EventScores {
  /** Trigger overlap; hypothetical and negated gold events are optional. */
  detection: Prf;
  /** Trigger overlap and the same type. */
  typed: Prf;
  /** Over matched events: the same date (null included). */
  date: { correct: number; total: number; accuracy: number };
  /** Over matched events, optional ones included. */
  modality: { correct: number; total: number; accuracy: number };
  /**
   * Over matched events: the gold actors (entities) against the system's participants, each
   * participant standing for the gold entities of the gold mentions it overlaps (optional ones
   * included: `Tajik forces` is Tajikistan's).
   */
  participants: Prf;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface ScoreReport {
  documents: number;
  missing: string[];
  kinds: Record<Kind, Prf>;
  mentions: Prf;
  coordinates: { correct: number; total: number; accuracy: number };
  dateValues: { correct: number; total: number; accuracy: number; f1: number };
  aliases: Prf;
  events: EventScores;
  /** Errors by document, for finding what to fix: [file, kind, 'fp'|'fn', text, start]. */
  errors: [string, string, 'fp' | 'fn' | 'coord' | 'value', string, number][];
}

export function parseGold(file: string, data: unknown): GoldDoc[] {
  const docs = (data as { docs?: unknown })?.docs;
  if (!Array.isArray(docs)) throw new DataFileError(file, 'a gold file is an object with a "docs" array');
  for (const [i, d] of docs.entries()) {
    if (typeof d?.file !== 'string' || !Array.isArray(d?.mentions))
      throw new DataFileError(file, `docs[${i}] needs "file" and "mentions"`);
  }
  return docs as GoldDoc[];
}

/** The system's entity: its id, or for an unknown name (`resolved: false`) its spelling's matching key. */
function entityKey(m: Mention, articles: ArticleFolding): string | undefined {
  if (m.id !== undefined) return m.id;
  // An unknown person's surname alone carries the full name it was first given with (`Wu`: `Wu Qian`).
  const name = m.name ?? m.text;
  return m.resolved === false
    ? `unresolved:${tokenize(name, 0, name.length, true, articles)
        .map((t) => t.tkey)
        .join(' ')}`
    : undefined;
}

export { distanceKm };

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Whether a system mention may match a gold one: same kind, or a country/capital either way. */
function compatible(g: GoldMention, m: Mention): boolean {
  if (g.type === m.kind) return true;
  return g.country === true && g.type !== 'date' && m.kind !== 'date';
}

/** What the mention scoring adds up over the documents. */
interface MentionTally {
  counts: Record<Kind, Counts>;
  coordinates: { correct: number; total: number; accuracy: number };
  dates: { correct: number; total: number; valueTp: number; sys: number; gold: number };
  aliases: Counts;
  errors: ScoreReport['errors'];
  /** How articles fold in the keys of unknown names (`ash-X` and `al-X` are one). */
  articles: ArticleFolding;
}

/**
 * Scores system results against gold documents. `results` is keyed by file name (base name).
 */
export function score(
  gold: readonly GoldDoc[],
  results: ReadonlyMap<string, DocResult>,
  articles: ArticleFolding = NO_ARTICLES,
): ScoreReport {
  const t: MentionTally = {
    counts: { actor: { tp: 0, fp: 0, fn: 0 }, place: { tp: 0, fp: 0, fn: 0 }, date: { tp: 0, fp: 0, fn: 0 } },
    coordinates: { correct: 0, total: 0, accuracy: 0 },
    dates: { correct: 0, total: 0, valueTp: 0, sys: 0, gold: 0 },
    aliases: { tp: 0, fp: 0, fn: 0 },
    errors: [],
    articles,
  };
  const missing: string[] = [];
  for (const g of gold) {
    const doc = results.get(g.file);
    if (doc) scoreMentions(g, doc.mentions, t);
    else missing.push(g.file);
  }
  const { counts, coordinates, dates, aliases, errors } = t;
  const events = scoreEvents(gold, results, errors);
  coordinates.accuracy = coordinates.total ? coordinates.correct / coordinates.total : 1;
  const valuePrecision = dates.sys ? dates.valueTp / dates.sys : 1;
  const valueRecall = dates.gold ? dates.valueTp / dates.gold : 1;
  const total = (['actor', 'place', 'date'] as Kind[]).reduce(
    (acc, k) => ({ tp: acc.tp + counts[k].tp, fp: acc.fp + counts[k].fp, fn: acc.fn + counts[k].fn }),
    { tp: 0, fp: 0, fn: 0 },
  );
  return {
    documents: gold.length - missing.length,
    missing,
    kinds: { actor: prf(counts.actor), place: prf(counts.place), date: prf(counts.date) },
    mentions: prf(total),
    coordinates,
    dateValues: {
      correct: dates.correct,
      total: dates.total,
      accuracy: dates.total ? dates.correct / dates.total : 1,
      f1: valuePrecision + valueRecall ? (2 * valuePrecision * valueRecall) / (valuePrecision + valueRecall) : 0,
    },
    aliases: prf(aliases),
    events,
    errors,
  };
}

/** One document's mentions: matched, missed and spurious ones, coordinates, date values and alias pairs. */
function scoreMentions(g: GoldDoc, sys: readonly Mention[], t: MentionTally): void {
  const { counts, dates, errors } = t;
  const used = new Set<number>();
  const pairs: [GoldMention, Mention][] = [];
  // Required gold first, so an optional gold mention never takes a system mention from a required one.
  const ordered = [...g.mentions].sort(
    (a, b) => Number(a.optional === true) - Number(b.optional === true) || a.start - b.start,
  );
  const ignored = new Set<number>();
  for (const gm of ordered) {
    let found = -1;
    for (let i = 0; i < sys.length; i++) {
      if (!used.has(i) && !ignored.has(i) && compatible(gm, sys[i]) && overlaps(gm, sys[i])) {
        found = i;
        break;
      }
    }
    if (gm.optional) {
      // Neither rewarded nor penalized: the system mention it covers is set aside.
      if (found >= 0) ignored.add(found);
      continue;
    }
    if (found < 0) {
      counts[gm.type].fn++;
      errors.push([g.file, gm.type, 'fn', gm.text, gm.start]);
      continue;
    }
    used.add(found);
    counts[gm.type].tp++;
    pairs.push([gm, sys[found]]);
    scoreValues(g.file, gm, sys[found], t);
  }
  for (let i = 0; i < sys.length; i++) {
    if (used.has(i) || ignored.has(i)) continue;
    counts[sys[i].kind].fp++;
    errors.push([g.file, sys[i].kind, 'fp', sys[i].text, sys[i].start]);
  }
  dates.sys += sys.filter((m, i) => m.kind === 'date' && !ignored.has(i)).length;
  dates.gold += g.mentions.filter((m) => m.type === 'date' && !m.optional).length;
  scoreAliases(pairs, t.aliases, t.articles);
}

/** A matched mention's coordinates (places) and value (dates). */
function scoreValues(file: string, gm: GoldMention, m: Mention, t: MentionTally): void {
  if (gm.type === 'place' && typeof gm.lat === 'number' && typeof gm.lon === 'number' && m.kind === 'place') {
    t.coordinates.total++;
    const ok = typeof m.lat === 'number' && typeof m.lon === 'number' && distanceKm(gm.lat, gm.lon, m.lat, m.lon) <= 25;
    if (ok) t.coordinates.correct++;
    else
      t.errors.push([
        file,
        'place',
        'coord',
        `${gm.text} -> ${m.name ?? '?'} (${m.lat},${m.lon}) want (${gm.lat},${gm.lon})`,
        gm.start,
      ]);
  }
  if (gm.type === 'date') {
    t.dates.total++;
    if (m.value === gm.value) {
      t.dates.correct++;
      t.dates.valueTp++;
    } else t.errors.push([file, 'date', 'value', `${gm.text}: ${m.value ?? 'null'} want ${gm.value}`, gm.start]);
  }
}

/** Pairwise alias resolution over a document's matched actor and place mentions. */
function scoreAliases(pairs: readonly [GoldMention, Mention][], aliases: Counts, articles: ArticleFolding): void {
  const named = pairs.filter(([gm]) => gm.type !== 'date' && gm.entity !== undefined);
  for (let a = 0; a < named.length; a++) {
    for (let b = a + 1; b < named.length; b++) {
      const goldSame = named[a][0].entity === named[b][0].entity;
      const sysA = entityKey(named[a][1], articles);
      const sysSame = sysA !== undefined && sysA === entityKey(named[b][1], articles);
      if (goldSame && sysSame) aliases.tp++;
      else if (sysSame) aliases.fp++;
      else if (goldSame) aliases.fn++;
    }
  }
}

const ratio = (correct: number, total: number) => ({ correct, total, accuracy: total ? correct / total : 1 });

function scoreEvents(
  gold: readonly GoldDoc[],
  results: ReadonlyMap<string, DocResult>,
  errors: ScoreReport['errors'],
): EventScores {
  const detection: Counts = { tp: 0, fp: 0, fn: 0 };
  const typed: Counts = { tp: 0, fp: 0, fn: 0 };
  let dateOk = 0;
  let dateTotal = 0;
  let modalityOk = 0;
  let modalityTotal = 0;
  const participants: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const g of gold) {
    const doc = results.get(g.file);
    if (!doc) continue;
    const sys = doc.events;
    const used = new Set<number>();
    const ignored = new Set<number>();
    const optional = (e: GoldEvent) => e.modality === 'hypothetical' || e.modality === 'negated';
    const ordered = [...(g.events ?? [])].sort(
      (a, b) => Number(optional(a)) - Number(optional(b)) || a.start - b.start,
    );
    for (const ge of ordered) {
      // Prefer a system event of the same type among those overlapping the trigger.
      let found = -1;
      for (let i = 0; i < sys.length; i++) {
        if (used.has(i) || ignored.has(i) || !overlaps(ge, sys[i].trigger)) continue;
        if (found < 0 || (sys[i].type === ge.type && sys[found].type !== ge.type)) found = i;
      }
      if (found < 0) {
        if (!optional(ge)) {
          detection.fn++;
          typed.fn++;
          errors.push([g.file, `event ${ge.type}`, 'fn', ge.trigger, ge.start]);
        }
        continue;
      }
      const e = sys[found];
      modalityTotal++;
      if (e.modality === ge.modality) modalityOk++;
      else
        errors.push([g.file, 'event', 'value', `${ge.trigger}: modality ${e.modality} want ${ge.modality}`, ge.start]);
      if (optional(ge)) {
        ignored.add(found);
        continue;
      }
      used.add(found);
      detection.tp++;
      if (e.type === ge.type) typed.tp++;
      else {
        typed.fp++;
        typed.fn++;
        errors.push([g.file, 'event', 'value', `${ge.trigger}: type ${e.type} want ${ge.type}`, ge.start]);
      }
      scoreParticipants(g, ge, e, participants, errors);
      dateTotal++;
      if ((e.date ?? null) === (ge.date ?? null)) dateOk++;
      else errors.push([g.file, 'event', 'value', `${ge.trigger}: date ${e.date} want ${ge.date}`, ge.start]);
    }
    for (let i = 0; i < sys.length; i++) {
      if (used.has(i) || ignored.has(i)) continue;
      detection.fp++;
      typed.fp++;
      errors.push([g.file, `event ${sys[i].type}`, 'fp', sys[i].trigger.text, sys[i].trigger.start]);
    }
  }
  return {
    detection: prf(detection),
    typed: prf(typed),
    date: ratio(dateOk, dateTotal),
    modality: ratio(modalityOk, modalityTotal),
    participants: prf(participants),
  };
}

/** One matched event's participants: gold entity names against the entities of the system's participants. */
function scoreParticipants(g: GoldDoc, ge: GoldEvent, e: Event, counts: Counts, errors: ScoreReport['errors']): void {
  const wanted = new Set(ge.actors ?? []);
  const found = new Set<string>();
  for (const a of e.actors) {
    const entities = g.mentions.filter((m) => m.type !== 'date' && m.entity !== undefined && overlaps(m, a));
    const hit = entities.find((m) => wanted.has(m.entity as string));
    if (hit) found.add(hit.entity as string);
    else if (!entities.some((m) => found.has(m.entity as string))) {
      counts.fp++;
      errors.push([g.file, 'participant', 'fp', `${a.text} (${ge.trigger})`, a.start]);
    }
  }
  for (const name of wanted) {
    if (found.has(name)) counts.tp++;
    else {
      counts.fn++;
      errors.push([g.file, 'participant', 'fn', `${name} (${ge.trigger})`, ge.start]);
    }
  }
}

export function renderScore(r: ScoreReport, title: string): string {
  const pct = (x: number) => x.toFixed(3);
  const row = (name: string, p: Prf) =>
    `| ${name.padEnd(16)} | ${pct(p.precision)} | ${pct(p.recall)} | ${pct(p.f1)} | ${String(p.tp).padStart(4)} | ${String(p.fp).padStart(4)} | ${String(p.fn).padStart(4)} |`;
  const lines = [
    `${title}: ${r.documents} documents${r.missing.length ? ` (missing: ${r.missing.join(', ')})` : ''}`,
    '| measure          | P     | R     | F1    |   TP |   FP |   FN |',
    '|------------------|-------|-------|-------|------|------|------|',
    row('actor', r.kinds.actor),
    row('place', r.kinds.place),
    row('date', r.kinds.date),
    row('all mentions', r.mentions),
    row('alias pairs', r.aliases),
    `| coordinates ≤25km | accuracy ${pct(r.coordinates.accuracy)} (${r.coordinates.correct}/${r.coordinates.total}) |`,
    `| date values      | accuracy ${pct(r.dateValues.accuracy)} (${r.dateValues.correct}/${r.dateValues.total}), value F1 ${pct(r.dateValues.f1)} |`,
  ];
  if (r.events.detection.tp + r.events.detection.fp + r.events.detection.fn > 0) {
    lines.push(
      row('event detection', r.events.detection),
      row('event typed', r.events.typed),
      `| event dates      | accuracy ${pct(r.events.date.accuracy)} (${r.events.date.correct}/${r.events.date.total}) |`,
      `| event modality   | accuracy ${pct(r.events.modality.accuracy)} (${r.events.modality.correct}/${r.events.modality.total}) |`,
      row('participants', r.events.participants),
    );
  }
  return `${lines.join('\n')}\n`;
}
