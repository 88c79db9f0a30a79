/** The run summary for standard error: documents, mentions per kind, top actors and places. */
import { Chalk } from 'chalk';
import type { Tally } from '../types.js';

function top(table: Record<string, number>, n: number): [string, number][] {
  return Object.entries(table)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n);
}

export function renderSummary(t: Tally, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const lines = [
    c.bold(`${t.documents} document${t.documents === 1 ? '' : 's'}`) + (t.failed ? c.red(`, ${t.failed} failed`) : ''),
    `mentions: ${c.cyan(t.kinds.actor)} actors, ${c.green(t.kinds.place)} places, ${c.yellow(t.kinds.date)} dates` +
      (t.events ? `, ${c.magenta(t.events)} events` : ''),
  ];
  const list = (label: string, table: Record<string, number>, paint: (s: string) => string) => {
    const items = top(table, 8);
    if (items.length)
      lines.push(`top ${label}: ${items.map(([name, n]) => `${paint(name)} ${c.dim(String(n))}`).join(', ')}`);
  };
  list('actors', t.actors, c.cyan);
  list('places', t.places, c.green);
  return `${lines.join('\n')}\n`;
}
