/**
 * Rule: lines of a page widget — a weather box ("48°", "Partly Cloudy", "H 55° L 37°",
 * "Tue 58° Wed 61°"), a stock-quote box ("HBF (NYSE)", "$54.12", "542.00p", "+1.87 (+3.58%)",
 * "Volume: 2.4M", "Last updated 11:42 a.m. ET") or a forecast ("Today: Partly cloudy,
 * high 55.") — are page furniture, even inside an article.
 *
 * @internal
 */

import {onFirstUse} from '../../internal/on-first-use.js'

const temperature = onFirstUse(() => RegExp(String.raw`^(?:(?:[\p{L}.]{1,12},?\s){0,3})?-?\d{1,3}\s?°\s?[CF]?$|^(?:H|Hi|High|L|Lo|Low)\s?-?\d{1,3}°\s?[CF]?(?:\s{1,3}(?:L|Lo|Low)\s?-?\d{1,3}°\s?[CF]?)?$|^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?\s-?\d{1,3}°\s?){1,7}$`, 'u'))
const sky = /^(?:mostly |partly |a few )?(?:sunny|cloudy|clear|overcast|showers|rain|snow|fog|foggy|windy|breezy|thunderstorms?|drizzle|sleet|fair|haze|hazy)(?: and (?:cloudy|windy|breezy|cold|warm|mild))?$/iu
const forecast = /^(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: night)?)\s?:\s(?:(?:mostly|partly) )?(?:sunny|cloudy|clear|overcast|showers|rain|snow|fog|windy|breezy|storms?|thunderstorms|drizzle|fair)\b.{0,60}\b(?:high|low)s?\s(?:near |around |of )?-?\d{1,3}°?\.?$/iu
/** How a forecast line starts: a cheap test before the line is split into periods. */
const forecastStart = /^(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i
const forecastHeading = /^(?:\d{1,2}-day forecast|(?:local |weather )?forecast|weather)$/iu
const quote = /^(?:[$€£¥]\s?\d{1,6}(?:[.,]\d{1,4})?|\d{1,6}\.\d{1,4}p|[+-−]\s?\d{1,6}(?:\.\d{1,4})?\s?\(\s?[+-−]?\d{1,3}(?:\.\d{1,3})?\s?%\s?\)|[+-−]?\d{1,3}(?:\.\d{1,3})?\s?%|(?:volume|vol\.|market cap|open|prev(?:ious)? close|day'?s range|52[- ]week range|p\/e)\s?:?\s?[\d$€£.,]{1,20}\s?[kmbt]?)$/iu
const ticker = onFirstUse(() => RegExp(String.raw`^[\p{Lu}.]{1,6}\s\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|AMEX|OTC|FTSE|DAX)\)$|^(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX)\s?:\s?[\p{Lu}.]{1,6}$`, 'u'))
const updated = /^(?:last )?updated:?\s\d{1,2}:\d{2}\s?(?:[ap]\.?m\.?)?\s?[A-Z]{0,4}$|^as of \d{1,2}:\d{2}\s?(?:[ap]\.?m\.?)?\s?[A-Z]{0,4}$/iu

const GAP_AFTER_SENTENCE = onFirstUse(() => RegExp(String.raw`(?<=\.)\s(?=\p{Lu})`, 'u'))

/**
 * Whether `line` is a line of a weather or stock-quote widget.
 *
 * @example
 * ```ts
 * isWidgetLine('48°') // true
 * isWidgetLine('H 55° L 37°') // true
 * isWidgetLine('Partly Cloudy') // true
 * isWidgetLine('+1.87 (+3.58%)') // true
 * isWidgetLine('Volume: 2.4M') // true
 * isWidgetLine('Today: Partly cloudy, high 55. Tonight: Clear and cold, low 37.') // true
 * isWidgetLine('It was sunny.') // false
 * ```
 */
export function isWidgetLine(line: string): boolean {
  if (line.length > 140) return false
  // Every form has a digit, a degree or a weather word: most lines have none of the short forms' shape.
  if (line.length > 40 && !/\d/u.test(line)) return false
  if (temperature().test(line) || sky.test(line) || forecastHeading.test(line) || quote.test(line) || ticker().test(line) || updated.test(line)) return true
  // A forecast line may hold two periods ("Today: …, high 55. Tonight: …, low 37.").
  if (!forecastStart.test(line)) return false
  const parts = line.split(GAP_AFTER_SENTENCE())
  return parts.every((part) => forecast.test(part))
}
