/**
 * Rule: a line that opens with a bullet ("- ", "• ", "* ", "▪ ") or a number ("1. ",
 * "2) ", "(3) ") opens a list item. Items are kept as list paragraphs, one an item: a
 * bullet is typography and is left out of the item's text, a number carries the order
 * and stays.
 *
 * @internal
 */

/**
 * The marker that opens a list item: how long it is (with the space after it) and
 * whether it stays in the item's text.
 *
 * @example
 * ```ts
 * const marker: ListMarker = {length: 2, kind: 'bullet'}
 * ```
 */
export interface ListMarker {
  length: number
  kind: 'bullet' | 'number'
  /** The item's number, for numbered items. */
  number?: number
}

const bullet = /^[-•*▪●◦‣►■–·]\s{1,4}(?=\S)/u
const numbered = /^(?:\((\d{1,3})\)|(\d{1,3})[.)])\s{1,4}(?=\S)/u

/**
 * The list marker that opens `line`, or undefined.
 *
 * @example
 * ```ts
 * listMarker('- Sony headphones: $298') // {length: 2, kind: 'bullet'}
 * listMarker('2. Make an informal challenge.') // {length: 3, kind: 'number', number: 2}
 * listMarker('2.5 million people voted.') // undefined
 * listMarker('-3 degrees overnight') // undefined
 * ```
 */
export function listMarker(line: string): ListMarker | undefined {
  const dot = bullet.exec(line)
  if (dot) return {length: dot[0].length, kind: 'bullet'}
  const number = numbered.exec(line)
  if (!number) return undefined
  return {length: number[0].length, kind: 'number', number: Number(number[1] ?? number[2])}
}

/**
 * Whether a run of lines holds a list: at least two lines open with markers of one kind,
 * numbers counting up by one.
 *
 * @example
 * ```ts
 * isList(['1. One thing.', '2. Another.']) // true
 * isList(['1. One thing.', 'Some prose.']) // false
 * ```
 */
export function isList(lines: readonly string[]): boolean {
  const markers = lines.map(listMarker).filter((marker): marker is ListMarker => marker !== undefined)
  if (markers.length < 2) return false
  const first = markers[0] as ListMarker
  if (markers.some((marker) => marker.kind !== first.kind)) return false
  if (first.kind === 'bullet') return true
  return markers.every((marker, index) => index === 0 || marker.number === (markers[index - 1] as ListMarker).number! + 1)
}

/**
 * The shape of an item of a list without markers under a line that ends with a colon:
 * "Label: value" lines ("Processor: 1.2GHz") or lines that end with a bracket ("Matt Allen
 * (Creighton University)"); undefined for a line of another shape.
 *
 * @example
 * ```ts
 * itemShape('Memory: 512MB DDR2') // 'label'
 * itemShape('George Josten (Gonzaga)') // 'bracket'
 * itemShape('Photo Gallery') // undefined
 * ```
 */
export function itemShape(line: string): 'label' | 'bracket' | undefined {
  if (/^[^:]{1,30}: \S/u.test(line) && !line.endsWith('.')) return 'label'
  return line.endsWith(')') ? 'bracket' : undefined
}
