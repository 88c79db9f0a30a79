/** English: the date grammar (dates.ts). English words the rules and events read are in packs/english/. */
import type { Language } from '../../language.js';
import { findDates, headerDate } from './dates.js';

export const english: Language = { code: 'en', findDates, headerDate };
