import {describe, expect, it} from 'vitest'
import {organizationHeads} from '../../src/data/org-words.js'
import {moreOrganizationHeads} from '../../src/data/speech-cues.js'
import {organizationsByHead} from '../../src/quotes/mention-kinds.js'
import {viewParagraph} from '../../src/quotes/paragraph-view.js'

const isHead = (word: string): boolean => organizationHeads.has(word) || moreOrganizationHeads.has(word)

describe('organizationsByHead', () => {
  // It tokenizes a paragraph only when the ASCII letters before a mention's end are a head.
  it('relies on heads being ASCII letters only', () => {
    expect([...organizationHeads, ...moreOrganizationHeads].filter((word) => !/^[A-Za-z]+$/.test(word))).toEqual([])
  })

  it('widens a mention ending in a head and leaves the others', () => {
    const text = 'Officials at the Defence Ministry said so. Ali al-Ministry spoke.'
    const view = viewParagraph(text, {spans: [{start: 0, end: text.length}]})
    const at = (words: string): {start: number; end: number} => ({start: text.indexOf(words), end: text.indexOf(words) + words.length})
    view.mentions.push({...at('Ministry'), kind: 'person', name: 'Ministry'}, {...at('Ali al-Ministry'), kind: 'person', name: 'Ali al-Ministry'})
    expect(organizationsByHead([view], isHead)).toEqual(['Defence Ministry'])
    expect(view.mentions.map((mention) => [text.slice(mention.start, mention.end), mention.kind])).toEqual([
      ['Defence Ministry', 'organization'],
      ['Ali al-Ministry', 'person'],
    ])
  })
})
