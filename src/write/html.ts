/**
 * The HTML report: one self-contained file (no network) with an SVG map of the region the run
 * covers (Natural Earth boundaries from world-atlas, projected with d3-geo at report time), places
 * sized by mentions, events coloured by PLOVER type, a timeline of dated events, and tables.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoBounds, geoDistance, geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { MapCollector } from './geojson.js';

const WIDTH = 960;
const HEIGHT = 620;
const TIMELINE_HEIGHT = 220;

/** Colours for the 16 PLOVER types: distinct, and dark enough for white-on-colour text contrast. */
export const TYPE_COLOURS: Record<string, string> = {
  ASSAULT: '#b2182b',
  COERCE: '#d6604d',
  THREATEN: '#e08214',
  MOBILIZE: '#8c510a',
  SANCTION: '#7f3b08',
  PROTEST: '#c51b7d',
  REJECT: '#762a83',
  ACCUSE: '#9970ab',
  REQUEST: '#4d9221',
  RETREAT: '#01665e',
  CONCEDE: '#35978f',
  AID: '#2166ac',
  COOPERATE: '#4393c3',
  SUPPORT: '#1b7837',
  CONSULT: '#5e3c99',
  AGREE: '#2d004b',
};

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

let countries: FeatureCollection<Geometry, { name: string }> | null = null;
function worldCountries(): FeatureCollection<Geometry, { name: string }> {
  if (!countries) {
    const require = createRequire(import.meta.url);
    const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
    countries = feature(topo, topo.objects.countries) as unknown as FeatureCollection<Geometry, { name: string }>;
  }
  return countries;
}

interface Extent {
  west: number;
  east: number;
  south: number;
  north: number;
}

/** The whole world, drawn when a run has no place to centre on. */
const WORLD: Extent = { west: -170, east: 190, south: -58, north: 78 };

/** The region to draw: the places (not countries) near the centre of the mentions, padded. */
export function regionOf(points: { lat: number; lon: number; weight: number }[]): Extent {
  if (points.length === 0) return WORLD;
  const sorted = (k: 'lat' | 'lon') => points.map((p) => p[k]).sort((a, b) => a - b);
  const mid = { lat: sorted('lat')[points.length >> 1], lon: sorted('lon')[points.length >> 1] };
  const near = points.filter((p) => geoDistance([p.lon, p.lat], [mid.lon, mid.lat]) * 6371 < 900);
  const use = near.length ? near : points;
  const lats = use.map((p) => p.lat);
  const lons = use.map((p) => p.lon);
  const pad = 0.6;
  let e: Extent = {
    west: Math.min(...lons) - pad,
    east: Math.max(...lons) + pad,
    south: Math.min(...lats) - pad,
    north: Math.max(...lats) + pad,
  };
  // At least a few degrees across, so a single town still shows its surroundings.
  const grow = (lo: number, hi: number, min: number): [number, number] =>
    hi - lo >= min ? [lo, hi] : [(lo + hi) / 2 - min / 2, (lo + hi) / 2 + min / 2];
  const [west, east] = grow(e.west, e.east, 4);
  const [south, north] = grow(e.south, e.north, 3);
  e = { west, east, south, north };
  return e;
}

export function renderHtml(collector: MapCollector): string {
  const data = { documents: collector.documents, actors: collector.actorCounts, places: collector.placeCounts };
  const map = renderMap(collector);
  const dated = collector.events
    .filter((e) => e.date && /^\d{4}-\d{2}-\d{2}$/.test(e.date))
    .sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  const timeline = renderTimeline(dated);
  const types = [...new Set(collector.events.map((e) => e.type))].sort();
  const legend = types
    .map((t) => `<li><span class="swatch" style="background:${TYPE_COLOURS[t] ?? '#444'}"></span>${esc(t)}</li>`)
    .join('');
  // The run's dates are its documents' own: a date cited in passing (`the 2011 uprising`) is no bound of it.
  const range =
    collector.firstDate && collector.lastDate
      ? collector.firstDate === collector.lastDate
        ? `dated ${collector.firstDate}`
        : `dated ${collector.firstDate} to ${collector.lastDate}`
      : 'undated documents';

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>extract report</title>
<style>
${STYLE}</style></head><body>
<h1>extract report</h1>
<p class="summary">${data.documents} document${data.documents === 1 ? '' : 's'}, ${data.actors.size} actors, ${data.places.size} places, ${collector.events.length} events (${esc(range)}).</p>
<h2 id="map-h">Map</h2>
${map.svg}
${map.note}
<ul class="legend" aria-label="What the marks stand for">${PRECISION_LEGEND}</ul>
<ul class="legend" aria-label="Event types">${legend}</ul>
<h2>Timeline</h2>
${timeline}
<h2>Top entities</h2>
<div class="cols">${entityTable('Top actors', top(data.actors, 20), 'actor')}${entityTable('Top places', top(data.places, 20), 'place')}</div>
<h2>Events by date</h2>
<table><caption>${collector.events.length} events, undated last</caption><thead><tr><th scope="col">date</th><th scope="col">type</th><th scope="col">modality</th><th scope="col">actors</th><th scope="col">location</th><th scope="col">evidence</th><th scope="col">source</th></tr></thead><tbody>${eventRows(collector.events)}</tbody></table>
<p class="summary">Boundaries: Natural Earth via world-atlas. Made by extract.</p>
</body></html>
`;
}

/** The map: country outlines around the places, the places sized by mentions, and the located events. */
function renderMap(collector: MapCollector): { svg: string; note: string } {
  const all = [...collector.places.values()];
  const towns = all.filter((p) => p.category !== 'country');
  // Countries are drawn too when the run names no other place (their centres then frame the map).
  const places = towns.length > 0 ? towns : all;
  const extent = regionOf(places.map((p) => ({ lat: p.lat, lon: p.lon, weight: p.mentions })));
  const box = {
    type: 'Feature' as const,
    properties: {},
    geometry: {
      type: 'MultiPoint' as const,
      coordinates: [
        [extent.west, extent.south],
        [extent.east, extent.south],
        [extent.east, extent.north],
        [extent.west, extent.north],
      ],
    },
  };
  const projection = geoMercator()
    .fitExtent(
      [
        [8, 8],
        [WIDTH - 8, HEIGHT - 8],
      ],
      box,
    )
    .clipExtent([
      [0, 0],
      [WIDTH, HEIGHT],
    ]);
  const path = geoPath(projection).digits(1);
  const near = (f: Feature<Geometry, { name: string }>) => {
    const [[w, s2], [e, n]] = geoBounds(f);
    return (
      !(w > extent.east + 5 || e < extent.west - 5 || s2 > extent.north + 5 || n < extent.south - 5) || e - w > 180
    );
  };
  const inView = (lon: number, lat: number) =>
    lon >= extent.west && lon <= extent.east && lat >= extent.south && lat <= extent.north;

  const countryPaths = worldCountries()
    .features.filter(near)
    .map((f) => {
      const d = path(f);
      return d ? `<path class="country" d="${d}"><title>${esc(f.properties?.name)}</title></path>` : '';
    })
    .join('');
  const shown = places.filter((p) => inView(p.lon, p.lat)).sort((a, b) => b.mentions - a.mentions);
  const placeMarks = shown
    .map((p) => {
      const [x, y] = projection([p.lon, p.lat])!;
      const r = 3 + 2.2 * Math.sqrt(p.mentions);
      return `<circle class="place ${precisionClass(p.precision)}" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r.toFixed(1)}"><title>${esc(p.name)}${p.precision && p.precision !== 'point' ? ` (${esc(PRECISION_NAMES[p.precision] ?? p.precision)})` : ''}: ${p.mentions} mention${p.mentions === 1 ? '' : 's'} in ${p.documents.length} document${p.documents.length === 1 ? '' : 's'}</title></circle>`;
    })
    .join('');
  // Labels of the most mentioned places, each right or left of its mark where it overlaps no label
  // placed before it; one that fits neither way is left to the mark's title.
  const placed: Box[] = [];
  const labels = shown
    .slice(0, LABELS)
    .map((p) => {
      const [x, y] = projection([p.lon, p.lat])!;
      const w = p.name.length * LABEL_CHAR_WIDTH;
      for (const [x0, anchor] of [
        [x + 6, 'start'],
        [x - 6 - w, 'end'],
      ] as const) {
        const box: Box = { x0, x1: x0 + w, y0: y - 6 - LABEL_HEIGHT, y1: y - 4 };
        if (placed.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) continue;
        placed.push(box);
        const at = anchor === 'start' ? x + 6 : x - 6;
        return `<text class="label" x="${at.toFixed(1)}" y="${(y - 6).toFixed(1)}"${anchor === 'end' ? ' text-anchor="end"' : ''}>${esc(p.name)}</text>`;
      }
      return '';
    })
    .join('');
  const located = collector.events.filter(
    (e): e is typeof e & { location: NonNullable<typeof e.location> } =>
      e.location !== null && inView(e.location.lon, e.location.lat),
  );
  const seen = new Map<string, number>();
  const eventMarks = located
    .map((e) => {
      const [x0, y0] = projection([e.location.lon, e.location.lat])!;
      const key = `${e.location.lat},${e.location.lon}`;
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      // Spread events at one place on a small spiral so each stays visible.
      const a = n * 2.4;
      const rr = 4 + 1.6 * Math.sqrt(n);
      const x = x0 + Math.cos(a) * rr;
      const y = y0 + Math.sin(a) * rr;
      return `<rect class="event" x="${(x - 3).toFixed(1)}" y="${(y - 3).toFixed(1)}" width="6" height="6" fill="${TYPE_COLOURS[e.type] ?? '#444'}"><title>${esc(e.type)}${e.date ? ` ${esc(e.date)}` : ''} (${esc(e.modality)}) at ${esc(e.location.name)}: ${esc(e.sentence)}</title></rect>`;
    })
    .join('');

  // What the map leaves out is said under it, never dropped unseen.
  const outside = places.filter((p) => !inView(p.lon, p.lat)).sort((a, b) => b.mentions - a.mentions);
  const eventsOutside = collector.events.filter((e) => e.location && !inView(e.location.lon, e.location.lat)).length;
  const note =
    outside.length + eventsOutside === 0
      ? ''
      : `<p class="note" id="map-note">Outside this map: ${outside.length} place${outside.length === 1 ? '' : 's'}${
          outside.length
            ? ` (${outside
                .slice(0, 12)
                .map((p) => esc(p.name))
                .join(', ')}${outside.length > 12 ? ', ...' : ''})`
            : ''
        } and ${eventsOutside} located event${eventsOutside === 1 ? '' : 's'}; the tables below list them all.</p>`;
  return {
    note,
    svg: `<svg id="map" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="map-title map-desc">
<title id="map-title">Map of the places and located events</title>
<desc id="map-desc">${shown.length} places drawn as circles sized by mentions and ${located.length} events drawn as squares coloured by type, over country boundaries from Natural Earth.</desc>
<g class="countries">${countryPaths}</g><g class="places">${placeMarks}</g><g class="events">${eventMarks}</g><g class="labels">${labels}</g>
</svg>`,
  };
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Places labelled on the map, most mentioned first; a label's size in the map's units, for overlaps. */
const LABELS = 18;
const LABEL_CHAR_WIDTH = 6.2;
const LABEL_HEIGHT = 11;

/** What a place's point stands for, as the legend and the marks' titles say it. */
const PRECISION_NAMES: Record<string, string> = {
  point: 'town or site',
  admin1: 'province, at its capital',
  country: 'country, at its centre',
  region: 'region, at a conventional centre',
};

const precisionClass = (precision: string | undefined) =>
  `at-${precision && PRECISION_NAMES[precision] ? precision : 'point'}`;

const PRECISION_LEGEND = Object.entries(PRECISION_NAMES)
  .map(
    ([k, name]) =>
      `<li><svg class="key" width="14" height="14" aria-hidden="true"><circle class="mark at-${k}" cx="7" cy="7" r="5"/></svg>${esc(name)}</li>`,
  )
  .join('');

/** The `n` names with the most mentions, most first (ties by name). */
const top = (m: Map<string, number>, n: number) =>
  [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n);

function entityTable(caption: string, rows: [string, number][], what: string): string {
  return `<table><caption>${esc(caption)}</caption><thead><tr><th scope="col">${what}</th><th scope="col">mentions</th></tr></thead><tbody>${rows.map(([k, v]) => `<tr><td>${esc(k)}</td><td class="num">${v}</td></tr>`).join('')}</tbody></table>`;
}

/** One row per event, by date, undated last. */
function eventRows(events: MapCollector['events']): string {
  return [...events]
    .sort((a, b) => ((a.date ?? '9999') < (b.date ?? '9999') ? -1 : (a.date ?? '9999') > (b.date ?? '9999') ? 1 : 0))
    .map(
      (e) =>
        `<tr><td>${esc(e.date ?? '')}</td><td><span class="swatch" style="background:${TYPE_COLOURS[e.type] ?? '#444'}"></span>${esc(e.type)}</td><td>${esc(e.modality)}</td><td>${esc(e.actors.join('; '))}</td><td>${esc(e.location?.name ?? '')}</td><td>${esc(e.sentence)}</td><td>${esc(e.source)}</td></tr>`,
    )
    .join('');
}

const STYLE = `body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff;margin:1.5rem auto;max-width:1000px;padding:0 1rem}
h1{font-size:1.5rem;margin:.2rem 0} h2{font-size:1.15rem;margin-top:1.8rem;border-bottom:1px solid #ccc}
.summary{color:#333} svg{width:100%;height:auto;border:1px solid #bbb;background:#eef3f7}
.country{fill:#f4f1ea;stroke:#7a7a7a;stroke-width:.6} .place{fill:#1f5f99;fill-opacity:.45;stroke:#0d3b66;stroke-width:1}
.mark{fill:#1f5f99;fill-opacity:.45;stroke:#0d3b66;stroke-width:1}
.at-admin1{fill-opacity:.2;stroke-dasharray:3 2} .at-country{fill:none;stroke-dasharray:1 2;stroke-width:1.5} .at-region{fill:none;stroke:#7a4f00;stroke-dasharray:4 2}
.note{color:#5a3d00;background:#fff6e0;padding:.3rem .6rem;border-left:3px solid #c98a00}
svg.key{width:14px;height:14px;border:0;background:none;vertical-align:-.2em;margin-right:.35em}
.label{font-size:11px;fill:#111;paint-order:stroke;stroke:#fff;stroke-width:3px} .event{stroke:#fff;stroke-width:.6}
.axis{stroke:#555;stroke-width:1} .tick{font-size:10px;fill:#222} .timeline{background:#fff}
ul.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1rem} .swatch{display:inline-block;width:.8em;height:.8em;margin-right:.35em;vertical-align:-.05em;border:1px solid #333}
table{border-collapse:collapse;width:100%;margin:.6rem 0 1.2rem} caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{border-bottom:1px solid #ddd;padding:.25rem .4rem;text-align:left;vertical-align:top} td.num{text-align:right}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem}
@media print{body{margin:0;max-width:none} svg{border:none} h2{break-after:avoid} tr{break-inside:avoid}}
`;

const DAY = 86_400_000;

/** Quiet spells longer than this many days are cut out of the time axis (shown as a break). */
const GAP_DAYS = 30;
/** Width of an axis break, in SVG units. */
const BREAK = 28;

/** Runs of days with no quiet spell longer than GAP_DAYS inside them. */
function activeSpans(days: readonly number[]): { from: number; to: number }[] {
  const spans: { from: number; to: number }[] = [];
  for (const d of days) {
    const last = spans[spans.length - 1];
    if (last && d - last.to <= GAP_DAYS) last.to = Math.max(last.to, d);
    else spans.push({ from: d, to: d });
  }
  return spans;
}

function renderTimeline(dated: MapCollector['events']): string {
  if (dated.length === 0) return '<p>No events with a day date.</p>';
  const dayOf = (d: string) => Math.round(Date.parse(`${d}T00:00:00Z`) / DAY);
  const spans = activeSpans(dated.map((e) => dayOf(e.date!)));
  const length = (sp: { from: number; to: number }) => sp.to - sp.from + 1;
  const days = spans.reduce((n, sp) => n + length(sp), 0);
  const left = 40;
  const right = WIDTH - 20;
  const base = TIMELINE_HEIGHT - 40;
  const step = (right - left - BREAK * (spans.length - 1)) / days;
  const size = Math.max(3, Math.min(10, step - 1));
  // Where each span starts on the axis: long quiet spells shrink to a fixed break.
  const starts: number[] = [];
  for (let i = 0, x = left; i < spans.length; x += length(spans[i]) * step + BREAK, i++) starts.push(x);
  const xOf = (day: number) => {
    const i = spans.findIndex((sp) => day <= sp.to);
    return starts[i] + (day - spans[i].from) * step;
  };
  const stack = new Map<number, number>();
  const marks = dated
    .map((e) => {
      const day = dayOf(e.date!);
      const n = stack.get(day) ?? 0;
      stack.set(day, n + 1);
      const x = xOf(day) + (step - size) / 2;
      const y = base - (n + 1) * (size + 1);
      return `<rect class="tevent" x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${size.toFixed(1)}" height="${size.toFixed(1)}" fill="${TYPE_COLOURS[e.type] ?? '#444'}"><title>${esc(e.date)} ${esc(e.type)} (${esc(e.modality)}): ${esc(e.sentence)}</title></rect>`;
    })
    .join('');
  const ticks: string[] = [];
  const axis: string[] = [];
  const every = Math.max(1, Math.ceil(days / 10));
  let lastLabel = -Infinity;
  spans.forEach((sp, i) => {
    const x0 = starts[i];
    const x1 = x0 + length(sp) * step;
    axis.push(`<line class="axis" x1="${x0.toFixed(1)}" x2="${x1.toFixed(1)}" y1="${base}" y2="${base}"/>`);
    if (i > 0) {
      const xb = x0 - BREAK / 2;
      axis.push(
        `<path class="axis" d="M${(xb - 6).toFixed(1)},${base + 5} l5,-10 M${(xb + 1).toFixed(1)},${base + 5} l5,-10"/>`,
      );
    }
    for (let d = sp.from; d <= sp.to; d += every) {
      const x = xOf(d) + step / 2;
      if (x - lastLabel < 75) continue;
      lastLabel = x;
      const label = new Date(d * DAY).toISOString().slice(0, 10);
      ticks.push(
        `<line class="axis" x1="${x.toFixed(1)}" x2="${x.toFixed(1)}" y1="${base}" y2="${base + 5}"/><text class="tick" x="${x.toFixed(1)}" y="${base + 18}" text-anchor="middle">${label}</text>`,
      );
    }
  });
  const height = Math.max(TIMELINE_HEIGHT, 60 + Math.max(...stack.values()) * (size + 1));
  const breaks =
    spans.length > 1
      ? ` Quiet spells of more than ${GAP_DAYS} days are cut from the axis (${spans.length - 1} breaks).`
      : '';
  return `<svg id="timeline" class="timeline" viewBox="0 ${TIMELINE_HEIGHT - height} ${WIDTH} ${height}" role="img" aria-labelledby="tl-title tl-desc">
<title id="tl-title">Timeline of dated events</title><desc id="tl-desc">${dated.length} events with a day date, ${dated[0].date} to ${dated[dated.length - 1].date}, stacked by day and coloured by type.${breaks}</desc>
${axis.join('')}${ticks.join('')}<g class="marks">${marks}</g></svg>`;
}
