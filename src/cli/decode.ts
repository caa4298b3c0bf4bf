/**
 * Bytes of an input → its text, or why it is not text: a binary file (a NUL byte), UTF-16
 * (a byte-order mark) or bytes that are not UTF-8 (Latin-1, Windows-1252). Decoding is
 * strict (a fatal `TextDecoder`): nothing is replaced by U+FFFD behind the user's back,
 * because spans must point into the text the user has.
 *
 * @internal
 */

const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/** The text of `bytes`, or `{error}` saying why they are not UTF-8 text. A UTF-8 BOM is kept, as `readFile(…, 'utf8')` keeps it. */
export function decodeText(bytes: Uint8Array): {text: string} | {error: string} {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {error: 'UTF-16 text, not UTF-8: convert it first (iconv -f UTF-16 -t UTF-8)'}
  }
  const nul = bytes.indexOf(0)
  if (nul >= 0) return {error: `binary file, not text (a NUL byte at offset ${nul})`}
  try {
    return {text: utf8.decode(bytes)}
  } catch {
    const at = firstInvalidUtf8(bytes)
    const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')
    return {error: `not UTF-8 text (byte 0x${byte} at offset ${at}): convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8`}
  }
}

/**
 * Offset of the first byte that does not start a well-formed UTF-8 sequence
 * (WHATWG rules: no overlong forms, no surrogates, nothing above U+10FFFF), or
 * `bytes.length` when all are well formed.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index] as number
    let length: number
    let low = 0x80
    let high = 0xbf
    if (lead < 0x80) length = 1
    else if (lead >= 0xc2 && lead <= 0xdf) length = 2
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3
      if (lead === 0xe0) low = 0xa0
      if (lead === 0xed) high = 0x9f
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4
      if (lead === 0xf0) low = 0x90
      if (lead === 0xf4) high = 0x8f
    } else return index
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next]
      const [min, max] = next === 1 ? [low, high] : [0x80, 0xbf]
      if (byte === undefined || byte < min || byte > max) return index
    }
    index += length
  }
  return index
}
