/** A readable list for the terminal (`--format text`): each mention and event on a line, with `--explain` reasons. */
import type { DocResult } from '../types.js';
import { gather, type Chunks } from './json.js';

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const oneLine = (s: string) => s.replace(/\s+/g, ' ');

export function textDocument(doc: DocResult): Chunks {
  const lines = [
    `${doc.source}${doc.date ? ` (date ${doc.date.value} from ${doc.date.from})` : ' (no document date)'}`,
  ];
  for (const m of doc.mentions) {
    const what =
      m.kind === 'date'
        ? `= ${m.value ?? '(no value)'}${m.precision ? ` [${m.precision}]` : ''}`
        : m.resolved === false
          ? '-> (not in the lists)'
          : `-> ${m.name} [${m.id}]${m.lat !== undefined ? ` (${m.lat}, ${m.lon})` : ''}`;
    const why = m.explain
      ? `  ${m.explain.rule}${m.explain.alias ? ` alias "${m.explain.alias}"` : ''}${m.explain.file ? ` in ${m.explain.file}` : ''}`
      : '';
    lines.push(`  ${pad(m.kind, 6)} ${pad(`${m.start}-${m.end}`, 11)} ${pad(oneLine(m.text), 28)} ${what}${why}`);
  }
  for (const e of doc.events) {
    const roles = e.actors.map((a) => `${a.role}: ${a.name ?? a.text}${e.explain ? ` (${a.by})` : ''}`).join('; ');
    const why = e.explain
      ? `  lexicon ${e.explain.lexicon}${e.explain.modality_cue ? `, cue "${e.explain.modality_cue}"` : ''}`
      : '';
    lines.push(
      `  ${pad('event', 6)} ${pad(`${e.trigger.start}-${e.trigger.end}`, 11)} ${pad(oneLine(e.trigger.text), 28)} ${e.type}${e.subtype ? `/${e.subtype}` : ''} ${e.modality}${e.date ? ` ${e.date}` : ''}${roles ? ` | ${roles}` : ''}${e.location ? ` @ ${e.location.name}` : ''}${why}`,
    );
  }
  return gather(lines.map((l) => `${l}\n`));
}
