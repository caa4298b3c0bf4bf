/**
 * A byte stream → its lines as bytes, one at a time, as they arrive. Lines are split on
 * bytes rather than after decoding, so that one line that is not UTF-8 is an error of that
 * line only (its own fatal decode), and a stream of any length is read in constant memory
 * beyond its longest line.
 *
 * @internal
 */

/** One line: its bytes without `\n` or `\r\n`, and its 1-based number. Blank lines are skipped but counted. */
export interface Line {
  number: number
  bytes: Uint8Array
}

/** The non-blank lines of `stream` (stdin, a file stream), each as soon as its `\n` arrives. */
export async function* splitLines(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<Line> {
  let pending: Uint8Array[] = []
  let number = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    let start = 0
    for (let end = bytes.indexOf(10); end >= 0; end = bytes.indexOf(10, start)) {
      number++
      // A copy: a view would keep (and send to a worker) the whole chunk.
      const line = joined([...pending, bytes.subarray(start, end)])
      pending = []
      start = end + 1
      if (!isBlank(line)) yield {number, bytes: withoutCarriageReturn(line)}
    }
    if (start < bytes.length) pending.push(bytes.slice(start))
  }
  if (pending.length > 0) {
    const line = joined(pending)
    if (!isBlank(line)) yield {number: number + 1, bytes: withoutCarriageReturn(line)}
  }
}

function joined(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return (parts[0] as Uint8Array).slice()
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

function withoutCarriageReturn(line: Uint8Array): Uint8Array {
  return line[line.length - 1] === 13 ? line.subarray(0, line.length - 1) : line
}

/** Only spaces, tabs and a carriage return. */
function isBlank(line: Uint8Array): boolean {
  return line.every((byte) => byte === 32 || byte === 9 || byte === 13)
}
