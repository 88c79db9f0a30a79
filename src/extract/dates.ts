/**
 * Date expressions with normalized values, resolved against the document date (DCT).
 *
 * A small rule set in the spirit of chrono's parsers: each pattern is a regular expression with
 * an `extract()` that returns a value and a precision; overlaps are settled by taking the longest
 * leftmost match. Only sentences that a cheap pre-filter (digits, month and weekday names,
 * relative words) flags are scanned, so dates never dominate the run time.
 *
 * Commentary has a past bias: a bare weekday is the latest one on or before the DCT, and a day
 * or month without a year takes the year nearest the DCT with future years weighed double —
 * unless the sentence points forward (will, is to, scheduled, next, coming, by, until ...).
 */
import type { Mention, Sentence } from '../types.js';

export type Precision = 'day' | 'week' | 'month' | 'year';

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const WEEKDAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30 };

const S = '[\\s\\u00a0]+';
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
/** Abbreviated months are only taken in capitals (`Sept 8`), full names in any case. */
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?';
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';
const PART = `(?:${S}(?:morning|afternoon|evening|night))`;
/** `for the last year`, `over the past week`, `in the next month` are durations, not dates. */
const NOT_DURATION = '(?<!\\b(?:for|over|in|during|within|throughout)[\\s\\u00a0]+the[\\s\\u00a0]+)';

/** Each rule: a pattern (named groups) and how to read it. Order does not matter: longest match wins. */
interface Rule {
  name: string;
  re: RegExp;
  read(m: RegExpExecArray, ctx: ReadContext): { value: string | null; precision: Precision } | null;
}

interface ReadContext {
  dct: Date | null;
  /** The words around the expression point forward in time (will, next, by, scheduled ...). */
  forward: boolean;
  /** The words around it point back (ago, last, since, earlier, was ...). */
  backward: boolean;
}

const rx = (source: string, flags = 'g') => new RegExp(source, flags);

const RULES: Rule[] = [
  {
    name: 'iso',
    re: rx(`\\b(?<y>${YEAR})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])\\b`),
    read: (m) => day(Number(m.groups!.y), Number(m.groups!.m), Number(m.groups!.d)),
  },
  {
    // 7 September, 11 May 2013, Tuesday, 05 September 2017, 7th of September
    name: 'day-month',
    re: rx(`\\b(?:(?<wd>${WEEKDAY}),?${S})?(?<d>${DAY})(?:${S}of)?${S}(?<mon>${MONTH})(?:,?${S}(?<y>${YEAR}))?\\b`, 'gi'),
    read: (m, ctx) => monthDay(m.groups!, ctx),
  },
  {
    // Sept 8, September 7th, June 5, 2013, Wednesday, June 5, Jan. 20
    name: 'month-day',
    re: rx(`\\b(?:(?<wd>${WEEKDAY}),?${S})?(?<mon>${MONTH})${S}(?<d>${DAY})(?!\\d|[:.]\\d)(?:,?${S}(?<y>${YEAR}))?\\b`, 'gi'),
    read: (m, ctx) => monthDay(m.groups!, ctx),
  },
  {
    // July 2012, mid-October 2014
    name: 'month-year',
    re: rx(`\\b(?:(?:early|mid|late)-?${S}?)?(?<mon>${MONTH})${S}(?:of${S})?(?<y>${YEAR})\\b`, 'gi'),
    read: (m) => month(Number(m.groups!.y), MONTHS[key(m.groups!.mon)]),
  },
  {
    // in October, mid-October, since last March: a month name alone needs such a lead word
    name: 'month',
    re: rx(`(?<=\\b(?:in|since|until|till|by|from|during|before|after|of|early|late|mid|end of|beginning of|start of|last|next|this|through)[\\s\\u00a0-]+)(?:(?:early|mid|late)-)?(?<mon>January|February|March|April|May|June|July|August|September|October|November|December)\\b(?![\\s\\u00a0]+\\d)`, 'gi'),
    read: (m, ctx) => {
      const mon = MONTHS[key(m.groups!.mon)];
      if (m.groups!.mon === 'may') return null; // the modal verb
      const lead = /\b(last|next|this)[\s\u00a0-]+(?:(?:early|mid|late)-)?\S+$/i.exec(m.input.slice(Math.max(0, m.index - 12), m.index + m[0].length));
      return monthNoYear(mon, ctx, lead?.[1].toLowerCase());
    },
  },
  {
    // a year alone: since 2016, in 2013, 2019's — not a count (2016 people) or a name (Astana 10)
    name: 'year',
    re: rx(`(?<![\\w.,/-])(?<y>${YEAR})(?![\\w/-]|[.,]\\d|\\s*%)`, 'g'),
    read: (m) => {
      const after = m.input.slice(m.index + 4, m.index + 30);
      if (/^[\s\u00a0]+(?!and\b|to\b|in\b|when\b|as\b|after\b|before\b|the\b|was\b|were\b|is\b|had\b|has\b|saw\b|by\b|for\b|with\b|at\b|on\b|until\b|\p{Lu})\p{Ll}/u.test(after)) return null;
      return { value: m.groups!.y, precision: 'year' };
    },
  },
  {
    name: 'today',
    // `today's world`, `today's Syria`: the present age, not a day
    re: rx(`\\b(?<w>today|tonight|this${S}(?:morning|afternoon|evening))\\b(?![’']s${S}(?:world|society|age|era|times|climate|environment|standards|generation|youth|politics|economy|reality|Syria|Middle${S}East))`, 'gi'),
    read: (_m, ctx) => relativeDays(ctx, 0),
  },
  {
    name: 'yesterday',
    re: rx(`\\b(?<w>the${S}day${S}before${S}yesterday|yesterday(?:${S}(?:morning|afternoon|evening))?|last${S}night)\\b`, 'gi'),
    read: (m, ctx) => relativeDays(ctx, /before/i.test(m[0]) ? -2 : -1),
  },
  {
    name: 'tomorrow',
    re: rx(`\\b(?:the${S}day${S}after${S})?tomorrow\\b`, 'gi'),
    read: (m, ctx) => relativeDays(ctx, /after/i.test(m[0]) ? 2 : 1),
  },
  {
    // Friday, last Friday, this coming Monday, next Tuesday, Thursday morning
    name: 'weekday',
    re: rx(`\\b(?:(?<lead>last|next|this${S}coming|this${S}past|this|coming|past)${S})?(?<wd>${WEEKDAY})${PART}?\\b(?!,?${S}(?:${MONTH}|${DAY}${S}${MONTH}))`, 'g'),
    read: (m, ctx) => weekday(WEEKDAYS[key(m.groups!.wd)], (m.groups!.lead ?? '').toLowerCase().replace(/\s+/g, ' '), ctx),
  },
  {
    name: 'week',
    re: rx(`${NOT_DURATION}\\b(?<lead>last|this|next|later${S}this|earlier${S}this|the${S}previous|the${S}following)${S}week\\b`, 'gi'),
    read: (m, ctx) => {
      const lead = m.groups!.lead.toLowerCase();
      const shift = /last|previous|past/.test(lead) ? -7 : /next|following/.test(lead) ? 7 : 0;
      return ctx.dct ? { value: isoWeek(addDays(ctx.dct, shift)), precision: 'week' } : { value: null, precision: 'week' };
    },
  },
  {
    name: 'month-relative',
    re: rx(`${NOT_DURATION}\\b(?<lead>last|this|next|the${S}previous|the${S}following|earlier${S}this|later${S}this)${S}month\\b`, 'gi'),
    read: (m, ctx) => {
      if (!ctx.dct) return { value: null, precision: 'month' };
      const lead = m.groups!.lead.toLowerCase();
      const shift = /last|previous/.test(lead) ? -1 : /next|following/.test(lead) ? 1 : 0;
      const d = new Date(Date.UTC(ctx.dct.getUTCFullYear(), ctx.dct.getUTCMonth() + shift, 1));
      return month(d.getUTCFullYear(), d.getUTCMonth() + 1);
    },
  },
  {
    name: 'year-relative',
    re: rx(`${NOT_DURATION}\\b(?<lead>last|this|next|the${S}previous|the${S}following|earlier${S}this|later${S}this)${S}year\\b`, 'gi'),
    read: (m, ctx) => {
      if (!ctx.dct) return { value: null, precision: 'year' };
      const lead = m.groups!.lead.toLowerCase();
      const shift = /last|previous/.test(lead) ? -1 : /next|following/.test(lead) ? 1 : 0;
      return { value: String(ctx.dct.getUTCFullYear() + shift), precision: 'year' };
    },
  },
  {
    // 20 days ago, two weeks ago, three years ago
    name: 'ago',
    re: rx(`\\b(?<n>\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)${S}(?<unit>day|week|month|year)s?${S}ago\\b`, 'gi'),
    read: (m, ctx) => {
      const n = /^\d/.test(m.groups!.n) ? Number(m.groups!.n) : NUMBERS[m.groups!.n.toLowerCase()];
      const unit = m.groups!.unit.toLowerCase();
      if (!ctx.dct) return { value: null, precision: unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day' };
      if (unit === 'day') return day(...ymd(addDays(ctx.dct, -n)));
      if (unit === 'week') return day(...ymd(addDays(ctx.dct, -7 * n)));
      if (unit === 'month') {
        const d = new Date(Date.UTC(ctx.dct.getUTCFullYear(), ctx.dct.getUTCMonth() - n, 1));
        return month(d.getUTCFullYear(), d.getUTCMonth() + 1);
      }
      return { value: String(ctx.dct.getUTCFullYear() - n), precision: 'year' };
    },
  },
];

/** A cheap test that a sentence may hold a date at all (run before any rule). */
const MAY_HOLD_DATE = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|last|next|this|ago|week|month|year)/i;
const FORWARD = /\b(?:will|shall|'ll|is to|are to|was to|were to|to be held|scheduled|planned|plans? to|set to|due|expected|upcoming|coming|next|going to|until|till|by|ahead of|deadline|before|later|(?:is|are|am) (?:meeting|travelling|traveling|visiting|heading|holding|hosting|going))\b/i;
const BACKWARD = /\b(?:ago|last|since|earlier|past|previous|was|were|had|did|yesterday|already)\b/i;

export function findDates(text: string, sentences: Sentence[], docDate: string | null): Mention[] {
  const dct = docDate ? new Date(`${docDate}T00:00:00Z`) : null;
  const out: Mention[] = [];
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    if (!MAY_HOLD_DATE.test(body)) continue;
    for (const found of scan(body, dct)) {
      out.push({ kind: 'date', text: found.text, start: s.start + found.start, end: s.start + found.end, sentence: s.index, value: found.value, precision: found.precision, explain: { rule: found.rule } });
    }
  }
  return out;
}

interface Found {
  start: number;
  end: number;
  text: string;
  value: string | null;
  precision: Precision;
  rule: string;
}

/** Every rule over the text; overlaps settled leftmost-longest. */
function scan(body: string, dct: Date | null): Found[] {
  const all: Found[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(body)) !== null) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      if (!capitalsOk(m[0], rule.name)) continue;
      const r = rule.read(m, direction(body, m.index, m.index + m[0].length, dct));
      if (r) all.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: r.value, precision: r.precision, rule: rule.name });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  let end = -1;
  for (const f of all) {
    if (f.start < end) continue;
    kept.push(f);
    end = f.end;
  }
  return kept;
}

/** Tense cues in the clause around an expression: up to twelve words before it and four after. */
function direction(body: string, start: number, end: number, dct: Date | null): ReadContext {
  const before = body.slice(Math.max(0, start - 80), start).split(/[;:!?]|[.,](?=\s)/).pop()!.split(/\s+/).slice(-13).join(' ');
  const after = body.slice(end, end + 40).split(/[;:!?,.]/)[0].split(/\s+/).slice(0, 5).join(' ');
  const around = `${before} ${after}`;
  return { dct, forward: FORWARD.test(around), backward: BACKWARD.test(around) };
}

/** Month and weekday names are proper nouns: `may`, `march` and `sun` in lower case are words. */
function capitalsOk(s: string, rule: string): boolean {
  if (rule === 'day-month' || rule === 'month-day' || rule === 'month-year' || rule === 'month') {
    const mon = /(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)/i.exec(s);
    return mon !== null && /^\p{Lu}/u.test(mon[0]);
  }
  return true;
}

const key = (s: string) => s.toLowerCase().replace(/\.$/, '');
const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (d: Date): [number, number, number] => [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

function day(y: number, m: number, d: number): { value: string | null; precision: Precision } | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null; // 31 September
  return { value: `${y}-${pad(m)}-${pad(d)}`, precision: 'day' };
}

function month(y: number, m: number): { value: string; precision: Precision } {
  return { value: `${y}-${pad(m)}`, precision: 'month' };
}

function relativeDays(ctx: ReadContext, n: number): { value: string | null; precision: Precision } | null {
  return ctx.dct ? day(...ymd(addDays(ctx.dct, n))) : { value: null, precision: 'day' };
}

/** A day and month, with the year given or inferred; a leading weekday only confirms it. */
function monthDay(g: Record<string, string | undefined>, ctx: ReadContext): { value: string | null; precision: Precision } | null {
  const m = MONTHS[key(g.mon!)];
  const d = Number(g.d!.replace(/\D/g, ''));
  if (g.y) return day(Number(g.y), m, d);
  if (!ctx.dct) return { value: null, precision: 'day' };
  const base = ctx.dct.getUTCFullYear();
  const candidates = [base - 1, base, base + 1].map((y) => new Date(Date.UTC(y, m - 1, d)));
  const best = nearest(candidates, ctx);
  return day(...ymd(best));
}

function monthNoYear(m: number, ctx: ReadContext, lead?: string): { value: string | null; precision: Precision } {
  if (!ctx.dct) return { value: null, precision: 'month' };
  const base = ctx.dct.getUTCFullYear();
  const candidates = [base - 1, base, base + 1].map((y) => new Date(Date.UTC(y, m - 1, 15)));
  const dctMonth = Date.UTC(base, ctx.dct.getUTCMonth(), 15);
  let best: Date;
  if (lead === 'last') best = candidates.filter((c) => c.getTime() < dctMonth).pop()!;
  else if (lead === 'next') best = candidates.find((c) => c.getTime() > dctMonth)!;
  else if (lead === 'this') best = candidates[1];
  else best = nearest(candidates, ctx);
  return month(best.getUTCFullYear(), best.getUTCMonth() + 1);
}

/** The candidate nearest the DCT, the far side of the implied direction weighing double. */
function nearest(candidates: Date[], ctx: ReadContext): Date {
  const t = ctx.dct!.getTime();
  const forward = ctx.forward && !ctx.backward;
  const cost = (c: Date) => {
    const d = c.getTime() - t;
    return Math.abs(d) * ((d > 0 && !forward) || (d < 0 && forward) ? 2 : 1);
  };
  return candidates.reduce((a, b) => (cost(b) < cost(a) ? b : a));
}

function weekday(wd: number, lead: string, ctx: ReadContext): { value: string | null; precision: Precision } | null {
  if (!ctx.dct) return { value: null, precision: 'day' };
  const today = ctx.dct.getUTCDay();
  const back = (today - wd + 7) % 7; // days back to the latest such weekday (0 = today)
  const ahead = (wd - today + 7) % 7; // days ahead to the next (0 = today)
  let shift: number;
  if (lead === 'last' || lead === 'this past' || lead === 'past') shift = -(back === 0 ? 7 : back);
  else if (lead === 'next' || lead === 'this coming' || lead === 'coming') shift = ahead === 0 ? 7 : ahead;
  else if (lead === 'this') shift = ctx.forward && !ctx.backward ? ahead : -back;
  else shift = ctx.forward && !ctx.backward ? ahead : -back;
  return day(...ymd(addDays(ctx.dct, shift)));
}

/** ISO 8601 week of a date: `2018-W25`. */
export function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const dayNum = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - dayNum);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

/** The first full date (day, month and year) in a header line, as YYYY-MM-DD. */
export function parseDateLine(line: string): string | null {
  for (const f of scan(line, null)) if (f.precision === 'day' && f.value) return f.value;
  return null;
}
