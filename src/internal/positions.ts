/**
 * Offsets → unist points (`{line, column, offset}`, line and column 1-based), the
 * positions nlcst and vfile use. One pass over the text builds the line starts; each
 * lookup is a binary search, so converting every mention stays O(n + m log n).
 *
 * @internal
 */

import {lastAtOrBefore} from './search.js'

/** A point in a text, as unist and nlcst give it. */
export interface UnistPoint {
  line: number
  column: number
  offset: number
}

/**
 * Build a function that turns a UTF-16 offset of `text` into a unist point. Line breaks
 * are `\n`, `\r\n` and a lone `\r`, as vfile-location counts them.
 */
export function pointLocator(text: string): (offset: number) => UnistPoint {
  const lineStarts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 /* \n */) lineStarts.push(index + 1)
    else if (code === 13 /* \r */ && text.charCodeAt(index + 1) !== 10) lineStarts.push(index + 1)
  }
  return (offset) => {
    const low = lastAtOrBefore(lineStarts.length, (index) => lineStarts[index] as number, offset)
    return {line: low + 1, column: offset - (lineStarts[low] as number) + 1, offset}
  }
}
