/**
 * The library: load the packs once, then extract any number of texts or documents.
 *
 *   import { createExtractor } from 'geopolitical-extract';
 *   const extractor = createExtractor();
 *   const result = extractor.extract('Turkish troops entered Idlib on Friday.', { date: '2018-09-08' });
 *   for (const m of result.mentions) console.log(m.kind, m.text, m.id ?? '', m.lat ?? '', m.lon ?? '');
 *
 * The command line loads and extracts through the same functions (run/process.ts), so a result here
 * is the one `extract --format json` writes for the same text, date and options. Nothing here prints.
 */
import { DataFileError, UsageError } from './errors.js';
import { NO_STDIN, STDIN, isIsoDate, loadDocument } from './input/read.js';
import { extractDocument, type Context } from './pipeline.js';
import { loadLists, prepareContext } from './run/process.js';
import type { DocResult, Selectable, SourceDoc } from './types.js';

export type {
  DocDate,
  DocDateSource,
  DocResult,
  Event,
  EventActor,
  EventPlace,
  Kind,
  Mention,
  Modality,
  Selectable,
  Sentence,
  SourceDoc,
} from './types.js';
export { DataFileError, UsageError };

export interface ExtractorOptions {
  /** Bundled packs to load, each with the packs it requires (`['levant']`); default: all of them. */
  packs?: readonly string[];
  /** Folders of your own lists (places, actors, events), loaded after the packs, as `--gazetteer` does. */
  lists?: readonly string[];
  /** Mention kinds and `event` to keep (`['actor', 'place']`); default: all. */
  kinds?: readonly Selectable[];
  /** Keep on each mention and event how it was found (`--explain`). */
  explain?: boolean;
  /** Match names by their transliteration key too (`Jisr al-Shughur` for `Jisr ash-Shughur`); default true. */
  transliteration?: boolean;
  /** Unknown names in strong contexts (`the village of X`) as unresolved mentions; default true. */
  unknownNames?: boolean;
}

export interface TextOptions {
  /** The document's date (YYYY-MM-DD): it dates `Friday` and picks who held an office. Else a date line at the top of the text, if any. */
  date?: string;
  /** What to call the document in the result (`source`); default `text`. */
  source?: string;
  /** A record id, carried to the result. */
  id?: string;
}

export interface Extractor {
  /** Mentions and events of one text. */
  extract(text: string, options?: TextOptions): DocResult;
  /** Mentions and events of a document you have read yourself. */
  extractDocument(doc: SourceDoc): DocResult;
  /**
   * Mentions and events of a file (plain text or HTML, any of the encodings the command line reads),
   * dated as the command line dates it: `options.date`, else a YYYY-MM-DD prefix of the file's name,
   * else a date line at the top of the text. Rejects with an Error naming the file when it cannot be
   * read or decoded.
   */
  extractFile(path: string, options?: { date?: string }): Promise<DocResult>;
}

/**
 * Loads and compiles the packs (a few hundred milliseconds): make one extractor and reuse it. Throws
 * a DataFileError when a list is broken, a UsageError when an option is.
 */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const o = {
    gazetteer: [...(options.lists ?? [])],
    packs: options.packs ? [...options.packs] : null,
    kinds: options.kinds ? [...options.kinds] : null,
    explain: options.explain ?? false,
    translit: options.transliteration,
    unknown: options.unknownNames,
  };
  const ctx: Context = prepareContext(o, loadLists(o));
  const checkDate = (date: string | undefined) => {
    if (date !== undefined && !isIsoDate(date)) throw new UsageError(`date must be YYYY-MM-DD, got '${date}'`);
  };
  return {
    extract(text, t = {}) {
      if (typeof text !== 'string') throw new UsageError('text must be a string');
      checkDate(t.date);
      const doc: SourceDoc = {
        ...(t.id !== undefined ? { id: t.id } : {}),
        source: t.source ?? 'text',
        text,
        date: t.date ? { value: t.date, from: 'option' } : null,
      };
      return extractDocument(doc, ctx);
    },
    extractDocument: (doc) => extractDocument(doc, ctx),
    async extractFile(path, f = {}) {
      checkDate(f.date);
      if (path === STDIN) throw new UsageError('extractFile reads files; pass standard input as text to extract()');
      const loaded = await loadDocument(path, NO_STDIN, f.date);
      if ('message' in loaded) throw new Error(`${path}: ${loaded.message}`);
      return extractDocument(loaded.doc, ctx);
    },
  };
}
