/**
 * Vocabulary of English hyphenated compounds, for the line-end hyphen rule
 * (src/segment/rules/line-end-hyphen.ts): which word fragments, standing on either side of
 * a hyphen at a line end, make a real compound ("self-\nemployed" → "self-employed") and
 * which make a word that hyphenation broke ("capa-\ncity" → "capacity").
 *
 * Written by hand from the patterns of English compounding (a compound's first element is
 * a word such as "self", "well", a number; its second a participle such as "backed",
 * "owned" or a noun such as "term", "year"), keeping out elements that also begin or end
 * ordinary words at a typesetter's break ("high-way", "part-ner", "law-yer", "ex-ample").
 * The rule and its checks against a dictionary are described in docs/results-segmentation.md.
 *
 * @internal
 */

/**
 * Words that open hyphenated compounds and seldom open a longer word at a hyphenation
 * break: "self-employed", "well-known", "non-profit", "two-year", "first-ever".
 *
 * @example
 * ```ts
 * compoundFirst.has('self') // true
 * ```
 */
export const compoundFirst: ReadonlySet<string> = new Set([
  'self', 'well', 'non', 'ill', 'half', 'all', 'anti', 'semi', 'quasi', 'ultra', 'cross', 'vice',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'eleven', 'twelve', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion',
  'first', 'second', 'third', 'fourth', 'fifth', 'last', 'year', 'world', 'state', 'government', 'family', 'record',
  'long', 'short', 'full', 'left', 'right', 'low', 'small', 'large', 'middle', 'tax', 'fuel', 'cost', 'health',
  'decision', 'policy', 'rule', 'power', 'energy', 'oil', 'climate', 'drug', 'crime', 'peace', 'trade', 'job',
  'home', 'child', 'women', 'cease', 'follow', 'build', 'run', 'take', 'check', 'free', 'open', 'close', 'hard',
  'soft', 'single', 'double',
])

/**
 * Bound prefixes and function words: a fragment like these before the hyphen is the
 * start of a longer word ("mis-leading", "under-standing", "with-out"), not a compound's
 * first element, even when the part after the hyphen is a compound's second element.
 *
 * @example
 * ```ts
 * boundPrefixes.has('mis') // true
 * ```
 */
export const boundPrefixes: ReadonlySet<string> = new Set([
  're', 'un', 'in', 'im', 'il', 'ir', 'dis', 'mis', 'de', 'pre', 'pro', 'co', 'con', 'com', 'ex', 'sub', 'super',
  'inter', 'over', 'under', 'out', 'up', 'down', 'be', 'fore', 'multi', 'mid', 'post', 'trans', 'counter', 'with',
  'through', 'to', 'some', 'any', 'every', 'no', 'how', 'what', 'where', 'there', 'here', 'when', 'who', 'for', 'a',
])

/**
 * Words that close hyphenated compounds: "Russian-backed", "state-owned", "long-term",
 * "so-called", "decision-making", "three-year-old".
 *
 * @example
 * ```ts
 * compoundSecond.has('backed') // true
 * ```
 */
export const compoundSecond: ReadonlySet<string> = new Set([
  'backed', 'based', 'owned', 'run', 'funded', 'controlled', 'sponsored', 'linked', 'related', 'oriented',
  'focused', 'driven', 'affected', 'made', 'built', 'designed', 'hit', 'struck', 'ridden', 'torn', 'stricken',
  'old', 'olds', 'year', 'years', 'month', 'months', 'week', 'weeks', 'hour', 'hours', 'minute', 'minutes', 'term',
  'level', 'class', 'scale', 'wide', 'style', 'friendly', 'proof', 'sized', 'called', 'known', 'minded', 'looking',
  'making', 'breaking', 'standing', 'winning', 'ranking', 'selling', 'leading', 'speaking', 'income', 'profile',
  'wing', 'party', 'elect', 'employed', 'esteem', 'century', 'season', 'percent', 'dollar', 'million', 'billion',
  'mile', 'foot', 'metre', 'meter', 'kilometre', 'kilometer', 'storey', 'member',
])

/**
 * Endings that only ever close a word ("self-ish", "well-ness", "short-age",
 * "four-teen"): after one of these the hyphen was a typesetter's break.
 *
 * @example
 * ```ts
 * wordSuffixes.has('ness') // true
 * ```
 */
export const wordSuffixes: ReadonlySet<string> = new Set([
  'ish', 'ishly', 'ishness', 'less', 'lessly', 'lessness', 'ness', 'nesses', 'hood', 'hoods', 'ly', 'er', 'ers',
  'est', 'ier', 'iest', 'ed', 'ing', 'ings', 'ment', 'ments', 'ful', 'fully', 'age', 'ages', 'ship', 'ships', 'dom',
  'ity', 'ities', 'ism', 'isms', 'ist', 'ists', 'ize', 'ise', 'ized', 'ised', 'ation', 'ations', 'tion', 'tions',
  'sion', 'sions', 'ous', 'eous', 'ive', 'able', 'ible', 'ably', 'ibly', 'ance', 'ence', 'ant', 'ants', 'ent', 'ward',
  'wards', 'wise', 'ling', 'lings', 'let', 'lets', 'ette', 'ettes', 'esque', 'ery', 'ian', 'ians', 'ual', 'ually',
  'ure', 'ures', 'al', 'ary', 'aire', 'aires', 'teen', 'teens', 'fold', 'ern', 'erner', 'erners', 'erly', 'ly',
])
