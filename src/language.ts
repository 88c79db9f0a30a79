/**
 * What the engine needs of a language that must be code: its date grammar. A language's words live
 * in its pack (`packs/english/`); its grammar lives in one module under `src/lang/`, which the
 * pipeline reaches through this interface only.
 */
import type { Mention, Sentence } from './types.js';

export interface Language {
  /** BCP 47 code (`en`), as packs name the languages they cover. */
  code: string;
  /** Calendar dates in the sentences of a text, resolved against the document date when relative. */
  findDates(text: string, sentences: Sentence[], docDate: string | null, explain?: boolean): Mention[];
  /** A publication date on a text's first lines (`Date: 18 September 2018`), as YYYY-MM-DD. */
  headerDate(text: string): string | null;
}
