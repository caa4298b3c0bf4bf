/**
 * Timing helpers: wall-clock and CPU milliseconds of a run, medians, number formats.
 *
 * Two CPU clocks: the process's (user + system time of all its threads, which counts
 * V8's concurrent garbage-collection threads, also when they work on garbage another
 * library left) and, on Linux, the main thread's alone (from
 * /proc/self/task/PID/schedstat, in nanoseconds), which is the JavaScript that ran.
 */
import {closeSync, existsSync, openSync, readSync} from 'node:fs'

/** Wall-clock and CPU milliseconds. `thread`: the main thread's CPU, NaN where it cannot be read. */
export interface Cost {
  wall: number
  cpu: number
  thread: number
}

const schedstat = `/proc/self/task/${process.pid}/schedstat`
let schedstatFd: number | undefined = existsSync(schedstat) ? openSync(schedstat, 'r') : undefined
const schedstatBuffer = Buffer.alloc(128)

/** Nanoseconds the main thread has run on a CPU, or NaN off Linux. */
function threadNanoseconds(): number {
  if (schedstatFd === undefined) return Number.NaN
  try {
    const length = readSync(schedstatFd, schedstatBuffer, 0, schedstatBuffer.length, 0)
    return Number(schedstatBuffer.toString('latin1', 0, length).split(' ', 1)[0])
  } catch {
    closeSync(schedstatFd)
    schedstatFd = undefined
    return Number.NaN
  }
}

/** The main thread's CPU milliseconds of a cost, or the process's where the thread's cannot be read. */
export const cpuTime = (spent: Cost): number => (Number.isFinite(spent.thread) ? spent.thread : spent.cpu)

/** Wall-clock and CPU milliseconds of one call of `work`. */
export function cost(work: () => unknown): Cost {
  const threadStart = threadNanoseconds()
  const cpuStart = process.cpuUsage()
  const start = performance.now()
  work()
  const wall = performance.now() - start
  const cpu = process.cpuUsage(cpuStart)
  return {wall, cpu: (cpu.user + cpu.system) / 1000, thread: (threadNanoseconds() - threadStart) / 1e6}
}

/** The median of `values`. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/** Format a number with thousands separators and `digits` decimals. */
export function formatNumber(value: number, digits = 0): string {
  return value.toLocaleString('en-US', {minimumFractionDigits: digits, maximumFractionDigits: digits})
}
