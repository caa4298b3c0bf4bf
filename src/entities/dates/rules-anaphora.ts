/**
 * Days named from the day the text named last: "the next day", "the following morning", "the day
 * before,", "that same day", "later that night" — the narrative's own time, not the reference date.
 *
 * @internal
 */
import {addDays, formatDay, parseDay} from './calendar.js'
import {matched, type Starts, startsAt} from './match.js'
import {type Match, type View, wordAt} from './view.js'
import {partsOfDay} from '../../data/date-words.js'

const steps: ReadonlyMap<string, number> = new Map([['next', 1], ['following', 1], ['previous', -1]])

/**
 * "the next day", "the previous evening", "the day after," (not "the day after the vote": another
 * event's day), "that same day", "That night," at a sentence's start, "later that day".
 *
 * @example
 * ```ts
 * anaphoricDayRule(buildView(tokenize('the next day')), 0)?.rule // 'anaphoric-day'
 * ```
 */
export function anaphoricDayRule(view: View, at: number): Match | undefined {
  const lead = wordAt(view, at)
  const second = wordAt(view, at + 1)
  let offset = steps.get(second)
  let head = at + 2
  if (lead === 'that') {
    const same = second === 'same' ? 1 : 0
    const before = wordAt(view, at - 1)
    if (!same && view.tokens[at - 1]?.sentence === view.tokens[at]?.sentence && before !== 'earlier' && before !== 'later' && before !== 'on') return undefined
    offset = 0
    head = at + 1 + same
  } else if (lead !== 'the') {
    return undefined
  } else if (second === 'day') {
    // "the day before," — not "the day before the vote"
    const next = view.tokens[at + 3]
    const third = wordAt(view, at + 2)
    offset = third === 'before' ? -1 : third === 'after' ? 1 : undefined
    if (offset === undefined || (next?.kind === 'word' && next.sentence === view.tokens[at]?.sentence)) return undefined
    head = at + 1
  }
  const part = partsOfDay.get(wordAt(view, head))
  if (offset === undefined || (wordAt(view, head) !== 'day' && !part)) return undefined
  const shift = offset
  return matched(lead === 'the' && second === 'day' ? at + 3 : head + 1, part ? 'TIME' : 'DATE', 'anaphoric-day', ({anchor}) => {
    // a month named last gives only "that day" ("last October … that same day": 1998-10-XX)
    if (anchor?.length === 7) return shift || part ? undefined : `${anchor}-XX`
    return anchor && `${formatDay(addDays(parseDay(anchor), shift))}${part ?? ''}`
  })
}

/** Words {@link anaphoricDayRule} can start at. */
export const anaphoricDayStarts: Starts = startsAt(['the', 'that'])
