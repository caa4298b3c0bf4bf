/**
 * Places whose name stands for the institution in them ("the Kremlin said"): always
 * organizations. Hand-written for nutgraf.
 *
 * @internal
 *
 * @example
 * ```ts
 * institutions.has('Kremlin') // true
 * ```
 */
export const institutions: ReadonlySet<string> = new Set([
  'Kremlin', 'Pentagon', 'White House', 'Elysee', 'Élysée', 'Elysee Palace', 'Downing Street', 'Whitehall',
  'Quai d\'Orsay', 'Foggy Bottom', 'Capitol Hill', 'Vatican', 'Holy See', 'Blue House',
  'Zhongnanhai', 'Bundestag', 'Knesset', 'Duma', 'State Duma', 'Kremlin\'s',
])

/**
 * Last words of the names of events, competitions and works, which are neither
 * organizations nor places ("World Cup", "U.S. Open", "World Series").
 *
 * @example
 * ```ts
 * eventHeads.has('Cup') // true
 * ```
 */
export const eventHeads: ReadonlySet<string> = new Set([
  'Cup', 'Series', 'Open', 'OPEN', 'Games', 'Olympics', 'Championship', 'Championships', 'Prix', 'Trophy', 'Award',
  'Awards', 'Prize', 'War', 'Tournament', 'Classic', 'Masters', 'Marathon', 'Festival', 'Grand Slam', 'Derby',
])

/**
 * Words that name a storm before its given name ("Hurricane Katrina", "Typhoon Haiyan"): the
 * name is no person. "Tropical Storm" counts too, but not "Storm" alone ("Storm Reid" is an actress).
 *
 * @example
 * ```ts
 * stormHeads.has('Hurricane') // true
 * ```
 */
export const stormHeads: ReadonlySet<string> = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Superstorm'])

/**
 * First words of a time zone's name ("Eastern Time", "Pacific Daylight Time", "Greenwich Mean Time"):
 * a clock's zone, not a place or an organization.
 *
 * @example
 * ```ts
 * timeZoneWords.has('Pacific') // true
 * ```
 */
export const timeZoneWords: ReadonlySet<string> = new Set(['Eastern', 'Central', 'Mountain', 'Pacific', 'Atlantic', 'Alaska', 'Hawaii', 'Greenwich', 'British', 'Universal', 'Coordinated'])

/**
 * Last words of the names of laws and treaties, which are no person, organization or place
 * ("Private Securities Litigation Reform Act", "First Amendment", "Kyoto Protocol", a headline's "Stopgap Bill").
 *
 * @example
 * ```ts
 * lawHeads.has('Act') // true
 * ```
 */
export const lawHeads: ReadonlySet<string> = new Set(['Act', 'Acts', 'Bill', 'Treaty', 'Accord', 'Accords', 'Amendment', 'Convention', 'Protocol'])

/**
 * Last words of a street's name, without their full stop ("E. Broad St.", "Pennsylvania Avenue"): a place.
 *
 * @example
 * ```ts
 * streetWords.has('St') // true
 * ```
 */
export const streetWords: ReadonlySet<string> = new Set(['Street', 'St', 'Avenue', 'Ave', 'Boulevard', 'Blvd', 'Road', 'Rd', 'Drive'])

/**
 * Last words of the names of places named by a kind of land or water in the plural
 * ("Niagara Falls", "Palm Springs", "Cayman Islands", "Golan Heights", "United States"):
 * a place, never a person or a team's nickname.
 *
 * @example
 * ```ts
 * placePlurals.has('Falls') // true
 * ```
 */
export const placePlurals: ReadonlySet<string> = new Set([
  'Falls', 'Springs', 'Islands', 'Isles', 'Mountains', 'Hills', 'Heights', 'Lakes', 'Rapids', 'Keys', 'Plains', 'Highlands',
  'States', 'Emirates', 'Territories', 'Provinces', 'Shoals', 'Dunes', 'Glades', 'Indies', 'Antilles', 'Grenadines', 'Carolinas', 'Dakotas', 'Lowlands', 'Midlands',
])
