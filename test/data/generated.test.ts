/**
 * Generated data matches its generator (docs/data.md): the gazetteers are built again
 * from the npm packages and compared with the committed file byte for byte; the
 * manifest (src/data/generated.json) records the inputs present and the files
 * committed. Training the name model again takes minutes: `npm run check:data` does it.
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {buildGazetteers, gazetteerInputs, outputFile} from '../../scripts/generate/build-gazetteers.js'
import {projectRoot, readManifest, sha256} from '../../scripts/generate/manifest.js'
import {nerModelInputs} from '../../scripts/generate/ner-sources.js'
import {knownAcronymInputs, outputFile as knownAcronymsFile} from '../../scripts/generate/known-acronyms.js'

const manifest = readManifest()
const sharedEval = join(projectRoot, '..', 'shared', 'eval')

describe('src/data/gazetteer-lists.ts', () => {
  it('is what scripts/generate/build-gazetteers.ts builds, byte for byte', () => {
    expect(buildGazetteers().text === readFileSync(outputFile, 'utf8')).toBe(true)
  })

  it('has its inputs (package versions, hashes) and output recorded in src/data/generated.json', () => {
    const entry = manifest['src/data/gazetteer-lists.ts']
    expect(entry?.inputs).toEqual(gazetteerInputs())
    expect(entry?.output).toBe(sha256(readFileSync(outputFile)))
  })
})

describe('src/data/ner-model.ts', () => {
  const entry = manifest['src/data/ner-model.ts']

  it('is the file recorded in src/data/generated.json', () => {
    expect(entry?.output).toBe(sha256(readFileSync(join(projectRoot, 'src', 'data', 'ner-model.ts'))))
  })

  it.skipIf(!existsSync(sharedEval))('was trained from the files in ../shared/eval as they are now (skipped: ../shared/eval is absent)', () => {
    expect(entry?.inputs).toEqual(nerModelInputs())
  })
})

describe('src/data/known-acronyms.ts', () => {
  const entry = manifest['src/data/known-acronyms.ts']

  it('is the file recorded in src/data/generated.json', () => {
    expect(entry?.output).toBe(sha256(readFileSync(knownAcronymsFile)))
  })

  it.skipIf(!existsSync(sharedEval))('was counted from the files in ../shared/eval as they are now (skipped: ../shared/eval is absent)', () => {
    expect(entry?.inputs).toEqual(knownAcronymInputs())
  })
})

describe('docs/data.md', () => {
  it('lists every generated file with its generator and command', () => {
    const page = readFileSync(join(projectRoot, 'docs', 'data.md'), 'utf8')
    for (const [file, {generator, command}] of Object.entries(manifest)) {
      expect(page).toContain(file)
      expect(page).toContain(generator)
      expect(page).toContain(command)
    }
  })
})
