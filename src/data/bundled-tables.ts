/**
 * The four large generated tables, re-exported from one module so that a bundle holds them
 * side by side. esbuild writes each module where the first module importing it is first
 * reached, so tables imported from their own files each landed beside their first user, and
 * cut the code into pieces ~100 kB apart: gzip finds repeats only within 32 kB, and the code
 * after each table could no longer point back at the code before it. Imported from here, the
 * tables (~145 kB of the minified bundle) come in one run, in this order (the smallest
 * measured), and the code around them is one: the main entry 2.9 kB smaller gzipped, its
 * contents unchanged (docs/results-ner.md, Session 15).
 *
 * Code under `src/` imports these tables from this module only
 * (test/data/bundled-tables.test.ts); scripts and tests may import them from their files.
 *
 * @internal
 */
export * from './gazetteer-lists.js'
export * from './ner-model.js'
export * from './word-classes.js'
export * from './parse-latin-expressions.js'
