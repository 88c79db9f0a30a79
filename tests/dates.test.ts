import { describe, expect, it } from 'vitest';
import { findDates, headerDate, isoWeek, parseDateLine } from '../src/lang/en/dates.js';
import { extractDocument } from '../src/pipeline.js';
import { fixtureContext } from './helpers.js';

const one = (text: string) => [{ index: 0, start: 0, end: text.length }];
const datesOf = (text: string, dct: string | null) => findDates(text, one(text), dct).map((m) => [m.text, m.value]);
/** expectDate(sentence, document date, expected text, expected value) */
const expectDate = (text: string, dct: string | null, span: string, value: string | null) =>
  expect(datesOf(text, dct)).toEqual([[span, value]]);
const expectNone = (text: string, dct = '2018-09-07') => expect(datesOf(text, dct)).toEqual([]);

describe('absolute dates', () => {
  it('day month', () => expectDate('The Tehran summit 7 September: Idlib', '2018-09-07', '7 September', '2018-09-07'));
  it('day month year', () =>
    expectDate('the attack on 11 May 2013, planned by Assad', '2018-09-14', '11 May 2013', '2013-05-11'));
  it('month day with period', () =>
    expectDate('Turkey on Jan. 20 launched an operation', '2018-02-09', 'Jan. 20', '2018-01-20'));
  it('abbreviated month', () => expectDate('Sept 8: Assad drops barrel bombs', '2018-09-07', 'Sept 8', '2018-09-08'));
  it('ordinal with no-break space', () =>
    expectDate('broke up on September\u00a07th.', '2018-09-18', 'September\u00a07th', '2018-09-07'));
  it('month day, year', () =>
    expectDate('QUSAIR June 5, 2013 - 16:52 AMT', '2013-06-05', 'June 5, 2013', '2013-06-05'));
  it('weekday, month day', () =>
    expectDate('took Qusair on Wednesday, June 5 dealing a blow', '2013-06-05', 'Wednesday, June 5', '2013-06-05'));
  it('weekday, day month year', () =>
    expectDate('siege lifted Tuesday, 05 September 2017', '2017-09-05', 'Tuesday, 05 September 2017', '2017-09-05'));
  it('month year', () => expectDate('a PKK hideout since July 2012 when', '2018-02-09', 'July 2012', '2012-07'));
  it('mid-month', () =>
    expectDate('airstrikes from mid-October stalled the advance', '2014-10-23', 'mid-October', '2014-10'));
  it('month after a lead word', () => expectDate('The vote is due in October.', '2018-09-07', 'October', '2018-10'));
  it('year after a preposition', () => expectDate('has fought Daesh since 2016.', '2018-06-27', '2016', '2016'));
  it('ISO date', () => expectDate('Published 2018-09-18 by staff', null, '2018-09-18', '2018-09-18'));
  it('absolute dates keep their value without a document date', () =>
    expectDate('on 11 May 2013', null, '11 May 2013', '2013-05-11'));
  it('dateline month day', () =>
    expectDate('Damascus [Syria], Oct 21 (ANI): Kurdish fighters', '2019-10-21', 'Oct 21', '2019-10-21'));
  it('dateline in brackets', () =>
    expectDate('NEW YORK (October 14, 2019) – UNICEF', '2019-10-14', 'October 14, 2019', '2019-10-14'));
  it('abbreviated weekday and month', () =>
    expectDate('Posted Fri, 14 Sep 2018 at noon', null, 'Fri, 14 Sep 2018', '2018-09-14'));
  it('day range keeps its first day', () =>
    expectDate('talks on 5-7 September in Tehran', '2018-09-01', '5-7 September', '2018-09-05'));
  it('numeric day/month/year', () => expectDate('signed on 17/09/2018 in Sochi', null, '17/09/2018', '2018-09-17'));
  it('the end of a month', () =>
    expectDate('must be ready by the end of October.', '2018-09-18', 'the end of October', '2018-10'));
  it('early year', () => expectDate('The offensive stalled in early 2019.', '2019-06-01', 'early 2019', '2019'));
  it('mid-year', () => expectDate('fighting since mid-2016', '2018-06-27', 'mid-2016', '2016'));
  it('a weekday given with a day-month picks the year it fits', () =>
    expectDate('on Friday, 20 December, the army moved', '2020-06-01', 'Friday, 20 December', '2019-12-20'));
  it('a past-tense month far ahead goes back a year', () =>
    expectDate('They met in October.', '2018-09-07', 'October', '2017-10'));
});

describe('relative dates', () => {
  it('yesterday', () => expectDate('Lavrov said yesterday that', '2018-08-15', 'yesterday', '2018-08-14'));
  it('today', () => expectDate('A statement issued today by its spokesman', '2018-08-29', 'today', '2018-08-29'));
  it('last night', () => expectDate('near Damascus last night, unloaded', '2018-08-29', 'last night', '2018-08-28'));
  it('bare weekday is the latest on or before the document date', () =>
    expectDate('rebel officials said late on Wednesday', '2016-12-15', 'Wednesday', '2016-12-14'));
  it('bare weekday can be the document date', () =>
    expectDate('liberated two more villages on Friday', '2018-02-09', 'Friday', '2018-02-09'));
  it('weekday with a time of day', () =>
    expectDate('fell at 6am Thursday morning.', '2014-10-23', 'Thursday morning', '2014-10-23'));
  it('weekday pointing forward', () =>
    expectDate('The Russians are meeting the Turks in Tehran on Friday.', '2018-09-05', 'Friday', '2018-09-07'));
  it('this coming weekday', () =>
    expectDate('a meeting in Sochi this coming Monday, to discuss', '2018-09-14', 'this coming Monday', '2018-09-17'));
  it('last week as an ISO week', () =>
    expectDate('the meeting was held last week and', '2018-06-27', 'last week', '2018-W25'));
  it('later this week', () =>
    expectDate('on pause until later this week, but', '2019-10-21', 'later this week', '2019-W43'));
  it('last month', () => expectDate('It happened last month.', '2018-09-07', 'last month', '2018-08'));
  it('last year', () => expectDate('It happened last year.', '2018-09-07', 'last year', '2017'));
  it('days ago', () =>
    expectDate('until 20 days ago, refugees were coming', '2017-05-13', '20 days ago', '2017-04-23'));
  it('a day-month nearest the document date', () =>
    expectDate('Not long ago on July 31, the president', '2018-08-15', 'July 31', '2018-07-31'));
  it('a day-month in the coming weeks when the text points forward', () =>
    expectDate('is to come into force by 15 October, involving', '2018-09-18', '15 October', '2018-10-15'));
  it('a December date in a January post is last year', () =>
    expectDate('On 20 December the army moved.', '2019-01-05', '20 December', '2018-12-20'));
  it('relative dates have no value without a document date', () =>
    expectDate('Lavrov said yesterday that', null, 'yesterday', null));
  it('weekday in a past clause of a future sentence', () =>
    expectDate(
      'The withdrawal will be a boost to the ceasefire, which came into effect on Thursday evening, but it is shaky.',
      '2019-10-21',
      'Thursday evening',
      '2019-10-17',
    ));
  it('weekday after will', () =>
    expectDate('Erdogan will meet Putin on Monday.', '2018-09-12', 'Monday', '2018-09-17'));
  it('weekday after a deadline word', () =>
    expectDate('Fighters have until Friday to leave.', '2018-09-12', 'Friday', '2018-09-14'));
  it('weekday possessive', () =>
    expectDate('no fighters left following Sunday’s evacuation.', '2019-10-21', 'Sunday', '2019-10-20'));
  it('last weekday', () => expectDate('Last Friday, rebels attacked.', '2018-09-12', 'Last Friday', '2018-09-07'));
  it('next weekday', () => expectDate('Talks resume next Tuesday.', '2018-09-12', 'next Tuesday', '2018-09-18'));
  it('this week', () => expectDate('Talks resume this week.', '2018-09-12', 'this week', '2018-W37'));
  it('earlier this month', () =>
    expectDate('as agreed earlier this month', '2018-09-12', 'earlier this month', '2018-09'));
  it('weeks ago', () => expectDate('It fell three weeks ago.', '2018-09-12', 'three weeks ago', '2018-W34'));
  it('a year ago', () => expectDate('It fell a year ago.', '2018-09-12', 'a year ago', '2017'));
  it('tomorrow', () => expectDate('The vote is tomorrow.', '2018-09-12', 'tomorrow', '2018-09-13'));
  it('the day before yesterday', () =>
    expectDate('It began the day before yesterday.', '2018-09-12', 'the day before yesterday', '2018-09-10'));
  it('tonight', () => expectDate('The truce starts tonight.', '2018-09-12', 'tonight', '2018-09-12'));
  it('yesterday evening', () =>
    expectDate('Shelling resumed yesterday evening.', '2018-09-12', 'yesterday evening', '2018-09-11'));
});

describe('not dates', () => {
  it.each([
    'There have been 80 blasts over the past 10 days in Idlib.',
    'For months, demonstrations have been held.',
    'Now is the time; recently things changed; soon it ends.',
    'in the long term',
    'the Astana 10 talks',
    'at 6am',
    'Turkey sent 20 trucks of aid.',
    'Rebels held the area for the last year.',
    'You may go, and march on.',
    'In today’s world of sanctions',
    'It cost 2016 dollars.',
    'Some 2000 people fled.',
    'UNSC resolution 2042 was adopted.',
    'fans of Euro 2016 cheered',
    'the March 8 Alliance in Lebanon',
    'displaced since hostilities escalated nearly a week ago.',
    'gains in the coming months',
    'During the past two days, we welcomed them.',
    'a day after a previous deal unravelled',
    'the report at 16:52 AMT',
    'during the last rocket attack',
    'Last time the red line was crossed',
    'in the 1990s',
    'Russia Today reported the strike.',
    'the only free areas in Syria today are those in the north',
    'Black Friday sales',
    'prayers every Friday',
    'for over a month',
    'a 3 year siege, 120 hours, the 155th Brigade, T-4 airbase',
  ])('%s', (text) => expectNone(text));
});

describe('helpers', () => {
  it('computes ISO weeks', () =>
    expect([isoWeek(new Date('2018-06-18T00:00:00Z')), isoWeek(new Date('2021-01-03T00:00:00Z'))]).toEqual([
      '2018-W25',
      '2020-W53',
    ]));
  it.each([
    ['18 September 2018', '2018-09-18'],
    ['September 18, 2018', '2018-09-18'],
    ['Sept. 18, 2018', '2018-09-18'],
    ['2018-09-18', '2018-09-18'],
    ['Tuesday, 05 September 2017', '2017-09-05'],
    ['June 5, 2013 - 16:52 AMT', '2013-06-05'],
    ['NEW YORK (October 14, 2019)', '2019-10-14'],
    ['no date here', null],
    ['Turkey acted yesterday, and on 11 May 2013.', null],
  ])('parses the date line %s', (line, value) => expect(parseDateLine(line)).toBe(value));
});

describe('header date', () => {
  it('reads a Date: line', () => expect(headerDate('Title\nDate: 18 September 2018\n\nText.')).toBe('2018-09-18'));
  it('reads a Published: line', () => expect(headerDate('Published: September 18, 2018\nText.')).toBe('2018-09-18'));
  it('reads a bare date line', () => expect(headerDate('Idlib talks\nSept. 18, 2018\nText.')).toBe('2018-09-18'));
  it('gives null without one', () => expect(headerDate('No date here.\nTurkey acts.')).toBeNull());
  it('looks no further than the first lines', () =>
    expect(headerDate('a\nb\nc\nd\ne\nf\nDate: 18 September 2018')).toBeNull());
});

describe('document date in the pipeline', () => {
  const result = (text: string, date: string | null) =>
    extractDocument(
      { source: 'post.txt', text, date: date ? { value: date, from: 'filename' } : null },
      fixtureContext(),
    );
  it('takes a date line when reading found no date', () =>
    expect(result('Date: 18 September 2018\nTurkey acts today.', null).date).toEqual({
      value: '2018-09-18',
      from: 'header',
    }));
  it('keeps the date reading found', () =>
    expect(result('Date: 18 September 2018\nTurkey acts.', '2020-01-02').date).toEqual({
      value: '2020-01-02',
      from: 'filename',
    }));
  it('resolves relative dates against the date line', () =>
    expect(
      result('Date: 18 September 2018\nTurkey acted yesterday.', null).mentions.find((m) => m.text === 'yesterday')
        ?.value,
    ).toBe('2018-09-17'));
});
