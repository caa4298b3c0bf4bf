/**
 * What the builds bundle in place of three modules unified imports, of which nutgraf's own use of
 * it (`unified().use(retextEnglish).freeze()`, then `parse(text)`) needs little (tsup.config.ts):
 * - `vfile`: unified wraps the text in a file and hands the parser `String(file)`; nutgraf gives
 *   a string, never a path, a URL or a message, and never sees the file, so a file that holds
 *   the text is all it needs (vfile's path helpers and message class go with it);
 * - `trough`, the pipeline that runs transformers: retext-english adds a parser and no
 *   transformer, and nutgraf never calls `run`;
 * - `extend`, jQuery's deep merge, with which unified copies a processor's data and settings
 *   (nutgraf sets none: it copies an empty object): `Object.assign` does that.
 * unified's processor and retext-english's parser still parse every text. The retext plugin
 * (`nutgraf/retext`) works on the caller's own unified and vfile, not on these.
 *
 * @internal
 */

function unsupported(): never {
  throw new Error('nutgraf bundles unified without its transformer pipeline')
}

/**
 * Stands in for vfile's `VFile` as unified uses it in `parse`: it holds the text, and
 * `String(file)` gives it back. (unified makes one of the string it is given; nutgraf never sees it.)
 *
 * @example
 * ```ts
 * String(new VFile('A text.')) // 'A text.'
 * ```
 */
export class VFile {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

/**
 * Stands in for `trough`: a pipeline whose `use` and `run` are never reached.
 *
 * @example
 * ```ts
 * trough().run // throws when called: nutgraf's processor runs no transformers
 * ```
 */
export function trough(): {use: () => never; run: () => never} {
  return {use: unsupported, run: unsupported}
}

/**
 * Stands in for `extend` as unified calls it when nutgraf makes its processor
 * (`extend(true, {}, namespace)`, the namespace empty: nutgraf sets no data or settings): the
 * sources' own properties copied onto `target`, one level deep (what jQuery's deep merge gives for
 * that call).
 *
 * @example
 * ```ts
 * extend(true, {}, {a: 1}) // {a: 1}
 * ```
 */
export default function extend(_deep: boolean, target: object, ...sources: object[]): object {
  return Object.assign(target, ...sources)
}
