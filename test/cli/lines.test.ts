/** Splitting a byte stream into JSONL lines: any chunking, CRLF, blank lines counted but skipped. */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {splitLines} from '../../src/cli/lines.js'

async function collect(chunks: Uint8Array[]): Promise<Array<[number, string]>> {
  const out: Array<[number, string]> = []
  async function* stream() {
    yield* chunks
  }
  for await (const line of splitLines(stream())) out.push([line.number, new TextDecoder().decode(line.bytes)])
  return out
}
const encode = (text: string) => new TextEncoder().encode(text)

describe('splitLines', () => {
  it('numbers lines from 1, strips \\r\\n, skips blank lines, keeps a last line without \\n', async () => {
    expect(await collect([encode('{"a":1}\r\n\n  \t\n{"b":2}\n{"c":')] .concat([encode('3}')]))).toEqual([
      [1, '{"a":1}'],
      [4, '{"b":2}'],
      [5, '{"c":3}'],
    ])
  })

  it('gives the same lines however the bytes are chunked (a character may be cut in two)', async () => {
    const text = '{"id":1,"text":"Kyiv — Київ"}\n\n{"id":2,"text":"😀"}\r\nlast'
    const whole = await collect([encode(text)])
    expect(whole.map(([number]) => number)).toEqual([1, 3, 4])
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({min: 1, max: 7}), {minLength: 1, maxLength: 40}), async (sizes) => {
        const bytes = encode(text)
        const chunks: Uint8Array[] = []
        for (let at = 0, index = 0; at < bytes.length; index++) {
          const size = sizes[index % sizes.length] as number
          chunks.push(bytes.slice(at, at + size))
          at += size
        }
        expect(await collect(chunks)).toEqual(whole)
      }),
      {numRuns: 200, seed: 20261129},
    )
  })
})
