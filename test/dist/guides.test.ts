/**
 * The code in docs/guides runs and type-checks against the built package: every
 * top-level ```ts block is written to its own module in a scratch project whose
 * `nutgraf` is this package, run with tsx from the project root, and checked by tsc.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const guides = join(root, 'docs', 'guides')
const blocks = readdirSync(guides)
  .filter((file) => file.endsWith('.md'))
  .sort()
  .flatMap((file) => [...readFileSync(join(guides, file), 'utf8').matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match, index) => ({name: `${file.replace(/\.md$/, '')}-${index + 1}`, code: match[1] as string})))

const project = mkdtempSync(join(tmpdir(), 'nutgraf-guides-'))
afterAll(() => rmSync(project, {recursive: true, force: true}))

// The scratch project's node_modules: nutgraf is this package; the rest are its installed packages.
function link(name: string): void {
  const target = name === 'nutgraf' ? root : join(root, 'node_modules', name)
  const path = join(project, 'node_modules', name)
  mkdirSync(dirname(path), {recursive: true})
  try {
    symlinkSync(target, path, 'dir')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
}
link('@types/node')
for (const {name, code} of blocks) {
  for (const [, specifier] of code.matchAll(/from '([^'.][^']*)'/g)) {
    if (!specifier?.startsWith('node:')) link((specifier as string).split('/').slice(0, specifier?.startsWith('@') ? 2 : 1).join('/'))
  }
  writeFileSync(join(project, `${name}.mts`), code)
}
writeFileSync(join(project, 'package.json'), JSON.stringify({name: 'guides', private: true, type: 'module'}))

describe('docs/guides code', () => {
  it('has code blocks in every guide', () => {
    const files = readdirSync(guides).filter((file) => file.endsWith('.md'))
    expect(files.length).toBeGreaterThanOrEqual(4)
    for (const file of files) expect(blocks.some((block) => block.name.startsWith(file.replace(/\.md$/, ''))), file).toBe(true)
  })

  it.each(blocks.map((block) => [block.name]))('%s runs and prints', (name) => {
    const tsx = spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(project, `${name}.mts`)], {cwd: root, encoding: 'utf8'})
    expect(tsx.stderr).toBe('')
    expect(tsx.status).toBe(0)
    expect(tsx.stdout.length).toBeGreaterThan(0)
  })

  it('type-checks (strict, node16)', () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({compilerOptions: {module: 'node16', moduleResolution: 'node16', target: 'es2022', strict: true, noEmit: true, skipLibCheck: true, types: ['node']}, include: ['*.mts']}),
    )
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], {encoding: 'utf8'})
    expect(tsc.stdout + tsc.stderr).toBe('')
    expect(tsc.status).toBe(0)
  }, 60_000)
})
