import { describe, expect, it } from 'vitest';
import {
  articleFolding,
  deletions,
  detached,
  fold,
  oneEditApart,
  tokenize,
  translit,
  wordCacheSizes,
} from '../src/fold.js';
import { RULES } from './helpers.js';

/** Transliteration keys of a phrase's words, with the fixture's articles folded, as the matcher keys them. */
const ARTICLES = articleFolding(RULES.articles, RULES.freeArticles);
const tkeys = (phrase: string) => tokenize(phrase, 0, phrase.length, true, ARTICLES).map((t) => t.tkey);

describe('fold', () => {
  it.each([
    ['Erdoğan', 'erdogan'],
    ['Çavuşoğlu', 'cavusoglu'],
    ['MİT', 'mit'],
    ['Kalın', 'kalin'],
    ['Hay’at', 'hayat'],
    ["Hay'at", 'hayat'],
    ['Ma‘arrat', 'maarrat'],
    ['Ayn Îsa', 'ayn isa'],
    ['Reyhanlı', 'reyhanli'],
    ['Şafak', 'safak'],
  ])('%s -> %s', (word, key) => expect(fold(word)).toBe(key));
});

describe('translit', () => {
  it.each([
    ['shoughour', 'shukur'],
    ['sheikhoun', 'shaykhun'],
    ['shaykhun', 'shaykhun'],
    ['maarrat', 'marat'],
    ['qassem', 'kasem'],
    ['hasakeh', 'hasaka'],
  ])('%s -> %s', (key, t) => expect(translit(key)).toBe(t));
  it('leaves short words alone', () => expect(translit('here')).toBe('here'));
});

describe('tokenize', () => {
  it('keeps offsets into the original text', () => {
    const text = 'Turkey’s  MİT\u00a0and Hay’at';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end).length).toBeGreaterThan(0);
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['Turkey', 'MİT', 'and', 'Hay’at']);
  });
  it('marks possessives and leaves them out of the token', () => {
    const [t] = tokenize("Russia's position");
    expect(t.possessive).toBe(true);
    expect(t.end).toBe(6);
  });
  it('marks plural possessives', () => expect(tokenize('the rebels’ positions')[1].possessive).toBe(true));
  it('normalizes assimilated articles before a hyphen', () => {
    expect(tkeys('Jisr ash-Shughur')).toEqual(tkeys('Jisr al-Shughur'));
    expect(tkeys('Tahrir el-Sham')).toEqual(tkeys('Tahrir al-Sham'));
  });
  it('does not treat English words as articles without a hyphen', () => expect(tkeys('as an')[0]).toBe('as'));
  it('folds no article without the forms of a pack', () => expect(tokenize('ash-Shughur')[0].tkey).toBe('ash'));
  it('keeps exact offsets around astral characters', () => {
    const text = '😀 Idlib 😀';
    const [t] = tokenize(text);
    expect(text.slice(t.start, t.end)).toBe('Idlib');
  });
  it('flags capitalized and upper-case words', () => {
    const [a, b, c] = tokenize('HTS Idlib rebels');
    expect([a.upper, b.cap, b.upper, c.cap]).toEqual([true, true, false, false]);
  });
});

/** The matching key of a phrase: its words' transliteration keys. */
const key = (phrase: string) => tkeys(phrase).join(' ');

describe('matching key: what must match', () => {
  it.each([
    ['assimilated article', 'Jisr al-Shughur', 'Jisr ash-Shughur'],
    ['article el alone', 'el Bab', 'al Bab'],
    ['ayn and apostrophes', 'Ma’arrat', "Ma'arrat"],
    ['apostrophe dropped', 'Hay’at', 'Hayat'],
    ['diacritics', 'Erdoğan', 'Erdogan'],
    ['doubled letters', 'Maarrat', 'Marat'],
    ['ou = u', 'Shoughour', 'Shughur'],
    ['oo = u', 'Mhardoon', 'Mhardun'],
    ['ee = i', 'Jazeera', 'Jazira'],
    ['ei = ay', 'Sheikhoun', 'Shaykhun'],
    ['ey = ay', 'Qeyhan', 'Kayhan'],
    ['ai = ay', 'Hairtan', 'Hayrtan'],
    ['gh = g', 'Shughur', 'Shugur'],
    ['ch = sh', 'Cheikh', 'Sheikh'],
    ['gh = q = k', 'Ghasem', 'Qasem'],
    ['q = k', 'Qassem', 'Kassem'],
    ['final -eh = -ah = -a', 'Hasakeh', 'Hasaka'],
  ])('%s: %s = %s', (_rule, a, b) => expect(key(a)).toBe(key(b)));
});

describe('matching key: what must not match', () => {
  it.each([
    ['an English word is no article without a hyphen', 'as an', 'al al'],
    ['short words keep their vowels', 'four', 'fur'],
    ['short words keep doubled letters', 'bass', 'bas'],
    ['short words keep ch', 'chat', 'shat'],
    ['short words keep q', 'Iraq', 'Irak'],
    ['kh is not k', 'Khan', 'Kan'],
    ['other vowels stay apart', 'Homs', 'Hums'],
    ['different consonants stay apart', 'Hama', 'Hamra'],
  ])('%s: %s != %s', (_rule, a, b) => expect(key(a)).not.toBe(key(b)));
});

describe('word caches', () => {
  const madeUp = (n: number) => Array.from({ length: n }, (_, i) => `Qarimosh${i.toString(36)}`).join(' ');
  it('stay bounded over a vocabulary that keeps growing', () => {
    const words = madeUp(50_000);
    const tokens = tokenize(words);
    expect(tokens).toHaveLength(50_000);
    const sizes = wordCacheSizes();
    expect(sizes.keys).toBeGreaterThan(0);
    expect(sizes.keys).toBeLessThanOrEqual(20_000);
    expect(sizes.translit).toBeLessThanOrEqual(20_000);
  });
  it('give the same keys after being emptied', () => {
    const before = tokenize('Jisr al-Shughur and Sheikhoun').map((t) => [t.key, t.tkey]);
    tokenize(madeUp(30_000));
    expect(tokenize('Jisr al-Shughur and Sheikhoun').map((t) => [t.key, t.tkey])).toEqual(before);
  });
  it('are keyed by copies equal to the words they copy', () => {
    const text = `${'x'.repeat(1000)} Karimoshatelvin ${'y'.repeat(1000)}`;
    const word = text.slice(1001, 1016);
    expect(detached(word)).toBe('Karimoshatelvin');
    expect(detached('Idlib')).toBe('Idlib');
  });
});

describe('one edit apart', () => {
  it.each([
    ['kmeimim', 'khmeimim', true],
    ['sughur', 'shughur', true],
    ['kaysere', 'kayseri', true],
    ['kayesri', 'kayseri', true],
    ['kayseri', 'kayseri', false],
    ['kmeimin', 'khmeimim', false],
    ['kayser', 'kayseri', true],
    ['aleppo', 'alpepo', true],
    ['abcd', 'badc', false],
  ])('%s / %s: %s', (a, b, want) => {
    expect(oneEditApart(a, b)).toBe(want);
    expect(oneEditApart(b, a)).toBe(want);
  });
  it('lists each deletion once', () => expect(deletions('hamma')).toEqual(['amma', 'hmma', 'hama', 'hamm']));
});
