/**
 * The amounts finder: money and percentages with exact spans, values and units, ranges
 * as two amounts, and a negative list of numbers that are no amounts (URLs, tickers,
 * phone numbers, dates, years, model numbers, measures).
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findAmounts} from '../../src/entities/amounts/index.js'
import {runParameters} from '../property/arbitraries.js'

/** `[text, value, unit]` of each amount found in `text`, each span checked against the input. */
function amounts(text: string): Array<[string, number, string | undefined]> {
  return findAmounts(text).map((amount) => {
    expect(text.slice(amount.span.start, amount.span.end)).toBe(amount.text)
    return [amount.text, amount.value, amount.unit]
  })
}

describe('money', () => {
  it.each([
    ['It raised $10 billion.', '$10 billion', 10e9, 'USD'],
    ['Fines reached €3.2bn last year.', '€3.2bn', 3.2e9, 'EUR'],
    ['A £400,000 fund.', '£400,000', 400_000, 'GBP'],
    ['It injected 10 billion yuan.', '10 billion yuan', 10e9, 'CNY'],
    ['It costs ¥3 trillion.', '¥3 trillion', 3e12, 'JPY'],
    ['They paid US$70.62 billion.', 'US$70.62 billion', 70.62e9, 'USD'],
    ['Priced at US $ 8.00 each.', 'US $ 8.00', 8, 'USD'],
    ['It manages U.S. $2.3 billion.', 'U.S. $2.3 billion', 2.3e9, 'USD'],
    ['Shopify raised C$1.5 billion.', 'C$1.5 billion', 1.5e9, 'CAD'],
    ['BHP earned A$13.7 billion.', 'A$13.7 billion', 13.7e9, 'AUD'],
    ['A HK$5,000 voucher.', 'HK$5,000', 5000, 'HKD'],
    ['At a cost of NZ $ 26 million.', 'NZ $ 26 million', 26e6, 'NZD'],
    ['A loan of EUR 30,000,000.', 'EUR 30,000,000', 30e6, 'EUR'],
    ['A further 200 million USD.', '200 million USD', 200e6, 'USD'],
    ['No more than RMB24,000,000.00 in total.', 'RMB24,000,000.00', 24e6, 'CNY'],
    ['Raised by Rs 143 a quintal.', 'Rs 143', 143, 'INR'],
    ['Borrow ₹15.43 lakh crore.', '₹15.43 lakh crore', 15.43e12, 'INR'],
    ['Eskom asked for R254 billion.', 'R254 billion', 254e9, 'ZAR'],
    ['Homes sold for $450k.', '$450k', 450_000, 'USD'],
    ['A $1.5mn loan.', '$1.5mn', 1.5e6, 'USD'],
    ['A $2m grant.', '$2m', 2e6, 'USD'],
    ['A $5-million grant.', '$5-million', 5e6, 'USD'],
    ['Gas is up 12 cents.', '12 cents', 0.12, 'USD'],
    ['Frozen at 52.95p a litre.', '52.95p', 0.5295, 'GBP'],
    ['It costs 9.99 € a month.', '9.99 €', 9.99, 'EUR'],
    ['Over 422,000 euros in arrears.', '422,000 euros', 422_000, 'EUR'],
    ['For 3 billion Swiss francs.', '3 billion Swiss francs', 3e9, 'CHF'],
    ['A deficit of 2.4 trillion roubles.', '2.4 trillion roubles', 2.4e12, 'RUB'],
    ['A profit of 600 billion won.', '600 billion won', 600e9, 'KRW'],
    ['Trading at 750 naira to the dollar.', '750 naira', 750, 'NGN'],
    ['Worth 20 million pounds sterling.', '20 million pounds sterling', 20e6, 'GBP'],
    ['Half a million dollars went to each.', 'Half a million dollars', 500_000, 'USD'],
    ['The jury awarded two million dollars.', 'two million dollars', 2e6, 'USD'],
    ['A fee of Two Hundred Fifty Thousand Dollars.', 'Two Hundred Fifty Thousand Dollars', 250_000, 'USD'],
    ['The words Twenty-Five Million Dollars.', 'Twenty-Five Million Dollars', 25e6, 'USD'],
    ['A capital of Renminbi Twenty Four Million.', 'Renminbi Twenty Four Million', 24e6, 'CNY'],
    ['Interest of one and a half million dollars.', 'one and a half million dollars', 1.5e6, 'USD'],
    ['Worth a billion dollars.', 'a billion dollars', 1e9, 'USD'],
    ['It closed off 37.5 Canadian cents.', '37.5 Canadian cents', 0.375, 'CAD'],
    ['It costs 50 euro cents.', '50 euro cents', 0.5, 'EUR'],
  ])('%j → %j', (text, span, value, unit) => {
    expect(amounts(text)).toEqual([[span, value, unit]])
  })

  it('leaves the unit out where the currency word does not say whose it is', () => {
    expect(amounts('They paid 500 pesos.')).toEqual([['500 pesos', 500, undefined]])
    expect(amounts('They paid 500 Mexican pesos.')).toEqual([['500 Mexican pesos', 500, 'MXN']])
  })

  it('reads pence and U.S. cents side by side', () => {
    expect(amounts('Up five pence (eight U.S. cents).')).toEqual([['five pence', 0.05, 'GBP'], ['eight U.S. cents', 0.08, 'USD']])
  })

  it('gives both spans of a legal doublet', () => {
    expect(amounts('Fifty Thousand Dollars ($50,000.00) in the aggregate')).toEqual([
      ['Fifty Thousand Dollars', 50_000, 'USD'],
      ['$50,000.00', 50_000, 'USD'],
    ])
  })
})

describe('percentages', () => {
  it.each([
    ['Inflation was 3.5%.', '3.5%', 3.5, '%'],
    ['Inflation was 3.5 percent.', '3.5 percent', 3.5, '%'],
    ['Inflation was 6.8 per cent.', '6.8 per cent', 6.8, '%'],
    ['Unemployment rose to 4.2pc.', '4.2pc', 4.2, '%'],
    ['It was forty percent.', 'forty percent', 40, '%'],
    ['Less than one percent.', 'one percent', 1, '%'],
    ['A 10-percent rise.', '10-percent', 10, '%'],
    ['A 10 percentage point drop.', '10 percentage point', 10, 'percentage-point'],
    ['Up by 0.25 percentage points.', '0.25 percentage points', 0.25, 'percentage-point'],
    ['It gained three percentage points.', 'three percentage points', 3, 'percentage-point'],
    ['A cut of half a percentage point.', 'half a percentage point', 0.5, 'percentage-point'],
    ['The Loan Margin is 275 basis points.', '275 basis points', 275, 'basis-point'],
    ['The spread widened by 40bps.', '40bps', 40, 'basis-point'],
    ['Equal to nine and one-half of one percent.', 'nine and one-half of one percent', 9.5, '%'],
    ['Overdue interest of 0.01% per day.', '0.01%', 0.01, '%'],
  ])('%j → %j', (text, span, value, unit) => {
    expect(amounts(text)).toEqual([[span, value, unit]])
  })
})

describe('ranges', () => {
  it.each([
    ['Revenue of $5 million to $7 million.', [['$5 million', 5e6, 'USD'], ['$7 million', 7e6, 'USD']]],
    ['Spending of $5-7 million.', [['$5', 5e6, 'USD'], ['7 million', 7e6, 'USD']]],
    ['Growth of 10 to 12 percent.', [['10', 10, '%'], ['12 percent', 12, '%']]],
    ['They cleared 15 to 20 percent of the city.', [['15', 15, '%'], ['20 percent', 20, '%']]],
    ['Worth between $50 million and $60 million a year.', [['$50 million', 50e6, 'USD'], ['$60 million', 60e6, 'USD']]],
    ['Rates of between 5 and 7 per cent.', [['5', 5, '%'], ['7 per cent', 7, '%']]],
    ['One or two percent.', [['One', 1, '%'], ['two percent', 2, '%']]],
  ])('%j', (text, expected) => {
    expect(amounts(text)).toEqual(expected)
  })

  it('keeps two amounts of different units apart', () => {
    expect(amounts('The stock fell 4.3% to $18.20.')).toEqual([['4.3%', 4.3, '%'], ['$18.20', 18.2, 'USD']])
  })

  it('does not take a day after a month for a range end', () => {
    expect(amounts('Sales in the quarter ended Sept. 30 to $747.8 million.')).toEqual([['$747.8 million', 747.8e6, 'USD']])
  })

  it('does not take a year or a price after a percentage for a range end', () => {
    expect(amounts('It rose from 2019 to 5 percent.')).toEqual([['5 percent', 5, '%']])
    expect(amounts('The stock fell 4.3% to 18.20.')).toEqual([['4.3%', 4.3, '%']])
  })
})

describe('no amounts', () => {
  it.each([
    'Peak power consumption reached 85,464 megawatts.',
    'Boeing (NYSE: BA) delivered 35 737 MAX jets in May.',
    'Call +1 (312) 555-0147 or 202-555-0199 for details.',
    'The report, dated 03/04/2023, covers 2021-2027.',
    'The F-35, Windows 11, Route 66, the class of \'99 and 5G networks.',
    'Temperatures hit 40C; the M25 was closed at junction 10 for 3 hours.',
    'The yen traded at 149.5 to the dollar.',
    'ISIL has generated millions of dollars in hard currency.',
    '"Dollars," "dollars" and "$" each mean lawful money of the United States.',
    'Principal $and / or Interest $',
    'The USD account opened by the Borrower.',
    'He weighs 200 pounds.',
    'Sweden won 3 points; the FTSE closed up 35.2 points.',
    'A 1080p screen and a 720p camera.',
    'COP 28 opened in Dubai; PHP 8.1 and CAD 3 were released.',
    'Version 1.2.3 shipped in 2023.',
    'A third of the budget, and a quarter of citizens.',
    'Everyone won one.',
  ])('%j', (text) => {
    expect(findAmounts(text)).toEqual([])
  })

  it('reads nothing inside the spans it is told to skip (URLs)', () => {
    const text = 'See https://example.com/order?discount=20%25&price=$5 now, or pay $5.'
    const url = {start: 4, end: text.indexOf(' now')}
    expect(findAmounts(text, [url]).map((amount) => amount.text)).toEqual(['$5'])
  })

  it('does not run an amount over a blank line', () => {
    expect(amounts('It cost $\n\n5 million. Rates hit 5\n\npercent.')).toEqual([])
  })
})

describe('spans', () => {
  it('are ordered, inside the input and non-overlapping', () => {
    const text = 'It raised $5-7 million, 3% more, 15 to 20 percent, €3bn and 10 billion yuan; $5 million to $7 million.'
    const found = findAmounts(text)
    expect(found.length).toBe(9)
    for (let index = 1; index < found.length; index++) {
      expect(found[index]!.span.start).toBeGreaterThanOrEqual(found[index - 1]!.span.end)
    }
  })

  it('read a long run of number words in bounded time per word', () => {
    // Each start reads at most a bounded number of words, so this stays linear; no
    // spelled number starts with a bare scale word or repeats one.
    expect(findAmounts('hundred '.repeat(20_000) + 'dollars')).toEqual([])
    expect(amounts('one hundred '.repeat(5_000) + 'dollars')).toEqual([['one hundred dollars', 100, 'USD']])
  })

  it('reads no vague quantity as a number', () => {
    expect(findAmounts('It cost a few hundred dollars, then hundreds of millions of dollars.')).toEqual([])
  })
})

describe('on any text', () => {
  const pieces = ['$', '€', '£', 'US', 'HK', '$5', '5', '5.5', '1,000', '-', '–', 'to', 'and', 'between', 'or', 'million', 'bn', 'm', 'k',
    'percent', 'per', 'cent', '%', 'percentage', 'point', 'points', 'basis', 'bps', 'pc', 'p', 'cents', 'dollars', 'euros', 'Swiss', 'francs',
    'two', 'hundred', 'fifty', 'thousand', 'half', 'a', 'one-half', 'of', 'one', 'RMB', 'Rs', '.', 'R', '2019', 'Sept.', '\n\n', ' ', '(', ')']
  const text = fc.array(fc.constantFrom(...pieces), {maxLength: 30}).chain((words) =>
    fc.array(fc.constantFrom('', ' ', '  '), {minLength: words.length, maxLength: words.length}).map((gaps) => words.map((word, index) => word + gaps[index]).join('')))

  it('gives spans that are slices of the input, ordered, apart, with finite values', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), (input) => {
        let end = 0
        for (const amount of findAmounts(input)) {
          expect(input.slice(amount.span.start, amount.span.end)).toBe(amount.text)
          expect(amount.span.start).toBeGreaterThanOrEqual(end)
          expect(amount.span.end).toBeGreaterThan(amount.span.start)
          expect(Number.isFinite(amount.value)).toBe(true)
          end = amount.span.end
        }
      }),
      runParameters(300),
    )
  })
})
