/**
 * Helpers of the date tests that read sentences: each date found as its text and value, and a
 * table of sentences with the date each was written and the dates expected in it.
 */
import {describe, expect, it} from 'vitest'
import {extractEntities} from '../../src/index.js'

/** A date found: its text and TIMEX3 value. */
export type Found = [text: string, value: string | undefined]

/**
 * The dates found in `text`, each as its text and value; no reference date when `referenceDate` is empty.
 *
 * @example
 * ```ts
 * datesOf('They met on Friday.', '2026-11-25') // [['Friday', '2026-11-20']]
 * ```
 */
export function datesOf(text: string, referenceDate: string): Found[] {
  return extractEntities(text, referenceDate ? {referenceDate} : {}).dates.map((date) => [date.text, date.value])
}

/**
 * A table of sentences, each with the date it was written and the dates expected in it.
 *
 * @example
 * ```ts
 * sentences('a modal looks ahead', [['The board may vote Monday.', '2026-11-25', [['Monday', '2026-11-30']]]])
 * ```
 */
export function sentences(title: string, rows: Array<[string, string, Found[]]>): void {
  describe(title, () => {
    it.each(rows)('%j (written %s)', (text, written, expected) => {
      expect(datesOf(text, written)).toEqual(expected)
    })
  })
}
