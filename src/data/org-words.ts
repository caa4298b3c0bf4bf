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

/**
 * Last words that make a multi-word name an organization whatever the tagger typed it
 * ("Queen Alexandra Hospital", "Green Mountain Electric", "Acme Robotics Inc"): the
 * unambiguous part of {@link organizationHeads} (no "Center", "Museum", "Church" or
 * "Court", which also name places) and words that end company names. Kept apart from
 * `organizationHeads`, which is a feature of the trained name model.
 *
 * @internal
 *
 * @example
 * ```ts
 * organizationEnds.has('Hospital') // true
 * ```
 */
export const organizationEnds: ReadonlySet<string> = new Set([
  'Hospital', 'University', 'College', 'Company', 'Corporation', 'Inc', 'Corp', 'Ltd', 'LLC', 'PLC', 'Bank',
  'Ministry', 'Department', 'Agency', 'Commission', 'Committee', 'Council', 'Association', 'Federation',
  'Foundation', 'Institute', 'Party', 'Airlines', 'Airways', 'Holdings', 'Industries', 'Group', 'Organization',
  'Organisation', 'Bureau', 'Board', 'Authority',
  'Electric', 'Energy', 'Motors', 'Robotics', 'Technologies', 'Systems', 'Pharmaceuticals', 'Therapeutics',
  'Communications', 'Media', 'Capital', 'Partners', 'Ventures', 'Investments', 'Securities', 'Insurance',
  'Telecom', 'Software', 'Laboratories', 'Logistics', 'Railways', 'Utilities', 'Resources', 'Petroleum',
  'Mining', 'Chemicals', 'Foods', 'Brands', 'Entertainment', 'Studios', 'Publishing',
])
