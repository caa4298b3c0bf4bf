/**
 * Words that end or head an organization's name ("Ministry", "Inc", "Chiefs of Staff").
 * Hand-written for nutgraf.
 *
 * @internal
 *
 * @example
 * ```ts
 * organizationHeads.has('Ministry') // true
 * ```
 */
export const organizationHeads: ReadonlySet<string> = new Set([
  'Ministry', 'Department', 'Agency', 'Office', 'Council', 'Committee', 'Commission', 'Court', 'Parliament',
  'Assembly', 'Senate', 'Congress', 'Party', 'Army', 'Navy', 'Forces', 'Force', 'Guard', 'Staff', 'Chiefs',
  'Police', 'Service', 'Services', 'Bureau', 'Board', 'Bank', 'Fund', 'Foundation', 'Institute', 'University',
  'College', 'School', 'Academy', 'Association', 'Federation', 'Union', 'League', 'Organization',
  'Organisation', 'Alliance', 'Coalition', 'Group', 'Corporation', 'Company', 'Inc', 'Corp', 'Co', 'Ltd',
  'LLC', 'PLC', 'AG', 'GmbH', 'SA', 'Holdings', 'Industries', 'Airlines', 'Airways', 'Times', 'Post', 'News',
  'Press', 'Network', 'Club', 'Society', 'Church', 'Movement', 'Front', 'Brigade', 'Brigades', 'Command',
  'Corps', 'Cabinet', 'Government', 'Administration', 'Authority', 'Secretariat', 'Directorate', 'Tribunal',
  'Trust', 'Center', 'Centre', 'Hospital', 'Museum', 'Exchange', 'Reserve', 'Mission',
])

/** Heads of {@link organizationHeads} that also end the names of places and buildings ("Rockefeller Center", "Western Front", "Soviet Union"). */
const placeHeads: ReadonlySet<string> = new Set(['Center', 'Centre', 'Museum', 'Church', 'Court', 'Front', 'Mission', 'Exchange', 'Post', 'Times', 'School', 'Office', 'Union'])

/**
 * Last words that make a multi-word name an organization whatever the tagger typed it
 * ("Queen Alexandra Hospital", "Green Mountain Electric"): the organization heads that
 * name no place, and words that end company names. Kept apart from
 * `organizationHeads`, which is a feature of the trained name model.
 *
 * @internal
 *
 * @example
 * ```ts
 * organizationEnds.has('Hospital') // true
 * ```
 */
export const organizationEnds: ReadonlySet<string> = new Set([...[...organizationHeads].filter((head) => !placeHeads.has(head)), ...companyEndWords()])

/**
 * A company's legal form after its name, without its last full stop ("Inc", "N.V", "GmbH").
 *
 * @internal
 *
 * @example
 * ```ts
 * legalForms.includes('GmbH') // true
 * ```
 */
export const legalForms: readonly string[] = ['Inc', 'Corp', 'Corporation', 'Ltd', 'Limited', 'LLC', 'PLC', 'plc', 'AG', 'GmbH', 'NV', 'N.V', 'SA', 'S.A', 'SE', 'LP', 'L.P', 'Co', 'Cos']

/**
 * Words that end a company's name and say only what it is: its legal form or its trade
 * ("Inc", "Holdings", "Therapeutics"). "Albemarle" of "Albemarle Corp" is the company.
 *
 * @internal
 *
 * @example
 * ```ts
 * companyEnds.has('Therapeutics') // true
 * companyEnds.has('Party') // false
 * ```
 */
export const companyEnds: ReadonlySet<string> = new Set([
  ...companyEndWords(),
  ...legalForms,
  'Group', 'Company', 'Holdings', 'Industries', 'Airlines', 'Airways',
])

function companyEndWords(): string[] {
  return [
    'Electric', 'Energy', 'Motors', 'Robotics', 'Technologies', 'Systems', 'Pharmaceuticals', 'Therapeutics',
    'Communications', 'Media', 'Capital', 'Partners', 'Ventures', 'Investments', 'Securities', 'Insurance',
    'Telecom', 'Software', 'Laboratories', 'Logistics', 'Railways', 'Utilities', 'Resources', 'Petroleum',
    'Mining', 'Chemicals', 'Foods', 'Brands', 'Entertainment', 'Studios', 'Publishing',
  ]
}
