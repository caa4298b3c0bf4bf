/**
 * The full data check (`npm run check:data`): run every generator of src/data again
 * (the gazetteers, the known acronyms, then the name model, which trains for minutes and needs
 * ../shared/eval) and compare what it writes with the committed files byte for byte.
 * The committed files are put back afterwards; the exit code is 1 when one differed.
 * (`npm test` regenerates only the gazetteers: test/data/generated.test.ts.)
 */
import {execFileSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {projectRoot} from '../generate/manifest.js'

const generated = ['src/data/gazetteer-lists.ts', 'src/data/known-acronyms.ts', 'src/data/ner-model.ts', 'src/data/parse-latin-expressions.ts', 'src/data/generated.json']
const committed = new Map(generated.map((file) => [file, readFileSync(join(projectRoot, file))]))
let differ = 0
try {
  for (const script of ['scripts/generate/build-gazetteers.ts', 'scripts/generate/known-acronyms.ts', 'scripts/generate/parse-latin-expressions.ts', 'scripts/generate/train-ner.ts']) {
    execFileSync(process.execPath, [join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), script], {cwd: projectRoot, stdio: 'inherit'})
  }
  for (const [file, bytes] of committed) {
    const same = readFileSync(join(projectRoot, file)).equals(bytes)
    if (!same) differ++
    console.log(`${same ? 'same   ' : 'DIFFERS'} ${file}`)
  }
} finally {
  for (const [file, bytes] of committed) writeFileSync(join(projectRoot, file), bytes)
}
process.exitCode = differ > 0 ? 1 : 0
