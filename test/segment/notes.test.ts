import {describe, expect, it} from 'vitest'
import {segment} from '../../src/index.js'

describe('a box of labelled lines after the story (session 15)', () => {
  const story = [
    'Rovers go top after late Kaya winner',
    'By James Holt',
    "Tranmere Rovers moved to the top of League Two on Saturday after Emre Kaya's header in the 88th minute gave them a 2-1 win at Barnsley.",
    'Barnsley had led through a penalty in the 34th minute, but Rovers were level six minutes after the break when Lewis Fiddler scored.',
  ].join('\n\n')
  const box = 'Match facts\n\nBarnsley: Collins, Williams, Roberts (Kitching 71), Benson, Phillips.\nTranmere: Hawkes, Turnbull, Davies, Fiddler, Kaya.\n\nReferee: Tom Nield. Attendance: 11,208.'

  it('is a fact-box note, heading and all (it was lost)', () => {
    const {notes, body} = segment(`${story}\n\n${box}`)
    expect(notes.map((note) => [note.kind, note.text.slice(0, 24)])).toEqual([['fact-box', 'Match facts\n\nBarnsley: C']])
    expect(notes[0]?.text.endsWith('Attendance: 11,208.')).toBe(true)
    expect(body).toHaveLength(2)
  })

  it('needs two labelled lines or more, each of its lines labelled', () => {
    expect(segment(`${story}\n\nMatch facts\n\nReferee: Tom Nield.`).notes).toEqual([])
    expect(segment(`${story}\n\nMatch facts\n\nReferee: Tom Nield.\nThe crowd was the biggest of the season.`).notes.some((note) => note.kind === 'fact-box')).toBe(false)
  })
})
