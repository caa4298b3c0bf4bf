/**
 * Titles, ranks and roles that stand before a person's name ("Gen.", "Major General",
 * "Foreign Minister") and are kept apart from it. Hand-written for nutgraf.
 *
 * @internal
 */

/**
 * Title words that are a title on their own (a head), not only a modifier ("Foreign").
 *
 * @example
 * ```ts
 * titleHeads.has('General') // true; titleHeads.has('Foreign') // false
 * ```
 */
export const titleHeads: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady', 'Madam', 'Miss',
  'Gen', 'General', 'Lt', 'Lieutenant', 'Col', 'Colonel', 'Maj', 'Major', 'Capt', 'Captain', 'Cpl', 'Corporal',
  'Sgt', 'Sergeant', 'Pvt', 'Private', 'Adm', 'Admiral', 'Cmdr', 'Cdr', 'Commander', 'Brigadier', 'Marshal',
  'Gov', 'Governor', 'Sen', 'Senator', 'Rep', 'Representative', 'Congressman', 'Congresswoman', 'President',
  'Vice-President', 'Premier', 'Minister', 'Secretary', 'Chancellor', 'Mayor', 'King', 'Queen', 'Prince',
  'Princess', 'Pope', 'Cardinal', 'Bishop', 'Archbishop', 'Rev', 'Reverend', 'Father', 'Sheikh', 'Ayatollah',
  'Imam', 'Rabbi', 'Judge', 'Justice', 'Ambassador', 'Amb', 'Envoy', 'Spokesman', 'Spokeswoman', 'Spokesperson',
  'Chairman', 'Chairwoman', 'Director', 'CEO', 'Coach', 'Speaker', 'Leader', 'Commissioner', 'Inspector',
  'Detective', 'Superintendent', 'Constable', 'Sheriff', 'Emir', 'Duke', 'Baron', 'Mme', 'Mlle', 'Msgr', 'Hon', 'Supt',
  // local government
  'Councilor', 'Councillor', 'Councilman', 'Councilwoman', 'Alderman', 'Alderwoman', 'Assemblyman', 'Assemblywoman',
  'Treasurer', 'Prosecutor', 'Dean',
])

/** Words that only modify a title ("Foreign Minister", "Vice Admiral", "Chief Justice"). */
const titleModifiers = [
  'Brig', 'Field', 'Rear', 'Vice', 'Chief', 'Deputy', 'Acting', 'Former', 'First', 'Senior', 'Assistant', 'Prime',
  'Chair', 'Officer', 'Executive', 'Foreign', 'Defense', 'Defence', 'Interior', 'Finance', 'Economy', 'Trade',
  'Health', 'Energy', 'Education', 'Transport', 'Agriculture', 'Labor', 'Labour', 'State', 'Home', 'Attorney',
  'Solicitor', 'Crown', 'Count',
]

/**
 * Words that can make up a title, capitalized as in running text.
 *
 * @example
 * ```ts
 * titleWords.has('Foreign') // true
 * ```
 */
export const titleWords: ReadonlySet<string> = new Set([...titleHeads, ...titleModifiers])
