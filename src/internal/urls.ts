/**
 * The one URL scanner: a scheme (or `www.`) found by a regular expression, the rest of
 * the URL by a linear scan up to a stop character, trailing punctuation dropped. Two
 * sets of rules use it: {@link linkRules} for the links segmentation reports (a URL in
 * the text as people paste it, brackets and quotes included up to a closing one at its
 * end) and {@link tokenRules} for the tokenizer (a URL stops at any bracket or quote, so
 * that no name finder mines it). Bare e-mail addresses are found here too, for the
 * tokenizer.
 *
 * @internal
 */

/**
 * How to find URLs.
 *
 * @example
 * ```ts
 * const rules: UrlRules = {start: /\b(?:https?:\/\/|www\.)/gi, stop: /\s/, trailing: '.,', minLength: 0}
 * ```
 */
export interface UrlRules {
  /** Where a URL starts (global flag; its match is the scheme). */
  start: RegExp
  /** A character that ends a URL. */
  stop: RegExp
  /** Characters dropped from the end of a URL. */
  trailing: string
  /** Characters a URL needs after its scheme (0 or 1). */
  minLength: number
  /** Most characters after the scheme, if limited. */
  maxLength?: number
}

/** Links in text, as segmentation reports them: no spaces, angle brackets or double quotes. */
export const linkRules: UrlRules = {start: /(?:https?:\/\/|www\.)/gi, stop: /[\s<>"]/, trailing: ').,;:!?]', minLength: 1, maxLength: 2000}

/** URLs as the tokenizer takes them: they also stop at brackets and quotes. */
export const tokenRules: UrlRules = {start: /\b(?:https?:\/\/|ftp:\/\/|www\.)/gi, stop: /[\s<>"'()[\]{}]/, trailing: '.,;:!?', minLength: 0}

/**
 * Every URL in `text` under `rules`, as [start, end) ranges, in order. Linear: each
 * character is scanned once.
 *
 * @example
 * ```ts
 * scanUrls('See (https://x.com/a).', linkRules) // [[5, 20]]
 * ```
 */
export function scanUrls(text: string, rules: UrlRules): Array<[number, number]> {
  const found: Array<[number, number]> = []
  const start = rules.start
  start.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = start.exec(text))) {
    const from = match.index + match[0].length
    const limit = rules.maxLength === undefined ? text.length : Math.min(text.length, from + rules.maxLength)
    let end = from
    while (end < limit && !rules.stop.test(text.charAt(end))) end++
    if (end - from < rules.minLength) {
      start.lastIndex = match.index + 1
      continue
    }
    start.lastIndex = end
    found.push([match.index, trimTrailing(text, match.index, end, rules.trailing)])
  }
  start.lastIndex = 0
  return found
}

function trimTrailing(text: string, start: number, end: number, chars: string): number {
  while (end > start && chars.includes(text.charAt(end - 1))) end--
  return end
}

/** Characters of an e-mail address's local part and domain. */
const emailLocal = /[\w.+-]/
const emailDomain = /[\w.-]/

/** `example.co.uk`: dotted labels, none empty. */
function isDomain(domain: string): boolean {
  return domain.includes('.') && !domain.startsWith('.') && !domain.endsWith('.') && !domain.includes('..')
}

/**
 * Bare e-mail addresses (`local@domain.tld`): scan out from each `@`, at most 64
 * characters left, 255 right.
 *
 * @example
 * ```ts
 * findEmails('Write to jane@example.com.') // [[9, 25]]
 * ```
 */
export function findEmails(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = []
  let at = text.indexOf('@')
  let after = 0
  while (at !== -1) {
    let start = at
    while (start > Math.max(after, at - 64) && emailLocal.test(text.charAt(start - 1))) start--
    while (start < at && /[.+-]/.test(text.charAt(start))) start++
    let end = at + 1
    while (end < text.length && end - at <= 255 && emailDomain.test(text.charAt(end))) end++
    end = trimTrailing(text, at + 1, end, '.,;:!?')
    while (end > at + 1 && text.charAt(end - 1) === '-') end--
    const domain = text.slice(at + 1, end)
    if (start < at && isDomain(domain)) {
      found.push([start, end])
      after = end
    }
    at = text.indexOf('@', Math.max(at + 1, after))
  }
  return found
}
