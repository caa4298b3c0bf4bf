/**
 * Vocabulary of money and percentages for the amounts finder: currency symbols, the
 * letter prefixes of dollar signs ("US$", "HK$"), ISO 4217 codes, currency words with
 * the words that name a country's currency ("Swiss francs", "Hong Kong dollars"),
 * multipliers ("bn", "million", "lakh") and the words of percent, percentage points
 * and basis points. Hand-written for nutgraf from ISO 4217 and English news usage.
 *
 * A currency whose country the words do not say ("francs", "pesos", "dinars") maps to
 * `undefined`: the amount is kept, its `unit` left out rather than guessed.
 *
 * @internal
 */

/**
 * Currency symbols that stand before (or, for "€" and "£", also after) a number → ISO 4217.
 * A bare "$" is the US dollar; "¥" the yen.
 *
 * @example
 * ```ts
 * currencySymbols.get('€') // 'EUR'
 * ```
 */
export const currencySymbols: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₩', 'KRW'], ['₽', 'RUB'],
  ['₦', 'NGN'], ['₱', 'PHP'], ['₺', 'TRY'], ['₪', 'ILS'], ['฿', 'THB'], ['₫', 'VND'], ['₴', 'UAH'],
  ['₵', 'GHS'], ['₸', 'KZT'], ['￥', 'JPY'], ['＄', 'USD'], ['￡', 'GBP'],
])

/**
 * Letters written before a dollar sign ("US$", "HK$", "C$", "R$") → ISO 4217. Those of
 * two or more letters may stand apart from the sign ("US $ 8.00"); a single letter
 * must touch it, since "A $5 fee" is an article.
 *
 * @example
 * ```ts
 * dollarPrefixes.get('HK') // 'HKD'
 * ```
 */
export const dollarPrefixes: ReadonlyMap<string, string> = new Map([
  ['US', 'USD'], ['U.S.', 'USD'], ['USD', 'USD'], ['C', 'CAD'], ['CA', 'CAD'], ['CAN', 'CAD'], ['CDN', 'CAD'],
  ['A', 'AUD'], ['AU', 'AUD'], ['AUD', 'AUD'], ['HK', 'HKD'], ['NZ', 'NZD'], ['S', 'SGD'], ['SG', 'SGD'],
  ['NT', 'TWD'], ['R', 'BRL'], ['Mex', 'MXN'], ['MX', 'MXN'], ['Z', 'ZWL'], ['J', 'JMD'], ['EC', 'XCD'],
])

/**
 * ISO 4217 codes (and common non-ISO ones) written before or after a number → ISO 4217.
 * Upper case only: "EUR 30,000,000", "200 million USD", "RMB 20,000,000".
 *
 * @example
 * ```ts
 * currencyCodes.get('RMB') // 'CNY'
 * ```
 */
export const currencyCodes: ReadonlyMap<string, string> = new Map([
  ...['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CHF', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'INR', 'KRW', 'BRL', 'MXN',
    'ZAR', 'RUB', 'TRY', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'RON', 'ILS', 'AED', 'SAR', 'QAR', 'KWD',
    'EGP', 'NGN', 'KES', 'GHS', 'PKR', 'BDT', 'LKR', 'IDR', 'MYR', 'THB', 'PHP', 'VND', 'TWD', 'ARS', 'CLP',
    'COP', 'PEN', 'UAH', 'KZT', 'ISK', 'MAD', 'TND', 'IQD', 'IRR', 'JOD', 'BHD', 'OMR', 'UGX', 'TZS', 'ETB',
    'XOF', 'XAF'].map((code): [string, string] => [code, code]),
  ['RMB', 'CNY'], ['Rs', 'INR'], ['Rs.', 'INR'], ['NIS', 'ILS'], ['Ksh', 'KES'], ['KSh', 'KES'],
])

/**
 * Codes that are also common acronyms ("CAD 3", "PHP 8.1", "COP 28", "MAD", "SAR"): money
 * only when the number looks like money (grouped, two decimals, or a multiplier after it).
 *
 * @example
 * ```ts
 * ambiguousCodes.has('COP') // true
 * ```
 */
export const ambiguousCodes: ReadonlySet<string> = new Set(['CAD', 'PHP', 'COP', 'MAD', 'SAR', 'TRY', 'PEN', 'CUP', 'ETB', 'ALL', 'TOP', 'GEL', 'BAM'])

/**
 * A single letter before a number that is a currency only with a multiplier after it
 * ("R254 billion" → rand): alone it is too often something else ("R2", "R&D").
 *
 * @example
 * ```ts
 * letterCurrencies.get('R') // 'ZAR'
 * ```
 */
export const letterCurrencies: ReadonlyMap<string, string> = new Map([['R', 'ZAR']])

/**
 * Currency words after a number (lower case, singular and plural) → ISO 4217, or
 * `undefined` where the word alone does not say which country's currency it is.
 *
 * @example
 * ```ts
 * currencyWords.get('yuan') // 'CNY'
 * ```
 */
export const currencyWords: ReadonlyMap<string, string | undefined> = new Map<string, string | undefined>([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['yuan', 'CNY'], ['renminbi', 'CNY'],
  ['yen', 'JPY'], ['rupee', 'INR'], ['rupees', 'INR'], ['rouble', 'RUB'], ['roubles', 'RUB'], ['ruble', 'RUB'],
  ['rubles', 'RUB'], ['naira', 'NGN'], ['cedi', 'GHS'], ['cedis', 'GHS'], ['ringgit', 'MYR'], ['baht', 'THB'],
  ['rupiah', 'IDR'], ['hryvnia', 'UAH'], ['hryvnias', 'UAH'], ['hryvnas', 'UAH'], ['zloty', 'PLN'], ['zlotys', 'PLN'],
  ['zlotych', 'PLN'], ['forint', 'HUF'], ['forints', 'HUF'], ['koruna', 'CZK'], ['korunas', 'CZK'], ['leu', 'RON'],
  ['lei', 'RON'], ['shekel', 'ILS'], ['shekels', 'ILS'], ['taka', 'BDT'], ['kyat', 'MMK'], ['tenge', 'KZT'],
  ['lira', 'TRY'], ['liras', 'TRY'], ['lire', 'ITL'], ['reais', 'BRL'], ['kwacha', undefined], ['pula', 'BWP'],
  ['francs', undefined], ['franc', undefined], ['pesos', undefined], ['peso', undefined], ['dinars', undefined],
  ['dinar', undefined], ['riyals', undefined], ['riyal', undefined], ['rials', undefined], ['rial', undefined],
  ['dirhams', undefined], ['dirham', undefined], ['shillings', undefined], ['shilling', undefined],
  ['kronor', 'SEK'], ['krona', 'SEK'], ['kroner', undefined], ['krone', undefined], ['crowns', undefined],
  ['birr', 'ETB'], ['som', undefined], ['soms', undefined], ['manat', undefined], ['lari', 'GEL'], ['dram', 'AMD'],
  ['drams', 'AMD'], ['afghanis', 'AFN'], ['quetzales', 'GTQ'], ['bolivars', 'VES'], ['soles', 'PEN'],
  ['guaranis', 'PYG'],
])

/**
 * Currency words that need more than a bare number to be money: a multiplier, a
 * country word or a larger number ("3 pounds" is a weight, "Sweden won 3" a verb,
 * "Ayn Rand" a name).
 *
 * @example
 * ```ts
 * weakCurrencyWords.get('pounds') // 'GBP'
 * ```
 */
export const weakCurrencyWords: ReadonlyMap<string, string | undefined> = new Map<string, string | undefined>([
  ['pound', 'GBP'], ['pounds', 'GBP'], ['won', 'KRW'], ['rand', 'ZAR'], ['marks', 'DEM'], ['dong', 'VND'],
  ['real', 'BRL'], ['crown', undefined],
])

/**
 * Words before a currency word that say whose currency it is ("Swiss francs",
 * "Hong Kong dollars"), as `"qualifier currency-word"` in lower case → ISO 4217.
 * A qualifier of two words is written with a space ("hong kong dollars").
 *
 * @example
 * ```ts
 * qualifiedCurrencies.get('swiss francs') // 'CHF'
 * ```
 */
export const qualifiedCurrencies: ReadonlyMap<string, string> = new Map(
  (
    [
      ['USD', ['us', 'u.s.', 'american', 'united states'], ['dollar', 'dollars']],
      ['CAD', ['canadian'], ['dollar', 'dollars']],
      ['AUD', ['australian'], ['dollar', 'dollars']],
      ['NZD', ['new zealand'], ['dollar', 'dollars']],
      ['HKD', ['hong kong'], ['dollar', 'dollars']],
      ['SGD', ['singapore', 'singaporean'], ['dollar', 'dollars']],
      ['TWD', ['taiwan', 'taiwanese', 'new taiwan'], ['dollar', 'dollars']],
      ['ZWL', ['zimbabwe', 'zimbabwean'], ['dollar', 'dollars']],
      ['JMD', ['jamaican'], ['dollar', 'dollars']],
      ['NAD', ['namibian'], ['dollar', 'dollars']],
      ['CHF', ['swiss'], ['franc', 'francs']],
      ['FRF', ['french'], ['franc', 'francs']],
      ['BEF', ['belgian'], ['franc', 'francs']],
      ['XOF', ['cfa'], ['franc', 'francs']],
      ['MXN', ['mexican'], ['peso', 'pesos']],
      ['PHP', ['philippine'], ['peso', 'pesos']],
      ['ARS', ['argentine', 'argentinian'], ['peso', 'pesos']],
      ['CLP', ['chilean'], ['peso', 'pesos']],
      ['COP', ['colombian'], ['peso', 'pesos']],
      ['CUP', ['cuban'], ['peso', 'pesos']],
      ['GBP', ['british', 'uk'], ['pound', 'pounds']],
      ['EGP', ['egyptian'], ['pound', 'pounds']],
      ['LBP', ['lebanese'], ['pound', 'pounds']],
      ['SYP', ['syrian'], ['pound', 'pounds']],
      ['SDG', ['sudanese'], ['pound', 'pounds']],
      ['IQD', ['iraqi'], ['dinar', 'dinars']],
      ['KWD', ['kuwaiti'], ['dinar', 'dinars']],
      ['JOD', ['jordanian'], ['dinar', 'dinars']],
      ['BHD', ['bahraini'], ['dinar', 'dinars']],
      ['LYD', ['libyan'], ['dinar', 'dinars']],
      ['TND', ['tunisian'], ['dinar', 'dinars']],
      ['DZD', ['algerian'], ['dinar', 'dinars']],
      ['RSD', ['serbian'], ['dinar', 'dinars']],
      ['SAR', ['saudi'], ['riyal', 'riyals']],
      ['QAR', ['qatari'], ['riyal', 'riyals']],
      ['YER', ['yemeni'], ['riyal', 'riyals', 'rial', 'rials']],
      ['IRR', ['iranian'], ['rial', 'rials']],
      ['OMR', ['omani'], ['rial', 'rials']],
      ['AED', ['uae', 'emirati', 'emirates'], ['dirham', 'dirhams']],
      ['MAD', ['moroccan'], ['dirham', 'dirhams']],
      ['KES', ['kenyan', 'kenya'], ['shilling', 'shillings']],
      ['UGX', ['ugandan', 'uganda'], ['shilling', 'shillings']],
      ['TZS', ['tanzanian', 'tanzania'], ['shilling', 'shillings']],
      ['INR', ['indian'], ['rupee', 'rupees']],
      ['PKR', ['pakistani', 'pakistan'], ['rupee', 'rupees']],
      ['LKR', ['sri lankan', 'sri lanka'], ['rupee', 'rupees']],
      ['NPR', ['nepali', 'nepalese'], ['rupee', 'rupees']],
      ['SEK', ['swedish'], ['krona', 'kronor', 'crown', 'crowns']],
      ['NOK', ['norwegian'], ['krone', 'kroner', 'crown', 'crowns']],
      ['DKK', ['danish'], ['krone', 'kroner', 'crown', 'crowns']],
      ['CZK', ['czech'], ['crown', 'crowns', 'koruna', 'korunas']],
      ['ISK', ['icelandic'], ['krona', 'kronur', 'crown', 'crowns']],
      ['KRW', ['south korean', 'korean'], ['won']],
      ['KPW', ['north korean'], ['won']],
      ['ZAR', ['south african'], ['rand']],
      ['BRL', ['brazilian'], ['real', 'reais']],
      ['TRY', ['turkish'], ['lira', 'liras']],
      ['ITL', ['italian'], ['lira', 'lire']],
      ['DEM', ['german', 'deutsche'], ['mark', 'marks']],
      ['ZMW', ['zambian'], ['kwacha']],
      ['MWK', ['malawian'], ['kwacha']],
      ['AZN', ['azerbaijani'], ['manat']],
      ['TMT', ['turkmen'], ['manat']],
      ['KGS', ['kyrgyz'], ['som', 'soms']],
      ['UZS', ['uzbek'], ['som', 'soms']],
    ] as Array<[string, string[], string[]]>
  ).flatMap(([code, qualifiers, words]) => qualifiers.flatMap((qualifier) => words.map((word): [string, string] => [`${qualifier} ${word}`, code]))),
)

/** Lower-case words after a currency word that make it British money ("pounds sterling"). */
export const sterling: ReadonlySet<string> = new Set(['sterling'])

/**
 * Multiplier words and abbreviations after a number (lower case) → factor.
 * "m" and "k" count only when touching the number ("£3m", "$450k") and only with money.
 *
 * @example
 * ```ts
 * multipliers.get('bn') // 1e9
 * ```
 */
export const multipliers: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], ['thousand', 1e3], ['k', 1e3], ['million', 1e6], ['mn', 1e6], ['mln', 1e6], ['m', 1e6],
  ['mio', 1e6], ['billion', 1e9], ['bn', 1e9], ['bln', 1e9], ['b', 1e9], ['trillion', 1e12], ['tn', 1e12],
  ['trn', 1e12], ['tln', 1e12], ['lakh', 1e5], ['lakhs', 1e5], ['lac', 1e5], ['crore', 1e7], ['crores', 1e7],
])

/** Multipliers that count only when they touch the number ("£3m", not "3 m"). */
export const gluedOnlyMultipliers: ReadonlySet<string> = new Set(['k', 'm', 'b'])

/**
 * Words for a hundredth of a currency, after a number: "12 cents", "52.95p".
 * → the currency they are a hundredth of (cents of an unnamed currency: dollars).
 *
 * @example
 * ```ts
 * subunits.get('pence') // 'GBP'
 * ```
 */
export const subunits: ReadonlyMap<string, string> = new Map([
  ['cent', 'USD'], ['cents', 'USD'], ['penny', 'GBP'], ['pence', 'GBP'], ['p', 'GBP'],
])

/**
 * The unit an amount of type PERCENT carries: a percentage, a difference in
 * percentage points, or basis points (hundredths of a percentage point).
 *
 * @example
 * ```ts
 * const unit: PercentUnit = 'percentage-point'
 * ```
 */
export type PercentUnit = '%' | 'percentage-point' | 'basis-point'

/**
 * One-word percent markers after a number (lower case) → unit. "pc" and "bp" count only
 * when touching the number ("4.2pc", "40bp").
 *
 * @example
 * ```ts
 * percentWords.get('bps') // 'basis-point'
 * ```
 */
export const percentWords: ReadonlyMap<string, PercentUnit> = new Map<string, PercentUnit>([
  ['percent', '%'], ['pct', '%'], ['pc', '%'], ['bps', 'basis-point'], ['bp', 'basis-point'],
  ['bips', 'basis-point'], ['ppt', 'percentage-point'], ['ppts', 'percentage-point'], ['pp', 'percentage-point'],
])

/** Percent markers that count only when touching the number. */
export const gluedOnlyPercentWords: ReadonlySet<string> = new Set(['pc', 'bp', 'pp', 'ppt', 'ppts'])

/** "point"/"points" after these words makes the unit ("percentage points", "basis points"). */
export const pointQualifiers: ReadonlyMap<string, PercentUnit> = new Map<string, PercentUnit>([
  ['percentage', 'percentage-point'], ['percent', 'percentage-point'], ['pct', 'percentage-point'], ['basis', 'basis-point'],
])

/** The words "point" and "points". */
export const pointWords: ReadonlySet<string> = new Set(['point', 'points'])
