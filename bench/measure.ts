/**
 * Timing helpers: wall-clock milliseconds of a run, and the median of several.
 */

/** Milliseconds one call of `work` takes. */
export function time(work: () => unknown): number {
  const start = performance.now()
  work()
  return performance.now() - start
}

/** The median of `values`. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/** Format a number with thousands separators and `digits` decimals. */
export function formatNumber(value: number, digits = 0): string {
  return value.toLocaleString('en-US', {minimumFractionDigits: digits, maximumFractionDigits: digits})
}
