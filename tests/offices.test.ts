/**
 * Office phrases resolved through the bundled lists (the world-actors pack): the holder on the
 * document's date, on both sides of a change of holder. The dates are the public record's.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../src/gazetteer/load.js';
import { createContext, extractDocument } from '../src/pipeline.js';

const ctx = createContext(loadGazetteer());
/** The name of the person an office phrase names on a date ('-' when it names none). */
const holder = (phrase: string, date: string) => {
  const text = `${phrase} said on Monday that talks would go on.`;
  const doc = extractDocument({ source: 't.txt', text, date: { value: date, from: 'option' } }, ctx);
  const m = doc.mentions.find((x) => x.kind === 'actor' && x.via === 'office');
  return m?.name ?? '-';
};

// [phrase, day before the change, holder then, day after, holder then]
const CHANGES: [string, string, string, string, string][] = [
  ['The Russian president', '2008-05-06', 'Vladimir Putin', '2008-05-08', 'Dmitry Medvedev'],
  ["Russia's president", '2012-05-06', 'Dmitry Medvedev', '2012-05-08', 'Vladimir Putin'],
  ['The US president', '2009-01-19', 'George W. Bush', '2009-01-21', 'Barack Obama'],
  ['The American president', '2017-01-19', 'Barack Obama', '2017-01-21', 'Donald Trump'],
  ['The US president', '2021-01-19', 'Donald Trump', '2021-01-21', 'Joe Biden'],
  ['The British prime minister', '1997-05-01', 'John Major', '1997-05-03', 'Tony Blair'],
  ['The British prime minister', '2007-06-26', 'Tony Blair', '2007-06-28', 'Gordon Brown'],
  ['The British prime minister', '2016-07-12', 'David Cameron', '2016-07-14', 'Theresa May'],
  ['The British prime minister', '2024-07-04', 'Rishi Sunak', '2024-07-06', 'Keir Starmer'],
  ['The German chancellor', '2005-11-21', 'Gerhard Schröder', '2005-11-23', 'Angela Merkel'],
  ['The German chancellor', '2021-12-07', 'Angela Merkel', '2021-12-09', 'Olaf Scholz'],
  ['The French president', '2007-05-15', 'Jacques Chirac', '2007-05-17', 'Nicolas Sarkozy'],
  ['The French president', '2017-05-13', 'François Hollande', '2017-05-15', 'Emmanuel Macron'],
  ['The Ukrainian president', '2019-05-19', 'Petro Poroshenko', '2019-05-21', 'Volodymyr Zelensky'],
  ['The Chinese president', '2013-03-13', 'Hu Jintao', '2013-03-15', 'Xi Jinping'],
  ['The UN secretary-general', '2006-12-30', 'Kofi Annan', '2007-01-02', 'Ban Ki-moon'],
  ['The UN secretary-general', '2016-12-30', 'Ban Ki-moon', '2017-01-02', 'António Guterres'],
  ['The NATO secretary general', '2014-09-30', 'Anders Fogh Rasmussen', '2014-10-02', 'Jens Stoltenberg'],
  ['The NATO secretary general', '2024-09-30', 'Jens Stoltenberg', '2024-10-02', 'Mark Rutte'],
  ['The Iranian president', '2013-08-02', 'Mahmoud Ahmadinejad', '2013-08-04', 'Hassan Rouhani'],
  ['The Iranian president', '2021-08-02', 'Hassan Rouhani', '2021-08-04', 'Ebrahim Raisi'],
  ['The Syrian president', '2000-06-09', 'Hafez al-Assad', '2000-07-18', 'Bashar al-Assad'],
  ['The Indian prime minister', '2014-05-25', 'Manmohan Singh', '2014-05-27', 'Narendra Modi'],
  ['The Japanese prime minister', '2020-09-15', 'Shinzo Abe', '2020-09-17', 'Yoshihide Suga'],
  ['The Israeli prime minister', '2021-06-12', 'Benjamin Netanyahu', '2021-06-14', 'Naftali Bennett'],
  ['The Turkish president', '2014-08-27', 'Abdullah Gül', '2014-08-29', 'Recep Tayyip Erdoğan'],
  ['The Nigerian president', '2015-05-28', 'Goodluck Jonathan', '2015-05-30', 'Muhammadu Buhari'],
  ['The Nigerian president', '2023-05-28', 'Muhammadu Buhari', '2023-05-30', 'Bola Tinubu'],
  ['The South African president', '2018-02-13', 'Jacob Zuma', '2018-02-16', 'Cyril Ramaphosa'],
  ['The Brazilian president', '2022-12-30', 'Jair Bolsonaro', '2023-01-02', 'Luiz Inácio Lula da Silva'],
  ['The Mexican president', '2024-09-30', 'Andrés Manuel López Obrador', '2024-10-02', 'Claudia Sheinbaum'],
  ['The Argentine president', '2023-12-09', 'Alberto Fernández', '2023-12-11', 'Javier Milei'],
  ['The Canadian prime minister', '2015-11-03', 'Stephen Harper', '2015-11-05', 'Justin Trudeau'],
  ['The Kenyan president', '2022-09-12', 'Uhuru Kenyatta', '2022-09-14', 'William Ruto'],
  ['The Saudi king', '2015-01-22', 'Abdullah bin Abdulaziz Al Saud', '2015-01-24', 'Salman bin Abdulaziz Al Saud'],
  ['The Philippine president', '2022-06-29', 'Rodrigo Duterte', '2022-07-01', 'Ferdinand Marcos Jr.'],
  ['The US secretary of state', '2013-01-31', 'Hillary Clinton', '2013-02-02', 'John Kerry'],
  ['The Russian defence minister', '2012-11-05', 'Anatoly Serdyukov', '2012-11-07', 'Sergei Shoigu'],
  ['The Russian defence minister', '2024-05-11', 'Sergei Shoigu', '2024-05-15', 'Andrei Belousov'],
  ["Ukraine's defence minister", '2023-09-03', 'Oleksii Reznikov', '2023-09-07', 'Rustem Umerov'],
];

describe('office phrases on both sides of a change of holder', () => {
  it.each(CHANGES)('%s on %s and %s', (phrase, before, was, after, is) => {
    expect(holder(phrase, before)).toBe(was);
    expect(holder(phrase, after)).toBe(is);
  });
});

describe('office phrases at other dates', () => {
  it.each([
    ["Iran's supreme leader", '1995-06-01', 'Ali Khamenei'],
    ['The Russian foreign minister', '2005-01-01', 'Sergey Lavrov'],
    ['The Egyptian president', '2015-01-01', 'Abdel Fattah el-Sisi'],
    ['The Pakistani prime minister', '2022-04-12', 'Shehbaz Sharif'],
  ])('%s on %s', (phrase, date, name) => expect(holder(phrase, date)).toBe(name));
});
