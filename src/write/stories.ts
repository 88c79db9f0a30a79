/**
 * One story per happening across the documents of a run (`--report stories`): the reports of one
 * happening in several documents (same type, days at most one apart, and the same location or a
 * participant in common) are one story, one CSV row: type, date range, location, participants, the
 * number of documents and of reports, and the first source. Documents are added in input order and
 * a report joins the first story it fits, so the rows are the same for any `--jobs`.
 */
import { csvChunks, csvHeader, cells } from './csv.js';
import type { Chunks } from './json.js';
import type { MapDoc } from './geojson.js';

export const STORY_COLUMNS = [
  'story',
  'type',
  'date_from',
  'date_to',
  'location',
  'location_id',
  'lat',
  'lon',
  'participants',
  'participant_ids',
  'documents',
  'reports',
  'first_source',
  'first_trigger',
] as const;

interface Story {
  id: number;
  type: string;
  from: string | null;
  to: string | null;
  location: MapDoc['events'][number]['location'];
  participants: Map<string, string>;
  documents: Set<string>;
  reports: number;
  source: string;
  trigger: string;
}

/** Days at most this far apart may report one happening (a report is often dated the next day). */
const DAYS_APART = 1;
const DAY_MS = 86_400_000;

const isDay = (date: string | null): date is string => date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date);

/** The day a report is dated: its event's own day, else its document's. */
const reportDay = (e: MapDoc['events'][number], doc: MapDoc): string | null =>
  isDay(e.date) ? e.date : isDay(doc.date) ? doc.date : null;

const dayNumber = (day: string | null) => (day ? Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS) : null);

export class StoryCollector {
  private readonly stories: Story[] = [];
  /** Stories by type and day, for the reports of the days around. */
  private readonly byDay = new Map<string, Story[]>();

  add(doc: MapDoc): void {
    // One document's re-mentions of a happening (its `happening` id) are one report of it.
    const seen = new Map<string, Story>();
    for (const e of doc.events) {
      if (e.modality !== 'asserted') continue;
      const again = e.happening ? seen.get(e.happening) : undefined;
      if (again) {
        this.extend(again, e, doc, false);
        continue;
      }
      const day = dayNumber(reportDay(e, doc));
      const story = this.find(e, day) ?? this.open(e, day, doc);
      this.extend(story, e, doc, true);
      if (e.happening) seen.set(e.happening, story);
    }
  }

  /** The first story of the type within DAYS_APART days with the same location or a participant in common. */
  private find(e: MapDoc['events'][number], day: number | null): Story | undefined {
    if (day === null) return undefined;
    let best: Story | undefined;
    for (let d = day - DAYS_APART; d <= day + DAYS_APART; d++)
      for (const s of this.byDay.get(`${e.type} ${d}`) ?? []) {
        const place = e.location?.id !== undefined && e.location.id === s.location?.id;
        if ((place || e.participants.some((p) => s.participants.has(p.id))) && (!best || s.id < best.id)) best = s;
      }
    return best;
  }

  private open(e: MapDoc['events'][number], day: number | null, doc: MapDoc): Story {
    const story: Story = {
      id: this.stories.length + 1,
      type: e.type,
      from: null,
      to: null,
      location: e.location,
      participants: new Map(),
      documents: new Set(),
      reports: 0,
      source: doc.source,
      trigger: e.trigger,
    };
    this.stories.push(story);
    if (day !== null) this.file(story, day);
    return story;
  }

  private file(story: Story, day: number): void {
    const key = `${story.type} ${day}`;
    const list = this.byDay.get(key);
    if (!list) this.byDay.set(key, [story]);
    else if (!list.includes(story)) list.push(story);
  }

  private extend(story: Story, e: MapDoc['events'][number], doc: MapDoc, report: boolean): void {
    if (report) story.reports++;
    story.documents.add(doc.source);
    for (const p of e.participants) if (!story.participants.has(p.id)) story.participants.set(p.id, p.name);
    if (!story.location && e.location) story.location = e.location;
    const date = reportDay(e, doc);
    if (date) {
      if (!story.from || date < story.from) story.from = date;
      if (!story.to || date > story.to) story.to = date;
      const day = dayNumber(date);
      if (day !== null) this.file(story, day);
    }
  }

  /** The CSV rows, one per story, in the order the stories were first reported. */
  rows(): Chunks {
    return csvChunks(
      this.stories.map((s) =>
        cells([
          `s${s.id}`,
          s.type,
          s.from,
          s.to,
          s.location?.name,
          s.location?.id,
          s.location?.lat,
          s.location?.lon,
          [...s.participants.values()].join('; '),
          [...s.participants.keys()].join('; '),
          s.documents.size,
          s.reports,
          s.source,
          s.trigger,
        ]),
      ),
    );
  }
}

export const storyHeader = (): string => csvHeader(STORY_COLUMNS);
