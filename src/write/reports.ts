/**
 * The reports of the gazetteer and suggest commands, rendered in one place: `gazetteer check`
 * problems, `gazetteer stats` rows, `gazetteer find` answers, and `suggest` as a table or as JSON
 * entries to paste into the `entries` of an actors*.json / places*.json list.
 */
import { Chalk } from 'chalk';
import { describeProblem } from '../errors.js';
import { fold } from '../fold.js';
import type {
  CheckProblem,
  CheckReport,
  FoundName,
  GazetteerEntry,
  PackSummary,
  StatsRow,
  Suggestion,
} from '../types.js';

/** `file:line:col: error: entry 3 "x": ...` — one problem as the command prints it. */
export function formatProblem(p: CheckProblem, color = false): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const at = p.line !== undefined ? `:${p.line}${p.column !== undefined ? `:${p.column}` : ''}` : '';
  return `${c.bold(`${p.file}${at}`)}: ${p.level === 'error' ? c.red('error') : c.yellow('warning')}: ${describeProblem(p)}`;
}

/** The command's output: one line per problem, then the counts. */
export function renderCheck(report: CheckReport, color = false): string {
  return [...report.problems.map((p) => formatProblem(p, color)), summarizeCheck(report)].map((l) => `${l}\n`).join('');
}

/** `2 errors, 1 warning in 6 files`. */
export function summarizeCheck(report: CheckReport): string {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const errors = report.problems.filter((p) => p.level === 'error').length;
  return `${count(errors, 'error')}, ${count(report.problems.length - errors, 'warning')} in ${count(report.files.length, 'file')}`;
}

export function renderStats(rows: StatsRow[]): string {
  const lines = [
    ['kind', 'category', 'entries', 'aliases'],
    ...rows.map((r) => [r.kind, r.category, String(r.entries), String(r.aliases)]),
  ];
  const total = rows.reduce((t, r) => [t[0] + r.entries, t[1] + r.aliases], [0, 0]);
  lines.push(['all', '', String(total[0]), String(total[1])]);
  const width = lines[0].map((_, c) => Math.max(...lines.map((l) => l[c].length)));
  return lines
    .map(
      (l) =>
        l
          .map((cell, c) => (c >= 2 ? cell.padStart(width[c]) : cell.padEnd(width[c])))
          .join('  ')
          .trimEnd() + '\n',
    )
    .join('');
}

export function renderFound(name: string, f: FoundName): string {
  const keys = f.keys.map((k) => (k.translit === k.folded ? k.folded : `${k.folded}~${k.translit}`)).join(' ');
  const head = `${name}  [keys: ${keys}]\n`;
  if (f.mentions.length === 0) return `${head}  no entry matches\n`;
  return (
    head +
    f.mentions
      .map(
        (m) =>
          `  "${m.text}" -> ${m.kind} ${m.name} [${m.id}]${m.explain ? ` by ${m.explain.rule}, alias "${m.explain.alias}" in ${m.explain.file}` : ''}\n`,
      )
      .join('')
  );
}

/** About this many characters of the example sentence are shown, centred on the name. */
const EXAMPLE_WIDTH = 100;

/** The example sentence cut at word boundaries to about `width` characters around the name, with `…` where cut. */
export function exampleText(s: Suggestion, width = EXAMPLE_WIDTH): string {
  const { sentence, start, end } = s.example;
  const flat = (t: string) => t.replace(/\s+/g, ' ').trim();
  if (sentence.length <= width) return flat(sentence);
  const room = Math.max(0, width - (end - start));
  let to = Math.min(sentence.length, Math.max(0, start - (room >> 1)) + Math.max(width, end - start));
  let from = Math.max(0, to - Math.max(width, end - start));
  // Whole words only: move the cuts inwards to the nearest space outside the name.
  if (from > 0) from = Math.min(start, nextSpace(sentence, from));
  if (to < sentence.length) to = Math.max(end, previousSpace(sentence, to));
  return `${from > 0 ? '…' : ''}${flat(sentence.slice(from, to))}${to < sentence.length ? '…' : ''}`;
}

const nextSpace = (t: string, i: number): number =>
  /\s/.test(t[i - 1] ?? ' ') ? i : i + Math.max(0, t.slice(i).search(/\s/));
const previousSpace = (t: string, i: number): number =>
  /\s/.test(t[i] ?? ' ') ? i : Math.max(0, t.slice(0, i).search(/\s\S*$/));

/** Columns count, files, kind, category, name, example; `*` marks names seen in a strong context. */
export function renderSuggestionTable(list: readonly Suggestion[]): string {
  if (list.length === 0) return 'no unknown names found\n';
  const rows = [
    ['count', 'files', 'kind', 'category', 'name', 'example'],
    ...list.map((s) => [
      String(s.count),
      String(s.files),
      s.strong ? `${s.kind}*` : s.kind,
      s.category,
      s.name,
      exampleText(s),
    ]),
  ];
  const width = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const lines = rows.map((r) =>
    r
      .map((cell, c) => (c < 2 ? cell.padStart(width[c]) : c === r.length - 1 ? cell : cell.padEnd(width[c])))
      .join('  ')
      .trimEnd(),
  );
  const footer = list.some((s) => s.strong)
    ? ['* named by a strong context (the village of X, X countryside, ...)']
    : [];
  return [...lines, ...footer].join('\n') + '\n';
}

/** The same slug as scripts/build-gazetteer.mjs: folded, runs of other characters as `_`. */
const slug = (s: string): string =>
  fold(s)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/** One gazetteer entry per suggestion, with a note on the evidence; places have no coordinates yet. */
export function suggestionEntry(s: Suggestion, id: string): GazetteerEntry {
  const seen = `seen ${s.count} time${s.count === 1 ? '' : 's'} in ${s.files} file${s.files === 1 ? '' : 's'}${s.strong ? ', named by its context' : ''}`;
  const todo = s.kind === 'place' ? '; check the category, add lat/lon' : '; check the category';
  return {
    id,
    name: s.name,
    aliases: s.aliases,
    category: s.category,
    note: `${seen}, e.g. "${exampleText(s)}"${todo}`,
  };
}

/** `{"actors": [...], "places": [...]}`: each array's items go into the `entries` of actors.json / places.json. */
export function suggestionsJson(list: readonly Suggestion[]): string {
  const used = new Set<string>();
  const idFor = (s: Suggestion): string => {
    const base = `suggested_${slug(s.name) || 'name'}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
    used.add(id);
    return id;
  };
  const entries = list.map((s) => ({ kind: s.kind, entry: suggestionEntry(s, idFor(s)) }));
  const block = (kind: Suggestion['kind']) =>
    entries.filter((e) => e.kind === kind).map((e) => `    ${JSON.stringify(e.entry)}`);
  const array = (lines: string[]) => (lines.length ? `[\n${lines.join(',\n')}\n  ]` : '[]');
  return `{\n  "actors": ${array(block('actor'))},\n  "places": ${array(block('place'))}\n}\n`;
}

/** `extract gazetteer packs`: each pack in load order, what it holds, covers and comes from. */
export function renderPacks(packs: readonly PackSummary[]): string {
  const list = (xs: readonly string[]) => (xs.length ? xs.join(', ') : '-');
  return packs
    .map((p) => {
      const { actors, places, triggers, words } = p.counts;
      const lines = [
        `${p.name}${p.version ? ` ${p.version}` : ''}${p.bundled ? '' : ' (your folder)'}: ${p.description || p.dir}`,
        `  holds: ${actors} actors, ${places} places, ${triggers} event trigger entries, ${words} rule words`,
        `  requires: ${list(p.requires)}`,
        `  covers: countries ${list(p.covers.countries.map((c) => (c === '*' ? 'all' : c)))}; regions ${list(p.covers.regions)}; languages ${list(p.covers.languages)}`,
        ...p.sources.map(
          (s) =>
            `  source: ${s.name}${s.files ? ` (${s.files.join(', ')})` : ''}: ${s.license}${s.url ? ` <${s.url}>` : ''}`,
        ),
      ];
      return `${lines.join('\n')}\n`;
    })
    .join('\n');
}
