/**
 * What the builds bundle in place of two modules unified imports that nutgraf's own use of it
 * (`unified().use(retextEnglish).freeze()`, then `parse`) never needs (tsup.config.ts), beside
 * vfile's (./vfile-stubs.ts): `trough`, the pipeline that runs transformers (nutgraf only
 * parses: retext-english adds a parser and no transformer, and `run` is never called), and
 * `extend`, jQuery's deep merge, which unified uses to copy a processor's data and settings
 * (nutgraf sets none: the merge copies an empty object) — here a small deep merge of plain
 * objects. The retext plugin (`nutgraf/retext`) works on the caller's own unified.
 *
 * @internal
 */

function unsupported(): never {
  throw new Error('nutgraf bundles unified without its transformer pipeline')
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

type Plain = Record<string, unknown>

const isPlain = (value: unknown): value is Plain => value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype

/**
 * Stands in for `extend` as unified calls it (`extend(true, target, source)`): a deep merge of
 * plain objects into `target`; other values (arrays too) are copied by reference.
 *
 * @example
 * ```ts
 * extend(true, {}, {settings: {a: 1}}) // {settings: {a: 1}}
 * ```
 */
export default function extend(_deep: boolean, target: Plain, ...sources: unknown[]): Plain {
  for (const source of sources) {
    if (!isPlain(source)) continue
    for (const key of Object.keys(source)) {
      const value = source[key]
      const current = target[key]
      target[key] = isPlain(value) ? extend(true, isPlain(current) ? current : {}, value) : value
    }
  }
  return target
}
