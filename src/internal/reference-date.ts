/**
 * Normalize the `referenceDate` option to an ISO calendar date.
 *
 * @internal
 */

/**
 * `Date` or ISO string → "YYYY-MM-DD" (UTC calendar date of a `Date`; the date part of
 * an ISO string as written). Undefined stays undefined; anything else is a `TypeError`.
 */
export function normalizeReferenceDate(value: unknown): string | undefined {
  if (value === undefined) return undefined
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError('nutgraf: referenceDate is an invalid Date')
    return value.toISOString().slice(0, 10)
  }
  if (typeof value === 'string') {
    const match = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value)
    if (match) {
      const [, year, month, day] = match
      const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
      if (date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day)) return `${year}-${month}-${day}`
    }
    throw new TypeError(`nutgraf: referenceDate must be an ISO 8601 date such as "2022-02-10", got ${JSON.stringify(value.slice(0, 40))}`)
  }
  throw new TypeError(`nutgraf: referenceDate must be a Date or an ISO 8601 date string, got ${value === null ? 'null' : typeof value}`)
}
