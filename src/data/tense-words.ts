/**
 * Vocabulary of the tense reader (entities/dates/tense.ts): the words that mark a
 * clause as past, present or future, and the words that tell an -ed adjective from a
 * past form. Hand-written for nutgraf.
 *
 * @internal
 */

/** Words that put a clause in the future ("will", "'ll", "tomorrow"). */
export const futureWords: ReadonlySet<string> = new Set(['will', 'shall', "won't", 'would', "'ll", 'upcoming', 'tomorrow'])

/** Modals that put the verb after them ahead: "prices should fall by Wednesday" ("should have fallen" is past). */
export const modalsAhead: ReadonlySet<string> = new Set(['may', 'might', 'should', 'must'])

/**
 * Verbs that frame reported speech: after a comma ("…, he said", "…, the government has confirmed") they are
 * not the tense of the words reported.
 */
export const reportingVerbs: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'announced', 'announces', 'confirmed', 'confirms', 'stated', 'states',
  'warned', 'warns', 'noted', 'notes', 'reported', 'reports', 'explained', 'explains', 'predicted', 'predicts', 'wrote', 'writes',
])

/** "set to", "due to", "expected to", "scheduled for", "plans to" … */
export const futureHeads: ReadonlySet<string> = new Set([
  'set', 'due', 'expected', 'expect', 'expects', 'scheduled', 'slated', 'poised', 'planned', 'plans', 'plan', 'planning',
  'intends', 'intend', 'aims', 'aim', 'going', 'hopes', 'hope', 'promised', 'vowed', 'pledged', 'wants', 'want',
])

/**
 * Verbs of a timetable in the present simple: "The trial begins Monday", "Talks resume Friday", "the law takes
 * effect Saturday", a fixture ("Rovers host Stockport on Tuesday night", "Brentford travel to Tottenham on
 * Saturday") — news writes a scheduled event this way, so the time lies ahead. The forms without "-s" ("they meet
 * Monday") count only after a subject, not after "to", "not" or an auxiliary.
 */
export const scheduleVerbs: ReadonlySet<string> = new Set([
  'begins', 'starts', 'opens', 'reopens', 'resumes', 'closes', 'ends', 'meets', 'leaves', 'arrives', 'convenes', 'expires', 'departs',
  'premieres', 'airs', 'debuts', 'hosts', 'plays', 'faces', 'visits', 'travels',
  'begin', 'resume', 'reopen', 'convene', 'meet', 'arrive', 'depart', 'expire', 'host', 'play', 'face', 'visit', 'travel',
])

/** Words before a form of {@link scheduleVerbs} without "-s" that make it no present simple ("did not meet", "can meet"), beside modals and auxiliaries. */
export const notSchedule: ReadonlySet<string> = new Set(['not', "n't", 'never', 'can', "can't", "don't", "doesn't"])

/** Heads that point ahead even without "to"/"for" ("scheduled a news conference Thursday"). */
export const alwaysAhead: ReadonlySet<string> = new Set(['scheduled', 'planned', 'slated', 'plans', 'planning'])

/** "had been due to", "was set to": a future seen from the past. */
export const pastAuxiliaries: ReadonlySet<string> = new Set(['had', 'been', 'was', 'were'])

/** Words just before an expression that look ahead: "until Friday", "as soon as Tuesday". */
export const aheadCues: ReadonlySet<string> = new Set(['until', 'till', 'effective', 'payable'])

/** "Until Thursday, they had not called him": a past perfect keeps "until" in the past. */
export const pastPerfect: ReadonlySet<string> = new Set(['had', "hadn't"])

/** Present-tense auxiliaries ("is", "has"). */
export const presentWords: ReadonlySet<string> = new Set(['is', 'are', 'am', "'re", "'m", 'has', 'have', 'does', 'do', "isn't", "aren't"])

/** Past forms and past-time words ("was", "said", "ago"). */
export const pastWords: ReadonlySet<string> = new Set([
  'was', 'were', 'had', 'did', "wasn't", "weren't", "didn't", "hadn't", 'said', 'told', 'met', 'went', 'came',
  'took', 'gave', 'made', 'held', 'left', 'saw', 'began', 'spoke', 'led', 'won', 'lost', 'sent', 'fell', 'rose',
  'sold', 'bought', 'paid', 'got', 'found', 'thought', 'knew', 'brought', 'kept', 'ran', 'became', 'built',
  'wrote', 'struck', 'hit', 'broke', 'chose', 'drew', 'drove', 'flew', 'fought', 'forgot', 'grew', 'heard',
  'hung', 'lay', 'laid', 'meant', 'sat', 'shot', 'shut', 'slept', 'spent', 'stood', 'stole', 'swore',
  'taught', 'threw', 'understood', 'woke', 'wore', 'died', 'fled', 'sued', 'tied', 'set', 'ago', 'yesterday', 'earlier', 'last',
])

/** Irregular past forms that are also participles ("will be paid", "is held"). */
export const participles: ReadonlySet<string> = new Set([
  'told', 'made', 'held', 'left', 'led', 'won', 'lost', 'sent', 'sold', 'bought', 'paid', 'found', 'brought',
  'kept', 'built', 'struck', 'hit', 'laid', 'meant', 'shot', 'shut', 'spent', 'taught', 'understood', 'set',
])

/** Words ending in -ed that are not past forms. */
export const notPast: ReadonlySet<string> = new Set(['need', 'feed', 'speed', 'seed', 'bed', 'red', 'shed', 'bleed', 'breed', 'creed', 'greed', 'weed', 'deed', 'led', 'embed', 'hundred', 'indeed', 'sacred', 'naked', 'wicked', 'kindred'])

/** Punctuation that ends a clause for the tense reader. */
export const clauseBreaks: ReadonlySet<string> = new Set(['—', '–', '--', ';', ':', '(', ')', '"', '“', '”'])

/** Modals before "be" + participle that make a passive future ("will be paid"). */
export const modals: ReadonlySet<string> = new Set(['will', 'would', 'shall', 'to', 'could', 'may', 'might', 'should', 'must', "won't"])

/** Past forms in -eed ("agreed"): most -eed words are not past forms. */
export const pastInEed: ReadonlySet<string> = new Set(['agreed', 'disagreed', 'freed', 'guaranteed', 'decreed', 'refereed'])

/** "agreed to buy", "an agreement to acquire", "decided to sell": the act agreed on lies ahead. */
export const intentHeads: ReadonlySet<string> = new Set(['agreed', 'agree', 'agrees', 'agreement', 'decided', 'decide', 'decides', 'decision', 'voted', 'offered', 'offer', 'proposed', 'proposal', 'pledge', 'promise', 'threatened', 'ready', 'likely'])

/** Words after "to" that are not verbs ("to them", "to date"). */
export const objectWords: ReadonlySet<string> = new Set(['him', 'them', 'us', 'me', 'it', 'what', 'which', 'whom', 'that', 'all', 'both', 'each', 'every', 'one', 'two', 'three', 'date', 'terms', 'proposals', 'plan', 'deal'])

/** Words before an -ed form that make it an adjective: "a still unspecified date", "its planned merger". */
export const determiners: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'some', 'any', 'no', 'still', 'very', 'most', 'more', 'less'])

/** Verbs in "un-…ed" that are verbs, not adjectives ("unveiled", "uncovered"). */
export const unVerbs: ReadonlySet<string> = new Set(['unveiled', 'uncovered', 'unleashed', 'unloaded', 'unlocked', 'unfolded', 'unraveled', 'unravelled', 'unearthed', 'united', 'unsealed', 'unpacked', 'unplugged', 'unseated', 'unfurled', 'unified'])
