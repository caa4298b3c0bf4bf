/**
 * Rule: a URL of an author page (`/author/<slug>`, `/authors/<slug>`, `/by/<slug>`,
 * `/profile/<slug>`, `/people/<slug>`) is an author reference, named from its slug.
 *
 * @internal
 */

const authorPath = /\/(?:authors?|by|profiles?|people|staff|writers?|journalists?|contributors?)\/([a-z0-9][a-z0-9_.-]{0,80})\/?(?:[?#][^\s]{0,500})?$/i

/**
 * The author's name when `url` is an author page: an agency-like slug of up to four
 * letters in capitals ("afp" → "AFP"), any other slug in Title Case
 * ("jane-doe" → "Jane Doe").
 *
 * @example
 * ```ts
 * authorOfUrl('https://www.themoscowtimes.com/author/afp') // 'AFP'
 * authorOfUrl('https://example.com/authors/jane-doe/') // 'Jane Doe'
 * authorOfUrl('https://example.com/2022/02/10/story') // undefined
 * ```
 */
export function authorOfUrl(url: string): string | undefined {
  const slug = authorPath.exec(url)?.[1]
  if (!slug) return undefined
  const words = slug.split(/[-_.]/u).filter((word) => word.length > 0 && !/^\d+$/u.test(word))
  if (words.length === 0) return undefined
  if (words.length === 1 && (words[0] as string).length <= 4) return (words[0] as string).toUpperCase()
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ')
}
