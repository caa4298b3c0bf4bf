/**
 * Throw a `TypeError` that says what was given when `value` is not a string.
 *
 * @internal
 */
export function assertText(value: unknown, functionName: string): asserts value is string {
  if (typeof value === 'string') return
  throw new TypeError(`nutgraf: ${functionName}() expects a string, got ${describeValue(value)}`)
}

/**
 * Say what a value is, for error messages ("null", "number 5", "an array (length 2)").
 *
 * @example
 * ```ts
 * describeValue([1, 2]) // 'an array (length 2)'
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return `an array (length ${value.length})`
  switch (typeof value) {
    case 'undefined':
      return 'undefined'
    case 'number':
    case 'boolean':
    case 'bigint':
      return `${typeof value} ${String(value)}`
    case 'string':
      return 'a string'
    case 'symbol':
      return 'a symbol'
    case 'function':
      return 'a function'
    default: {
      const name = (value as object).constructor?.name
      return name && name !== 'Object' ? `an instance of ${name}` : 'an object'
    }
  }
}
