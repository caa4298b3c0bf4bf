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
