/**
 * Organization names from open lists, as the tagger's words, for mention-replacement
 * training data (scripts/eval/lib/ner-augment.ts):
 * - companies: the SEC's company-tickers list (a US government work, public domain;
 *   ../shared/data/sec/company_tickers.json), titles as filed ("EXXON MOBIL CORP") turned
 *   into the way news writes them ("Exxon Mobil"), legal suffixes mostly stripped;
 * - clubs: football clubs and their aliases from openfootball/clubs (CC0;
 *   ../shared/data/openfootball-clubs), without "FC", "AFC", "CF" … where a name is left.
 * Deterministic: files read in path order, names in list order, duplicates dropped.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** ../shared/data, where the open lists are. */
export const sharedData = fileURLToPath(new URL('../../../../shared/data/', import.meta.url))

/** The files the pools are read from, in the order read (for the manifest). */
export function orgNameFiles(): string[] {
  const files = [join(sharedData, 'sec', 'company_tickers.json')]
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder).sort()) {
      const path = join(folder, entry)
      if (statSync(path).isDirectory()) walk(path)
      else if (entry.endsWith('.clubs.txt')) files.push(path)
    }
  }
  walk(join(sharedData, 'openfootball-clubs'))
  return files
}

const legalSuffix =
  /(?:[\s,]+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|l\.?p|lp|n\.?v|s\.?a|ag|se|spa|s\.?p\.?a|holdings?|holding co|hldgs|cos|the|class [a-z]|ordinary shares|ads|adr|de|md|new)\.?)+$/i

/** Short words of filed titles that are words, not acronyms ("BANK OF AMERICA", "ELI LILLY"). */
const shortWords = new Set(['OF', 'AND', 'THE', 'FOR', 'INC', 'CO', 'COM', 'NEW', 'ONE', 'BIG', 'AIR', 'ELI', 'OIL', 'GAS', 'BIO', 'LAB', 'SUN', 'TOP', 'ART', 'CAR', 'RED', 'PET', 'BAY', 'SEA', 'FUND', 'AT', 'IN', 'ON'])
const connectors = new Set(['OF', 'AND', 'THE', 'FOR', 'AT', 'IN', 'ON'])

/** "EXXON MOBIL CORP" → "Exxon Mobil Corp", "BANK OF AMERICA" → "Bank of America"; acronyms ("IBM", "AT&T") and mixed-case words stay. */
function newsCase(name: string): string {
  return name
    .split(' ')
    .map((word, index) => {
      if (/\p{Ll}/u.test(word)) return word
      const bare = word.replace(/[^\p{L}]/gu, '')
      if (index > 0 && connectors.has(bare)) return word.toLowerCase()
      if (bare.length <= 3 && !shortWords.has(bare)) return word
      return word.charAt(0) + word.slice(1).toLowerCase()
    })
    .join(' ')
}

/** A name as words: spaces split, a possessive "'s" apart, a trailing comma dropped. */
export function nameWords(name: string): string[] {
  return name
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .flatMap((word) => {
      const possessive = /^(.+\p{L})(['’]s)$/u.exec(word)
      return possessive ? [possessive[1] as string, "'s"] : [word.replace(/,$/, '')]
    })
    .filter(Boolean)
}

/** Company names from the SEC list, most valuable first; every `keepSuffixEvery`-th keeps its legal suffix in news case ("Barrick Gold Corp"). */
export function companyNames(keepSuffixEvery = 4): string[][] {
  const text = readFileSync(join(sharedData, 'sec', 'company_tickers.json'), 'utf8')
  const titles = Object.values(JSON.parse(text) as Record<string, {title: string}>).map((company) => company.title)
  const names: string[][] = []
  const seen = new Set<string>()
  titles.forEach((title, index) => {
    const clean = title.replace(/\s*\/[A-Za-z]{2,3}\/?\s*$/, '').replace(/\/+$/, '').replace(/\s+/g, ' ').trim()
    const bare = clean.replace(legalSuffix, '').replace(/[\s,&]+$/, '').replace(legalSuffix, '').replace(/[\s,&]+$/, '').replace(/^the\s+/i, '')
    const chosen = index % keepSuffixEvery === 0 && bare !== clean ? clean.replace(/,(?=\s)/, '') : bare
    if (chosen.length < 3 || !/\p{L}{2}/u.test(chosen)) return
    const words = nameWords(newsCase(chosen))
    const key = words.join(' ')
    if (words.length > 5 || seen.has(key)) return
    seen.add(key)
    names.push(words)
  })
  return names
}

const clubAffix =
  /^(?:(?:A\.?F\.?C\.?|F\.?C\.?|C\.?F\.?|S\.?C\.?|A\.?C\.?|C\.?D\.?|S\.?V\.?|F\.?K\.?|SK|IF|BK|AS|US|CA|CD|SD|UD|RC|SS)\s+)|(?:\s+(?:A\.?F\.?C\.?|F\.?C\.?|C\.?F\.?|S\.?C\.?|SK|IF|BK|FK|Football Club|Soccer Club))$/

/** Countries (club file names) whose leagues news reports most. */
export const majorClubCountries = ['eng', 'sco', 'wal', 'nir', 'ie', 'es', 'it', 'de', 'fr', 'nl', 'pt', 'be', 'tr', 'gr', 'ru', 'ua', 'at', 'ch', 'se', 'no', 'dk', 'pl', 'cz', 'hr', 'rs', 'us', 'mx', 'br', 'ar', 'au']

/** Football clubs and their aliases, as news writes them ("Celtic", "Real Madrid"), of all countries or of `countries`. */
export function clubNames(countries?: readonly string[]): string[][] {
  const names: string[][] = []
  const seen = new Set<string>()
  for (const path of orgNameFiles().slice(1)) {
    if (countries && !countries.includes(path.slice(path.lastIndexOf('/') + 1).replace('.clubs.txt', ''))) continue
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      const body = line.replace(/#.*$/, '').trim()
      if (!body || body.startsWith('=') || body.startsWith('[')) continue
      const candidates = body.startsWith('|') ? body.split('|').map((part) => part.trim()) : [(body.split(',')[0] ?? '').trim()]
      for (const name of candidates) {
        if (!name || /^\d/.test(name) || /football club|soccer club/i.test(name)) continue
        const plain = name.replace(/\s*[[(][^\])]*[\])]/g, '').trim()
        const bare = plain.replace(clubAffix, '').trim()
        const words = nameWords(bare.length > 2 ? bare : plain)
        const key = words.join(' ')
        if (words.length === 0 || words.length > 5 || seen.has(key) || !/\p{Lu}/u.test(key)) continue
        seen.add(key)
        names.push(words)
      }
    }
  }
  return names
}
