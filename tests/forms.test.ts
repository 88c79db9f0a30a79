/** The bundled word-forms table (gazetteer/forms.generated.json) must be what compromise makes, and complete. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledFile } from '../src/gazetteer/packs.js';
import {
  FORMS_FILE,
  conjugated,
  expandSlots,
  loadLexicon,
  nounForms,
  pluralized,
  verbForms,
  type FormsTable,
} from '../src/gazetteer/lexicon.js';

const table = JSON.parse(readFileSync(bundledFile(FORMS_FILE)!, 'utf8')) as FormsTable;
const lexicon = loadLexicon();
const heads = (list: string[] | undefined) => (list ?? []).flatMap(expandSlots).map((p) => p.trim().split(/\s+/)[0]);

describe('word forms table', () => {
  it('has every verb of the bundled lexicon (run npm run gazetteer:build after editing events.json)', () =>
    expect(
      [...lexicon.triggers, ...(lexicon.acting ?? [])]
        .flatMap((t) => [...heads(t.verbs), ...heads(t.phrases)])
        .filter((v) => !(v in table.verbs)),
    ).toEqual([]));
  it('has every noun of the bundled lexicon', () =>
    expect(
      lexicon.triggers.flatMap((t) => (t.nouns ?? []).flatMap(expandSlots)).filter((n) => !(n in table.nouns)),
    ).toEqual([]));
  it('holds what compromise conjugates', () =>
    expect(
      Object.keys(table.verbs).filter((v) => JSON.stringify(conjugated(v)) !== JSON.stringify(table.verbs[v])),
    ).toEqual([]));
  it('holds what compromise pluralizes', () =>
    expect(
      Object.keys(table.nouns).filter((n) => JSON.stringify(pluralized(n)) !== JSON.stringify(table.nouns[n])),
    ).toEqual([]));
  it('conjugates a verb the table lacks', () =>
    expect(verbForms('outflank')).toEqual(['outflank', 'outflanks', 'outflanked', 'outflanking']));
  it('pluralizes a noun the table lacks', () => expect(nounForms('sortie')).toEqual(['sortie', 'sorties']));
});
