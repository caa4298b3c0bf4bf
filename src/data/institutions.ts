/**
 * Places whose name stands for the institution in them ("the Kremlin said"): always
 * organizations. Hand-written for nutgraf.
 *
 * @internal
 */
export const institutions: ReadonlySet<string> = new Set([
  'Kremlin', 'Pentagon', 'White House', 'Elysee', 'Élysée', 'Elysee Palace', 'Downing Street', 'Whitehall',
  'Quai d\'Orsay', 'Foggy Bottom', 'Capitol Hill', 'Wall Street', 'Vatican', 'Holy See', 'Blue House',
  'Zhongnanhai', 'Bundestag', 'Knesset', 'Duma', 'State Duma', 'Kremlin\'s',
])
