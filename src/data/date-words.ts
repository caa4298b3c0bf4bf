/**
 * Word lists of the date grammar: months, weekdays, number words, units, seasons,
 * parts of the day. Hand-written for nutgraf (English calendar vocabulary).
 *
 * @internal
 */

/**
 * Month names and their abbreviations (lower case, no full stop) → 1–12.
 *
 * @example
 * ```ts
 * months.get('sept') // 9
 * ```
 */
export const months: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8], ['september', 9], ['sept', 9], ['sep', 9], ['october', 10],
  ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
])

/**
 * Month names that are also common words or names ("May I ask", "March on", "April
 * Ryan"), and abbreviations that are words ("mar", "sep"): these are dates alone only
 * next to a day, a year or a temporal word ("in May", "last March").
 *
 * @example
 * ```ts
 * ambiguousMonths.has('may') // true
 * ```
 */
export const ambiguousMonths: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'april', 'june', 'august', 'jun', 'jul', 'sep', 'dec', 'jan'])

/**
 * Weekday names and abbreviations → ISO weekday (Monday 1).
 *
 * @example
 * ```ts
 * weekdays.get('thurs') // 4
 * ```
 */
export const weekdays: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['mon', 1], ['tuesday', 2], ['tues', 2], ['tue', 2], ['wednesday', 3], ['wed', 3],
  ['thursday', 4], ['thurs', 4], ['thu', 4], ['thur', 4], ['friday', 5], ['fri', 5],
  ['saturday', 6], ['sat', 6], ['sunday', 7], ['sun', 7],
])

/**
 * Plural weekdays ("on Mondays") → ISO weekday, for sets.
 *
 * @example
 * ```ts
 * weekdayPlurals.get('mondays') // 1
 * ```
 */
export const weekdayPlurals: ReadonlyMap<string, number> = new Map([
  ['mondays', 1], ['tuesdays', 2], ['wednesdays', 3], ['thursdays', 4], ['fridays', 5], ['saturdays', 6], ['sundays', 7],
])

/**
 * Cardinal number words → value.
 *
 * @example
 * ```ts
 * numberWords.get('forty') // 40
 * ```
 */
export const numberWords: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13],
  ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18],
  ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100], ['dozen', 12],
])

/**
 * Ordinal words → value ("third" quarter, "20th" century uses digits).
 *
 * @example
 * ```ts
 * ordinalWords.get('third') // 3
 * ```
 */
export const ordinalWords: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6],
  ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10], ['1st', 1], ['2nd', 2], ['3rd', 3], ['4th', 4],
])

/**
 * Words that stand for an unknown count ("several years" → PXY).
 *
 * @example
 * ```ts
 * vagueCounts.has('several') // true
 * ```
 */
export const vagueCounts: ReadonlySet<string> = new Set(['several', 'few', 'many', 'some', 'numerous'])

/**
 * A TIMEX3 duration unit: Y, M (month), W, D, H, MIN, S, Q, DE (decade), CE (century).
 *
 * @example
 * ```ts
 * const unit: Unit = 'DE' // decade
 * ```
 */
export type Unit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S' | 'Q' | 'DE' | 'CE'

/**
 * Unit words, singular and plural → unit.
 *
 * @example
 * ```ts
 * units.get('decades') // 'DE'
 * ```
 */
export const units: ReadonlyMap<string, Unit> = new Map<string, Unit>([
  ['year', 'Y'], ['years', 'Y'], ['month', 'M'], ['months', 'M'], ['week', 'W'], ['weeks', 'W'],
  ['day', 'D'], ['days', 'D'], ['hour', 'H'], ['hours', 'H'], ['minute', 'MIN'], ['minutes', 'MIN'],
  ['second', 'S'], ['seconds', 'S'], ['quarter', 'Q'], ['quarters', 'Q'], ['decade', 'DE'],
  ['decades', 'DE'], ['century', 'CE'], ['centuries', 'CE'], ['fortnight', 'W'], ['yr', 'Y'], ['yrs', 'Y'],
])

/**
 * Seasons → TIMEX3 season code.
 *
 * @example
 * ```ts
 * seasons.get('autumn') // 'FA'
 * ```
 */
export const seasons: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI'],
])

/**
 * Parts of the day → TIMEX3 code.
 *
 * @example
 * ```ts
 * partsOfDay.get('evening') // 'TEV'
 * ```
 */
export const partsOfDay: ReadonlyMap<string, string> = new Map([
  ['morning', 'TMO'], ['afternoon', 'TAF'], ['evening', 'TEV'], ['night', 'TNI'], ['overnight', 'TNI'],
])

/**
 * Adverbs of frequency → SET value.
 *
 * @example
 * ```ts
 * frequencies.get('weekly') // 'P1W'
 * ```
 */
export const frequencies: ReadonlyMap<string, string> = new Map([
  ['hourly', 'PT1H'], ['daily', 'P1D'], ['nightly', 'P1D'], ['weekly', 'P1W'], ['monthly', 'P1M'],
  ['yearly', 'P1Y'], ['annually', 'P1Y'], ['biannually', 'P6M'],
])

/**
 * Time zone words that may follow a clock time ("6:30 p.m. EST").
 *
 * @example
 * ```ts
 * timeZones.has('gmt') // true
 * ```
 */
export const timeZones: ReadonlySet<string> = new Set([
  'gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'et', 'pt', 'ct', 'cet', 'cest', 'bst', 'msk',
])

/**
 * Words before a bare month, year or season that make it a date ("in May", "since 2020").
 *
 * @example
 * ```ts
 * temporalPrepositions.has('since') // true
 * ```
 */
export const temporalPrepositions: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'by', 'through', 'throughout', 'from', 'to', 'during', 'of', 'before',
  'after', 'early', 'late', 'mid', 'last', 'next', 'this', 'that', 'each', 'every', 'between', 'and',
  'or', 'around', 'circa', 'for', 'on', 'at', 'into', 'as', 'beginning', 'end', 'starting', 'ending',
])
