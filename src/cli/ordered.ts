/**
 * Results written in input order as soon as they can be: each submitted result takes the
 * next slot, and the slots at the head are written (and flushed) the moment they are done,
 * while later ones wait. At most `window` results are in flight or waiting, so input is
 * read only as fast as output is written.
 *
 * @internal
 */
import type {Done} from './work.js'

interface Slot {
  done?: Done
}

export class OrderedOutput {
  private readonly slots: Slot[] = []
  private readonly waiting: Array<() => void> = []
  private writing: Promise<void> = Promise.resolve()
  private written = 0

  /**
   * @param write - writes one result's text (and waits for the stream to drain when it must)
   * @param between - text written between two results
   * @param onWritten - called after each result is written, in order
   * @param window - how many results may be in flight or waiting
   */
  constructor(
    private readonly write: (text: string) => Promise<void>,
    private readonly between: string,
    private readonly onWritten: (done: Done, index: number) => void,
    private readonly window: number,
  ) {}

  /** Take the next slot for `result`; waits while `window` results are unwritten. */
  async submit(result: Promise<Done>): Promise<void> {
    while (this.slots.length >= this.window) await new Promise<void>((resolve) => this.waiting.push(resolve))
    const slot: Slot = {}
    this.slots.push(slot)
    void result.then((done) => {
      slot.done = done
      this.writing = this.writing.then(() => this.drain())
    })
  }

  /** Wait until every submitted result is written; returns how many were. */
  async finish(): Promise<number> {
    while (this.slots.length > 0) await new Promise<void>((resolve) => this.waiting.push(resolve))
    await this.writing
    return this.written
  }

  private async drain(): Promise<void> {
    for (let slot = this.slots[0]; slot?.done; slot = this.slots[0]) {
      this.slots.shift()
      await this.write((this.written > 0 ? this.between : '') + slot.done.text)
      this.onWritten(slot.done, this.written++)
      this.waiting.shift()?.()
    }
  }
}
