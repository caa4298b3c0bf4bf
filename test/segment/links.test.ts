import {describe, expect, it} from 'vitest'
import {segment} from '../../src/index.js'

const body = 'The council voted on Tuesday to close the old library, officials said after the meeting.\n\nThe building will be sold next year, the mayor said in a statement on Wednesday.'

describe('links no part holds', () => {
  it('reports a link line after the body, under a rule, as a link reference, words and all', () => {
    const line = 'Follow our coverage of the council at https://example.com/hub/council'
    const text = `${body}\n\n___\n\n${line}\n\nCopyright 2024 The Daily Courier.`
    const links = segment(text).references.filter((reference) => reference.kind === 'link')
    expect(links).toEqual([{kind: 'link', text: line, url: 'https://example.com/hub/council', span: {start: text.indexOf('Follow'), end: text.indexOf('\n\nCopyright')}}])
  })

  it('reports each link of a line of two links on its own', () => {
    const text = `${body}\n\n___\n\nMore at https://example.com/a and https://example.com/b`
    const links = segment(text).references.filter((reference) => reference.kind === 'link')
    expect(links.map((link) => link.text)).toEqual(['https://example.com/a', 'https://example.com/b'])
  })

  it("leaves the page's text after the article alone (a reader's comment with a link)", () => {
    const text = `${body}\n\nComments\n\nbruno\n\nPlease visit the ministry's website at http://www.example.gov/budget.html to see the figures.`
    expect(segment(text).references.filter((reference) => reference.kind === 'link')).toEqual([])
  })
})
