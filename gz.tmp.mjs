import * as esbuild from 'esbuild'
import {gzipSync} from 'node:zlib'
const r = await esbuild.build({entryPoints:['src/index.ts'], bundle:true, minifySyntax:true, minifyIdentifiers:true, format:'esm', platform:'neutral', mainFields:['module','main'], write:false, outdir:'/tmp/x', logLevel:'error'})
const t = Buffer.from(r.outputFiles.find(f=>f.path.endsWith('.js')).contents).toString('utf8')
const parts = t.split(/\n(?=\/\/ (?:src|\.\.\/main\/node_modules|node_modules)\/)/)
const min = (s) => esbuild.transformSync(s, {minify: true, format: 'esm', logLevel: 'silent'}).code
const whole = gzipSync(t, {level: 9}).length
console.log('parts', parts.length, 'gzip unminified-whitespace', whole)
const rows = []
for (let i = 0; i < parts.length; i++) {
  const name = parts[i].split('\n')[0]
  const rest = parts.slice(0, i).concat(parts.slice(i + 1)).join('\n')
  rows.push([whole - gzipSync(rest, {level: 9}).length, name])
}
rows.sort((a, b) => b[0] - a[0])
for (const [d, n] of rows) console.log(String(d).padStart(7), n)
