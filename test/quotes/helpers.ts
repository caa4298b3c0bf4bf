/**
 * Run the quote finder on a small text: paragraphs at blank lines (each line a source
 * piece, as the segmenter gives them), entities named by hand (every occurrence of each
 * name is a mention), so that a test pins the quote finder and not the entity finder.
 */
import {findQuotes, type Quote} from '../../src/quotes/index.js'
import {textParagraphs} from '../../src/quotes/text-paragraphs.js'
import type {Entity, Span} from '../../src/types.js'
import {expectQuotes} from '../helpers/invariants.js'

export {expectQuotes}

/** Names by kind; a person's surname-only mentions are listed as extra forms: `{'Mark Milley': ['Milley']}`. */
export interface Names {
  people?: Record<string, string[]> | string[]
  organizations?: string[]
  places?: string[]
  /** Paragraph indexes that are captions. */
  captions?: number[]
}

function mentionsOf(text: string, forms: readonly string[]): Entity['mentions'] {
  const mentions: Entity['mentions'] = []
  for (const form of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const before = text.charAt(at - 1)
      const after = text.charAt(at + form.length)
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue
      if (mentions.some((mention) => at < mention.span.end && mention.span.start < at + form.length)) continue
      mentions.push({text: form, span: {start: at, end: at + form.length}})
    }
  }
  return mentions.sort((a, b) => a.span.start - b.span.start)
}

const entity = (text: string, name: string, forms: readonly string[] = []): Entity => ({name, mentions: mentionsOf(text, [name, ...forms])})

/** Paragraphs at blank lines, one piece a line; `captions` marks some as captions. */
export function paragraphsOf(text: string, captions: readonly number[] = []): Array<{spans: Span[]; caption?: boolean}> {
  return textParagraphs(text).map((paragraph, index) => ({spans: [...paragraph.spans], ...(captions.includes(index) ? {caption: true} : {})}))
}

/** The quotes of a text, checked against the invariants. */
export function quotesOf(text: string, names: Names = {}): Quote[] {
  const people = Array.isArray(names.people)
    ? names.people.map((name) => entity(text, name))
    : Object.entries(names.people ?? {}).map(([name, forms]) => entity(text, name, forms))
  const quotes = findQuotes(text, paragraphsOf(text, names.captions), {
    people,
    organizations: (names.organizations ?? []).map((name) => entity(text, name)),
    places: (names.places ?? []).map((name) => entity(text, name)),
  })
  expectQuotes(text, quotes)
  return quotes
}

/** A quote in short: `kind «text» ← speaker words = name / cue`. */
export const brief = (quote: Quote): string =>
  `${quote.kind} «${quote.text}»${quote.speaker ? ` ← ${quote.speaker.text}${quote.speaker.name ? ` = ${quote.speaker.name}` : ''}` : ''}${quote.cue ? ` / ${quote.cue.text}` : ''}`
