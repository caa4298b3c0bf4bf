/**
 * Check that the committed API reference (docs/api) matches the source: generate it
 * again into a temporary folder with the project's typedoc.json (warnings are errors:
 * every exported name documented) and compare file by file. Also check that every
 * exported name has an `@example`.
 *
 *   node scripts/check/docs-check.mjs      exit 0 when docs/api is current, 1 with the differing files
 *   npm run docs                     regenerate docs/api (then commit it)
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const committed = join(root, 'docs', 'api')
const scratch = mkdtempSync(join(tmpdir(), 'nutgraf-docs-'))
const fresh = join(scratch, 'api')
const model = join(scratch, 'model.json')

/** Names of typedoc's JSON model (modules walked into) whose comment has no @example. */
function exportsWithoutExample(reflection, prefix = '') {
  const moduleKind = 2
  return (reflection.children ?? []).flatMap((child) => {
    if (child.kind === moduleKind) return exportsWithoutExample(child, `${prefix}${child.name}.`)
    const comment = child.comment ?? child.signatures?.[0]?.comment ?? child.type?.declaration?.signatures?.[0]?.comment
    return (comment?.blockTags ?? []).some((tag) => tag.tag === '@example') ? [] : [`${prefix}${child.name}`]
  })
}

function files(directory) {
  if (!existsSync(directory)) return []
  return readdirSync(directory, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)))
    .sort()
}

try {
  const typedoc = spawnSync(process.execPath, [join(root, 'node_modules', 'typedoc', 'bin', 'typedoc'), '--out', fresh, '--json', model, '--logLevel', 'Warn'], {cwd: root, encoding: 'utf8'})
  if (typedoc.status !== 0) {
    process.stderr.write(typedoc.stdout + typedoc.stderr)
    process.stderr.write('docs check: typedoc failed (warnings are errors: document every exported name)\n')
    process.exit(1)
  }
  const withoutExample = exportsWithoutExample(JSON.parse(readFileSync(model, 'utf8')))
  if (withoutExample.length > 0) {
    process.stderr.write(`docs check: exported names without an @example in their TSDoc:\n  ${withoutExample.join('\n  ')}\n`)
    process.exit(1)
  }
  const want = files(fresh)
  const have = files(committed)
  const problems = [
    ...want.filter((file) => !have.includes(file)).map((file) => `missing:  docs/api/${file}`),
    ...have.filter((file) => !want.includes(file)).map((file) => `stale:    docs/api/${file}`),
    ...want.filter((file) => have.includes(file) && readFileSync(join(fresh, file), 'utf8') !== readFileSync(join(committed, file), 'utf8')).map((file) => `outdated: docs/api/${file}`),
  ]
  if (problems.length > 0) {
    process.stderr.write(`${problems.join('\n')}\ndocs check: docs/api does not match the source; run \`npm run docs\` and commit docs/api\n`)
    process.exit(1)
  }
  console.log(`docs check ok: docs/api matches the source (${want.length} files)`)
} finally {
  rmSync(scratch, {recursive: true, force: true})
}
