/**
 * One call of a built nutgraf on one (long) text, its whole JSON output hashed: two
 * builds that print the same hash gave byte-identical output on that text. For texts
 * longer than `npm run check:outputs` reaches (the bench's 1 MB and 5 MB memory inputs).
 *
 *   node bench/probes/same-output.mjs DIST_DIR extractEntities|parseArticle FILE
 */
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'

const [dir, entry, file] = process.argv.slice(2)
if (!dir || !entry || !file) throw new Error('usage: node bench/probes/same-output.mjs DIST_DIR ENTRY FILE')
const nutgraf = await import(pathToFileURL(resolve(dir, 'index.js')).href)
const output = JSON.stringify(nutgraf[entry](readFileSync(file, 'utf8'), {referenceDate: '2020-01-15'}))
console.log(entry, file, createHash('sha256').update(output).digest('hex').slice(0, 16), output.length)
