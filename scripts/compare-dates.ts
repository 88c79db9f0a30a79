#!/usr/bin/env -S npx tsx
// Compares date extractors on the gold sets: raw chrono-node, raw compromise-dates, and findDates.
//   npx tsx scripts/compare-dates.ts [--errors] [--corpus /work/shared/corpus]
// Detection: a system date matches a gold date when their spans overlap (one-to-one, greedy, in
// text order). Value accuracy: exact value over matched pairs. Value F1: a system date counts as
// correct when it overlaps a gold date and has the same value (precision over all system dates,
// recall over all gold dates). Also prints throughput on the concatenated texts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import { findDates, isoWeek } from '../src/lang/en/dates.js';
import { splitSentences } from '../src/segment.js';

nlp.plugin(datesPlugin as Parameters<typeof nlp.plugin>[0]);

interface Span {
  start: number;
  end: number;
  text: string;
  value: string | null;
}
interface GoldDoc {
  file: string;
  dct: string;
  mentions: { type: string; text: string; start: number; end: number; value?: string; optional?: boolean }[];
}

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const corpusAt = args.indexOf('--corpus');
const CORPUS = corpusAt >= 0 ? args[corpusAt + 1] : '/work/shared/corpus';
const SETS = ['seed', 'dev2'];
const ABBREVIATIONS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mt',
  'gen',
  'dr',
  'no',
  'vs',
  'st',
]);

const pad = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function chronoSystem(text: string, dct: string): Span[] {
  const ref = new Date(`${dct}T12:00:00Z`);
  return chrono.parse(text, ref).map((r) => {
    const d = r.start.date();
    const known = (c: Parameters<typeof r.start.isCertain>[0]) => r.start.isCertain(c);
    let value: string;
    if (/\bweek\b/i.test(r.text)) value = isoWeek(d);
    else if (known('day') || known('weekday')) value = day(d);
    else if (known('month')) value = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
    else if (known('year')) value = String(d.getUTCFullYear());
    else value = day(d);
    return { start: r.index, end: r.index + r.text.length, text: r.text, value };
  });
}

function compromiseSystem(text: string, dct: string): Span[] {
  // compromise-dates' typings are loose: the view is untyped here on purpose.
  const doc = nlp(text) as unknown as { dates(o: object): { json(o: object): unknown[] } };
  const out = doc.dates({ today: dct, timezone: 'UTC' }).json({ offset: true }) as {
    text: string;
    offset: { start: number; length: number };
    dates?: { start?: string; unit?: string };
  }[];
  return out.map((j) => {
    const start = j.dates?.start ? new Date(j.dates.start) : null;
    let value: string | null = null;
    if (start) {
      const unit = j.dates?.unit;
      if (unit === 'week') value = isoWeek(start);
      else if (unit === 'month') value = `${start.getUTCFullYear()}-${pad(start.getUTCMonth() + 1)}`;
      else if (unit === 'year') value = String(start.getUTCFullYear());
      else value = day(start);
    }
    return { start: j.offset.start, end: j.offset.start + j.offset.length, text: j.text, value };
  });
}

function ourSystem(text: string, dct: string): Span[] {
  return findDates(text, splitSentences(text, ABBREVIATIONS), dct).map((m) => ({
    start: m.start,
    end: m.end,
    text: m.text,
    value: m.value ?? null,
  }));
}

const SYSTEMS: [string, (text: string, dct: string) => Span[]][] = [
  ['chrono-node (raw)', chronoSystem],
  ['compromise-dates (raw)', compromiseSystem],
  ['findDates', ourSystem],
];

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  valueOk: number;
  sys: number;
  gold: number;
  ms: number;
  chars: number;
  errors: string[];
}

function scoreSet(set: string, system: (text: string, dct: string) => Span[]): Tally {
  const gold = JSON.parse(readFileSync(join(CORPUS, `${set}.gold.json`), 'utf8')) as { docs: GoldDoc[] };
  const t: Tally = { tp: 0, fp: 0, fn: 0, valueOk: 0, sys: 0, gold: 0, ms: 0, chars: 0, errors: [] };
  for (const doc of gold.docs) {
    const text = readFileSync(join(CORPUS, set, doc.file), 'utf8');
    const t0 = performance.now();
    const sys = system(text, doc.dct);
    t.ms += performance.now() - t0;
    t.chars += text.length;
    const golds = doc.mentions.filter((m) => m.type === 'date');
    const used = new Set<number>();
    const ignored = new Set<number>();
    for (const g of golds) {
      const i = sys.findIndex((s, k) => !used.has(k) && !ignored.has(k) && s.start < g.end && g.start < s.end);
      if (g.optional) {
        if (i >= 0) ignored.add(i);
        continue;
      }
      t.gold++;
      if (i < 0) {
        t.fn++;
        t.errors.push(`${doc.file}  FN  ${JSON.stringify(g.text)} want ${g.value}`);
        continue;
      }
      used.add(i);
      t.tp++;
      if (sys[i].value === g.value) t.valueOk++;
      else t.errors.push(`${doc.file}  VALUE  ${JSON.stringify(sys[i].text)} = ${sys[i].value} want ${g.value}`);
    }
    sys.forEach((s, k) => {
      if (ignored.has(k)) return;
      t.sys++;
      if (!used.has(k)) {
        t.fp++;
        t.errors.push(`${doc.file}  FP  ${JSON.stringify(s.text)} = ${s.value}`);
      }
    });
  }
  return t;
}

const f = (x: number) => x.toFixed(3);
const prf = (tp: number, sys: number, gold: number) => {
  const p = sys ? tp / sys : 1;
  const r = gold ? tp / gold : 1;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
};

console.log(
  '| set | system | det P | det R | det F1 | value acc (matched) | value P | value R | value F1 | ms/doc-set | MB/s |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
const allErrors: string[] = [];
for (const set of SETS) {
  for (const [name, system] of SYSTEMS) {
    scoreSet(set, system); // warm-up run, so the timing below is not the JIT's first pass
    const t = scoreSet(set, system);
    const [dp, dr, df] = prf(t.tp, t.sys, t.gold);
    const [vp, vr, vf] = prf(t.valueOk, t.sys, t.gold);
    const acc = t.tp ? t.valueOk / t.tp : 1;
    const mbs = t.chars / 1e6 / (t.ms / 1000);
    console.log(
      `| ${set} | ${name} | ${f(dp)} | ${f(dr)} | ${f(df)} | ${f(acc)} (${t.valueOk}/${t.tp}) | ${f(vp)} | ${f(vr)} | ${f(vf)} | ${t.ms.toFixed(1)} | ${mbs.toFixed(2)} |`,
    );
    if (name === 'findDates' || args.includes('--all-errors'))
      allErrors.push(...t.errors.map((e) => `${set} ${name}: ${e}`));
  }
}
if (showErrors) {
  console.log('\nErrors:');
  for (const e of allErrors) console.log(e);
}

// Throughput of findDates alone (sentences precomputed) on ~10 MB of copies of the gold texts,
// against chrono-node on ~1 MB: the date step has to keep up with the gazetteer scan.
{
  const texts: { text: string; dct: string }[] = [];
  for (const set of SETS) {
    const gold = JSON.parse(readFileSync(join(CORPUS, `${set}.gold.json`), 'utf8')) as { docs: GoldDoc[] };
    for (const d of gold.docs) texts.push({ text: readFileSync(join(CORPUS, set, d.file), 'utf8'), dct: d.dct });
  }
  const corpus = (mb: number) => {
    const docs: { text: string; dct: string; sentences: ReturnType<typeof splitSentences> }[] = [];
    let chars = 0;
    for (let i = 0; chars < mb * 1e6; i++) {
      const t = texts[i % texts.length];
      docs.push({ ...t, sentences: splitSentences(t.text, ABBREVIATIONS) });
      chars += t.text.length;
    }
    return { docs, chars };
  };
  const big = corpus(10);
  for (const d of big.docs.slice(0, 200)) findDates(d.text, d.sentences, d.dct);
  let t0 = performance.now();
  for (const d of big.docs) findDates(d.text, d.sentences, d.dct);
  const ours = big.chars / 1e6 / ((performance.now() - t0) / 1000);
  const small = corpus(1);
  t0 = performance.now();
  for (const d of small.docs) chrono.parse(d.text, new Date(`${d.dct}T12:00:00Z`));
  const chr = small.chars / 1e6 / ((performance.now() - t0) / 1000);
  console.log(
    `\nThroughput: findDates ${ours.toFixed(1)} MB/s on ${(big.chars / 1e6).toFixed(1)} MB; chrono-node ${chr.toFixed(2)} MB/s on ${(small.chars / 1e6).toFixed(1)} MB.`,
  );
}
