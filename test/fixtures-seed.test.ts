/**
 * The seed fixture (../shared/fixtures/moscow-times-belarus-drills) is kept as a copy in
 * test/fixtures/seed, which the fixture test reads when ../shared is absent. With
 * ../shared beside the project, the copy must be the original, byte for byte.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {seedFixtures, sharedFixtures} from './helpers/fixtures.js'

const copies = readdirSync(seedFixtures).sort()

describe('the seed fixture copy', () => {
  it('holds the article and its expected file', () => {
    expect(copies).toEqual(['moscow-times-belarus-drills.expected.json', 'moscow-times-belarus-drills.txt'])
  })

  it.skipIf(!existsSync(sharedFixtures)).each(copies)('%s equals the one in ../shared/fixtures (skipped when ../shared is absent)', (file) => {
    expect(readFileSync(join(seedFixtures, file)).equals(readFileSync(join(sharedFixtures, file)))).toBe(true)
  })
})
