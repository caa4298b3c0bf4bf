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
