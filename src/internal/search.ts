/**
 * Binary search shared by the offset map and the line locator.
 *
 * @internal
 */

/**
 * Index of the last of `count` items, sorted by `keyAt`, whose key is at most `target`;
 * 0 when there is none (callers look at the item to tell).
 *
 * @example
 * ```ts
 * const starts = [0, 10, 20]
 * lastAtOrBefore(starts.length, (index) => starts[index] as number, 15) // 1
 * ```
 */
export function lastAtOrBefore(count: number, keyAt: (index: number) => number, target: number): number {
  let low = 0
  let high = count - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (keyAt(middle) <= target) low = middle
    else high = middle - 1
  }
  return low
}
