import {describe, expect, it} from 'vitest'
import {isScoreLine} from '../../src/segment/rules/box-score.js'
import {segment} from '../../src/index.js'

describe('box score lines', () => {
  it('reads score lines, team headings and stat lines', () => {
    expect(isScoreLine('NEVADA 72, SAN JOSE STATE 51')).toBe(true)
    expect(isScoreLine('SAN JOSE STATE (1-14 (0-2 WAC))')).toBe(true)
    expect(isScoreLine('White, Natalie 11-17 0-0 22; Barnes, Myosha 4-6 2-2 10; Davis, Tamiko 4-9 0-0 8')).toBe(true)
  })

  it('reads a line-score row whose cells are apart by tabs or runs of spaces', () => {
    expect(isScoreLine('San Jose State................\t19\t32\t-\t51')).toBe(true)
    expect(isScoreLine('Nevada........................   41   31  -   72')).toBe(true)
  })

  it('a date, a sentence with a score or a counter is not one', () => {
    expect(isScoreLine('Jan. 14, 2008')).toBe(false)
    expect(isScoreLine('The Spartans lost 72-51 to Nevada on Thursday night.')).toBe(false)
    expect(isScoreLine('Reader views (0)')).toBe(false)
  })

  it('a box score right after the story is body, up to the next non-score line', () => {
    const story = [
      'Natalie White scored 22 points for San Jose State, but Nevada used a 12-0 run in the first half to take control of the game.',
      'San Jose State is now 1-14 overall and 0-2 in the conference, and plays its home opener against Hawaii on Saturday.',
      'NEVADA 72, SAN JOSE STATE 51',
      'SAN JOSE STATE (1-14)',
      'White 11-17 0-0 22, Barnes 4-6 2-2 10, Davis 4-9 0-0 8. Totals 23-51 4-9 51.',
      'Email this story',
    ].join('\n\n')
    const body = segment(story).body.map((paragraph) => paragraph.text)
    expect(body.slice(2)).toEqual(['NEVADA 72, SAN JOSE STATE 51', 'SAN JOSE STATE (1-14)', 'White 11-17 0-0 22, Barnes 4-6 2-2 10, Davis 4-9 0-0 8. Totals 23-51 4-9 51.'])
  })
})

describe('wire sign-off', () => {
  it('leaves " - Sapa" out of the last paragraph and reports it as a contributors note', () => {
    const text = 'The minister said the talks would resume in March after the elections.\n\nThe union said it had not been consulted about the new date and would meet on Monday. - Sapa'
    const result = segment(text)
    expect(result.body.at(-1)?.text).toBe('The union said it had not been consulted about the new date and would meet on Monday.')
    expect(result.notes).toEqual([{kind: 'contributors', text: '- Sapa', span: {start: text.length - 6, end: text.length}}])
  })

  it('reads a dash lost to "?" in the text as the sign-off\'s dash (" ? PTI")', () => {
    const text = 'The minister said the talks would resume in March after the elections.\n\nHis supporters have twice stopped the police from closing the hall. ? PTI'
    const result = segment(text)
    expect(result.body.at(-1)?.text).toBe('His supporters have twice stopped the police from closing the hall.')
    expect(result.notes.map((note) => note.text)).toEqual(['? PTI'])
    // A question mark ends a question before a capital: no sign-off without the space around it.
    expect(segment('Who stopped the police?\n\nThey asked who had stopped the police from closing the hall?PTI').body.at(-1)?.text).toContain('?PTI')
  })

  it('keeps a dash and a capital inside a sentence', () => {
    const text = 'The minister said the talks would resume in March after the elections - Reuters reported.'
    expect(segment(text).body[0]?.text).toBe(text)
  })
})
