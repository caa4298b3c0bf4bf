/**
 * The article's own date, for `parseArticle` when no `referenceDate` option is given:
 * a dateline date, a "Published …" line. (Skeleton: lands with issue 4.)
 *
 * @internal
 */
import type {ReferenceDate, Segments} from '../../types.js'

/** Find the date the article gives itself, and say where it came from. */
export function findArticleDate(input: string, segments: Segments): ReferenceDate | undefined {
  void input
  void segments
  return undefined
}
