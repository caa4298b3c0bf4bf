/**
 * Rule: a URL of an author page (`/author/<slug>`, `/authors/<slug>`, `/by/<slug>`,
 * `/profile/<slug>`, `/people/<slug>`) is an author reference, named from its slug.
 *
 * @internal
 */

const authorSegments = new Set(['author', 'authors', 'by', 'profile', 'profiles', 'people', 'staff', 'writer', 'writers', 'journalist', 'journalists', 'contributor', 'contributors'])

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
  const slug = authorSlug(url)
  if (!slug) return undefined
  const words = slug.split(/[-_.]/u).filter((word) => word.length > 0 && !/^\d+$/u.test(word))
  if (words.length === 0) return undefined
  if (words.length === 1 && (words[0] as string).length <= 4) return (words[0] as string).toUpperCase()
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ')
}

/** The last path segment of `url` when the segment before it names author pages. */
function authorSlug(url: string): string | undefined {
  const query = url.search(/[?#]/u)
  const path = (query < 0 ? url : url.slice(0, query)).replace(/^[a-z]{1,10}:\/\/[^/]{0,300}/iu, '')
  const segments = path.split('/').filter((segment) => segment.length > 0)
  const slug = segments[segments.length - 1]
  const parent = segments[segments.length - 2]
  if (!slug || !parent || !authorSegments.has(parent.toLowerCase())) return undefined
  return /^[a-z0-9][a-z0-9_.-]{0,80}$/iu.test(slug) ? slug : undefined
}
