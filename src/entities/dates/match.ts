/**
 * Small constructors the grammar rules share.
 *
 * @internal
 */
import type {Context, Match, TimexType} from './view.js'

/**
 * A match ending before token `end`.
 *
 * @example
 * ```ts
 * matched(3, 'DATE', 'month-day', (context) => monthDayValue(context, 2, 20))
 * ```
 */
export function matched(end: number, type: TimexType, rule: string, value: (context: Context) => string | undefined, takesThe = false): Match {
  return takesThe ? {end, type, rule, value, takesThe} : {end, type, rule, value}
}

/**
 * A match with a fixed value.
 *
 * @example
 * ```ts
 * fixed(2, 'DURATION', 'duration', 'P30Y')
 * ```
 */
export function fixed(end: number, type: TimexType, rule: string, value: string | undefined, takesThe = false): Match {
  return matched(end, type, rule, () => value, takesThe)
}

/**
 * The words a rule can start at: the (normalized) words it looks for in its first
 * token, and whether any word with a digit or a hyphen may start it. A rule never
 * matches at a token whose word is not among them, so the grammar runs it only there.
 *
 * @example
 * ```ts
 * const timeStarts: Starts = startsAt(['noon', 'midday', 'midnight'], {digits: true})
 * ```
 */
export interface Starts {
  words: ReadonlySet<string>
  digits: boolean
  hyphens: boolean
}

/**
 * Declare the words a rule can start at.
 *
 * @example
 * ```ts
 * startsAt(['today', 'yesterday']).words.has('today') // true
 * ```
 */
export function startsAt(words: Iterable<string>, classes: {digits?: boolean; hyphens?: boolean} = {}): Starts {
  return {words: new Set(words), digits: classes.digits ?? false, hyphens: classes.hyphens ?? false}
}

/**
 * Whether a rule with these starts can match at a token whose word is `word`.
 *
 * @example
 * ```ts
 * canStartAt(startsAt([], {digits: true}), '1990s') // true
 * ```
 */
export function canStartAt(starts: Starts, word: string): boolean {
  return starts.words.has(word) || (starts.digits && /\d/.test(word)) || (starts.hyphens && word.includes('-'))
}
