/**
 * Mentions named like an organization, whatever kind the entity finder gave them. A
 * mention whose last word heads organization names ("Ministry", "Embassy", "Council") is
 * an organization for the quote finder even when the entity finder took it for a person
 * or a place ("Ministry" alone in "Turkey's Defence Ministry", "Chinese Embassy" as a
 * place); its name takes the capitalized words just before it ("Defence Ministry"), so
 * that "the ministry" and "it" later resolve to it. Only the quote finder's own copy of
 * the mentions changes; the article's entities stay as they are.
 *
 * @internal
 */
import type {ParagraphView} from './paragraph-view.js'
import type {LocalMention} from './resolve.js'
import {tokenize, type Token} from './tokens.js'
import type {WordTexts} from '../internal/word-texts.js'
import {STARTS_UPPER} from '../internal/letter-patterns.js'

/**
 * Make the mentions of each paragraph whose last word is an organization head
 * organizations, named with the capitalized words before them.
 *
 * @param views - Paragraphs with their mentions (sorted, in paragraph offsets).
 * @param isOrganizationHead - Whether a capitalized word ends organization names.
 * @param words - The document's token strings, shared with its other tokenizations.
 * @returns The names of the mentions made organizations, for the discourse.
 *
 * @example
 * ```ts
 * const view = viewParagraph("Turkey's Defence Ministry said.", {spans: [{start: 0, end: 31}]})
 * view.mentions.push({start: 17, end: 25, kind: 'person', name: 'Ministry'})
 * organizationsByHead([view], (word) => word === 'Ministry') // ['Defence Ministry']
 * ```
 */
export function organizationsByHead(views: readonly ParagraphView[], isOrganizationHead: (word: string) => boolean, words?: WordTexts): string[] {
  const names: string[] = []
  for (const view of views) {
    const {mentions} = view
    // Tokenized only when a mention may end in a head, and let go before the next paragraph.
    if (!mentions.some((mention) => mention.kind !== 'organization' && isOrganizationHead(lettersBefore(view.text, mention.end)))) continue
    const tokens = tokenize(view.text, words)
    let at = 0
    mentions.forEach((mention, index) => {
      if (mention.kind === 'organization') return
      while (at < tokens.length && (tokens[at] as Token).end < mention.end) at++
      const last = tokens[at]
      if (!last || last.end !== mention.end || !isOrganizationHead(last.text)) return
      // The capitalized words before the mention, up to another mention, "The" or an owner's "'s".
      const floor = index > 0 ? (mentions[index - 1] as LocalMention).end : 0
      let first = at
      while (first > 0 && (tokens[first] as Token).start > mention.start) first--
      let start = (tokens[first] as Token).start
      for (let count = 0; first > 0 && count < 4; count++) {
        const before = tokens[first - 1] as Token
        if (before.kind !== 'word' || before.start < floor || before.text === 'The' || !STARTS_UPPER.test(before.text)) break
        if (view.text.slice(before.end, start).trim() !== '') break
        first--
        start = before.start
      }
      const widened: LocalMention = {start, end: mention.end, kind: 'organization', name: start < mention.start ? view.text.slice(start, mention.end) : mention.name}
      mentions[index] = widened
      names.push(widened.name)
    })
  }
  return names
}

/**
 * The ASCII letters just before `end`. A head is ASCII letters only (a test pins it), and
 * a word token starts after a character that is no letter, so a token that ends at `end`
 * and is a head is exactly these letters: a paragraph where no mention's letters are a head
 * needs no tokens here.
 */
function lettersBefore(text: string, end: number): string {
  let start = end
  for (; start > 0; start--) {
    const code = text.charCodeAt(start - 1) | 0x20
    if (code < 0x61 || code > 0x7a) break
  }
  return text.slice(start, end)
}
