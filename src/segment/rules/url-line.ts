/**
 * Rule: a line that is only a URL is a link reference, never body text.
 *
 * @internal
 */
import {linkRules, scanUrls} from '../../internal/urls.js'

/** `https://…`, `http://…`, `www.…` or `file://…` with no spaces. */
const urlPattern = /^(?:https?:\/\/|www\.)[^\s<>"]{1,2000}$/i

/**
 * The URL when `line` is nothing but a URL (optionally in angle brackets), else undefined.
 *
 * @example
 * ```ts
 * urlOfLine('https://example.com/a-b') // 'https://example.com/a-b'
 * urlOfLine('See https://example.com') // undefined
 * ```
 */
export function urlOfLine(line: string): string | undefined {
  const bare = line.startsWith('<') && line.endsWith('>') ? line.slice(1, -1) : line
  return urlPattern.test(bare) ? bare : undefined
}

/**
 * Every URL inside `text`, with its offset (for reference lines that carry one).
 *
 * @example
 * ```ts
 * findUrls('See (https://x.com/a).') // [{url: 'https://x.com/a', index: 5}]
 * ```
 */
export function findUrls(text: string): Array<{url: string; index: number}> {
  return scanUrls(text, linkRules).map(([start, end]) => ({url: text.slice(start, end), index: start}))
}

/**
 * The slug of a URL: its last non-empty path segment, without an extension or query,
 * as lower-case words ("russia-launches-drills.html" → ["russia", "launches", "drills"]).
 *
 * @example
 * ```ts
 * slugWords('https://x.com/2024/russia-launches-drills.html') // ['russia', 'launches', 'drills']
 * ```
 */
export function slugWords(url: string): string[] {
  const query = url.search(/[?#]/u)
  const path = (query < 0 ? url : url.slice(0, query)).replace(/^[a-z]{1,10}:\/\/[^/]{0,300}/iu, '')
  const segments = path.split('/').filter((segment) => segment.length > 0)
  const last = segments[segments.length - 1] ?? ''
  return last
    .replace(/\.[a-z0-9]{1,5}$/iu, '')
    .toLowerCase()
    .split(/[-_+]/u)
    .filter((word) => word.length > 0)
}
