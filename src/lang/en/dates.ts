/**
 * Date step: finds temporal expressions that can be placed on the calendar and normalizes them
 * (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY), resolving relative ones against the document date (DCT).
 *
 * A hand-written grammar, no chrono-node or compromise at run time (they were slower and less
 * accurate on the gold sets: see scripts/compare-dates.ts). One precompiled ANCHOR scan finds the
 * places where a date can start (digit runs, month and weekday names, relative words); only there
 * are the sticky rule patterns tried. Candidates are settled longest-first, so
 * `Tuesday, 05 September 2017` is one mention, not a weekday plus a date plus a year.
 *
 * Direction rules for under-specified dates (bare weekdays, day-months without a year, bare
 * months): commentary reports the past, so a bare weekday is the latest one on or before the DCT
 * unless its clause points forward (`will`, `is to`, `set to`, `are meeting`, `by`/`until` just
 * before it, ...), then the next one on or after. A day-month takes the year that puts it nearest
 * the DCT with a past bias (a future reading must be under half as far as the past one); the next
 * one when the clause points forward; the previous one when the clause is past tense and the
 * nearest would lie more than a month ahead. A bare month follows the same rules by month.
 */
import type { Mention, Sentence } from '../../types.js';
import { sentenceAt } from '../../segment.js';
import { newMention } from '../../mention.js';

type Precision = 'day' | 'week' | 'month' | 'year';

interface Candidate {
  start: number;
  end: number;
  value: string | null;
  precision: Precision;
  rule: string;
}

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  sun: 0,
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
};
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
};

// ---- Regular-expression building blocks -------------------------------------------------------
const S = '[\\s\\u00a0]+';
/** Optional space. */
const SO = '[\\s\\u00a0]*';
const MON_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MON_ABBR = 'Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
/** A month name, full or abbreviated (an abbreviation may carry a period). */
const MON = `(?:(?:${MON_FULL})\\b|(?:${MON_ABBR})(?:\\.|\\b))`;
const WD_FULL = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const WD = `(?:(?:${WD_FULL})\\b|(?:Tues|Thurs|Thur|Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:\\.|\\b))`;
/** Day of month, optional ordinal suffix, not part of a longer number, time or word. */
const DAY = '(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?![\\da-z]|[:.]\\d)';
const YEAR = '(?:19|20)\\d\\d(?![\\d%]|[.,]\\d)';
const RANGE = `(?:${SO}[-–]${SO}${DAY})?`;

/**
 * Rule patterns, sticky: each is tried only at an anchor found by ANCHOR (a digit run, a month or
 * weekday name, a relative word), never scanned over the whole text. Weekday prefixes (`Tuesday, `),
 * `the end of`, `the day before` and the counts of `... ago` are found by looking backwards from the
 * anchor (see the handlers), so every pattern starts at its anchor.
 */
const RULES: Record<string, RegExp> = {
  iso: /((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)/y,
  numeric: /(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d\d)(?!\d)/y,
  // 7 September, 05 September 2017, 7th of September, 5-7 September 2018
  'day-month': new RegExp(`(${DAY})${RANGE}${S}(?:of${S})?(${MON})(?:,?${S}(${YEAR}))?`, 'iy'),
  // Sept 8, Jan. 20, June 5, 2013, September 7th
  'month-day': new RegExp(`(${MON})${S}(?:the${S})?(${DAY})${RANGE}(?:,?${S}(${YEAR}))?`, 'iy'),
  // July 2012, Sept. 2018, mid-July 2012
  'month-year': new RegExp(`(?:(early|mid|late)(?:-|${S}))?(${MON}),?${S}(?:of${S})?(${YEAR})`, 'iy'),
  // in October, mid-October, last October (`the end of October`: looked up backwards)
  month: new RegExp(
    `(?:(early|mid|late)(?:-|${S})|(last|next|this${S}coming|this${S}past|this)${S})?(${MON_FULL})\\b(?!${SO}\\d)`,
    'iy',
  ),
  // Friday, this coming Monday, last Sunday, Thursday morning
  weekday: new RegExp(
    `(?:(last|next|this${S}coming|this${S}past|this)${S})?(${WD_FULL})\\b(?:${S}(morning|afternoon|evening|night)\\b)?`,
    'iy',
  ),
  // yesterday, today, tonight, last night, this morning (`the day before yesterday`: looked up backwards)
  'relative-day': new RegExp(
    `(?:(yesterday|tomorrow)(?:${S}(morning|afternoon|evening|night))?|(today|tonight)|(last${S}night)|(this${S}(?:morning|afternoon|evening)))\\b`,
    'iy',
  ),
  // last week, later this week, earlier this month, next year, this past week
  'relative-period': new RegExp(
    `(?:(later|earlier|early|late)${S})?(last|next|this${S}past|this)${S}(week|weekend|month|year)\\b`,
    'iy',
  ),
  // 2016, mid-2016 (bare years; the handler drops quantities and names)
  year: new RegExp(`(?:(early|mid|late)(?:-|${S}))?((?:19|20)\\d\\d)(?![\\w%]|[.,]\\d|${SO}(?:%|per${SO}cent))`, 'iy'),
};

/** The count before `ago`: `20 days `, `two weeks `, `a year `. */
const AGO_BEFORE = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)${S}(day|week|month|year)s?${S}$`,
  'iu',
);
const WEEKDAY_BEFORE = new RegExp(`(?<!\\p{L})(${WD}),?${S}(?:the${S})?$`, 'iu');
const PART_OF_BEFORE = new RegExp(`(?<!\\p{L})(?:the${S})?(?:end|beginning|middle|start)${S}of${S}$`, 'iu');
const DAY_BEFORE_AFTER = new RegExp(`(?<!\\p{L})the${S}day${S}(before|after)${S}$`, 'iu');

/** Anchors: where a date expression can start (or, for `ago`, end). One precompiled scan per text. */
const ANCHOR =
  /\d+|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|tomorrow|yesterday|last|next|this|later|earlier|early|late|mid|ago)/gi;
const MONTH_RULES = ['month-day', 'month-year', 'month'];
const DISPATCH: Record<string, string[]> = {
  today: ['relative-day'],
  tonight: ['relative-day'],
  tomorrow: ['relative-day'],
  yesterday: ['relative-day'],
  last: ['weekday', 'month', 'relative-day', 'relative-period'],
  this: ['weekday', 'month', 'relative-day', 'relative-period'],
  next: ['weekday', 'month', 'relative-period'],
  later: ['relative-period'],
  earlier: ['relative-period'],
  early: ['month-year', 'month', 'relative-period', 'year'],
  late: ['month-year', 'month', 'relative-period', 'year'],
  mid: ['month-year', 'month', 'year'],
  ago: ['ago'],
};
for (const m of ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'])
  DISPATCH[m] = MONTH_RULES;
for (const d of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']) DISPATCH[d] = ['weekday'];
const DIGIT_RULES = ['iso', 'numeric', 'day-month', 'year'];

// ---- Context cues ----------------------------------------------------------------------------------
/** The clause points forward: future auxiliaries, arrangements, plans. */
const FORWARD = new RegExp(
  [
    "\\b(?:will|shall|won['’]t)\\b",
    "['’]ll\\b",
    '\\b(?:is|are|am)\\s+(?:\\w+ly\\s+)?(?:to\\s+\\w+|due|going\\s+to)\\b',
    '(?<!\\b(?:was|were|had\\s+been)\\s+(?:\\w+\\s+)?)\\b(?:scheduled|slated|set|due|expected|poised)\\s+(?:to|for)\\b|\\bplanned\\s+for\\b',
    '\\b(?:plans?|planning|intends?|intending|aims?|vows?|threatens?|promises?)\\s+to\\b',
    '\\b(?:upcoming|forthcoming)\\b',
    '\\bto\\s+be\\s+(?:held|signed|opened|launched|announced)\\b',
    "\\b(?:is|are|am|['’]re)\\s+(?:\\w+ly\\s+)?(?:meeting|visiting|travell?ing|going|coming|arriving|leaving|heading|flying|hosting|holding|attending|signing|returning|starting|beginning|opening|launching|gathering|convening|voting|sitting|resuming|reopening)\\b",
  ].join('|'),
  'i',
);
/** A deadline or limit just before the date: `by 15 October`, `until Friday`. */
const FORWARD_BEFORE = /\b(?:by|until|till|before|from)\s+(?:the\s+)?(?:on\s+)?$/i;
/** Past-tense markers, used only to pull a far-future day-month or month back a year. */
const PAST = /\b(?:was|were|had|did|ago|earlier|since|previously|said|began|took|fell|came|held|met|\w{3,}ed)\b/i;
const SINCE_BEFORE = /\b(?:since|last|ago|earlier)\s+(?:the\s+)?(?:on\s+)?$/i;
/** Words before a relative period that turn it into a duration or a generic reference (`the last year`). */
const DETERMINER_BEFORE = /\b(?:the|a|an|that|every|each|per|one|any)\s+$/i;
/** Hedges that make an `ago` expression approximate (`nearly a week ago`): not placeable. */
const HEDGE_BEFORE =
  /\b(?:nearly|almost|about|around|some|roughly|approximately|over|under|more\s+than|less\s+than|at\s+least|up\s+to|just)\s+$/i;
/** Prepositions after which a 4-digit number is a year whatever follows (`In 2016 people fled`). */
const TEMPORAL_PREPOSITION =
  /\b(?:in|since|until|till|by|during|before|after|from|through|throughout|early|mid|late|circa|year|summer|winter|spring|autumn)\s+$/i;
/** Function words after which a bare year is a date unless a count noun follows. */
const DATE_PREPOSITION =
  /\b(?:in|on|since|until|till|by|from|during|of|before|after|to|through|throughout|between|and|or|the|early|late|mid|around|circa|as|for|at|into|year|summer|winter|spring|autumn|fall)\s+$/i;
/** Prepositions after which a bare month (no day, no year) is a date. `May` and `March` need a stricter list. */
const MONTH_PREPOSITION =
  /\b(?:in|for|since|until|till|by|from|during|of|before|after|to|through|throughout|between|and|or|early|late|mid|around|last|next|this|that|each|every|until\s+early|until\s+late)\s+$/i;
const MONTH_PREPOSITION_STRICT =
  /\b(?:in|since|until|till|during|through|throughout|between|early|late|mid|last|next|this|of\s+(?:early|late))\s+$/i;
/** Words before a 4-digit number that make it a quantity or an identifier, not a year. */
const NOT_YEAR_BEFORE =
  /\b(?:some|about|around|nearly|almost|over|more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to|approximately|roughly|estimated|total\s+of|resolution|no|number|route|highway|road|flight|code|model|article|paragraph|item|page|pages|chapter|section|room|unit|brigade|division|regiment|battalion|post|point|hill|height|km|kilometres?|kilometers?|mile|miles|bus|line|tel|phone|exactly|only|just|all|those|these|with|of\s+the)\s+$/i;
/** Nouns after a 4-digit number that make it a count (`2016 people`). */
const COUNT_AFTER =
  /^\s+(?:people|persons|civilians|troops|soldiers|fighters|militants|rebels|men|women|children|kids|refugees|families|households|casualties|dead|deaths|wounded|injured|killed|prisoners|detainees|members|jihadis|jihadists|terrorists|vehicles|trucks|tanks|homes|houses|buildings|villages|km|kilometres|kilometers|miles|metres|meters|tons|tonnes|barrels|dollars|euros|pounds|lira|liras|rubles|roubles|hours|hrs|gmt|utc|local|times|units|pieces|rounds|shells|missiles|rockets|bombs|strikes|airstrikes|sorties|attacks|cases|beds|tents|litres|liters|sq|square|feet|ft|of)\b/i;
/** A name made with a date: `the March 8 Alliance`, `the 26 September Revolution`. */
const DATE_NAME_AFTER =
  /^\s+(?:Alliance|Movement|Revolution|Brigades?|Battalion|Party|Front|Martyrs|Group|Stadium|Street|Square|Bridge|University|Uprising)\b/;
/** A name made with a weekday (`Black Friday`) or a newspaper (`Sunday Times`). */
const WEEKDAY_NAME_BEFORE = /\b(?:Black|Good|Bloody|Super|Ash|Holy|Palm|Maundy|Cyber|Easter|Great)\s+$/;
const WEEKDAY_NAME_AFTER =
  /^\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Mail|Tribune|Observer|Star|Independent|Sport|School|Service|Prayers?)\b/;
/** `today` meaning "nowadays": `in today's world`, `Syria today is ...`. */
const TODAY_GENERIC_AFTER =
  /^['’]s\s+(?:world|society|era|age|generation|youth|standards|climate|environment|economy|politics|market|reality|realities|syria|russia|turkey|middle|global|international|modern)\b|^\s+(?:is|are)\s+(?!(?:expected|set|due|scheduled|to|going|the\s+day)\b|\w+ing\b)/i;
const CLAUSE_REACH = 240;
const LAST_BOUNDARY = /[,;:!?()[\]—–“”"][^,;:!?()[\]—–“”"]*$/;
const WORD = /[\p{L}\d'’]+/gu;
const CLAUSE_BOUNDARY = /[,;:!?()[\]—–“”"]/;

// ---- Calendar helpers ----------------------------------------------------------------------------
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const ymd = (d: Date) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const ym = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86400000);
const DAY_MS = 86400000;

/** ISO 8601 week of a date, as `YYYY-Www`. */
export function isoWeek(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const dow = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - dow); // the Thursday of this week decides the year
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${d.getUTCFullYear()}-W${pad(week)}`;
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = utc(y, m, d);
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function parseDct(docDate: string | null): Date | null {
  if (!docDate) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(docDate);
  if (!m || !validDay(+m[1], +m[2], +m[3])) return null;
  return utc(+m[1], +m[2], +m[3]);
}

const monthOf = (word: string) => MONTHS[word.toLowerCase().replace(/\.$/, '')];
const weekdayOf = (word: string) => WEEKDAYS[word.toLowerCase().replace(/\.$/, '')];
/** Month and weekday names count only when capitalized (`May`, `MAY`), never `may` or `march`. */
const capitalized = (word: string) => /^\p{Lu}/u.test(word);

type Direction = 'forward' | 'past' | 'none';

// ---- Context ---------------------------------------------------------------------------------------
interface Ctx {
  text: string;
  sentences: Sentence[];
  dct: Date | null;
}

function sentenceBounds(ctx: Ctx, start: number, end: number): [number, number] {
  if (ctx.sentences.length === 0) return [0, ctx.text.length];
  const s = ctx.sentences[sentenceAt(ctx.sentences, start)];
  return [Math.min(s.start, start), Math.max(s.end, end)];
}

/** Up to `n` characters before `start` within the sentence. */
function before(ctx: Ctx, start: number, n = 40): string {
  const [s0] = sentenceBounds(ctx, start, start);
  return ctx.text.slice(Math.max(s0, start - n), start);
}

function after(ctx: Ctx, end: number, n = 40): string {
  const [, s1] = sentenceBounds(ctx, end > 0 ? end - 1 : 0, end);
  return ctx.text.slice(end, Math.min(s1, end + n));
}

/**
 * The comma/semicolon-bounded clause around a span, without the span; the whole sentence when the clause is too short
 * to hold a verb.
 */
function clauseAround(ctx: Ctx, start: number, end: number): string {
  // Look at most CLAUSE_REACH characters each way, so a huge unpunctuated "sentence" stays linear.
  const [b0, b1] = sentenceBounds(ctx, start, end);
  const lead = ctx.text.slice(Math.max(b0, start - CLAUSE_REACH), start);
  const tail = ctx.text.slice(end, Math.min(b1, end + CLAUSE_REACH));
  const cut = LAST_BOUNDARY.exec(lead);
  const clauseLead = cut ? lead.slice(cut.index + 1) : lead;
  const stop = tail.search(CLAUSE_BOUNDARY);
  const clauseTail = stop >= 0 ? tail.slice(0, stop) : tail;
  const clause = `${clauseLead} ${clauseTail}`;
  if ((clause.match(WORD) ?? []).length >= 3) return clause;
  return `${lead} ${tail}`;
}

function direction(ctx: Ctx, start: number, end: number): Direction {
  const lead = before(ctx, start, 24);
  if (FORWARD_BEFORE.test(lead)) return 'forward';
  if (SINCE_BEFORE.test(lead)) return 'past';
  const clause = clauseAround(ctx, start, end);
  if (FORWARD.test(clause)) return 'forward';
  if (PAST.test(clause)) return 'past';
  return 'none';
}

/** Whether `start` opens its sentence (or follows only an opening quote or bracket). */
function sentenceInitial(ctx: Ctx, start: number): boolean {
  const [s0] = sentenceBounds(ctx, start, start);
  if (start - s0 > 8) return false;
  return /^[\s"“‘'(\[«]*$/.test(ctx.text.slice(s0, start));
}

// ---- Resolution --------------------------------------------------------------------------------------
/**
 * The year for a day-month without one: nearest the DCT, in the direction the text implies; a weekday given with it
 * decides when it can.
 */
function yearForDayMonth(dct: Date, month: number, day: number, dir: Direction, weekday?: number): number | null {
  const y0 = dct.getUTCFullYear();
  const options = [y0 - 1, y0, y0 + 1].filter((y) => validDay(y, month, day));
  if (options.length === 0) return null;
  const dist = (y: number) => (utc(y, month, day).getTime() - dct.getTime()) / DAY_MS;
  if (weekday !== undefined) {
    const fits = options.filter((y) => utc(y, month, day).getUTCDay() === weekday);
    if (fits.length > 0) return fits.reduce((a, b) => (Math.abs(dist(b)) < Math.abs(dist(a)) ? b : a));
  }
  // Nearest, with a past bias (commentary reports): a future reading must be less than half as far as the past one.
  const weigh = (y: number) => (dist(y) > 0 ? 2 * dist(y) : -dist(y));
  const nearest = options.reduce((a, b) => (weigh(b) < weigh(a) ? b : a));
  if (dir === 'forward') return options.find((y) => dist(y) >= 0) ?? nearest;
  if (dir === 'past' && dist(nearest) > 31) return [...options].reverse().find((y) => dist(y) <= 0) ?? nearest;
  return nearest;
}

function yearForMonth(dct: Date, month: number, dir: Direction): number {
  const y0 = dct.getUTCFullYear();
  const m0 = dct.getUTCMonth() + 1;
  if (month === m0) return y0;
  if (dir === 'forward') return month > m0 ? y0 : y0 + 1;
  if (dir === 'past') return month < m0 ? y0 : y0 - 1;
  // Nearest in months, with the same past bias as day-months: ahead only when less than half as far.
  const ahead = (month - m0 + 12) % 12;
  return 2 * ahead < 12 - ahead ? (month > m0 ? y0 : y0 + 1) : month < m0 ? y0 : y0 - 1;
}

function weekdayDate(
  dct: Date,
  weekday: number,
  mode: 'onOrBefore' | 'onOrAfter' | 'before' | 'after' | 'thisWeek',
): Date {
  const dow = dct.getUTCDay();
  switch (mode) {
    case 'onOrBefore':
      return addDays(dct, -((dow - weekday + 7) % 7));
    case 'before':
      return addDays(dct, -((dow - weekday + 7) % 7 || 7));
    case 'onOrAfter':
      return addDays(dct, (weekday - dow + 7) % 7);
    case 'after':
      return addDays(dct, (weekday - dow + 7) % 7 || 7);
    case 'thisWeek': {
      const iso = (d: number) => (d === 0 ? 7 : d);
      return addDays(dct, iso(weekday) - iso(dow));
    }
  }
}

function shiftMonths(dct: Date, n: number): [number, number] {
  const total = dct.getUTCFullYear() * 12 + dct.getUTCMonth() + n;
  return [Math.floor(total / 12), (total % 12) + 1];
}

// ---- Rules -------------------------------------------------------------------------------------------
type Handler = (m: RegExpExecArray, ctx: Ctx) => Omit<Candidate, 'rule'> | null;

const span = (m: RegExpExecArray, startOffset = 0) => ({ start: m.index + startOffset, end: m.index + m[0].length });

const HANDLERS: Record<string, Handler> = {
  iso(m, ctx) {
    if (charBefore(ctx, m.index) === '-') return null;
    const [y, mo, d] = [+m[1], +m[2], +m[3]];
    if (!validDay(y, mo, d)) return null;
    return { ...span(m), value: `${m[1]}-${m[2]}-${m[3]}`, precision: 'day' };
  },
  numeric(m, ctx) {
    if (/[/.]/.test(charBefore(ctx, m.index))) return null;
    let [d, mo] = [+m[1], +m[3]];
    const y = +m[4];
    if (mo > 12 && d <= 12) [d, mo] = [mo, d]; // 09/18/2018: month first
    if (!validDay(y, mo, d)) return null;
    return { ...span(m), value: ymd(utc(y, mo, d)), precision: 'day' };
  },
  'day-month'(m, ctx) {
    const [, dayText, monText, yearText] = m;
    if (!capitalized(monText) || /[.,]/.test(charBefore(ctx, m.index))) return null;
    if (!yearText && DATE_NAME_AFTER.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16)))
      return null;
    return dayMonth(m, ctx, monthOf(monText), parseInt(dayText, 10), yearText);
  },
  'month-day'(m, ctx) {
    const [, monText, dayText, yearText] = m;
    if (!capitalized(monText)) return null;
    // `May 5` after a capitalized word is more likely a name (`Theresa May 5 ...`) than a date.
    if (
      /^may$/i.test(monText) &&
      /\p{Lu}\p{Ll}+\s+$/u.test(before(ctx, m.index, 20)) &&
      !WEEKDAY_BEFORE.test(before(ctx, m.index, 20)) &&
      !sentenceInitial(ctx, m.index)
    )
      return null;
    if (!yearText && DATE_NAME_AFTER.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16)))
      return null; // `the March 14 Alliance`
    return dayMonth(m, ctx, monthOf(monText), parseInt(dayText, 10), yearText);
  },
  'month-year'(m) {
    const [, , monText, yearText] = m;
    if (!capitalized(monText)) return null;
    return { ...span(m), value: ym(+yearText, monthOf(monText)), precision: 'month' };
  },
  month(m, ctx) {
    const [, edge, rel, monText] = m;
    if (!capitalized(monText)) return null;
    const month = monthOf(monText);
    let start = m.index;
    const part = !edge && !rel ? PART_OF_BEFORE.exec(before(ctx, m.index, 24)) : null;
    if (part) start -= part[0].length; // `the end of October`
    const lead = before(ctx, start);
    if (!edge && !part && !rel) {
      const strict = month === 5 || month === 3 || month === 8;
      if (!(strict ? MONTH_PREPOSITION_STRICT : MONTH_PREPOSITION).test(lead)) return null;
    }
    if (!edge && !part && /\bthe\s+$/i.test(lead)) return null; // `the October Revolution`
    const where = { start, end: m.index + m[0].length };
    if (!ctx.dct) return { ...where, value: null, precision: 'month' };
    let dir: Direction;
    const relWord = rel?.toLowerCase().replace(/\s+/g, ' ');
    if (relWord === 'last' || relWord === 'this past') dir = 'past';
    else if (relWord === 'next' || relWord === 'this coming') dir = 'forward';
    else dir = direction(ctx, where.start, where.end);
    const m0 = ctx.dct.getUTCMonth() + 1;
    let year = yearForMonth(ctx.dct, month, dir);
    if (relWord === 'last' && month === m0) year -= 1;
    if (relWord === 'next' && month === m0) year += 1;
    return { ...where, value: ym(year, month), precision: 'month' };
  },
  weekday(m, ctx) {
    const [, rel, wdText] = m;
    if (!capitalized(wdText)) return null;
    if (!rel && WEEKDAY_NAME_BEFORE.test(before(ctx, m.index, 12))) return null;
    if (!rel && /\b(?:every|each|per|that|a|one|any)\s+$/i.test(before(ctx, m.index, 12))) return null; // recurring or anaphoric
    if (WEEKDAY_NAME_AFTER.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return null;
    if (!ctx.dct) return { ...span(m), value: null, precision: 'day' };
    const wd = weekdayOf(wdText);
    const relWord = rel?.toLowerCase().replace(/\s+/g, ' ');
    let mode: Parameters<typeof weekdayDate>[2];
    if (relWord === 'last' || relWord === 'this past') mode = 'before';
    else if (relWord === 'next' || relWord === 'this coming') mode = 'after';
    else if (relWord === 'this') mode = 'thisWeek';
    else mode = direction(ctx, m.index, m.index + m[0].length) === 'forward' ? 'onOrAfter' : 'onOrBefore';
    return { ...span(m), value: ymd(weekdayDate(ctx.dct, wd, mode)), precision: 'day' };
  },
  'relative-day'(m, ctx) {
    const [, near, , todayWord, lastNight] = m;
    const farMatch = near ? DAY_BEFORE_AFTER.exec(before(ctx, m.index, 30)) : null;
    const start = farMatch ? m.index - farMatch[0].length : m.index;
    const lead = before(ctx, start);
    if (lastNight && DETERMINER_BEFORE.test(lead)) return null; // `the last night of the siege`
    if (todayWord) {
      // `Russia Today`, `USA Today`: a capitalized Today inside a sentence is a name.
      if (/^T/.test(todayWord) && !sentenceInitial(ctx, m.index) && /\p{Lu}[\p{L}.]*\s+$/u.test(lead)) return null;
      if (todayWord.toLowerCase() === 'today' && TODAY_GENERIC_AFTER.test(after(ctx, m.index + m[0].length, 30)))
        return null;
      if (todayWord.toLowerCase() === 'today' && /\bof\s+$/i.test(lead) && !/\bas\s+of\s+$/i.test(lead)) return null; // `the Syria of today`
    }
    const where = { start, end: m.index + m[0].length };
    if (!ctx.dct) return { ...where, value: null, precision: 'day' };
    let offset = 0;
    const key = (near ?? '').toLowerCase();
    if (lastNight || key === 'yesterday') offset = -1;
    else if (key === 'tomorrow') offset = 1;
    if (farMatch) offset *= 2; // the day before yesterday, the day after tomorrow
    return { ...where, value: ymd(addDays(ctx.dct, offset)), precision: 'day' };
  },
  'relative-period'(m, ctx) {
    const [, edge, rel, unit] = m;
    if (!edge && DETERMINER_BEFORE.test(before(ctx, m.index))) return null; // `the last year`: a duration
    const u = unit.toLowerCase();
    const precision: Precision = u === 'week' || u === 'weekend' ? 'week' : u === 'month' ? 'month' : 'year';
    if (!ctx.dct) return { ...span(m), value: null, precision };
    const r = rel.toLowerCase().replace(/\s+/g, ' ');
    const n = r === 'last' || r === 'this past' ? -1 : r === 'next' ? 1 : 0;
    let value: string;
    if (precision === 'week') {
      // `last weekend` is the weekend before the DCT's week; `this weekend` the DCT's.
      value = isoWeek(addDays(ctx.dct, 7 * n));
      if (u === 'weekend' && r === 'this past') value = isoWeek(weekdayDate(ctx.dct, 6, 'before'));
    } else if (precision === 'month') {
      const [y, mo] = shiftMonths(ctx.dct, n);
      value = ym(y, mo);
    } else value = pad(ctx.dct.getUTCFullYear() + n, 4);
    return { ...span(m), value, precision };
  },
  ago(m, ctx) {
    const [, count, unit] = m;
    if (HEDGE_BEFORE.test(before(ctx, m.index))) return null;
    const n = /^\d/.test(count) ? parseInt(count, 10) : NUMBER_WORDS[count.toLowerCase()];
    if (!n) return null;
    const u = unit.toLowerCase();
    const precision: Precision = u === 'day' ? 'day' : u === 'week' ? 'week' : u === 'month' ? 'month' : 'year';
    if (!ctx.dct) return { ...span(m), value: null, precision };
    let value: string;
    if (u === 'day') value = ymd(addDays(ctx.dct, -n));
    else if (u === 'week') value = isoWeek(addDays(ctx.dct, -7 * n));
    else if (u === 'month') value = ym(...shiftMonths(ctx.dct, -n));
    else value = pad(ctx.dct.getUTCFullYear() - n, 4);
    return { ...span(m), value, precision };
  },
  year(m, ctx) {
    const [, edge, yearText] = m;
    if (
      !edge &&
      (/[\w.,:/$€£#+]/.test(charBefore(ctx, m.index)) ||
        /[A-Za-z]-$/.test(ctx.text.slice(Math.max(0, m.index - 2), m.index)))
    )
      return null;
    const lead = before(ctx, m.index);
    const tail = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (!edge && !TEMPORAL_PREPOSITION.test(lead)) {
      // Quantities: `some 2000 people`, `2016 dollars`; identifiers: `resolution 2042`, `route 2020`.
      if (NOT_YEAR_BEFORE.test(lead) || COUNT_AFTER.test(tail)) return null;
      if (!DATE_PREPOSITION.test(lead)) {
        // `Euro 2016`, `Vision 2030`, `M5 2019`: a number right after a capitalized word inside a sentence is a name.
        const prev = /([\p{L}\d'’.-]+)\s+$/u.exec(lead);
        if (
          prev &&
          /^\p{Lu}/u.test(prev[1]) &&
          !sentenceInitial(ctx, m.index - prev[0].length) &&
          monthOf(prev[1]) === undefined &&
          weekdayOf(prev[1]) === undefined
        )
          return null;
      }
      if (/^\s*[-–]\s*\d/.test(tail) && !/^\s*[-–]\s*(?:19|20)?\d\d\b/.test(tail)) return null;
    }
    return { ...span(m), value: yearText, precision: 'year' };
  },
};

/** A day and month, with a year or not; a weekday just before (`Wednesday, June 5`) joins the mention. */
function dayMonth(
  m: RegExpExecArray,
  ctx: Ctx,
  month: number,
  day: number,
  yearText: string | undefined,
): Omit<Candidate, 'rule'> | null {
  const wd = WEEKDAY_BEFORE.exec(before(ctx, m.index, 16));
  const wdOk = wd !== null && capitalized(wd[1]);
  const where = { start: wdOk ? m.index - wd[0].length : m.index, end: m.index + m[0].length };
  if (yearText) {
    const y = +yearText;
    if (!validDay(y, month, day)) return null;
    return { ...where, value: ymd(utc(y, month, day)), precision: 'day' };
  }
  if (!validDay(2000, month, day)) return null; // 2000 is a leap year: Feb 29 stays possible
  if (!ctx.dct) return { ...where, value: null, precision: 'day' };
  const dir = direction(ctx, where.start, where.end);
  const year = yearForDayMonth(ctx.dct, month, day, dir, wdOk ? weekdayOf(wd[1]) : undefined);
  if (year === null) return null;
  return { ...where, value: ymd(utc(year, month, day)), precision: 'day' };
}

const charBefore = (ctx: Ctx, pos: number) => (pos > 0 ? ctx.text[pos - 1] : '');

/** `20 days ago`: the anchor is `ago`; the count and unit are read backwards. */
function agoAt(ctx: Ctx, pos: number): RegExpExecArray | null {
  if (/[\p{L}\d]/u.test(ctx.text[pos + 3] ?? '')) return null; // `agony`
  const lead = ctx.text.slice(Math.max(0, pos - 32), pos);
  const m = AGO_BEFORE.exec(lead);
  if (!m) return null;
  const start = pos - m[0].length;
  const full = ctx.text.slice(start, pos + 3);
  return Object.assign([full, m[1], m[2]], { index: start, input: ctx.text, groups: undefined }) as RegExpExecArray;
}

/**
 * Resolves overlapping candidates: within each group of transitively overlapping candidates, longest
 * first, then earliest, keeping those that overlap nothing already kept. Linear in the number of
 * groups (groups are a few candidates each), so a large document stays fast.
 */
function settle(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  let group: Candidate[] = [];
  let groupEnd = -1;
  const flush = () => {
    if (group.length === 1) out.push(group[0]);
    else if (group.length > 1) {
      group.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const kept: Candidate[] = [];
      for (const c of group) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
      kept.sort((a, b) => a.start - b.start);
      out.push(...kept);
    }
    group = [];
  };
  for (const c of candidates) {
    if (c.start >= groupEnd) {
      flush();
      groupEnd = c.end;
    } else groupEnd = Math.max(groupEnd, c.end);
    group.push(c);
  }
  flush();
  return out;
}

/**
 * Every temporal expression in `text`, as date mentions with normalized values. Relative expressions
 * get `value: null` when `docDate` is null; absolute ones keep theirs.
 */
export function findDates(text: string, sentences: Sentence[], docDate: string | null, explain = true): Mention[] {
  const ctx: Ctx = { text, sentences, dct: parseDct(docDate) };
  const candidates: Candidate[] = [];
  const anchor = ANCHOR;
  anchor.lastIndex = 0;
  let a: RegExpExecArray | null;
  while ((a = anchor.exec(text)) !== null) {
    const key = a[0].toLowerCase();
    const names = key.charCodeAt(0) <= 57 ? DIGIT_RULES : DISPATCH[key];
    if (!names) continue;
    for (const name of names) {
      let m: RegExpExecArray | null;
      if (name === 'ago') m = agoAt(ctx, a.index);
      else {
        const re = RULES[name];
        re.lastIndex = a.index;
        m = re.exec(text);
      }
      if (!m || m[0].length === 0) continue;
      const c = HANDLERS[name](m, ctx);
      if (c && c.end > c.start) candidates.push({ ...c, rule: name });
    }
  }
  const kept = settle(candidates);
  return kept.map((c) => {
    const m = newMention(
      'date',
      text.slice(c.start, c.end),
      c.start,
      c.end,
      sentences.length ? sentences[sentenceAt(sentences, c.start)].index : 0,
    );
    m.value = c.value;
    m.precision = c.precision;
    if (explain) m.explain = { rule: `date:${c.rule}` };
    return m;
  });
}

const HEADER_LABEL =
  /^\s*(?:date|dated|published|posted|updated|last updated|publication date)\s*(?:on)?\s*[:\-–—]?\s*(.+)$/i;
/** Non-blank lines at the top of a text where a publication date may stand. */
const HEADER_LINES = 6;

/** A publication date on one of the first lines of a text (`Date: 18 September 2018`, `Sept. 18, 2018`), as YYYY-MM-DD. */
export function headerDate(text: string): string | null {
  const lines = text
    .split(/\r\n|\r|\n/, 40)
    .filter((l) => l.trim() !== '')
    .slice(0, HEADER_LINES);
  for (const line of lines) {
    const label = HEADER_LABEL.exec(line);
    const value = label ? parseDateLine(label[1]) : line.length <= 60 ? parseDateLine(line) : null;
    if (value) return value;
  }
  return null;
}

/**
 * Parses the date part of a publication-date header line (`18 September 2018`,
 * `September 18, 2018`, `2018-09-18`, `Sept. 18, 2018`, `Tuesday, 05 September 2017`,
 * `June 5, 2013 - 16:52 AMT`) to YYYY-MM-DD. Null unless the line holds a full date and little else.
 */
export function parseDateLine(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 80) return null;
  const mentions = findDates(trimmed, [{ index: 0, start: 0, end: trimmed.length }], null).filter(
    (m) => m.precision === 'day' && m.value,
  );
  if (mentions.length === 0) return null;
  const m = mentions[0];
  // What is left must look like header furniture: weekdays, times, zones, labels, punctuation, and at
  // most a short capitalized dateline place (`NEW YORK (October 14, 2019)`). Any lowercase word or
  // stray number means the line is a sentence that merely mentions a date.
  const rest = (trimmed.slice(0, m.start) + ' ' + trimmed.slice(m.end))
    .replace(
      new RegExp(
        `\\b(?:${WD_FULL}|at|on|am|pm|a\\.m\\.|p\\.m\\.|updated|published|posted|last|date|dated)(?![\\p{L}])`,
        'giu',
      ),
      ' ',
    )
    .replace(/\b\d{1,2}[:.]\d{2}(?::\d{2})?\b/g, ' ')
    .replace(/[\s,.:;|()\[\]\-–—/+]+/g, ' ')
    .trim();
  const words = rest ? rest.split(' ') : [];
  if (words.length > 3 || words.some((w) => !/^\p{Lu}[\p{L}'’]*$/u.test(w))) return null;
  return m.value ?? null;
}
