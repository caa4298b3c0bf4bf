/**
 * Rule: a menu's item glued onto the front of a line of the body column. pdftotext reads a
 * page row by row, and where a sidebar's item stands level with a line of the column it
 * lands on that line ("India & Pakistan play music and transfer songs …"). In a run of
 * lines that a sidebar is read into (two sidebar lines or more, ./pdf-sidebar.ts), a line
 * wider than the text line above it by a tenth loses its first words when they read as a
 * menu's item — two to four words that open otherwise than in lower case, or a pair joined
 * by "&" or "/", no figure, no stop or comma — before a word in lower case, the line above
 * is unfinished prose (five words or more), and the rest is as wide as it (0.7–1.2 of it).
 *
 * @internal
 */
import type {Line} from '../lines.js'
import type {LineRole} from '../line-roles.js'
import {endsSentence} from '../text-shape.js'
import {onFirstUse} from '../../internal/on-first-use.js'

/** Up to four words that open otherwise than in lower case, before one that does. */
const GLUED_ITEM = onFirstUse(() => RegExp(String.raw`^(?:[^\s\p{Ll}]\S* ){1,4}(?=\p{Ll})`, 'u'))

/**
 * The lines with a menu's item glued onto their front cut off (the rest's text and span).
 *
 * @example
 * ```ts
 * withoutGluedItems(lines, roles) // 'India & Pakistan play music and …' → 'play music and …'
 * ```
 */
export function withoutGluedItems(lines: readonly Line[], roles: readonly LineRole[]): Line[] {
  // How many sidebar lines each run of lines (between blank lines) holds.
  const sidebars = [0]
  const runOf = lines.map((line, index) => {
    if (line.blank) sidebars.push(0)
    else if (roles[index]?.kind === 'sidebar') sidebars[sidebars.length - 1] = (sidebars.at(-1) as number) + 1
    return sidebars.length - 1
  })
  let above = ''
  return lines.map((line, index) => {
    if (roles[index]?.kind !== 'text') return line
    const {text} = line
    const item = (sidebars[runOf[index] as number] as number) > 1 && text.length > above.length * 1.1 && line.end - line.start === text.length ? GLUED_ITEM().exec(text)?.[0] : undefined
    // (A menu's item: two words or more, or a pair joined by "&" or "/"; no figure, no stop or comma — a name with a comma, or
    // one capital word, opens a sentence.)
    const rest = text.length - (item?.length ?? 0)
    const glued = item !== undefined && /\S \S|[&/]/u.test(item) && !/\d|[,:;.] /u.test(item) && rest <= above.length * 1.2 && rest >= above.length * 0.7 && above.split(' ').length > 4 && !endsSentence(above, true)
    above = text
    return glued ? {...line, text: text.slice(-rest), start: line.end - rest} : line
  })
}
