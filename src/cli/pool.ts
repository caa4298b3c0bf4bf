/**
 * Where tasks run: the first {@link inlineBytes} of input in the main thread (a worker
 * costs a cold start, about as long as parsing 100 KB), the rest on a pool of up to
 * `--jobs` worker threads, each running this same CLI file as a worker (see `cli.ts`).
 * Workers are started as tasks arrive and none is idle, and take one task at a time; a
 * worker that dies fails its task (reported, counted) and is replaced.
 *
 * @internal
 */
import {Worker} from 'node:worker_threads'
import {failure, performSafely, type Done, type Task, type WorkSettings} from './work.js'

/** Runs tasks; results may complete out of order (the caller restores the order). */
export interface Runner {
  run(task: Task): Promise<Done>
  close(): Promise<void>
  /** How many worker threads were started (0: all in the main thread). */
  threads(): number
}

/** How much input (bytes) is parsed in the main thread before worker threads start. */
export const inlineBytes = 256 * 1024

/**
 * A runner for `jobs` threads: the main thread for the first `inline` bytes of input,
 * then a pool of worker threads running `script`.
 */
export function runnerFor(jobs: number, script: URL, settings: WorkSettings, inline = inlineBytes): Runner {
  if (jobs <= 1) return inProcess(settings)
  const pool = new WorkerPool(jobs, script, settings)
  let seen = 0
  return {
    run: (task) => {
      seen += task.kind === 'failed' ? 0 : task.bytes.length
      return seen <= inline ? Promise.resolve(performSafely(task, settings)) : pool.run(task)
    },
    close: () => pool.close(),
    threads: () => pool.started,
  }
}

/** Every task in the main thread, one after another. */
export function inProcess(settings: WorkSettings): Runner {
  return {
    run: (task) => Promise.resolve(performSafely(task, settings)),
    close: () => Promise.resolve(),
    threads: () => 0,
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
  private readonly idle: Worker[] = []
  private readonly busy = new Map<Worker, Job>()
  private readonly queue: Job[] = []
  private readonly workers = new Set<Worker>()
  private closing = false

  constructor(
    private readonly size: number,
    private readonly script: URL,
    private readonly settings: WorkSettings,
  ) {}

  run(task: Task): Promise<Done> {
    return new Promise((resolve) => {
      this.queue.push({task, resolve})
      this.dispatch()
    })
  }

  async close(): Promise<void> {
    this.closing = true
    await Promise.all([...this.workers].map((worker) => worker.terminate()))
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.workers.size < this.size ? this.spawn() : undefined)
      if (!worker) return
      const job = this.queue.shift() as Job
      this.busy.set(worker, job)
      worker.postMessage(job.task)
    }
  }

  private spawn(): Worker {
    const worker = new Worker(this.script, {workerData: this.settings})
    this.workers.add(worker)
    this.started++
    worker.on('message', (done: Done) => {
      const job = this.busy.get(worker)
      this.busy.delete(worker)
      this.idle.push(worker)
      job?.resolve(done)
      this.dispatch()
    })
    worker.on('error', (error) => this.lost(worker, error.message))
    worker.on('exit', (code) => this.lost(worker, `exit code ${code}`))
    return worker
  }

  private lost(worker: Worker, reason: string): void {
    if (this.closing || !this.workers.delete(worker)) return
    const at = this.idle.indexOf(worker)
    if (at >= 0) this.idle.splice(at, 1)
    const job = this.busy.get(worker)
    this.busy.delete(worker)
    job?.resolve(failure(job.task, `internal error: the worker thread stopped (${reason})`, this.settings))
    this.dispatch()
  }
}
