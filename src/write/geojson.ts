/**
 * GeoJSON (RFC 7946) for GIS: one Point feature per resolved place (with mention counts and the
 * documents naming it) and one per located event. Coordinates are [lon, lat].
 */
import type { DocResult } from '../types.js';

/** What a document contributes to the map, small enough to pass between threads. */
export interface MapPlace {
  id: string;
  name: string;
  category?: string;
  country?: string;
  lat: number;
  lon: number;
  /** What the point stands for: `point` (the town), `admin1` (a division at its capital), `country`, `region`. */
  precision?: string;
}

export interface MapDoc {
  source: string;
  /** The document date (YYYY-MM-DD), which stands for an event's own where the text gives none. */
  date: string | null;
  places: MapPlace[];
  events: {
    type: string;
    subtype: string | null;
    modality: string;
    date: string | null;
    trigger: string;
    actors: string[];
    /** The participants' ids and names, in order (stories match reports by them). */
    participants: { id: string; name: string }[];
    happening?: string;
    sentence: string;
    location: { id?: string; name?: string; lat: number; lon: number } | null;
  }[];
  /** Canonical names of every actor and place mention, for the report's top tables. */
  names: { actor: string[]; place: string[] };
}

export function mapDoc(doc: DocResult, text: string): MapDoc {
  const places: MapDoc['places'] = [];
  for (const m of doc.mentions) {
    if (m.kind === 'place' && m.id && typeof m.lat === 'number' && typeof m.lon === 'number') {
      places.push({
        id: m.id,
        name: m.name ?? m.text,
        category: m.category,
        country: m.country,
        lat: m.lat,
        lon: m.lon,
        ...(m.precision ? { precision: m.precision } : {}),
      });
    }
  }
  const events: MapDoc['events'] = [];
  for (const e of doc.events) {
    events.push({
      type: e.type,
      subtype: e.subtype,
      modality: e.modality,
      date: e.date,
      trigger: e.trigger.text,
      actors: e.actors.map((a) => a.name ?? a.text),
      participants: e.actors.flatMap((a) => (a.id ? [{ id: a.id, name: a.name ?? a.text }] : [])),
      ...(e.happening ? { happening: e.happening } : {}),
      sentence: text.slice(e.sentence_span.start, e.sentence_span.end).replace(/\s+/g, ' ').trim(),
      location: e.location,
    });
  }
  const names = { actor: [] as string[], place: [] as string[] };
  for (const m of doc.mentions) if (m.kind !== 'date') names[m.kind].push(m.name ?? m.text);
  return { source: doc.source, date: doc.date?.value ?? null, places, events, names };
}

/** A place over the run: the place, how often it was mentioned and in which documents. */
interface PlaceTotal extends MapPlace {
  mentions: number;
  documents: string[];
}

/** Collects map documents in input order, then renders one FeatureCollection. */
export class MapCollector {
  readonly places = new Map<string, PlaceTotal>();
  readonly events: (MapDoc['events'][number] & { source: string })[] = [];
  readonly actorCounts = new Map<string, number>();
  readonly placeCounts = new Map<string, number>();
  documents = 0;
  /** The earliest and latest document dates (YYYY-MM-DD) of the run. */
  firstDate: string | null = null;
  lastDate: string | null = null;

  add(doc: MapDoc): void {
    this.documents++;
    if (doc.date) {
      if (!this.firstDate || doc.date < this.firstDate) this.firstDate = doc.date;
      if (!this.lastDate || doc.date > this.lastDate) this.lastDate = doc.date;
    }
    for (const n of doc.names.actor) this.actorCounts.set(n, (this.actorCounts.get(n) ?? 0) + 1);
    for (const n of doc.names.place) this.placeCounts.set(n, (this.placeCounts.get(n) ?? 0) + 1);
    for (const p of doc.places) {
      const t = this.places.get(p.id);
      if (t) {
        t.mentions++;
        if (t.documents[t.documents.length - 1] !== doc.source) t.documents.push(doc.source);
      } else this.places.set(p.id, { ...p, mentions: 1, documents: [doc.source] });
    }
    for (const e of doc.events) this.events.push({ ...e, source: doc.source });
  }

  toGeoJson(): { type: 'FeatureCollection'; features: unknown[] } {
    const point = (lat: number, lon: number) => ({ type: 'Point', coordinates: [lon, lat] });
    const places = [...this.places.values()].sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
    const features: unknown[] = places.map((p) => ({
      type: 'Feature',
      geometry: point(p.lat, p.lon),
      properties: {
        kind: 'place',
        id: p.id,
        name: p.name,
        category: p.category ?? null,
        country: p.country ?? null,
        precision: p.precision ?? null,
        mentions: p.mentions,
        documents: p.documents,
      },
    }));
    for (const e of this.events) {
      if (!e.location) continue;
      features.push({
        type: 'Feature',
        geometry: point(e.location.lat, e.location.lon),
        properties: {
          kind: 'event',
          type: e.type,
          subtype: e.subtype,
          modality: e.modality,
          date: e.date,
          trigger: e.trigger,
          actors: e.actors,
          location: e.location.name ?? null,
          source: e.source,
          sentence: e.sentence,
        },
      });
    }
    return { type: 'FeatureCollection', features };
  }
}

/** One feature per line: diff-friendly and still one JSON document. */
export function geoJsonText(fc: { type: string; features: unknown[] }): string {
  return `{"type": "FeatureCollection", "features": [\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}
