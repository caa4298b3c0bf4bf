/**
 * Where tasks run. `--jobs N` parses on N threads: the main thread and N − 1 worker
 * threads, each running this same CLI file as a worker (see `cli.ts`). Every thread pays
 * a cold start (the model set up, the code compiled: measured at about as much CPU as
 * parsing a few hundred KB warm), so workers start only after the first
 * {@link inlineBytes} of input, and the main thread keeps parsing too rather than leaving
 * a core to a third cold start.
 * A task goes to a worker with room (fewer than {@link depth} tasks queued), else it is
 * parsed in the main thread. A worker that dies fails its tasks (reported, counted) and is
 * replaced.
 *
 * @internal
 */
import {Worker} from 'node:worker_threads'
import {failure, performSafely, type Done, type Task, type WorkSettings} from './work.js'

/** Runs tasks; results may complete out of order (the caller restores the order). */
export interface Runner {
  run(task: Task): Promise<Done>
  close(): Promise<void>
  /** How many threads parsed: 1, or 1 + the workers started. */
  threads(): number
}

/** How much input (bytes) the main thread parses alone before worker threads start. */
export const inlineBytes = 128 * 1024

/** Tasks queued a worker, so that it never waits for the main thread to hand it the next. */
const depth = 2

/**
 * A runner for `jobs` threads: the main thread alone for the first `inline` bytes of
 * input, then the main thread and up to `jobs - 1` workers running `script`.
 */
export function runnerFor(jobs: number, script: URL, settings: WorkSettings, inline = inlineBytes): Runner {
  if (jobs <= 1) return inProcess(settings)
  const pool = new WorkerPool(jobs - 1, script, settings)
  let seen = 0
  return {
    run: (task) => {
      seen += task.kind === 'failed' ? 0 : task.bytes.length
      if (seen > inline && pool.hasRoom()) return pool.run(task)
      return Promise.resolve(performSafely(task, settings))
    },
    close: () => pool.close(),
    threads: () => 1 + pool.started,
  }
}

/** Every task in the main thread, one after another. */
export function inProcess(settings: WorkSettings): Runner {
  return {
    run: (task) => Promise.resolve(performSafely(task, settings)),
    close: () => Promise.resolve(),
    threads: () => 1,
  }
}

interface Job {
  task: Task
  resolve: (done: Done) => void
}

/** Up to `size` worker threads running `script` with `settings` as their `workerData`. */
export class WorkerPool {
  /** How many workers were started in all (a replaced one counts again). */
  started = 0
  /** Each worker's tasks, in the order it was given them (it answers in that order). */
  private readonly queues = new Map<Worker, Job[]>()
  private closing = false

  constructor(
    private readonly size: number,
    private readonly script: URL,
    private readonly settings: WorkSettings,
  ) {}

  /** Whether a task given now would be queued to a worker without waiting. */
  hasRoom(): boolean {
    return this.queues.size < this.size || [...this.queues.values()].some((queue) => queue.length < depth)
  }

  /** Give `task` to the least busy worker (starting one while fewer than `size` run). */
  run(task: Task): Promise<Done> {
    let worker: Worker | undefined
    let least = Number.POSITIVE_INFINITY
    for (const [candidate, queue] of this.queues) {
      if (queue.length < least) [worker, least] = [candidate, queue.length]
    }
    if (!worker || (least > 0 && this.queues.size < this.size)) worker = this.spawn()
    const chosen = worker
    return new Promise((resolve) => {
      this.queues.get(chosen)?.push({task, resolve})
      chosen.postMessage(task)
    })
  }

  async close(): Promise<void> {
    this.closing = true
    await Promise.all([...this.queues.keys()].map((worker) => worker.terminate()))
  }

  private spawn(): Worker {
    const worker = new Worker(this.script, {workerData: this.settings})
    this.queues.set(worker, [])
    this.started++
    worker.on('message', (done: Done) => this.queues.get(worker)?.shift()?.resolve(done))
    worker.on('error', (error) => this.lost(worker, error.message))
    worker.on('exit', (code) => this.lost(worker, `exit code ${code}`))
    return worker
  }

  private lost(worker: Worker, reason: string): void {
    const queue = this.queues.get(worker)
    if (this.closing || !queue) return
    this.queues.delete(worker)
    for (const job of queue) job.resolve(failure(job.task, `internal error: the worker thread stopped (${reason})`, this.settings))
  }
}
