import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {packSource, unpackSource} from '../../src/internal/packed-source.js'
import * as packed from '../../src/internal/parse-latin-expressions.js'
import {projectRoot} from '../helpers/fixtures.js'

describe('parse-latin expressions, packed', () => {
  it("are parse-latin's own patterns, source and flags, every one", async () => {
    const file = join(projectRoot, 'node_modules', 'parse-latin', 'lib', 'expressions.js')
    const theirs = (await import(pathToFileURL(file).href)) as Record<string, RegExp>
    const mine = packed as Record<string, RegExp>
    expect(Object.keys(mine).sort()).toEqual(Object.keys(theirs).sort())
    for (const [name, pattern] of Object.entries(theirs)) {
      expect(mine[name]?.source, name).toBe(pattern.source)
      expect(mine[name]?.flags, name).toBe(pattern.flags)
    }
    // Less than half the characters of the escapes they replace.
    expect(readFileSync(join(projectRoot, 'src', 'data', 'parse-latin-expressions.ts'), 'utf8').length).toBeLessThan(readFileSync(file, 'utf8').length / 2)
  })

  it("answer parse-latin's test for every character, the first time and from what they kept", async () => {
    const file = join(projectRoot, 'node_modules', 'parse-latin', 'lib', 'expressions.js')
    const theirs = (await import(pathToFileURL(file).href)) as Record<string, RegExp>
    const mine = packed as Record<string, RegExp>
    for (const name of ['whiteSpace', 'punctuation', 'word', 'surrogates']) {
      const pattern = theirs[name] as RegExp
      expect((mine[name] as RegExp).test, name).not.toBe(RegExp.prototype.test)
      const test = (mine[name] as RegExp).test.bind(mine[name])
      const differ: number[] = []
      for (let round = 0; round < 2; round++) {
        for (let code = 0; code < 65_536; code++) {
          const char = String.fromCharCode(code)
          if (test(char) !== pattern.test(char)) differ.push(code)
        }
      }
      expect(differ, name).toEqual([])
      // A string of other than one character goes to the pattern.
      for (const value of ['', 'ab', ' \n', '\uD83D\uDE00', '.,']) expect(test(value), `${name} ${JSON.stringify(value)}`).toBe(pattern.test(value))
    }
  })

  it('unpack to the source packed, whatever the escapes', () => {
    const escape = fc.integer({min: 0, max: 0xffff}).map((code) => `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`)
    const other = fc.constantFrom('[', ']', '-', '|', '(?:', ')', 'a', 'z', '0', 'g', 'v', '\\d', '^', '$', '+')
    fc.assert(
      fc.property(fc.array(fc.oneof(escape, other), {maxLength: 60}), (parts) => {
        const source = parts.join('')
        expect(unpackSource(packSource(source))).toBe(source)
      }),
    )
  })
})
