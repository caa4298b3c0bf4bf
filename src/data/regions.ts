/**
 * Places that country lists leave out: continents, regions, former states, disputed
 * territories. Hand-written for nutgraf; read by scripts/generate/build-gazetteers.ts.
 *
 * @internal
 *
 * @example
 * ```ts
 * regions.includes('Soviet Union') // true
 * ```
 */
export const regions: readonly string[] = [
  'Africa', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Central America', 'Oceania',
  'Antarctica', 'Arctic', 'Middle East', 'Near East', 'Far East', 'Balkans', 'Caucasus', 'Scandinavia',
  'Eastern Europe', 'Western Europe', 'Central Asia', 'Southeast Asia', 'South Asia', 'East Asia', 'Sahel',
  'Soviet Union', 'USSR', 'Yugoslavia', 'Czechoslovakia', 'East Germany', 'West Germany', 'Crimea', 'Donbas',
  'Donbass', 'Gaza', 'Gaza Strip', 'West Bank', 'Golan Heights', 'Kashmir', 'Tibet', 'Xinjiang', 'Kurdistan',
  'Chechnya', 'Transnistria', 'Abkhazia', 'South Ossetia', 'Nagorno-Karabakh', 'Kosovo', 'Taiwan', 'Hong Kong',
  'Macau', 'Siberia', 'Persian Gulf', 'Black Sea', 'Baltic Sea', 'Mediterranean', 'Red Sea', 'Caribbean',
]
