/**
 * Date finder: date, time, duration and set expressions with TIMEX3 values.
 * (Skeleton: the parser lands with issue 4.)
 *
 * @internal
 */
import type {DateMention} from '../../types.js'
import type {TokenizedText} from '../tokens.js'

/**
 * Find date expressions. `referenceDate` is an ISO calendar date ("2022-02-10") or
 * undefined, in which case relative values stay unresolved ("XXXX-02-20").
 */
export function findDates(tokenized: TokenizedText, referenceDate: string | undefined): DateMention[] {
  void tokenized
  void referenceDate
  return []
}
