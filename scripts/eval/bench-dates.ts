/**
 * `npm run bench:dates`: time `extractEntities(...).dates` on news text of growing
 * size (the moscow fixture's body, repeated, plus a dense date paragraph), to see that
 * the cost grows linearly. Prints ms and µs per KB; nothing is asserted.
 */
import {extractEntities} from '../../src/index.js'

const paragraph =
  'U.S. and Belarusian defense chiefs held rare telephone talks on Thursday, Feb. 10, 2022, at 6:30 p.m. local time. ' +
  'The war games — set to run until Feb. 20 — followed a buildup some three decades after the collapse. ' +
  'Last week, two days ago, next month, earlier this year, yesterday, every Monday, 48 hours, the 1990s, Q3 2023. ' +
  'See https://www.example.com/2022/02/10/a-story.html for more; call 555-1234; the score was 3-2.\n\n'

for (const kilobytes of [10, 100, 1000]) {
  const text = paragraph.repeat(Math.ceil((kilobytes * 1024) / paragraph.length))
  extractEntities(text.slice(0, 5000), {referenceDate: '2022-02-10'})
  const started = performance.now()
  const {dates} = extractEntities(text, {referenceDate: '2022-02-10'})
  const elapsed = performance.now() - started
  console.log(`${String(kilobytes).padStart(5)} KB: ${elapsed.toFixed(0).padStart(6)} ms, ${((elapsed * 1000) / kilobytes).toFixed(0)} µs/KB, ${dates.length} dates`)
}
