/**
 * Rule: footnotes of a PDF extraction — a rule line ("____", "———") and, under it, lines
 * that open with a plain number ("1 Transport & Environment, …") — are footnote
 * references; their markers in the text, superscripts that became plain digits glued to
 * the punctuation before them ("harbour.1", "years.2 The"), are left out of the body.
 *
 * @internal
 */

const ruleLine = /^(?:_{3,}|[—–-]{3,}|[_—–-](?:\s?[_—–-]){4,})$/u
const entry = /^(\d{1,3})\s{1,3}(?=\p{L}|["“‘'(])/u

/**
 * The footnote lines under a rule: the index of the rule line and the numbers of the
 * notes. Only when the numbers run 1, 2, 3 … from the first note.
 *
 * @example
 * ```ts
 * footnoteBlock(['Text.', '____', '1 Source, 2024.', '2 Other source.'])
 * // {rule: 1, numbers: new Set([1, 2])}
 * ```
 */
export function footnoteBlock(lines: readonly string[]): {rule: number; numbers: Set<number>} | undefined {
  for (let index = lines.length - 2; index >= 0; index--) {
    if (!ruleLine.test(lines[index] ?? '')) continue
    const numbers = new Set<number>()
    for (const line of lines.slice(index + 1)) {
      const match = entry.exec(line)
      if (match && Number(match[1]) === numbers.size + 1) numbers.add(numbers.size + 1)
    }
    if (numbers.size > 0 && entry.test(lines[index + 1] ?? '')) return {rule: index, numbers}
  }
  return undefined
}

/**
 * Where footnote markers stand in `text`: plain digits glued after a letter and a
 * punctuation mark, before a space or the end, whose number is one of the notes.
 *
 * @example
 * ```ts
 * footnoteMarkers('this week.1 Ships at berth', new Set([1])) // [{start: 10, end: 11}]
 * footnoteMarkers('rose 2.5 percent', new Set([5])) // []
 * ```
 */
export function footnoteMarkers(text: string, numbers: ReadonlySet<number>): Array<{start: number; end: number}> {
  const found: Array<{start: number; end: number}> = []
  for (const match of text.matchAll(/(?<=\p{L}[.,;:!?)"”’])\d{1,3}(?=\s|$)/gu)) {
    if (numbers.has(Number(match[0]))) found.push({start: match.index, end: match.index + match[0].length})
  }
  return found
}
