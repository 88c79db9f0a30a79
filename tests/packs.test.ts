/** Packs: manifests, load order by requirement, choosing bundled packs, and a user's folder as a pack. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteer, readBundledList, readList } from '../src/gazetteer/load.js';
import {
  bundledPacks,
  choosePacks,
  inLoadOrder,
  packDir,
  readManifest,
  userPack,
  type Pack,
} from '../src/gazetteer/packs.js';
import { packSummaries } from '../src/inspect.js';

const manifest = (name: string, requires: string[] = []) => ({
  name,
  description: `the ${name} pack`,
  version: '1.0.0',
  requires,
  covers: { countries: [], regions: [], languages: [] },
  sources: [{ name: 'test', license: 'MIT' }],
});
const pack = (name: string, requires: string[] = []): Pack => ({
  manifest: manifest(name, requires),
  dir: `/p/${name}`,
  bundled: true,
});
const names = (packs: Pack[]) => packs.map((p) => p.manifest.name);

/** A folder holding the given files (objects are written as JSON). */
function folder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'extract-pack-'));
  for (const [name, content] of Object.entries(files))
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

describe('load order', () => {
  it('puts each pack after the packs it requires', () =>
    expect(names(inLoadOrder([pack('levant', ['core', 'english']), pack('english', ['core']), pack('core')]))).toEqual([
      'core',
      'english',
      'levant',
    ]));
  it('keeps the given order among independent packs', () =>
    expect(names(inLoadOrder([pack('b'), pack('a')]))).toEqual(['b', 'a']));
  it('rejects a missing requirement', () =>
    expect(() => inLoadOrder([pack('levant', ['core'])])).toThrow(/requires pack "core"/));
  it('rejects packs that require each other', () =>
    expect(() => inLoadOrder([pack('a', ['b']), pack('b', ['a'])])).toThrow(/a -> b -> a/));
});

describe('bundled packs', () => {
  it('are core, english, arabic-names and levant, core first', () => {
    expect(names(bundledPacks())).toEqual(expect.arrayContaining(['core', 'english', 'arabic-names', 'levant']));
    expect(names(bundledPacks())[0]).toBe('core');
  });
  it('name a source and licence for each file they hold', () => {
    for (const p of packSummaries()) for (const s of p.sources) expect(s.license).not.toBe('');
  });
  it('are chosen with the packs they require', () =>
    expect(names(choosePacks(['levant']))).toEqual(['core', 'arabic-names', 'english', 'levant']));
  it('are chosen alone when they require nothing else', () => expect(names(choosePacks(['core']))).toEqual(['core']));
  it('reject an unknown name', () => expect(() => choosePacks(['nope'])).toThrow(/no bundled pack "nope"/));
  it('load only what is chosen', () => {
    const g = loadGazetteer([], { packs: ['core'] });
    expect(g.entries.every((e) => e.category === 'country')).toBe(true);
    expect(g.rules.placePrepositions).toEqual([]);
  });
});

describe('manifests', () => {
  it('reads a valid manifest', () =>
    expect(readManifest(folder({ 'pack.json': manifest('mine', ['core']) })).requires).toEqual(['core']));
  it('rejects a name that is no lower-case word', () =>
    expect(() => readManifest(folder({ 'pack.json': { ...manifest('x'), name: 'My Pack' } }))).toThrow(
      /"name" must be/,
    ));
  it('rejects a source without a licence', () =>
    expect(() => readManifest(folder({ 'pack.json': { ...manifest('x'), sources: [{ name: 'GeoNames' }] } }))).toThrow(
      /"license"/,
    ));
  it('rejects broken JSON with its position', () =>
    expect(() => readManifest(folder({ 'pack.json': '{"name": ' }))).toThrow(/pack\.json/));
  it('is optional for a user folder, which is named after its path', () => {
    const dir = folder({});
    expect(userPack(dir).manifest.name).toBe(dir);
  });
});

describe('a user folder', () => {
  it('loads after the bundled packs and extends an entry by id', () => {
    const dir = folder({ 'places.json': { entries: [{ id: 'sy_idlib', aliases: ['Idlib Town'] }] } });
    const idlib = loadGazetteer([dir]).entries.find((e) => e.id === 'sy_idlib');
    expect(idlib?.aliases).toContain('Idlib Town');
    expect(idlib?.name).toBe('Idlib');
  });
  it('is listed as a pack with what it holds', () => {
    const dir = folder({
      'pack.json': manifest('mine'),
      'actors.json': { entries: [{ id: 'x', name: 'X Front', category: 'armed_group' }] },
    });
    const mine = packSummaries([dir]).at(-1)!;
    expect([mine.name, mine.bundled, mine.counts.actors]).toEqual(['mine', false, 1]);
  });
});

describe('pack folders', () => {
  it('need a manifest when bundled', () => {
    const dir = folder({});
    mkdirSync(join(dir, 'sub'));
    expect(() => readManifest(join(dir, 'sub'))).toThrow(/needs a manifest/);
  });
});

describe('bundled lists at start-up', () => {
  const levant = (f: string) => join(packDir('levant'), f);
  it('load as the schema-checked reader loads them', () =>
    expect(readBundledList(levant('places.json'), 'place')).toEqual(readList(levant('places.json'), 'place')));
  it('stop a run when a file is damaged', () =>
    expect(() => readBundledList(folderFile('{"entries": [{"id": "x"}, '), 'place')).toThrow(
      /bundled list is damaged/,
    ));
  it('stop a run when an entry has no id', () =>
    expect(() => readBundledList(folderFile('{"entries": [{"name": "X"}]}'), 'place')).toThrow(/string ids/));
});

function folderFile(text: string): string {
  return join(folder({ 'places.json': text }), 'places.json');
}
