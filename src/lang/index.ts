/** The language modules, by code. Adding a language is a folder here and a pack of its words. */
import type { Language } from '../language.js';
import { english } from './en/index.js';

const LANGUAGES: ReadonlyMap<string, Language> = new Map([[english.code, english]]);

/** The language the tool reads when none is chosen. */
export const DEFAULT_LANGUAGE = english;

export function languageFor(code: string): Language | undefined {
  return LANGUAGES.get(code);
}
