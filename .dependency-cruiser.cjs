/**
 * The layers of src/, checked by `npm run lint:deps` (run by .ci/run). Data flows one way:
 * input -> segment -> match -> resolve -> link -> write, and knowledge flows in from the gazetteer.
 *
 * core      types.ts, errors.ts, fold.ts, geo.ts, mention.ts, segment.ts, language.ts (the Language interface)
 * language  lang/: one module per language, the grammar that must be code (dates); core only
 * knowledge gazetteer/: reads and compiles lists; never the pipeline, inputs, writers or runs
 * input     input/: reads and decodes documents; never extraction
 * extract   extract/, resolve.ts: finds and resolves mentions and events in one sentence; no language
 * pipeline  pipeline.ts: the ordered steps for one document; reaches a language through its interface
 * write     write/: pure renderers; they import core, and other layers' types only
 * run       run/: one thread or a worker pool, counts, progress
 * api       index.ts: the library's entry point (load packs once, extract texts and files)
 * app       cli.ts, usage.ts, evaluate.ts, score.ts, suggest.ts, inspect.ts: commands over the library
 */
const CORE = '^src/(types|errors|fold|geo|mention|segment|language)\\.ts$';
const LANGUAGE = '^src/lang/';
const KNOWLEDGE = '^src/gazetteer/';
const INPUT = '^src/input/';
const EXTRACT = '^src/(extract/|resolve\\.ts$)';
const PIPELINE = '^src/pipeline\\.ts$';
const WRITE = '^src/write/';
const RUN = '^src/run/';
const API = '^src/index\\.ts$';
const APP = '^src/(cli|evaluate|score|suggest|inspect|usage)\\.ts$';

const layer = (name, from, allowed) => ({
  name,
  comment: `${name}: imports only ${allowed.join(', ')}`,
  severity: 'error',
  from: { path: from },
  to: { path: '^src/', pathNot: allowed.map((l) => `(${l})`).join('|') },
});

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    layer('core', CORE, [CORE]),
    layer('knowledge', KNOWLEDGE, [CORE, KNOWLEDGE]),
    layer('input', INPUT, [CORE, INPUT]),
    layer('extract', EXTRACT, [CORE, KNOWLEDGE, EXTRACT]),
    layer('language', LANGUAGE, [CORE, LANGUAGE]),
    layer('pipeline', PIPELINE, [CORE, KNOWLEDGE, EXTRACT, LANGUAGE]),
    {
      ...layer('write', WRITE, [CORE, WRITE]),
      comment: 'write: pure renderers; they import core and write, and types of other layers only',
      to: { path: '^src/', pathNot: `(${CORE})|(${WRITE})`, dependencyTypesNot: ['type-only'] },
    },
    layer('run', RUN, [CORE, KNOWLEDGE, INPUT, EXTRACT, LANGUAGE, PIPELINE, WRITE, RUN]),
    layer('api', API, [CORE, KNOWLEDGE, INPUT, PIPELINE, RUN]),
    {
      name: 'only-commands-import-the-api',
      comment: 'the entry point sits above the pipeline: only commands import it',
      severity: 'error',
      from: { path: '^src/', pathNot: `(${APP})|(${API})` },
      to: { path: API },
    },
    {
      name: 'nothing-imports-an-app',
      comment: 'commands sit on top: nothing imports cli.ts (and only commands import commands)',
      severity: 'error',
      from: { path: '^src/', pathNot: APP },
      to: { path: APP },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.generated\\.ts$' },
  },
};
