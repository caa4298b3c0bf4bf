/**
 * Vocabulary of quotation and reported speech: the verbs and phrases that attribute words
 * to a speaker ("said", "told reporters", "according to"), the words that mark quoted
 * words as a name or a term rather than speech ("so-called", "nicknamed"), and the nouns
 * that can stand for a speaker ("a spokesperson", "the statement"). All lower case.
 * Hand-written for nutgraf from common news usage.
 *
 * @internal
 */

const forms = (...words: string[]): string[] => words

/** A regular verb's forms: "ask", "asks", "asked", and "asking" unless `ing` is false ("issue" → "issues", "issued"). */
function inflect(stem: string, ing = true): string[] {
  const y = /[^aeiou]y$/u.test(stem)
  const base = y ? stem.slice(0, -1) : stem
  const third = y ? `${base}ies` : /(?:s|sh|ch|x|z)$/u.test(stem) ? `${stem}es` : `${stem}s`
  const past = y ? `${base}ied` : stem.endsWith('e') ? `${stem}d` : `${stem}ed`
  return ing ? [stem, third, past, stem.endsWith('e') ? `${stem.slice(0, -1)}ing` : `${stem}ing`] : [stem, third, past]
}
const regular = (...stems: string[]): string[] => stems.flatMap((stem) => inflect(stem))
const regular3 = (...stems: string[]): string[] => stems.flatMap((stem) => inflect(stem, false))

/**
 * Verb forms that attribute a quotation to the subject before them or the name after
 * them ("X said", "said X", "X told reporters", "X wrote").
 *
 * @example
 * ```ts
 * speechVerbs.has('said') // true
 * ```
 */
export const speechVerbs: ReadonlySet<string> = new Set([
  ...forms('say', 'says', 'said', 'saying'),
  ...forms('tell', 'tells', 'told', 'telling'),
  ...regular('add', 'state', 'announce', 'claim', 'warn', 'insist', 'explain', 'note', 'confirm', 'deny', 'argue', 'allege', 'report'),
  ...forms('write', 'writes', 'wrote', 'writing', 'written'),
  ...regular('tweet', 'post', 'comment', 'remark', 'observe', 'reply', 'respond', 'answer', 'ask'),
  ...forms('admit', 'admits', 'admitted', 'admitting'),
  ...regular('acknowledge', 'predict', 'promise', 'vow', 'concede', 'declare', 'assert', 'contend', 'conclude', 'recall', 'continue', 'suggest', 'reason'),
  ...forms('emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasises', 'emphasised'),
  ...regular('stress', 'complain', 'joke', 'shout', 'chant', 'testify'),
  ...regular3('recount'),
  ...forms('quote', 'quoted', 'quoting'),
  ...forms('read', 'reads'),
  ...regular('call', 'describe', 'denounce', 'accuse'),
  ...forms('characterize', 'characterizes', 'characterized', 'characterise', 'characterised'),
  ...forms('dub', 'dubs', 'dubbed'),
  ...regular('recommend', 'caution'),
  ...regular3('urge'),
])

/**
 * Verbs and nouns that say someone spoke without attributing words ("spoke for ten
 * minutes", "issued a statement"): a cue for a lone quotation in the next sentence only.
 *
 * @example
 * ```ts
 * contextVerbs.has('spoke') // true
 * ```
 */
export const contextVerbs: ReadonlySet<string> = new Set(['spoke', 'speaks', 'speaking', 'addressed', 'addresses', 'issued', 'issues', 'ruled', 'ruling'])

/**
 * Verb forms that introduce reported speech without quotation marks ("X said that …",
 * "…, X said"): a subset of {@link speechVerbs}, left narrow for precision.
 *
 * @example
 * ```ts
 * reportingVerbs.has('claimed') // true; reportingVerbs.has('called') // false
 * ```
 */
export const reportingVerbs: ReadonlySet<string> = new Set([
  ...forms('say', 'says', 'said'),
  ...forms('tell', 'tells', 'told'),
  ...regular3('add', 'state', 'announce', 'claim', 'warn', 'insist', 'explain', 'note', 'confirm', 'argue', 'allege', 'report'),
  ...forms('write', 'writes', 'wrote'),
  ...forms('admit', 'admits', 'admitted'),
  ...regular3('acknowledge', 'predict', 'promise', 'declare', 'assert', 'contend', 'concede', 'observe', 'reveal'),
  ...forms('recommend', 'recommends'),
  ...regular3('caution'),
])

/**
 * Reporting verbs that also take a plain object ("announced the start of …", "reported
 * record profits"): reported speech after them needs "that", or a clause opening with a
 * pronoun or a name.
 *
 * @example
 * ```ts
 * objectFirstVerbs.has('announced') // true
 * ```
 */
export const objectFirstVerbs: ReadonlySet<string> = new Set([
  'announce', 'announces', 'announced', 'confirm', 'confirms', 'confirmed', 'report', 'reports', 'reported',
  'reveal', 'reveals', 'revealed', 'promise', 'promises', 'promised', 'recommend', 'recommends', 'predict',
  'predicts', 'predicted', 'note', 'notes', 'noted', 'observe', 'observes', 'observed', 'acknowledge',
  'acknowledges', 'acknowledged', 'admit', 'admits', 'admitted', 'write', 'writes', 'wrote', 'add', 'adds',
  'added', 'state', 'states', 'stated', 'declare', 'declares', 'declared',
])

/**
 * Speech verbs that take the hearer as an object before the words: "told reporters",
 * "told the BBC's Today programme that …".
 *
 * @example
 * ```ts
 * objectVerbs.has('told') // true
 * ```
 */
export const objectVerbs: ReadonlySet<string> = new Set(['tell', 'tells', 'told', 'telling', 'warned', 'warns', 'assured', 'assures', 'reminded', 'reminds'])

/**
 * Speech verb forms that are also nouns ("a blog post", "the report", "his claims"): a cue
 * only when no determiner stands before them.
 *
 * @example
 * ```ts
 * nounLikeCues.has('post') // true
 * ```
 */
export const nounLikeCues: ReadonlySet<string> = new Set([
  'report', 'reports', 'post', 'posts', 'note', 'notes', 'claim', 'claims', 'comment', 'comments', 'remark',
  'remarks', 'quote', 'reads', 'read', 'calls', 'call', 'tweet', 'tweets', 'warning', 'reply', 'answer',
  'answers', 'ruling', 'promise', 'promises', 'vow', 'vows', 'recall', 'state', 'states', 'stress', 'joke',
  'jokes', 'say', 'says', 'posting', 'writing', 'reporting', 'observe', 'continue', 'denial', 'answer',
])

/**
 * Verbs whose quotation is the name they give (`called the move "reckless"`): a quote after
 * them is partial, never an introduced clause.
 *
 * @example
 * ```ts
 * namingVerbs.has('called') // true
 * ```
 */
export const namingVerbs: ReadonlySet<string> = new Set([
  ...regular('call', 'describe'),
  ...regular3('denounce', 'accuse'),
  ...forms('characterize', 'characterizes', 'characterized', 'characterise', 'characterised'),
  ...forms('dub', 'dubs', 'dubbed'),
])

/**
 * Words right before a quotation that make it a name, a title or a word mentioned, not
 * speech: `so-called "experts"`, `nicknamed "The Hammer"`, `the word "festival"`.
 *
 * @example
 * ```ts
 * notSpeechBefore.has('so-called') // true
 * ```
 */
export const notSpeechBefore: ReadonlySet<string> = new Set([
  'so-called', 'named', 'nicknamed', 'titled', 'entitled', 'labelled', 'labeled', 'known', 'word', 'words',
  'term', 'terms', 'phrase', 'name', 'slogan', 'motto', 'hashtag', 'headline', 'banner', 'sign', 'signs',
  'reading', 'dubbed', 'branded', 'christened', 'coined',
])

/**
 * Words that may stand between a speaker and the speech verb ("Smith also said", "she has
 * said", "he would later say").
 *
 * @example
 * ```ts
 * betweenSpeakerAndVerb.has('also') // true
 * ```
 */
export const betweenSpeakerAndVerb: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'again', 'further', 'previously', 'recently', 'once', 'repeatedly', 'simply',
  'separately', 'earlier', 'has', 'have', 'had', 'would', 'will', 'did', 'does', 'do', 'was', 'were', 'is',
  'are', 'had', 'just', 'only', 'still', 'now', 'often', 'since', 'reportedly', 'allegedly', 'publicly',
  'privately', 'quickly', 'angrily', 'bluntly', 'flatly', 'firmly', 'openly', 'told', 'has', 'would',
  'subsequently', 'initially', 'first', 'finally', 'continued',
])

/**
 * Words before a speech verb that deny the speech ("did not say", "declined to comment").
 *
 * @example
 * ```ts
 * negations.has('not') // true
 * ```
 */
export const negations: ReadonlySet<string> = new Set(['not', "n't", 'never', 'declined', 'refused', 'nobody', 'no', 'neither', 'nor', 'cannot'])

/**
 * Nouns that can head a speaker's noun phrase ("a spokesperson", "the statement", "Scientology
 * officials", "the report's authors").
 *
 * @example
 * ```ts
 * speakerNouns.has('spokesperson') // true
 * ```
 */
export const speakerNouns: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'official', 'officials', 'source', 'sources',
  'statement', 'statements', 'report', 'reports', 'letter', 'letters', 'analysis', 'study', 'studies',
  'survey', 'researcher', 'researchers', 'author', 'authors', 'scientist', 'scientists', 'expert', 'experts',
  'analyst', 'analysts', 'economist', 'economists', 'witness', 'witnesses', 'resident', 'residents',
  'police', 'prosecutor', 'prosecutors', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'ministry',
  'department', 'agency', 'government', 'administration', 'company', 'firm', 'embassy', 'bank', 'council',
  'committee', 'court', 'judge', 'minister', 'president', 'governor', 'mayor', 'chairman', 'chairwoman',
  'chair', 'director', 'secretary', 'leader', 'leaders', 'senator', 'official', 'organisers', 'organizers',
  'campaigners', 'critics', 'activists', 'protesters', 'demonstrator', 'demonstrators', 'poster', 'posters',
  'post', 'posts', 'message', 'e-mail', 'email', 'ad', 'advert', 'website', 'blog', 'posting', 'document',
  'documents', 'ruling', 'opinion', 'filing', 'complaint', 'memo', 'note', 'tweet', 'media', 'newspaper',
  'agency', 'union', 'party', 'group', 'coach', 'manager', 'boss', 'captain', 'ambassador', 'envoy',
  'commander', 'general', 'chief', 'executive', 'owner', 'founder', 'teacher', 'doctor', 'nurse', 'farmer',
  'worker', 'workers', 'member', 'members', 'people', 'parents', 'family', 'families', 'victim', 'victims',
  'students', 'student', 'fans', 'city', 'state', 'country', 'governor', 'mayor', 'council', 'board',
  'commission', 'regulator', 'regulators', 'bureau', 'office', 'ministry', 'army', 'military', 'navy',
  'guard', 'coastguard', 'authorities', 'authority', 'inspector', 'investigators', 'investigator', 'paper',
  'press', 'broadcaster', 'network', 'channel', 'magazine', 'blogger', 'writer', 'editor', 'everyone',
  'someone', 'somebody', 'one', 'shirts', 'sign', 'banner', 'website', 'programme', 'program', 'team', 'panel',
])

/**
 * Speaker nouns that stand for an organization ("the ministry", "the company").
 *
 * @example
 * ```ts
 * organizationNouns.has('ministry') // true
 * ```
 */
export const organizationNouns: ReadonlySet<string> = new Set([
  'ministry', 'department', 'agency', 'government', 'administration', 'company', 'firm', 'embassy', 'bank',
  'council', 'committee', 'court', 'police', 'union', 'party', 'group', 'city', 'state', 'country', 'board',
  'commission', 'regulator', 'regulators', 'bureau', 'office', 'army', 'military', 'navy', 'guard',
  'coastguard', 'authorities', 'authority', 'press', 'broadcaster', 'network', 'channel', 'magazine',
  'newspaper', 'paper', 'media', 'website', 'blog', 'programme', 'program', 'family', 'families',
])

/**
 * Speaker nouns that stand for a text ("the statement", "a leaked letter"): its author speaks.
 *
 * @example
 * ```ts
 * writingNouns.has('statement') // true
 * ```
 */
export const writingNouns: ReadonlySet<string> = new Set([
  'statement', 'statements', 'report', 'reports', 'letter', 'letters', 'analysis', 'study', 'studies', 'survey',
  'post', 'posts', 'message', 'e-mail', 'email', 'ad', 'advert', 'posting', 'document', 'documents', 'ruling',
  'opinion', 'filing', 'complaint', 'memo', 'note', 'tweet', 'shirts', 'sign', 'banner',
])

/**
 * Words that end an organization's name, beside those the entity finder knows
 * ("Chinese Embassy", "Philippine Coast Guard").
 *
 * @example
 * ```ts
 * moreOrganizationHeads.has('Embassy') // true
 * ```
 */
export const moreOrganizationHeads: ReadonlySet<string> = new Set(['Embassy', 'Consulate', 'Coastguard', 'Secretariat', 'Inquiry', 'Watchdog', 'Centre', 'Center'])

/**
 * Pronouns that can be a speaker, by what they refer to.
 *
 * @example
 * ```ts
 * speakerPronouns.get('she') // 'person'
 * ```
 */
export const speakerPronouns: ReadonlyMap<string, 'person' | 'thing' | 'group' | 'self'> = new Map([
  ['he', 'person'], ['she', 'person'], ['it', 'thing'], ['they', 'group'], ['i', 'self'], ['we', 'self'],
])

/**
 * Words after an opening single quotation mark that make it an apostrophe of elision
 * ("'em", "rock 'n' roll", "'til").
 *
 * @example
 * ```ts
 * elisions.has('til') // true
 * ```
 */
export const elisions: ReadonlySet<string> = new Set(['em', 'til', 'tis', 'twas', 'cause', 'cos', 'n', 'bout', 'round', 'nuff', 'ello', 'kay', 'cept', 'fraid'])
