/** The HTML report's text, without a browser (tests/report.test.ts renders it in Chromium). */
import { describe, expect, it } from 'vitest';
import { MapCollector, type MapDoc } from '../src/write/geojson.js';
import { regionOf, renderHtml } from '../src/write/html.js';

const place = (id: string, lat: number, lon: number, precision = 'point') => ({
  id,
  name: id,
  category: 'city',
  lat,
  lon,
  precision,
});
const doc = (source: string, date: string | null, places: MapDoc['places']): MapDoc => ({
  source,
  date,
  places,
  events: [],
  names: { actor: [], place: places.map((p) => p.name) },
});
const report = (...docs: MapDoc[]) => {
  const c = new MapCollector();
  for (const d of docs) c.add(d);
  return renderHtml(c);
};

describe('the HTML report', () => {
  it('says which places lie outside the map, instead of dropping them unseen', () =>
    expect(
      /Outside this map: 1 place \(Khartoum\)/.test(
        report(
          doc('a', null, [place('Idlib', 35.93, 36.63), place('Hama', 35.13, 36.76), place('Khartoum', 15.5, 32.56)]),
        ),
      ),
    ).toBe(true));
  it('writes no such note when every place is drawn', () =>
    expect(report(doc('a', null, [place('Idlib', 35.93, 36.63)]))).not.toContain('Outside this map'));
  it('frames the whole world when the run names no place, not a default region', () =>
    expect(regionOf([])).toEqual({ west: -170, east: 190, south: -58, north: 78 }));
  it("dates the run by its documents' own dates", () =>
    expect(report(doc('a', '2023-05-01', []), doc('b', '2023-04-02', []))).toContain('dated 2023-04-02 to 2023-05-01'));
  it('marks a province drawn at its capital apart from a town', () =>
    expect(
      report(doc('a', null, [place('Idlib', 35.93, 36.63), place('Hama Governorate', 35.13, 36.76, 'admin1')])),
    ).toMatch(/class="place at-admin1"[^>]*><title>Hama Governorate \(province, at its capital\)/));
});

describe('map labels', () => {
  it('puts a label that would overlap another on the left of its mark', () => {
    const html = report(doc('a', null, [place('Alpha Town', 35.0, 36.0), place('Beta Village', 35.0, 36.05)]));
    expect((html.match(/<text class="label"[^>]*>/g) ?? []).map((t) => t.includes('text-anchor="end"'))).toEqual([
      false,
      true,
    ]);
  });
  it('leaves out a label that fits neither side', () => {
    const html = report(
      doc('a', null, [
        place('Alpha Town', 35.0, 36.0),
        place('Beta Village', 35.0, 36.05),
        place('Gamma', 35.0, 35.97),
      ]),
    );
    expect((html.match(/<text class="label"/g) ?? []).length).toBe(2);
  });
});
