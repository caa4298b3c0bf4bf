/**
 * ReDoS check of every regular expression in src/: finds each regex literal and each
 * `new RegExp(…)` / `RegExp(…)` call with the TypeScript compiler API, then runs
 * recheck (automaton analysis, or fuzzing with a confirmed attack string) on it.
 * redos-detector gives a second opinion where recheck cannot decide.
 *
 * A pattern fails when recheck proves it super-linear (automaton analysis) or finds it
 * exponential. recheck's fuzzer also calls some linear patterns with bounded repeats
 * (`.{0,60}`) polynomial, and its verdicts vary with machine load: such a verdict is
 * put to the exact automaton analysis (on the pattern less its one-character
 * lookarounds when it cannot take them); only where that cannot decide is the attack
 * string measured in V8, failing when 4× the length takes more than 8× the time (a
 * linear pattern takes about 4×; smaller of two trials). It also fails when recheck
 * gives up and redos-detector does not call it safe. A `RegExp` built at run time from
 * a non-literal cannot be checked statically: it is listed as a warning, and fails
 * only with `--strict`; the patterns the modules build when they load (from the
 * vocabulary in src/data) are caught as they are built and checked too (a warning when
 * the tools cannot decide, a failure when they prove one super-linear).
 *
 * Verdicts are slow (recheck takes seconds on some patterns), so the patterns that pass are
 * kept in `scripts/check/regex-verdicts.json`, keyed by `/source/flags`: the unit test
 * (test/adversarial/regexes.test.ts) analyses only patterns that are not there (a
 * changed pattern is a new key), and `npm run check:regexes` (also run by
 * `npm run test:full`) analyses every pattern again and rewrites the file.
 *
 * Usage: `npx tsx scripts/check/check-regexes.ts [--strict] [--json]` (or `npm run check:regexes`).
 * Exit code 0 when every pattern passes, 1 otherwise.
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {check, type Diagnostics} from 'recheck'
import {isSafePattern} from 'redos-detector'
import ts from 'typescript'

/** A regular expression as written in the source. */
export interface FoundRegex {
  file: string
  line: number
  /**
   * `literal`: `/…/`; `constructor`: `RegExp('…')` with a literal pattern; `dynamic`: a
   * pattern built at run time (not checked as written); `built`: a pattern as built at run
   * time when the modules load (see {@link builtRegexes}), checked like a literal.
   */
  kind: 'literal' | 'constructor' | 'dynamic' | 'built'
  source: string
  flags: string
}

/** The verdict on one pattern. */
export interface RegexVerdict extends FoundRegex {
  ok: boolean
  /** recheck's status and complexity, e.g. `safe (linear)` or `vulnerable (2nd degree polynomial)`. */
  recheck: string
  /** redos-detector's score (`1` means no backtracking; `∞` means unbounded). */
  redosDetector: string
  /** For a vulnerable pattern: recheck's attack string, shortened. */
  attack?: string
  /** Taken from the verdict cache, not analysed this time. */
  cached?: boolean
}

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url))

/** Every `.ts` file below `directory`, sorted, test files excluded. */
export function listSources(directory: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(directory, {withFileTypes: true})) {
    const path = join(directory, entry.name)
    if (entry.isDirectory()) files.push(...listSources(path))
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')) files.push(path)
  }
  return files.sort()
}

/**
 * Find the regular expressions of one TypeScript source.
 *
 * @example
 * ```ts
 * findRegexesInSource('a.ts', 'const r = /a+b/g; new RegExp("x|y")').map((r) => r.source) // ['a+b', 'x|y']
 * ```
 */
export function findRegexesInSource(file: string, code: string): FoundRegex[] {
  const sourceFile = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const found: FoundRegex[] = []
  const lineOf = (node: ts.Node): number => sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.text
      const slash = text.lastIndexOf('/')
      found.push({file, line: lineOf(node), kind: 'literal', source: text.slice(1, slash), flags: text.slice(slash + 1)})
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && isRegExpIdentifier(node.expression)) {
      const [pattern, flags] = node.arguments ?? []
      const source = pattern ? literalText(pattern) : ''
      const flagText = flags ? literalText(flags) : ''
      if (source === undefined || flagText === undefined) {
        found.push({file, line: lineOf(node), kind: 'dynamic', source: node.getText(sourceFile).slice(0, 120), flags: ''})
      } else {
        found.push({file, line: lineOf(node), kind: 'constructor', source, flags: flagText})
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(sourceFile)
  return found
}

function isRegExpIdentifier(node: ts.Expression): boolean {
  return (
    (ts.isIdentifier(node) && node.text === 'RegExp') ||
    (ts.isPropertyAccessExpression(node) && node.name.text === 'RegExp' && ts.isIdentifier(node.expression) && node.expression.text === 'globalThis')
  )
}

/** The value of a string literal, a template without substitutions, or `String.raw` of one; else undefined. */
function literalText(node: ts.Expression): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (
    ts.isTaggedTemplateExpression(node) &&
    ts.isNoSubstitutionTemplateLiteral(node.template) &&
    node.tag.getText() === 'String.raw'
  ) {
    return node.template.rawText ?? node.template.text
  }
  return undefined
}

/** Every regular expression in the `.ts` files below `directory` (default `src/`). */
export function findRegexes(directory = join(projectRoot, 'src')): FoundRegex[] {
  return listSources(directory).flatMap((path) =>
    findRegexesInSource(relative(projectRoot, path), readFileSync(path, 'utf8')),
  )
}

/**
 * The patterns `load` builds with `RegExp(…)` while it runs (module-level patterns built
 * from vocabulary in src/data, such as the agency names), and those the loaded modules
 * make on first use (`onFirstUse`, built here): `RegExp` is watched meanwhile.
 * Literals never pass through the constructor; `findRegexes` finds those.
 *
 * @example
 * ```ts
 * await builtRegexes(() => import('../../src/index.js')) // [{kind: 'built', source: '…', …}]
 * ```
 */
export async function builtRegexes(load: () => Promise<unknown>): Promise<FoundRegex[]> {
  const found = new Map<string, FoundRegex>()
  const original = globalThis.RegExp
  const record = (regex: RegExp): RegExp => {
    const item: FoundRegex = {file: 'built at load', line: 0, kind: 'built', source: regex.source, flags: regex.flags}
    found.set(keyOf(item), item)
    return regex
  }
  globalThis.RegExp = new Proxy(original, {
    construct: (target, args, newTarget) => record(Reflect.construct(target, args, newTarget) as RegExp),
    apply: (target, self, args) => record(Reflect.apply(target, self, args) as RegExp),
  })
  try {
    await load()
    // Patterns the modules make on first use (src/internal/on-first-use.ts), built while RegExp is watched.
    const {buildDeferred} = await import('../../src/internal/on-first-use.js')
    buildDeferred()
  } finally {
    globalThis.RegExp = original
  }
  return [...found.values()]
}

/** The committed verdicts of patterns that passed: `/source/flags` → recheck's verdict. */
export const verdictCacheFile = join(projectRoot, 'scripts', 'check', 'regex-verdicts.json')

/** A pattern's key in the verdict cache. */
export const keyOf = (regex: Pick<FoundRegex, 'source' | 'flags'>): string => `/${regex.source}/${regex.flags}`

/** The cached verdicts (empty when the file is absent). */
export function readVerdictCache(file = verdictCacheFile): Map<string, string> {
  if (!existsSync(file)) return new Map()
  return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>))
}

/** Write the verdicts of the patterns that passed (and were analysed, not taken from a cache), sorted by key. */
export function writeVerdictCache(verdicts: readonly RegexVerdict[], file = verdictCacheFile): void {
  const passed = verdicts.filter((verdict) => verdict.ok && verdict.kind !== 'dynamic' && !verdict.cached)
  const entries = [...new Map(passed.map((verdict) => [keyOf(verdict), verdict.recheck])).entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  writeFileSync(file, JSON.stringify(Object.fromEntries(entries), null, 1) + '\n')
}

/**
 * Analyse each pattern (identical patterns once, four at a time so that none times out
 * waiting). A pattern whose key is in `options.cache` passes with the cached verdict.
 */
export async function checkRegexes(
  found: readonly FoundRegex[],
  options: {strict?: boolean; cache?: ReadonlyMap<string, string>} = {},
): Promise<RegexVerdict[]> {
  const unique = new Map<string, FoundRegex>()
  for (const regex of found) if (regex.kind !== 'dynamic' && !options.cache?.has(keyOf(regex))) unique.set(keyOf(regex), regex)
  const queue = [...unique.entries()]
  const verdicts = new Map<string, Omit<RegexVerdict, keyof FoundRegex>>()
  for (const regex of found) {
    const cached = options.cache?.get(keyOf(regex))
    if (cached !== undefined && regex.kind !== 'dynamic') verdicts.set(keyOf(regex), {ok: true, recheck: cached, redosDetector: '-', cached: true})
  }
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) verdicts.set(next[0], await analyse(next[1].source, next[1].flags))
  }
  await Promise.all([worker(), worker(), worker(), worker()])
  return found.map((regex) => {
    const verdict = verdicts.get(keyOf(regex))
    if (regex.kind === 'dynamic' || !verdict) {
      return {...regex, ok: !options.strict, recheck: 'not checked: pattern built at run time', redosDetector: '-'}
    }
    // A pattern built at load time was not checked at all before; one the tools cannot
    // decide (a timeout) is a warning, one they prove super-linear fails.
    if (regex.kind === 'built' && !verdict.ok && verdict.recheck.startsWith('unknown')) return {...regex, ...verdict, ok: true}
    return {...regex, ...verdict}
  })
}

async function analyse(source: string, flags: string): Promise<Omit<RegexVerdict, keyof FoundRegex>> {
  const supported = flags.replace(/[^gimsuy]/g, '')
  let diagnostics: Diagnostics
  try {
    diagnostics = await check(source, supported, {timeout: 20_000, randomSeed: 1})
  } catch (error) {
    diagnostics = {source, flags: supported, status: 'unknown', checker: null, error: {kind: 'unexpected', message: String(error)}} as unknown as Diagnostics
  }
  const detector = detectorScore(source, supported)
  const recheckText =
    diagnostics.status === 'unknown'
      ? `unknown (${diagnostics.error.kind})`
      : `${diagnostics.status} (${diagnostics.complexity.summary})`
  if (diagnostics.status !== 'vulnerable') {
    return {ok: diagnostics.status === 'safe' || detector.safe, recheck: recheckText, redosDetector: detector.score}
  }
  const attack = JSON.stringify(diagnostics.attack.string.slice(0, 80))
  if (diagnostics.checker === 'fuzz' && diagnostics.complexity.type === 'polynomial') {
    // The fuzzer's verdict is a guess: ask the exact automaton analysis, on the pattern
    // less its one-character lookarounds if it cannot take them (removing such an
    // assertion only adds paths, so "safe" without it means safe with it).
    const automaton = await exactCheck(source, supported)
    if (automaton === 'safe' || automaton === 'vulnerable') {
      return {ok: automaton === 'safe', recheck: `${recheckText}; automaton: ${automaton}`, redosDetector: detector.score, attack}
    }
    const ratio = attackGrowth(source, supported, diagnostics.attack)
    const confirmed = ratio > 8
    const growth = `${confirmed ? 'confirmed' : 'not confirmed'}: ${ratio.toFixed(1)}× the time at 4× the attack length`
    return {ok: !confirmed, recheck: `${recheckText}; automaton: ${automaton}; ${growth}`, redosDetector: detector.score, attack}
  }
  return {ok: false, recheck: recheckText, redosDetector: detector.score, attack}
}

/** One-character lookarounds: `(?<![\w.+-])`, `(?=x)`, `(?!\d)`. */
const simpleLookaround = /\(\?<?[=!](?:\\.|\[(?:\\.|[^\]\\])*\]|[^()[\]\\*+?{}|])\)/g

async function exactCheck(source: string, flags: string): Promise<string> {
  const run = async (pattern: string): Promise<Diagnostics | undefined> => {
    try {
      return await check(pattern, flags, {checker: 'automaton', timeout: 20_000})
    } catch {
      return undefined
    }
  }
  let result = await run(source)
  const stripped = source.replace(simpleLookaround, '')
  if (result?.status === 'unknown' && stripped !== source) result = await run(stripped)
  if (!result) return 'unknown (error)'
  return result.status === 'unknown' ? `unknown (${result.error.kind})` : result.status
}

type Attack = Extract<Diagnostics, {status: 'vulnerable'}>['attack']

/**
 * How much longer V8 takes on recheck's attack string pumped to 4× its length: about
 * 4 for a linear pattern, 16 for a quadratic one (the smaller of two trials). The pump count doubles from small
 * until one match takes 5 ms (a quadratic pattern gets there within a few thousand
 * characters, so this never runs long), or the string passes 200,000 characters.
 */
export function attackGrowth(source: string, flags: string, attack: Attack): number {
  const regex = new RegExp(source, flags.replace(/[gy]/g, ''))
  const build = (count: number): string => attack.pumps.map((pump) => pump.prefix + pump.pump.repeat(count)).join('') + attack.suffix
  const timeOf = (count: number): number => {
    const text = build(count)
    let best = Number.POSITIVE_INFINITY
    for (let round = 0; round < 3; round++) {
      const start = performance.now()
      regex.exec(text)
      best = Math.min(best, performance.now() - start)
    }
    return best
  }
  let count = 16
  while (timeOf(count) < 5 && build(count).length < 200_000) count *= 2
  // Two trials, the smaller ratio: a busy machine can slow one measurement, not both.
  const ratio = (): number => timeOf(count * 4) / Math.max(timeOf(count), 0.001)
  return Math.min(ratio(), ratio())
}

function detectorScore(source: string, flags: string): {safe: boolean; score: string} {
  try {
    const result = isSafePattern(source, {
      caseInsensitive: flags.includes('i'),
      dotAll: flags.includes('s'),
      multiLine: flags.includes('m'),
      unicode: flags.includes('u'),
      timeout: 5_000,
    })
    const score = result.score.infinite ? '∞' : String(result.score.value)
    return {safe: result.safe, score: result.safe ? score : `${score} (${result.error})`}
  } catch (error) {
    return {safe: false, score: `error: ${(error as Error).message.slice(0, 60)}`}
  }
}

/** A plain-text table of verdicts, failures first. */
export function formatVerdicts(verdicts: readonly RegexVerdict[]): string {
  const rows = [...verdicts].sort((a, b) => Number(a.ok) - Number(b.ok) || a.file.localeCompare(b.file) || a.line - b.line)
  const lines = rows.map((verdict) => {
    const mark = verdict.ok ? (verdict.kind === 'dynamic' || verdict.attack || verdict.recheck.startsWith('unknown') ? 'WARN' : 'ok  ') : 'FAIL'
    const attack = verdict.attack ? ` attack ${verdict.attack}` : ''
    return `${mark} ${verdict.file}:${verdict.line} /${verdict.source}/${verdict.flags}\n     recheck: ${verdict.recheck}; redos-detector score: ${verdict.redosDetector}${attack}`
  })
  const failed = verdicts.filter((verdict) => !verdict.ok).length
  const dynamic = verdicts.filter((verdict) => verdict.kind === 'dynamic').length
  const built = verdicts.filter((verdict) => verdict.kind === 'built').length
  const unconfirmed = verdicts.filter((verdict) => verdict.ok && verdict.attack).length
  lines.push(
    `${verdicts.length} regular expressions, ${failed} failed, ${unconfirmed} flagged by fuzzing but cleared by the automaton or by measuring, ${dynamic} built at run time (not checked as written; ${built} patterns built when the modules load were checked)`,
  )
  return lines.join('\n')
}

async function main(): Promise<void> {
  const strict = process.argv.includes('--strict')
  const built = await builtRegexes(() => Promise.all([import('../../src/index.js'), import('../../src/retext.js')]))
  const verdicts = await checkRegexes([...findRegexes(), ...built], {strict})
  writeVerdictCache(verdicts)
  if (process.argv.includes('--json')) console.log(JSON.stringify(verdicts, null, 2))
  else console.log(formatVerdicts(verdicts))
  process.exitCode = verdicts.every((verdict) => verdict.ok) ? 0 : 1
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main()
}
