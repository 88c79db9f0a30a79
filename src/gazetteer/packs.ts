/**
 * Knowledge ships as packs: folders under `packs/`, each with a `pack.json` manifest (name,
 * description, version, the packs it requires, what it covers, its sources and licences) and its
 * lists (`actors*.json`, `places*.json`, `rules*.json`, `events*.json`, `cameo.json`). Bundled
 * packs load in the order their requirements give; a user's `--gazetteer DIR` is a pack too (its
 * manifest optional), loaded after them, so that its entries extend or override bundled ones by id.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataFileError, UsageError, parseJsonFile } from '../errors.js';

/** The folder of the bundled packs. */
export const PACKS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'packs');
export const MANIFEST = 'pack.json';

export interface PackSource {
  name: string;
  url?: string;
  license: string;
  /** The pack's files that come from this source. */
  files?: string[];
}

export interface PackManifest {
  name: string;
  description: string;
  version: string;
  /** Packs that must load before this one. */
  requires: string[];
  /** ISO country codes (`*` for all), world regions and languages (BCP 47) the pack covers. */
  covers: { countries: string[]; regions: string[]; languages: string[] };
  sources: PackSource[];
}

export interface Pack {
  manifest: PackManifest;
  dir: string;
  /** Whether the pack ships with the tool (else it is a user's folder). */
  bundled: boolean;
}

/** Which packs to load: the bundled ones named (null: all of them, with what they require) and the user's folders. */
export interface PackChoice {
  /** Bundled packs by name; each brings the packs it requires. Null or absent: every bundled pack. */
  packs?: readonly string[] | null;
  /** Load no bundled pack at all (tests, and `gazetteer check` of a user folder alone). */
  bundled?: boolean;
}

const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Reads and checks a manifest; `fallbackName` names a user folder without one. */
export function readManifest(dir: string, fallbackName?: string): PackManifest {
  const file = join(dir, MANIFEST);
  if (!existsSync(file)) {
    if (fallbackName === undefined) throw new DataFileError(file, 'a bundled pack needs a manifest');
    return {
      name: fallbackName,
      description: '',
      version: '',
      requires: [],
      covers: { countries: [], regions: [], languages: [] },
      sources: [],
    };
  }
  const data = parseJsonFile(file, readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as Record<string, unknown>;
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new DataFileError(file, 'expected an object');
  const fail = (what: string): never => {
    throw new DataFileError(file, what);
  };
  if (typeof data.name !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(data.name))
    fail('"name" must be a lower-case word (letters, digits, -)');
  for (const key of ['description', 'version'] as const)
    if (typeof data[key] !== 'string') fail(`"${key}" must be a string`);
  const requires = data.requires ?? [];
  if (!strings(requires)) fail('"requires" must be an array of pack names');
  const covers = (data.covers ?? {}) as Record<string, unknown>;
  for (const key of ['countries', 'regions', 'languages']) {
    if (covers[key] !== undefined && !strings(covers[key])) fail(`"covers.${key}" must be an array of strings`);
  }
  const sources = data.sources ?? [];
  if (!Array.isArray(sources)) fail('"sources" must be an array');
  (sources as unknown[]).forEach((s, i) => {
    const src = s as Record<string, unknown>;
    if (typeof src?.name !== 'string' || typeof src.license !== 'string')
      fail(`"sources" item ${i + 1} needs a "name" and a "license"`);
  });
  return {
    name: data.name as string,
    description: data.description as string,
    version: data.version as string,
    requires: requires as string[],
    covers: {
      countries: (covers.countries as string[]) ?? [],
      regions: (covers.regions as string[]) ?? [],
      languages: (covers.languages as string[]) ?? [],
    },
    sources: sources as PackSource[],
  };
}

let bundledCache: Pack[] | null = null;

/** Every bundled pack, in load order (each after the packs it requires; otherwise by name). */
export function bundledPacks(): Pack[] {
  if (bundledCache) return bundledCache;
  const names = readdirSync(PACKS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(PACKS_DIR, d.name, MANIFEST)))
    .map((d) => d.name)
    .sort();
  const packs = names.map((n) => ({
    manifest: readManifest(join(PACKS_DIR, n)),
    dir: join(PACKS_DIR, n),
    bundled: true,
  }));
  return (bundledCache = inLoadOrder(packs));
}

/** Packs ordered so that each comes after the packs it requires; a missing or circular requirement is an error. */
export function inLoadOrder(packs: readonly Pack[]): Pack[] {
  const byName = new Map(packs.map((p) => [p.manifest.name, p]));
  const out: Pack[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (p: Pack, chain: string[]) => {
    const name = p.manifest.name;
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting')
      throw new DataFileError(join(p.dir, MANIFEST), `packs require each other: ${[...chain, name].join(' -> ')}`);
    state.set(name, 'visiting');
    for (const r of p.manifest.requires) {
      const dep = byName.get(r);
      if (!dep) throw new DataFileError(join(p.dir, MANIFEST), `requires pack "${r}", which is not there`);
      visit(dep, [...chain, name]);
    }
    state.set(name, 'done');
    out.push(p);
  };
  for (const p of packs) visit(p, []);
  return out;
}

/** The bundled packs chosen by name, with the packs they require, in load order. */
export function choosePacks(names: readonly string[] | null | undefined): Pack[] {
  const all = bundledPacks();
  if (!names) return all;
  const byName = new Map(all.map((p) => [p.manifest.name, p]));
  const wanted = new Set<string>();
  const add = (name: string) => {
    if (wanted.has(name)) return;
    const pack = byName.get(name);
    if (!pack) throw new UsageError(`--packs: no bundled pack "${name}" (there are ${[...byName.keys()].join(', ')})`);
    wanted.add(name);
    for (const r of pack.manifest.requires) add(r);
  };
  for (const n of names) add(n);
  return all.filter((p) => wanted.has(p.manifest.name));
}

/** A user's folder as a pack: its manifest if it has one, else a pack named after the folder. */
export function userPack(dir: string): Pack {
  return { manifest: readManifest(dir, dir), dir, bundled: false };
}

/** The folders to read, in load order: the chosen bundled packs, then the user's folders. */
export function packDirs(userDirs: readonly string[], choice: PackChoice = {}): string[] {
  return packFolders(userDirs, choice).map((f) => f.dir);
}

/** `packDirs`, each folder marked bundled (built and tested with the tool) or not (a user's, checked at load). */
export function packFolders(userDirs: readonly string[], choice: PackChoice = {}): { dir: string; bundled: boolean }[] {
  const bundled = choice.bundled === false ? [] : choosePacks(choice.packs).map((p) => ({ dir: p.dir, bundled: true }));
  return [...bundled, ...userDirs.map((dir) => ({ dir, bundled: false }))];
}

/** The folder of a bundled pack, by name. */
export function packDir(name: string): string {
  const pack = bundledPacks().find((p) => p.manifest.name === name);
  if (!pack) throw new UsageError(`no bundled pack "${name}"`);
  return pack.dir;
}

/** A file that some bundled pack holds (the first in load order), such as the country boxes or the word forms. */
export function bundledFile(name: string): string | undefined {
  return bundledPacks()
    .map((p) => join(p.dir, name))
    .find((f) => existsSync(f));
}
