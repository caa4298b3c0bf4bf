/**
 * Quotation marks: which mark opens, which closes, which is an apostrophe, and how they
 * pair within one paragraph. Double marks (`"`, `“ ”`, `` `` '' ``, `« »`) pair first, with
 * nesting; single marks (`' '`, `‘ ’`) pair only outside double quotations, and an
 * apostrophe ("'90s", "rock 'n' roll", "workers' rights") never opens or closes.
 *
 * An opening mark that is never closed does not swallow the rest of the text: it runs to
 * the end of its paragraph when a running quotation goes on in the next paragraph (or
 * when it opens the paragraph or follows "said," / "said:"), and otherwise to the end of
 * its sentence; a pairing never spans more than {@link maxQuoteLength} characters. One
 * pass over the marks: linear time.
 *
 * @internal
 */
import {elisions} from '../data/speech-cues.js'
import {nextSentenceEnd} from './sentence-ends.js'
import type {Token} from './tokens.js'
import {STARTS_LOWER} from '../internal/letter-patterns.js'

/**
 * A quotation found by its marks, in paragraph-text offsets.
 *
 * @example
 * ```ts
 * const quoted: Quoted = {start: 1, end: 12, open: 0, close: 3, runsOn: false, continued: false}
 * ```
 */
export interface Quoted {
  /** The quoted words: `text.slice(start, end)`, marks and surrounding spaces left out. */
  start: number
  end: number
  /** Index of the opening mark's token, or -1 when the paragraph continues a quotation without one. */
  open: number
  /** Index of the closing mark's token, or -1 when the quotation is not closed in this paragraph. */
  close: number
  /** The quotation goes on in the next paragraph (a running quotation). */
  runsOn: boolean
  /** The quotation continues one left open in the paragraph before. */
  continued: boolean
}

/**
 * Longest stretch one pair of marks may enclose; beyond it the opening mark counts as unclosed.
 *
 * @example
 * ```ts
 * maxQuoteLength // 2000
 * ```
 */
export const maxQuoteLength = 2000

type Family = 'double' | 'single'
type Role = 'open' | 'close' | 'either'

interface Mark {
  token: number
  family: Family
  role: Role
}

const doubleOpeners = new Set(['“', '„', '«', '``', '‟'])
const doubleClosers = new Set(['”', '»', "''"])
const doubleStraight = new Set(['"'])
const singleOpeners = new Set(['‘', '‚', '‛', '‹'])
const singleClosers = new Set(['’', '›'])
const singleStraight = new Set(["'"])

const isSpace = (char: string): boolean => char === '' || /\s/.test(char)
const opensAfter = (char: string): boolean => isSpace(char) || /[([{\u2014\u2013\-/:;,"“”„«»‘’'`]/.test(char)
const closesBefore = (char: string): boolean => isSpace(char) || /[.,;:!?)\]}\u2014\u2013\-…"“”„«»‘’'`]/.test(char)

/** The marks of a paragraph with their family and the role their neighbours allow. */
function marksOf(text: string, tokens: readonly Token[]): Mark[] {
  const marks: Mark[] = []
  tokens.forEach((token, index) => {
    if (token.kind !== 'mark') return
    const before = text.charAt(token.start - 1)
    const after = text.charAt(token.end)
    const canOpen = !isSpace(after) && opensAfter(before)
    const canClose = !isSpace(before) && closesBefore(after)
    const flank: Role = canOpen && !canClose ? 'open' : canClose && !canOpen ? 'close' : 'either'
    const value = token.text
    if (insideUrl(text, token.start)) return
    if (value === '«' || value === '»') {
      marks.push({token: index, family: 'double', role: value === '«' ? 'open' : 'close'})
      return
    }
    if (doubleOpeners.has(value)) marks.push({token: index, family: 'double', role: value === '``' ? 'open' : flank === 'close' ? 'close' : 'open'})
    else if (doubleClosers.has(value)) marks.push({token: index, family: 'double', role: value === "''" ? 'close' : flank === 'open' ? 'open' : 'close'})
    else if (doubleStraight.has(value)) marks.push({token: index, family: 'double', role: flank})
    else if (singleOpeners.has(value) || singleClosers.has(value) || singleStraight.has(value)) {
      const role = singleRole(text, tokens, index, flank)
      if (role) marks.push({token: index, family: 'single', role})
    }
  })
  return marks
}

/** Whether the mark at `offset` stands inside a URL (`?q="factory+fire"`): no quotation mark then. */
function insideUrl(text: string, offset: number): boolean {
  let start = offset
  while (start > 0 && offset - start < 300 && !isSpace(text.charAt(start - 1))) start--
  const chunk = text.slice(start, offset)
  return chunk.includes('://') || chunk.startsWith('www.')
}

/** The role of a single mark, or undefined for an apostrophe. */
function singleRole(text: string, tokens: readonly Token[], index: number, flank: Role): Role | undefined {
  const token = tokens[index] as Token
  const next = tokens[index + 1]
  const after = text.charAt(token.end)
  if (flank === 'open' || (flank === 'either' && !isSpace(after))) {
    // '90s, '08, 'em, 'n'
    if (/\d/.test(after)) return undefined
    if (next && next.kind === 'word' && next.start === token.end && elisions.has(next.lower)) return undefined
    return token.text === '’' && flank === 'either' ? undefined : 'open'
  }
  if (flank === 'close') {
    // workers' rights, the railways' return: a plural possessive before a lower-case word.
    const before = text.charAt(token.start - 1)
    if (/[sSzZ]/.test(before) && next && next.kind === 'word' && STARTS_LOWER.test(next.text)) return undefined
    return 'close'
  }
  return undefined
}

/**
 * What the pairing of one paragraph needs to know about its neighbours.
 *
 * @example
 * ```ts
 * const edges: ParagraphEdges = {continuing: false, nextOpens: 'double'}
 * ```
 */
export interface ParagraphEdges {
  /** The paragraph before left a quotation open. */
  continuing: boolean
  /** The next paragraph opens with a quotation mark of the given family (a running quotation). */
  nextOpens: Family | undefined
}

/**
 * The family of the mark a paragraph's text opens with, if it opens with an opening mark.
 *
 * @example
 * ```ts
 * openingFamily('"So I am voting yes."', tokenize('"So I am voting yes."')) // 'double'
 * ```
 */
export function openingFamily(text: string, tokens: readonly Token[]): Family | undefined {
  const first = marksOf(text, tokens.slice(0, 1))[0]
  return first && first.role !== 'close' ? first.family : undefined
}

/**
 * Pair the quotation marks of one paragraph.
 *
 * @example
 * ```ts
 * const text = '"We will win," he said, "and soon."'
 * pairMarks(text, tokenize(text), {continuing: false, nextOpens: undefined}).map((q) => text.slice(q.start, q.end))
 * // ['We will win,', 'and soon.']
 * ```
 */
export function pairMarks(text: string, tokens: readonly Token[], edges: ParagraphEdges): Quoted[] {
  const marks = marksOf(text, tokens)
  const doubles = pairFamily(text, tokens, marks.filter((mark) => mark.family === 'double'), edges, 'double')
  // Double quotations are sorted and apart: one forward sweep tells what falls inside them.
  let next = 0
  const inside = (start: number, end: number): boolean => {
    while (next < doubles.length && (doubles[next] as Quoted).end <= start) next++
    const quoted = doubles[next]
    return !!quoted && quoted.start < end + 1
  }
  const outside = marks.filter((mark) => mark.family === 'single' && !inside((tokens[mark.token] as Token).start, (tokens[mark.token] as Token).start))
  next = 0
  const singles = pairFamily(text, tokens, outside, {...edges, continuing: edges.continuing && doubles.length === 0}, 'single').filter(
    (quoted) => !inside(quoted.start, quoted.end - 1),
  )
  return [...doubles, ...singles].sort((a, b) => a.start - b.start)
}

function pairFamily(text: string, tokens: readonly Token[], marks: readonly Mark[], edges: ParagraphEdges, family: Family): Quoted[] {
  const found: Quoted[] = []
  let stack: Mark[] = []
  let nested: Quoted[] = []
  const make = (open: number, close: number, start: number, end: number, extra: Partial<Quoted> = {}): Quoted | undefined => {
    while (start < end && isSpace(text.charAt(start))) start++
    while (end > start && isSpace(text.charAt(end - 1))) end--
    return end > start ? {start, end, open, close, runsOn: false, continued: false, ...extra} : undefined
  }
  const closeUnclosed = (outer: Mark, limit: number): void => {
    // Nested pairs of a quotation that never closed are quotations of their own.
    const stop = Math.min(limit, nested[0] ? (tokens[nested[0].open] as Token).start : limit)
    const unclosed = unclosedExtent(text, tokens, outer, stop, edges, family, nested.length > 0)
    if (unclosed) found.push(unclosed)
    found.push(...nested)
    nested = []
    stack = []
  }
  for (let index = 0; index < marks.length; index++) {
    const mark = marks[index] as Mark
    const token = tokens[mark.token] as Token
    const outer = stack[0]
    if (outer && token.start - (tokens[outer.token] as Token).end > maxQuoteLength) {
      closeUnclosed(outer, token.start)
    }
    if (stack.length === 0) {
      if (mark.role !== 'close') {
        stack.push(mark)
        continue
      }
      if (edges.continuing && found.length === 0 && family === 'double') {
        // A paragraph that goes on with a quotation whose opening mark the source lost.
        const quoted = make(-1, mark.token, 0, token.start, {continued: true})
        if (quoted) found.push(quoted)
        continue
      }
      // `said," For example …`: a straight mark after a comma or colon that opens in text
      // whose tokenizer put a space after it.
      const before = text.charAt(token.start - 1)
      if ((token.text === '"' || token.text === "'") && /[,:]/.test(before) && family === 'double') stack.push({...mark, role: 'open'})
      continue
    }
    if (mark.role === 'open') {
      stack.push(mark)
      continue
    }
    const opened = stack.pop() as Mark
    const quoted = make(opened.token, mark.token, (tokens[opened.token] as Token).end, token.start)
    if (!quoted) continue
    if (stack.length === 0) {
      found.push(quoted)
      nested = []
    } else if (stack.length === 1) nested.push(quoted)
  }
  const outer = stack[0]
  if (outer) closeUnclosed(outer, text.length)
  return found.sort((a, b) => a.start - b.start)
}

/** How far an opening mark without its closing mark quotes. */
function unclosedExtent(
  text: string,
  tokens: readonly Token[],
  open: Mark,
  limit: number,
  edges: ParagraphEdges,
  family: Family,
  cut: boolean,
): Quoted | undefined {
  const token = tokens[open.token] as Token
  let start = token.end
  while (start < limit && isSpace(text.charAt(start))) start++
  const runsOn = !cut && limit >= text.length && edges.nextOpens === family
  const before = text.slice(Math.max(0, token.start - 2), token.start).trim()
  const introduced = /[,:]$/.test(before) || (token.start === 0 && family === 'double')
  // An unclosed single mark is an apostrophe more often than a quotation ("under the 'scopes").
  if (family === 'single' && !runsOn && !introduced) return undefined
  const bound = Math.min(limit, start + maxQuoteLength)
  const end0 = runsOn || (introduced && !cut) ? limit : nextSentenceEnd(text, start, bound)
  let end = end0 - start > maxQuoteLength ? nextSentenceEnd(text, start, bound) : end0
  while (end > start && isSpace(text.charAt(end - 1))) end--
  if (end <= start) return undefined
  return {start, end, open: open.token, close: -1, runsOn, continued: false}
}
