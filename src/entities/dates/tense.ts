/**
 * The tense reader: is the clause around a date expression about the past, the
 * present or the future? It reads the verbs of the sentence (will/'ll/going to/set
 * to/expected to… for the future; -ed forms, was/were/had/said and irregular past
 * forms for the past; is/are/has… for the present) and takes the marker nearest to the
 * expression, preferring one in the same clause (clauses end at dashes, semicolons,
 * colons and parentheses).
 *
 * @internal
 */
import type {Tense, View} from './view.js'
import {wordAt} from './view.js'

const futureWords: ReadonlySet<string> = new Set(['will', 'shall', "won't", 'would', "'ll", 'upcoming', 'tomorrow'])
/** "set to", "due to", "expected to", "scheduled for", "plans to" … */
const futureHeads: ReadonlySet<string> = new Set([
  'set', 'due', 'expected', 'scheduled', 'slated', 'poised', 'planned', 'plans', 'plan', 'planning',
  'intends', 'intend', 'aims', 'aim', 'going', 'hopes', 'hope', 'promised', 'vowed', 'pledged', 'wants', 'want',
])
/** Heads that point ahead even without "to"/"for" ("scheduled a news conference Thursday"). */
const alwaysAhead: ReadonlySet<string> = new Set(['scheduled', 'planned', 'slated', 'plans', 'planning'])
/** "had been due to", "was set to": a future seen from the past. */
const pastAuxiliaries: ReadonlySet<string> = new Set(['had', 'been', 'was', 'were'])
/** Words just before an expression that look ahead: "until Friday", "as soon as Tuesday". */
const aheadCues: ReadonlySet<string> = new Set(['until', 'till', 'effective', 'payable'])
/** "Until Thursday, they had not called him": a past perfect keeps "until" in the past. */
const pastPerfect: ReadonlySet<string> = new Set(['had', "hadn't"])
const presentWords: ReadonlySet<string> = new Set(['is', 'are', 'am', "'re", "'m", 'has', 'have', 'does', 'do', "isn't", "aren't"])
const pastWords: ReadonlySet<string> = new Set([
  'was', 'were', 'had', 'did', "wasn't", "weren't", "didn't", "hadn't", 'said', 'told', 'met', 'went', 'came',
  'took', 'gave', 'made', 'held', 'left', 'saw', 'began', 'spoke', 'led', 'won', 'lost', 'sent', 'fell', 'rose',
  'sold', 'bought', 'paid', 'got', 'found', 'thought', 'knew', 'brought', 'kept', 'ran', 'became', 'built',
  'wrote', 'struck', 'hit', 'broke', 'chose', 'drew', 'drove', 'flew', 'fought', 'forgot', 'grew', 'heard',
  'hung', 'lay', 'laid', 'meant', 'sat', 'shot', 'shut', 'slept', 'spent', 'stood', 'stole', 'swore',
  'taught', 'threw', 'understood', 'woke', 'wore', 'died', 'fled', 'sued', 'tied', 'ago', 'yesterday', 'earlier', 'last',
])
/** Irregular past forms that are also participles ("will be paid", "is held"). */
const participles: ReadonlySet<string> = new Set([
  'told', 'made', 'held', 'left', 'led', 'won', 'lost', 'sent', 'sold', 'bought', 'paid', 'found', 'brought',
  'kept', 'built', 'struck', 'hit', 'laid', 'meant', 'shot', 'shut', 'spent', 'taught', 'understood', 'set',
])
/** Words ending in -ed that are not past forms. */
const notPast: ReadonlySet<string> = new Set(['need', 'feed', 'speed', 'seed', 'bed', 'red', 'shed', 'bleed', 'breed', 'creed', 'greed', 'weed', 'deed', 'led', 'embed', 'hundred', 'indeed', 'sacred', 'naked', 'wicked', 'kindred'])
const clauseBreaks: ReadonlySet<string> = new Set(['—', '–', '--', ';', ':', '(', ')'])

function markerAt(view: View, index: number): Tense | undefined {
  const word = wordAt(view, index)
  if (futureWords.has(word) || word.endsWith("'ll")) return 'future'
  const next = wordAt(view, index + 1)
  if (futureHeads.has(word) && (next === 'to' || next === 'for' || alwaysAhead.has(word))) {
    return pastAuxiliaries.has(wordAt(view, index - 1)) ? 'past' : 'future'
  }
  if ((word === 'is' || word === 'are') && next === 'to') return 'future'
  if (intentHeads.has(word) && next === 'to' && isVerbAfterTo(view, index + 2)) return 'future'
  if (presentWords.has(word) || word.endsWith("'s") || word.endsWith("'re")) return word === 'has' || word === 'have' ? pastIfParticiple(view, index) : 'present'
  if (isPastForm(word) && isAdjective(view, index)) return undefined
  if (isPastForm(word) || (pastWords.has(word) && participles.has(word))) return passive(view, index)
  if (pastWords.has(word)) return 'past'
  return undefined
}

/** "will be signed" is future, "is signed" present, "signed", "been signed" and "could not be reached" past. */
function passive(view: View, index: number): Tense {
  const before = wordAt(view, index - 1)
  if (before === 'is' || before === 'are' || before === 'am') return 'present'
  if (before !== 'be') return 'past'
  const modal = wordAt(view, index - 2 - (wordAt(view, index - 2) === 'not' ? 1 : 0))
  if (modal === 'could' || modal === "couldn't") return 'past'
  return modals.has(modal) || modal.endsWith("'ll") ? 'future' : 'present'
}

const modals: ReadonlySet<string> = new Set(['will', 'would', 'shall', 'to', 'could', 'may', 'might', 'should', 'must', "won't"])

/** A regular past form: "rolled", "agreed" — not "need", "succeed", "hundred". */
function isPastForm(word: string): boolean {
  if (word.length <= 4 || !word.endsWith('ed') || notPast.has(word) || !/^\p{Ll}+$/u.test(word)) return false
  return !word.endsWith('eed') || pastInEed.has(word)
}

const pastInEed: ReadonlySet<string> = new Set(['agreed', 'disagreed', 'freed', 'guaranteed', 'decreed', 'refereed'])

/** "agreed to buy", "an agreement to acquire", "decided to sell": the act agreed on lies ahead. */
const intentHeads: ReadonlySet<string> = new Set(['agreed', 'agree', 'agrees', 'agreement', 'decided', 'decide', 'decides', 'decision', 'voted', 'offered', 'offer', 'proposed', 'proposal', 'pledge', 'promise', 'threatened', 'ready', 'likely'])

/** Whether the word after "to" can be a verb (not "to the", "to Moscow", "to 5%"). */
function isVerbAfterTo(view: View, index: number): boolean {
  const word = wordAt(view, index)
  return /^\p{Ll}+$/u.test(view.tokens[index]?.text ?? '') && !determiners.has(word) && !objectWords.has(word)
}

const objectWords: ReadonlySet<string> = new Set(['him', 'them', 'us', 'me', 'it', 'what', 'which', 'whom', 'that', 'all', 'both', 'each', 'every', 'one', 'two', 'three', 'date', 'terms', 'proposals', 'plan', 'deal'])

/** Words before an -ed form that make it an adjective: "a still unspecified date", "its planned merger". */
const determiners: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'some', 'any', 'no', 'still', 'very', 'most', 'more', 'less'])
/** Verbs in "un-…ed" that are verbs, not adjectives ("unveiled", "uncovered"). */
const unVerbs: ReadonlySet<string> = new Set(['unveiled', 'uncovered', 'unleashed', 'unloaded', 'unlocked', 'unfolded', 'unraveled', 'unravelled', 'unearthed', 'united', 'unsealed', 'unpacked', 'unplugged', 'unseated', 'unfurled', 'unified'])

/** An -ed form used as an adjective: after a determiner, or a negated participle ("unidentified", "untouched"). */
function isAdjective(view: View, index: number): boolean {
  const word = wordAt(view, index)
  if (word.startsWith('un') && !word.startsWith('under') && !unVerbs.has(word)) return true
  return determiners.has(wordAt(view, index - 1))
}

/** "has reached" reads as past; "has" alone as present. */
function pastIfParticiple(view: View, index: number): Tense {
  const next = wordAt(view, index + 1)
  return next === 'been' || isPastForm(next) || pastWords.has(next) ? 'past' : 'present'
}

/**
 * The tense around tokens `[first, end)`: the nearest marker in the same clause, else
 * the nearest in the sentence; 'none' when the sentence has no marker.
 *
 * @example
 * ```ts
 * readTense(buildView(tokenize('They will meet on Friday.')), 4, 5) // 'future'
 * ```
 */
export function readTense(view: View, first: number, end: number): Tense {
  const token = view.tokens[first]
  if (!token) return 'none'
  const sentence = token.sentence
  const cue = wordAt(view, first - 1) === 'on' || wordAt(view, first - 1) === 'at' ? first - 2 : first - 1
  if (wordAt(view, cue) === 'as' && (wordAt(view, cue - 1) === 'soon' || wordAt(view, cue - 1) === 'early')) return 'future'
  let best: Tense = 'none'
  let bestAt = -1
  let bestScore = Infinity
  const scan = (from: number, step: number): void => {
    let breaks = 0
    for (let index = from, steps = 0; steps < 40; index += step, steps++) {
      const candidate = view.tokens[index]
      if (!candidate || candidate.sentence !== sentence) return
      if (clauseBreaks.has(candidate.text)) breaks++
      const tense = markerAt(view, index)
      if (!tense) continue
      const score = breaks * 100 + steps * 2 + (step > 0 ? 1 : 0)
      if (score < bestScore) {
        bestScore = score
        best = tense
        bestAt = index
      }
      return
    }
  }
  scan(first - 1, -1)
  scan(end, 1)
  if (aheadCues.has(wordAt(view, cue))) return pastPerfect.has(wordAt(view, bestAt)) ? 'past' : 'future'
  return best
}
