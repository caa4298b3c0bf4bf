import {fileURLToPath} from 'node:url'
import {defineConfig, type Options} from 'tsup'

// Two builds, because unified, retext-english and nlcst-to-string are ESM-only:
// the CJS build inlines everything so that `require('nutgraf')` needs no require(esm);
// the ESM build inlines those three (and what they import) too, because Node's ESM
// loader takes ~100 CPU ms to resolve and load their ~45 files one by one, most of a
// cold start (docs/results-performance.md, Session 5); they still parse every text. Both are platform
// 'neutral' so that nothing Node-only enters a browser bundle. `retext` is the
// `nutgraf/retext` subpath (the retext plugin), kept out of the main entry. The ESM build is
// minified (its source map beside it): V8 parses ~30 % less source at import, 25 M fewer
// instructions of a cold start (docs/results-performance.md, Session 8).
// parse-latin's regular expressions (long character classes, 7.3 kB of the bundle gzipped)
// are bundled from src/internal/parse-latin-expressions.ts instead: the same sources, packed
// to 3.4 kB (docs/results-performance.md, Session 9). Only for parse-latin's own import of them.
const parseLatinExpressions: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'parse-latin-expressions',
  setup(build) {
    build.onResolve({filter: /expressions\.js$/}, (args) =>
      /[\\/]node_modules[\\/]parse-latin[\\/]lib[\\/]/.test(args.importer) ? {path: fileURLToPath(new URL('src/internal/parse-latin-expressions.ts', import.meta.url))} : undefined,
    )
  },
}

// Three modules unified imports, of which nutgraf's own use of it (parse a string, no settings, no transformers, no
// messages) needs little, are bundled as the stand-ins of src/internal/unified-stubs.ts: vfile (a file that holds the
// text), trough's pipeline and extend's deep merge (docs/results-performance.md, Session 12; vfile's path helpers and
// message class were stubbed since session 11).
const unifiedStubs: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'unified-stubs',
  setup(build) {
    build.onResolve({filter: /^(?:extend|trough|vfile)$/}, (args) =>
      /[\\/]node_modules[\\/]unified[\\/]lib[\\/]/.test(args.importer) ? {path: fileURLToPath(new URL('src/internal/unified-stubs.ts', import.meta.url))} : undefined,
    )
  },
}

const shared: Options = {
  entry: {index: 'src/index.ts', retext: 'src/retext.ts'},
  platform: 'neutral',
  target: 'es2022',
  dts: false,
  esbuildPlugins: [parseLatinExpressions, unifiedStubs],
}

export default defineConfig([
  {...shared, format: ['esm'], sourcemap: true, minify: true, clean: true, noExternal: ['unified', 'retext-english', 'nlcst-to-string']},
  {...shared, format: ['cjs'], sourcemap: false, noExternal: [/.*/], splitting: true},
  // The declarations (.d.ts and .d.cts) from one TypeScript pass instead of one per format.
  {...shared, format: ['esm', 'cjs'], dts: {only: true}},
  {
    entry: {cli: 'src/cli.ts'},
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: {js: '#!/usr/bin/env node'},
  },
])
