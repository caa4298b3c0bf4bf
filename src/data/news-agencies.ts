/**
 * The news and photo agencies the segmentation rules know, in one list: each with the
 * rules that take it. Credits ("Photo: Reuters", "AFP via Getty Images"), bylines
 * ("Jane Doe, Reuters", "AP Diplomatic Writer") and datelines ("MOSCOW (Reuters) -",
 * "Washington CNN —") each read the names marked for them. A name not yet marked for a
 * rule is not read by it (marking one is a change of behaviour, to measure first).
 * Hand-written for nutgraf.
 *
 * @internal
 */

/**
 * Where an agency name is read:
 * - `credit`: a photo credit, alone or around a slash ("Reuters", "Name/AFP");
 * - `credit-via`: at the end of a "Name via Getty Images" credit;
 * - `byline-role`: a word of a role after a byline name ("AP Diplomatic Writer");
 * - `byline-outlet`: an outlet after a byline name ("Jane Doe, Reuters");
 * - `dateline`: an agency after a dateline's place, without brackets ("Washington CNN —");
 * - `dateline-bracketed`: an agency in brackets after a dateline's place ("MOSCOW (Reuters) -").
 *
 * @example
 * ```ts
 * const use: AgencyUse = 'credit'
 * ```
 */
export type AgencyUse = 'credit' | 'credit-via' | 'byline-role' | 'byline-outlet' | 'dateline' | 'dateline-bracketed'

/**
 * Every agency name, as it is written, with the rules that read it.
 *
 * @example
 * ```ts
 * newsAgencies.find((agency) => agency.name === 'AFP')?.uses.includes('credit') // true
 * ```
 */
export const newsAgencies: ReadonlyArray<{name: string; uses: readonly AgencyUse[]}> = [
  {name: 'AP', uses: ['credit', 'credit-via', 'byline-role', 'dateline', 'dateline-bracketed']},
  {name: 'AFP', uses: ['credit', 'credit-via', 'byline-role', 'byline-outlet', 'dateline', 'dateline-bracketed']},
  {name: 'Reuters', uses: ['credit', 'byline-role', 'byline-outlet', 'dateline', 'dateline-bracketed']},
  {name: 'REUTERS', uses: ['credit']},
  {name: 'The Associated Press', uses: ['byline-outlet']},
  {name: 'Associated Press', uses: ['byline-outlet']},
  {name: 'EPA', uses: ['credit']},
  {name: 'EPA-EFE', uses: ['credit']},
  {name: 'EFE', uses: ['dateline-bracketed']},
  {name: 'Getty Images', uses: ['credit', 'credit-via']},
  {name: 'Getty', uses: ['credit']},
  {name: 'Shutterstock', uses: ['credit', 'credit-via']},
  {name: 'Bloomberg', uses: ['credit', 'byline-outlet', 'dateline', 'dateline-bracketed']},
  {name: 'Bloomberg News', uses: ['byline-outlet']},
  {name: 'CNN', uses: ['dateline', 'dateline-bracketed']},
  {name: 'CNN Business', uses: ['dateline', 'dateline-bracketed']},
  {name: 'Xinhua', uses: ['credit', 'dateline-bracketed']},
  {name: 'TASS', uses: ['credit']},
  {name: 'Sputnik', uses: ['credit']},
  {name: 'ANP', uses: ['credit']},
  {name: 'dpa', uses: ['credit', 'dateline', 'dateline-bracketed']},
  {name: 'DPA', uses: ['credit']},
  {name: 'PA', uses: ['credit']},
  {name: 'PA Images', uses: ['credit']},
  {name: 'Alamy', uses: ['credit', 'credit-via']},
  {name: 'NASA', uses: ['credit']},
  {name: 'ESA', uses: ['credit']},
  {name: 'Pool', uses: ['credit']},
  {name: 'POOL', uses: ['credit']},
  {name: 'UPI', uses: ['credit', 'dateline', 'dateline-bracketed']},
  {name: 'Anadolu', uses: ['credit']},
  {name: 'Zuma', uses: ['credit']},
  {name: 'ZUMA', uses: ['credit']},
  {name: 'IANS', uses: ['dateline-bracketed']},
  {name: 'PTI', uses: ['dateline-bracketed']},
  {name: 'ANI', uses: ['dateline-bracketed']},
  {name: 'Yonhap', uses: ['credit', 'dateline-bracketed']},
  {name: 'Kyodo', uses: ['credit', 'dateline-bracketed']},
  {name: 'Kyodo News', uses: ['byline-outlet']},
  {name: 'Bernama', uses: ['dateline-bracketed']},
  {name: 'AAP', uses: ['credit', 'dateline-bracketed']},
]

/**
 * The agency names one rule reads.
 *
 * @example
 * ```ts
 * agencyNames('dateline-bracketed').includes('Xinhua') // true
 * ```
 */
export function agencyNames(use: AgencyUse): string[] {
  return newsAgencies.filter((agency) => agency.uses.includes(use)).map((agency) => agency.name)
}

/**
 * The names one rule reads as a regular-expression alternation, longest first (so that
 * "CNN Business" is tried before "CNN"), in a non-capturing group.
 *
 * @example
 * ```ts
 * agencyPattern('byline-outlet') // '(?:The Associated Press|Associated Press|Bloomberg News|Bloomberg|Reuters|AFP)'
 * ```
 */
export function agencyPattern(use: AgencyUse): string {
  const names = agencyNames(use).sort((a, b) => b.length - a.length)
  return `(?:${names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`
}
