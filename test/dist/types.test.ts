/**
 * The built declaration files as consumers see them: a CommonJS (.cts) and an ESM (.mts)
 * project, `module: node16`, `skipLibCheck: false`, importing `nutgraf` and
 * `nutgraf/retext` through the package's `exports`. Catches TS1479 (a CJS file that
 * reaches ESM-only types) and errors inside the .d.ts / .d.cts files.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect, it} from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))

const consumer = (importLine: string) => `${importLine}
const article: Article = parseArticle('Gen. Mark Milley spoke on Thursday.', {referenceDate: '2022-02-10'})
const first: string | undefined = article.entities.people[0]?.name
const data: NutgrafData | undefined = undefined
const transform = retextNutgraf({referenceDate: new Date()})
transform({type: 'RootNode', children: []}, {value: 'x', data: {}})
export const used = [first, data, segment('x').body, extractEntities('x').dates]
`

it('type-checks from a CommonJS and an ESM consumer with node16 resolution', () => {
  const project = mkdtempSync(join(tmpdir(), 'nutgraf-types-'))
  try {
    mkdirSync(join(project, 'node_modules'))
    symlinkSync(root, join(project, 'node_modules', 'nutgraf'), 'dir')
    writeFileSync(join(project, 'package.json'), JSON.stringify({name: 'consumer', private: true}))
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({compilerOptions: {module: 'node16', moduleResolution: 'node16', target: 'es2022', strict: true, exactOptionalPropertyTypes: true, noEmit: true, skipLibCheck: false, types: []}, files: ['consumer.cts', 'consumer.mts']}),
    )
    const imports = `import {parseArticle, segment, extractEntities, type Article} from 'nutgraf'\nimport {retextNutgraf, type NutgrafData} from 'nutgraf/retext'`
    writeFileSync(join(project, 'consumer.cts'), consumer(imports))
    writeFileSync(join(project, 'consumer.mts'), consumer(imports))
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], {encoding: 'utf8'})
    expect(tsc.stdout + tsc.stderr).toBe('')
    expect(tsc.status).toBe(0)
    // And the check can fail: a wrong type is reported.
    writeFileSync(join(project, 'consumer.mts'), `import {parseArticle} from 'nutgraf'\nexport const n: number = parseArticle('x').body\n`)
    const bad = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], {encoding: 'utf8'})
    expect(bad.status).not.toBe(0)
    expect(bad.stdout).toContain('consumer.mts')
  } finally {
    rmSync(project, {recursive: true, force: true})
  }
}, 60_000)
