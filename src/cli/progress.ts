/**
 * The progress line of `nutgraf` on stderr, shown only when stderr is a terminal:
 * `[12/340] articles/x.txt` for files, `[1200] records` for JSONL, redrawn at most ten
 * times a second, and a summary at the end.
 *
 * @internal
 */

const clearLine = '\r\x1b[K'

export class Progress {
  private shown = false
  private last = 0

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly enabled: boolean,
    private readonly total: number | undefined,
  ) {}

  /** After the `done`-th result (1-based) is written; `label` names it. */
  update(done: number, label: string): void {
    if (!this.enabled) return
    const now = Date.now()
    if (this.shown && now - this.last < 100 && done !== this.total) return
    this.last = now
    this.shown = true
    const count = this.total === undefined ? `[${done}] records` : `[${done}/${this.total}] ${label}`
    this.stream.write(clearLine + count.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?'))
  }

  /** Take the line away before something else is written to the terminal. */
  clear(): void {
    if (!this.enabled || !this.shown) return
    this.stream.write(clearLine)
    this.shown = false
  }

  /** The last line: how many inputs were parsed. */
  finish(summary: string): void {
    if (!this.enabled) return
    this.stream.write(clearLine + summary + '\n')
  }
}
