/**
 * What the builds bundle in place of three modules of `vfile` that nutgraf's own use of
 * unified never reaches (tsup.config.ts): its path helpers (`#minpath`, `#minurl`) and its
 * message class (`vfile-message`). nutgraf gives unified a string, never a path or a URL, and
 * never asks the file for a message, so these are read only through a file's path or message
 * methods, which nutgraf does not call. 1.2 kB of the browser bundle gzipped. The retext
 * plugin (`nutgraf/retext`) works on the caller's own unified and vfile, not on these.
 *
 * @internal
 */

function unsupported(): never {
  throw new Error('nutgraf bundles vfile without file paths, URLs or messages')
}

/** Stands in for vfile's `#minpath`: no path is ever set on nutgraf's files. */
export const minpath = {basename: unsupported, dirname: unsupported, extname: unsupported, join: unsupported, sep: '/'}

/** Stands in for vfile's `#minurl`: nutgraf's files are made from strings, which are no URL. */
export function isUrl(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'href' in value && 'protocol' in value
}

/** Stands in for vfile's `#minurl`: never reached (see {@link isUrl}). */
export const urlToPath = unsupported

/** Stands in for `vfile-message`: nutgraf never asks a file for a message. */
export class VFileMessage extends Error {}
