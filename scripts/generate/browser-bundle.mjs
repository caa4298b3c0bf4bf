/**
 * Bundle the BUILT package (dist/, through its `exports`) for browsers with esbuild,
 * `platform: 'browser'`, as an IIFE that sets `globalThis.nutgraf`. Fails when a
 * Node built-in or a Node-only file (vfile's `minpath.js`, `minproc.js`, `minurl.js`)
 * enters the bundle.
 *
 *   node scripts/generate/browser-bundle.mjs [OUTFILE]   (default docs/playground/nutgraf.js)
 *
 * Used by the browser tests and to build the playground's bundle.
 */
import {build} from 'esbuild'
import {existsSync, mkdirSync} from 'node:fs'
import {dirname, join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {gzipSync, brotliCompressSync} from 'node:zlib'

export const root = fileURLToPath(new URL('../..', import.meta.url))

/** Node-only inputs: built-ins and the Node variants of files that have browser twins. */
const nodeOnly = /^node:|^(?:fs|path|os|url|util|process|child_process|stream|buffer|events|crypto|module|worker_threads)$|[/\\](?:minpath|minproc|minurl)\.js$/

/** The paths among `paths` (bundle inputs and imports) that are Node-only, each once. */
export function findNodeOnly(paths) {
  return [...new Set(paths.filter((path) => nodeOnly.test(path)))]
}

/**
 * Bundle `nutgraf` for browsers. Returns the code, its sizes and the bundle's inputs.
 * Throws when the package is not built or a Node-only module is in the bundle.
 */
export async function bundleForBrowser({outfile} = {}) {
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first')
  if (outfile) mkdirSync(dirname(outfile), {recursive: true})
  const result = await build({
    stdin: {contents: "export {parseArticle, segment, extractEntities} from 'nutgraf'", resolveDir: root, loader: 'js'},
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'nutgraf',
    target: 'es2022',
    minify: true,
    metafile: true,
    logLevel: 'silent',
    ...(outfile ? {outfile} : {write: false, outfile: 'nutgraf.js'}),
  })
  const inputs = Object.keys(result.metafile.inputs)
  const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((item) => item.path))
  const offending = findNodeOnly([...inputs, ...imports])
  if (offending.length > 0) throw new Error(`Node-only modules in the browser bundle: ${offending.join(', ')}`)
  if (!inputs.some((path) => path.startsWith('dist/'))) throw new Error(`the bundle did not come from the built package (dist/): ${inputs.join(', ')}`)
  const code = outfile ? undefined : result.outputFiles?.[0]?.text
  const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0)
  return {code, bytes, inputs, gzip: code ? gzipSync(code).length : undefined, brotli: code ? brotliCompressSync(code).length : undefined}
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outfile = process.argv[2] ?? join(root, 'docs', 'playground', 'nutgraf.js')
  const {bytes, inputs} = await bundleForBrowser({outfile})
  console.log(`browser bundle ok: ${relative(root, outfile)}, ${(bytes / 1024).toFixed(1)} KiB minified, ${inputs.length} inputs, no Node-only module`)
}
