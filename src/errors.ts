/** One error type for user mistakes (bad options, broken gazetteer): the CLI maps it to exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A broken gazetteer or gold file: names the file and, where known, line and column. */
export class DataFileError extends UsageError {
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`${file}${line !== undefined ? `:${line}${column !== undefined ? `:${column}` : ''}` : ''}: ${detail}`);
    this.name = 'DataFileError';
  }
}

/** Line and column (1-based) of a string offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return { line, column: offset - lastBreak };
}

/** A JSON syntax error: what is wrong, in plain words, and where it happened (1-based). */
export interface JsonSyntaxError {
  message: string;
  line: number;
  column: number;
}

/** Parses JSON; a syntax error comes back as a value (with line and column), not thrown. */
export function parseJsonText(text: string): { value: unknown } | { error: JsonSyntaxError } {
  try {
    return { value: JSON.parse(text) };
  } catch (err) {
    const found = jsonSyntaxError(text);
    if (found) return { error: { message: `invalid JSON: ${found.message}`, ...lineColumn(text, found.offset) } };
    return { error: engineJsonError(text, (err as Error).message) };
  }
}

/** The engine's own message, as a last resort (a text the scan below finds nothing wrong with). */
function engineJsonError(text: string, message: string): JsonSyntaxError {
  const pos = /position (\d+)/.exec(message);
  const lc = /line (\d+) column (\d+)/.exec(message);
  const words = message.replace(/ in JSON at.*$/s, '').replace(/, ".*" is not valid JSON$/s, '');
  if (lc) return { message: `invalid JSON: ${words}`, line: Number(lc[1]), column: Number(lc[2]) };
  return { message: `invalid JSON: ${words}`, ...lineColumn(text, pos ? Number(pos[1]) : text.length) };
}

/** Where a text stops being JSON, and why in the words of someone editing it by hand. */
interface SyntaxSlip {
  message: string;
  offset: number;
}

/** Words a hand-written list has instead of a JSON value, and what to write. */
const NOT_JSON_WORDS: Record<string, string> = {
  True: 'true',
  False: 'false',
  TRUE: 'true',
  FALSE: 'false',
  Null: 'null',
  NULL: 'null',
  None: 'null',
  undefined: 'null',
  NaN: 'null',
  Infinity: 'a number',
};

const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u']);

/**
 * The first syntax error of a text that JSON.parse refused, found by a scan of its own: V8's messages
 * (`Unexpected token ']', ..."illage"},\n]" is not valid JSON`) name a token, not the slip, and point
 * at what follows it, where a trailing comma or a missing one is not. Null when the scan finds no
 * error (a nesting too deep for it, or a text the engine refused for another reason).
 */
export function jsonSyntaxError(text: string): SyntaxSlip | null {
  let i = 0;
  /** The arrays and objects open at `i`, innermost last. */
  const open: { kind: 'array' | 'object'; at: number }[] = [];
  const fail = (message: string, offset = i): never => {
    throw { message, offset } satisfies SyntaxSlip;
  };
  const space = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  };
  const where = (offset: number) => {
    const { line, column } = lineColumn(text, offset);
    return `line ${line}, column ${column}`;
  };
  const innermost = () => {
    const o = open[open.length - 1];
    return `the ${o.kind} opened at ${where(o.at)}`;
  };
  const endOfFile = () => fail(`unexpected end of file: ${innermost()} is not closed`);
  const character = (c: string): string => {
    if (c === "'") return 'single quote: JSON strings and names take double quotes (")';
    if (c === '\u201C' || c === '\u201D') return `curly quote ${c}: JSON takes straight double quotes (")`;
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return 'a comment: JSON has no comments';
    const code = c.codePointAt(0)!;
    return code < 0x21 || (code >= 0x7f && code <= 0xa0) || code === 0xfeff
      ? `unexpected character U+${code.toString(16).toUpperCase().padStart(4, '0')}`
      : `unexpected character "${c}"`;
  };
  const word = (): string => /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + 40))?.[0] ?? '';
  const numberLike = (): string => /^[-+\w.]*/.exec(text.slice(i, i + 40))![0];
  const string = () => {
    const start = i++;
    for (;;) {
      if (i >= text.length) fail('unclosed string: no closing " before the end of the file', start);
      const c = text[i];
      if (c === '"') break;
      if (c === '\n' || c === '\r') fail('unclosed string: no closing " before the end of the line', start);
      if (c === '\t') fail('a tab inside a string: write it as \\t');
      if (c < ' ') fail(`${character(c)} inside a string`);
      if (c === '\\') {
        const e = text[i + 1] ?? '';
        if (!ESCAPES.has(e) || (e === 'u' && !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))))
          fail(`invalid escape \\${e} in a string (a backslash itself is written \\\\)`);
        i += e === 'u' ? 6 : 2;
        continue;
      }
      i++;
    }
    i++;
  };
  /** A value, where `after` (`"[", `a comma`, `"name":`) says what stands before it. */
  const value = (after: string) => {
    space();
    if (i >= text.length) endOfFile();
    const c = text[i];
    if (c === '"') return string();
    if (c === '{' || c === '[') return container(c);
    if (c === '-' || (c >= '0' && c <= '9')) {
      const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
      if (!m || m[0].length < numberLike().length) fail(`invalid number ${numberLike()}`);
      i += m![0].length;
      return;
    }
    const w = word();
    if (w === 'true' || w === 'false' || w === 'null') {
      i += w.length;
      return;
    }
    if (Object.hasOwn(NOT_JSON_WORDS, w)) fail(`${w} is not JSON: write ${NOT_JSON_WORDS[w]}`);
    if (w) fail(`unquoted text ${w}: JSON strings take double quotes ("${w}")`);
    if (c === '+' || c === '.') fail(`invalid number ${numberLike()}`);
    if (after.endsWith(':') && (c === ',' || c === '}' || c === ']')) fail(`missing value after ${after}`);
    if (c === ',') fail(after === 'a comma' ? 'two commas in a row' : `a comma with no item before it`);
    if ((c === ']' || c === '}') && open.length > 0) fail(`"${c}" does not close ${innermost()}`);
    fail(character(c));
  };
  /** After an item: a comma and the next item (true), or the closing bracket (false). */
  const next = (close: string): boolean => {
    const end = i;
    space();
    if (i >= text.length) endOfFile();
    const c = text[i];
    if (c === close) {
      i++;
      return false;
    }
    if (c === ',') {
      const comma = i++;
      space();
      if (text[i] === close) fail('trailing comma: JSON allows no comma after the last item', comma);
      return true;
    }
    if (c === ']' || c === '}') fail(`"${c}" does not close ${innermost()}`);
    if (c === ':')
      fail(close === ']' ? 'unexpected ":" in an array (an object is written {"name": value})' : 'unexpected ":"');
    // `"a, "name"`: a string that lost its closing quote took the comma and the next opening one.
    const w = word();
    if (w && text[end - 1] === '"' && text[i + w.length] === '"')
      fail(`unquoted text ${w}: is the closing " of the string before it missing?`);
    if (/["{[0-9A-Za-z_'-]/.test(c)) fail('missing comma after this item', end);
    return fail(character(c));
  };
  const container = (bracket: string) => {
    const kind = bracket === '[' ? 'array' : 'object';
    const close = bracket === '[' ? ']' : '}';
    open.push({ kind, at: i++ });
    space();
    if (text[i] === close) i++;
    else if (kind === 'array') {
      let after = '"["';
      do {
        value(after);
        after = 'a comma';
      } while (next(close));
    } else
      do {
        space();
        if (i >= text.length) endOfFile();
        const c = text[i];
        if (c !== '"') {
          const w = word();
          if (w) fail(`unquoted name ${w}: names take double quotes ("${w}")`);
          if (c === ',') fail('two commas in a row');
          if (c === ']') fail(`"]" does not close ${innermost()}`);
          fail(character(c));
        }
        const key = i;
        string();
        const name = text.slice(key, i);
        space();
        if (i >= text.length) endOfFile();
        if (text[i] !== ':') fail(`missing colon after the name ${name}`);
        i++;
        value(`${name}:`);
      } while (next(close));
    open.pop();
  };
  try {
    space();
    if (i >= text.length) fail('the file is empty');
    value('the start');
    space();
    if (i < text.length) {
      const c = text[i];
      fail(
        c === ']' || c === '}'
          ? `"${c}" closes nothing: one bracket too many`
          : `more after the end of the JSON value: ${c === ',' ? 'a comma' : character(c)}`,
      );
    }
    return null;
  } catch (err) {
    if (err instanceof Error) return null; // too deeply nested for the scan: the engine's message stands
    return err as SyntaxSlip;
  }
}

/** Parses JSON, turning a syntax error into a DataFileError with line and column. */
export function parseJsonFile(file: string, text: string): unknown {
  const parsed = parseJsonText(text);
  if ('error' in parsed) throw new DataFileError(file, parsed.error.message, parsed.error.line, parsed.error.column);
  return parsed.value;
}

/**
 * Offsets of the elements of a JSON array, found by a small scan that tracks strings and nesting,
 * so a validation message can name the line of the offending entry. `start` is where the array
 * (or whitespace before it) begins: 0 for a file that is an array, or the offset `propertyOffset`
 * gives for an array held by a property.
 */
export function arrayElementOffsets(text: string, start = 0): number[] {
  const offsets: number[] = [];
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') continue;
    if (depth === 1 && expectElement && c !== ']') {
      offsets.push(i);
      expectElement = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1 && c === '[') expectElement = true;
    } else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) break;
    } else if (c === ',' && depth === 1) expectElement = true;
  }
  return offsets;
}

/** Offset of the value of a property of a top-level JSON object (`"entries": [` -> the `[`), or -1. */
export function propertyOffset(text: string, key: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      if (depth !== 1) continue;
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j])) j++;
      if (text[j] !== ':') continue;
      if (JSON.parse(text.slice(start, i + 1)) !== key) continue;
      for (j++; j < text.length && /\s/.test(text[j]); j++);
      return j;
    }
    if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  }
  return -1;
}

/** A function from string offsets to 1-based line and column, for many look-ups in one text. */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}

/** `entry 11 "sy_idlib": "lat" must be ...` — a problem as the user reads it (without the file). */
export function describeProblem(p: { entry?: number; id?: string; message: string }): string {
  if (p.entry === undefined) return p.message;
  return `entry ${p.entry}${p.id !== undefined ? ` "${p.id}"` : ''}: ${p.message}`;
}

/** Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

/**
 * The word of `words` that `word` is most likely a slip of, for a "did you mean": the first that
 * starts with it (three letters or more: `alias` for `aliases`), else the nearest within one edit
 * for words of up to five letters and two for longer ones (`persn`, `categroy`), case aside. Null
 * when none is that near.
 */
export function nearestWord(word: string, words: Iterable<string>): string | null {
  const w = word.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of words) {
    const c = candidate.toLowerCase();
    if (c === w) return candidate;
    if (Math.abs(c.length - w.length) > 2 && !(w.length >= 3 && c.startsWith(w))) continue;
    const distance = w.length >= 3 && c.startsWith(w) ? 0.5 : editDistance(w, c);
    if (distance <= (Math.max(w.length, c.length) <= 5 ? 1 : 2) && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
