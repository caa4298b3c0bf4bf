/**
 * Abbreviated titles and ranks, written before a name ("Adm. Mullen", "Det. Ruiz"): they
 * never end a sentence before a capital. Matched case-sensitively, without the full stop.
 *
 * @example
 * ```ts
 * titleAbbreviations.has('Adm') // true
 * ```
 */
export const titleAbbreviations: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cpl', 'Sgt', 'Pvt',
  'Adm', 'Cmdr', 'Cdr', 'Gov', 'Sen', 'Rep', 'Reps', 'Sens', 'Rev', 'Hon', 'Pres', 'Supt', 'Insp',
  'Det', 'Fr', 'Sra', 'Mme', 'Mlle', 'Msgr', 'Amb', 'Atty', 'Brig', 'Gens', 'Messrs',
])

/**
 * Words that are written with a full stop without ending a sentence ("Gen. Milley",
 * "Feb. 20", "D-Calif."). Matched case-sensitively, without the final full stop.
 * Hand-written for nutgraf from common news usage (AP style abbreviations).
 *
 * @example
 * ```ts
 * abbreviations.has('Gen') // true
 * ```
 */
export const abbreviations: ReadonlySet<string> = new Set([
  // titles and ranks
  ...titleAbbreviations, 'Sr', 'Jr',
  // months and weekdays
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
  // places, companies, references
  'St', 'Ste', 'Mt', 'Ft', 'Ave', 'Blvd', 'Rd', 'Hwy', 'Inc', 'Corp', 'Co', 'Cos', 'Ltd', 'Bros',
  'Dept', 'Univ', 'Assn', 'Intl', 'Natl', 'No', 'Nos', 'Vol', 'Vols', 'pp', 'p', 'ed', 'eds',
  'vs', 'v', 'etc', 'al', 'approx', 'est', 'ca', 'cf', 'ibid', 'fig', 'Fig', 'Ch', 'ch',
  // US states (AP style)
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky',
  'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa',
  'Tenn', 'Tex', 'Vt', 'Va', 'Wash', 'Wis', 'Wyo',
])
