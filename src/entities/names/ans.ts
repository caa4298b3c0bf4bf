/**
 * Symbols entropy-coded with static frequencies (rANS, byte-wise, a 30-bit state), both
 * ways: what lets a shipped table cost about its entropy instead of what gzip makes of one
 * character a symbol (gzip gives each symbol a whole number of bits: the name model's
 * weight levels, 63 % of them zero, took 2.0 bits each through gzip, 1.52 coded here).
 * Decoding (run time) is a table lookup, a multiply and now and then a byte per symbol.
 * Encoding and choosing the frequencies are for the generators.
 *
 * The frequencies of a table sum to {@link ansTotal}; every symbol a stream holds must
 * have a frequency of at least 1 in the table it is coded with.
 *
 * @internal
 */

/** Bits of the frequency total. */
const scaleBits = 12

/**
 * What the frequencies of one table sum to.
 *
 * @example
 * ```ts
 * ansTotal // 4096
 * ```
 */
export const ansTotal = 1 << scaleBits

/**
 * The state stays in [lowest, lowest * 256) between symbols: below 2^30, so that V8
 * keeps it a small integer (a larger one would be a heap number in the decoding loop).
 */
const lowest = 1 << 22

/**
 * Decode `count` symbols from `bytes`, one byte a character (what `atob` returns of the
 * base64 of {@link ansEncode}'s bytes: read in place, not copied into an array first;
 * zeros are read past the end), the tables taken in turn (symbol `i` with
 * `tables[i % tables.length]`), each symbol `s` given as `values[s]`: what a table of
 * numbers needs in one pass.
 *
 * @example
 * ```ts
 * const tables = [[4095, 1]]
 * ansDecode(String.fromCharCode(...ansEncode(Uint8Array.of(0, 1, 0), tables)), tables, 3, [5, 7]) // Float32Array [5, 7, 5]
 * ```
 */
export function ansDecode(bytes: string, tables: ReadonlyArray<readonly number[]>, count: number, values: readonly number[]): Float32Array {
  const out = new Float32Array(count)
  const width = values.length
  // Every table's slots, frequencies and starts side by side: table `t` at `t << scaleBits` and `t * width`.
  const symbolAt = new Uint8Array(tables.length << scaleBits)
  const frequency = new Uint32Array(tables.length * width)
  const start = new Uint32Array(tables.length * width)
  tables.forEach((frequencies, table) => {
    let at = 0
    for (let symbol = 0; symbol < width; symbol++) {
      const size = frequencies[symbol] ?? 0
      frequency[table * width + symbol] = size
      start[table * width + symbol] = at
      symbolAt.fill(symbol, (table << scaleBits) + at, (table << scaleBits) + at + size)
      at += size
    }
    if (at !== ansTotal) throw new Error(`ans: table ${table}'s frequencies sum to ${at}, not ${ansTotal}`)
  })
  const level = Float32Array.from(values)
  const length = bytes.length
  let next = 4
  let state = (bytes.charCodeAt(0) << 24) | (bytes.charCodeAt(1) << 16) | (bytes.charCodeAt(2) << 8) | bytes.charCodeAt(3)
  for (let index = 0, table = 0; index < count; index++) {
    const slot = state & (ansTotal - 1)
    const symbol = symbolAt[(table << scaleBits) | slot] as number
    const at = table * width + symbol
    out[index] = level[symbol] as number
    state = (frequency[at] as number) * (state >>> scaleBits) + slot - (start[at] as number)
    while (state < lowest) state = (state << 8) | (next < length ? bytes.charCodeAt(next++) : 0)
    if (++table === tables.length) table = 0
  }
  return out
}

/**
 * Encode symbols for {@link ansDecode}: symbol `i` with `tables[i % tables.length]`, in
 * which it must have a frequency of at least 1.
 *
 * @example
 * ```ts
 * ansEncode(Uint8Array.of(0, 0, 0, 0), [[4095, 1]]).length // 4: the state alone
 * ```
 */
export function ansEncode(symbols: ArrayLike<number>, tables: ReadonlyArray<readonly number[]>): Uint8Array {
  const starts = tables.map((frequencies) => {
    let at = 0
    return frequencies.map((frequency) => (at += frequency) - frequency)
  })
  const out: number[] = []
  let state = lowest
  // rANS codes backwards: the decoder reads the symbols in order.
  for (let index = symbols.length - 1; index >= 0; index--) {
    const table = index % tables.length
    const symbol = symbols[index] as number
    const frequency = tables[table]?.[symbol] ?? 0
    if (frequency < 1) throw new Error(`ans: symbol ${symbol} at ${index} has no frequency`)
    const limit = (lowest >>> scaleBits) * 256 * frequency
    while (state >= limit) {
      out.push(state & 255)
      state = Math.floor(state / 256)
    }
    state = Math.floor(state / frequency) * ansTotal + (state % frequency) + (starts[table]?.[symbol] as number)
  }
  out.push(state & 255, (state >>> 8) & 255, (state >>> 16) & 255, state >>> 24)
  return Uint8Array.from(out.reverse())
}

/**
 * Frequencies summing to {@link ansTotal} in proportion to `counts`, at least 1 for every
 * symbol counted (for the generators).
 *
 * @example
 * ```ts
 * ansFrequencies([3, 1, 0]) // [3072, 1024, 0]
 * ```
 */
export function ansFrequencies(counts: readonly number[]): number[] {
  const sum = counts.reduce((total, count) => total + count, 0)
  if (sum === 0) return counts.map((_, symbol) => (symbol === 0 ? ansTotal : 0))
  const frequencies = counts.map((count) => (count === 0 ? 0 : Math.max(1, Math.round((count / sum) * ansTotal))))
  // Settle the rounding on the symbols that can best afford it: the most frequent first.
  const order = counts.map((_, symbol) => symbol).sort((a, b) => (counts[b] as number) - (counts[a] as number) || a - b)
  let excess = frequencies.reduce((total, frequency) => total + frequency, 0) - ansTotal
  for (let turn = 0; excess !== 0; turn = (turn + 1) % order.length) {
    const symbol = order[turn] as number
    if (excess > 0 && (frequencies[symbol] as number) > 1) {
      frequencies[symbol] = (frequencies[symbol] as number) - 1
      excess--
    } else if (excess < 0 && (counts[symbol] as number) > 0) {
      frequencies[symbol] = (frequencies[symbol] as number) + 1
      excess++
    }
  }
  return frequencies
}
