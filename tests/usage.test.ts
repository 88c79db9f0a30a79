import { describe, expect, it } from 'vitest';
import { editDistance } from '../src/errors.js';
import { inapplicable, nearestCommand } from '../src/usage.js';

const COMMANDS = ['score', 'gazetteer', 'suggest', 'help'];
const csv = { format: 'csv', report: 'mentions', input: 'text' } as const;
const notGiven = () => false;

describe('slips of a command', () => {
  it('counts a swap of neighbours as one edit', () => expect(editDistance('gazeteer', 'gazetteer')).toBe(1));
  it('finds a dropped letter', () => expect(nearestCommand('sugest', COMMANDS)).toBe('suggest'));
  it('finds a command by its first letters', () => expect(nearestCommand('gaz', COMMANDS)).toBe('gazetteer'));
  it('allows one edit only in a short name', () => expect(nearestCommand('sxorx', COMMANDS)).toBe(null));
  it('leaves paths and globs alone', () =>
    expect([nearestCommand('score/', COMMANDS), nearestCommand('s*', COMMANDS)]).toEqual([null, null]));
  it('leaves words far from every command', () => expect(nearestCommand('posts', COMMANDS)).toBe(null));
});

describe('options that do not apply', () => {
  it('passes the defaults', () => expect(inapplicable(csv, notGiven, ['a.txt'])).toEqual({ errors: [], warnings: [] }));
  it('refuses an events report without events', () =>
    expect(inapplicable({ ...csv, report: 'events', kinds: ['actor'] }, notGiven, []).errors).toHaveLength(1));
  it('warns that the events report leaves mentions out', () =>
    expect(inapplicable({ ...csv, report: 'events', kinds: ['actor', 'event'] }, notGiven, []).warnings).toHaveLength(
      1,
    ));
  it('lets a default report stand with JSON', () =>
    expect(inapplicable({ ...csv, format: 'json' }, notGiven, []).errors).toEqual([]));
  it('refuses a report typed with JSON', () =>
    expect(inapplicable({ ...csv, format: 'json' }, () => true, []).errors).toHaveLength(1));
});
