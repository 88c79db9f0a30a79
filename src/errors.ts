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

/** A JSON syntax error: the parser's message and where it happened (1-based). */
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
    const message = (err as Error).message;
    const pos = /position (\d+)/.exec(message);
    const lc = /line (\d+) column (\d+)/.exec(message);
    if (lc)
      return {
        error: {
          message: `invalid JSON: ${message.replace(/ in JSON at.*$/, '')}`,
          line: Number(lc[1]),
          column: Number(lc[2]),
        },
      };
    const offset = pos ? Number(pos[1]) : text.length;
    const { line, column } = lineColumn(text, offset);
    return {
      error: {
        message: `invalid JSON: ${message.replace(/ in JSON at.*$/, '').replace(/, ".*" is not valid JSON$/s, '')}`,
        line,
        column,
      },
    };
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
