/**
 * Browser bundle size of each library: esbuild (platform browser, minified, ESM) of an
 * entry that uses it the way its users do, then gzip (level 9) of the bundle.
 */
import {gzipSync} from 'node:zlib'
import {build} from 'esbuild'
import {join} from 'node:path'
import {projectRoot} from '../test/helpers/fixtures.js'

export interface BundleRow {
  name: string
  minified: number
  gzipped: number
}

const entries: Array<{name: string; code: string}> = [
  {name: 'nutgraf', code: `export {parseArticle, segment, extractEntities} from ${JSON.stringify(join(projectRoot, 'dist', 'index.js'))}`},
  {name: 'compromise', code: `import nlp from 'compromise'; export default nlp`},
  {
    name: 'compromise + compromise-dates',
    code: `import nlp from 'compromise'; import dates from 'compromise-dates'; export default nlp.extend(dates)`,
  },
  {
    name: 'wink-nlp + wink-eng-lite-web-model',
    code: `import winkNLP from 'wink-nlp'; import model from 'wink-eng-lite-web-model'; export default winkNLP(model)`,
  },
]

/** Bundle each entry and measure it. */
export async function measureBundles(): Promise<BundleRow[]> {
  const rows: BundleRow[] = []
  for (const {name, code} of entries) {
    const result = await build({
      stdin: {contents: code, resolveDir: projectRoot, loader: 'js'},
      bundle: true,
      platform: 'browser',
      format: 'esm',
      minify: true,
      write: false,
      logLevel: 'silent',
    })
    const bytes = result.outputFiles[0]?.contents ?? new Uint8Array()
    rows.push({name, minified: bytes.length, gzipped: gzipSync(bytes, {level: 9}).length})
  }
  return rows
}
