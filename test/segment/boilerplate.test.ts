import {describe, expect, it} from 'vitest'
import {boilerplateKind} from '../../src/segment/rules/boilerplate.js'

describe('boilerplate', () => {
  it.each([
    ['Advertisement', 'ad'],
    ['Advertisement:', 'ad'],
    ['Share this article', 'share'],
    ['Share this: Digg | del.icio.us | Facebook | Yahoo! | What\'s this?', 'share'],
    ['Font Size', 'share'],
    ['E-mail', 'share'],
    ['Comments (3)', 'section-end'],
    ['Thanks for your comments - this feedback is now closed', 'section-end'],
    ['Comment Blog - Note: All Comments Subject To Approval', 'section-end'],
    ['Comments are limited to 200 words or less.', 'section-end'],
    ['COMMENT RULES', 'section-end'],
    ['Posted By: Edward M. Gomez ( Email ) | December 13 2007 at 07:52 AM', 'section-end'],
    ['Most read', 'links'],
    ['More tennis news...', 'links'],
    ['Related Stories', 'links'],
    ['Sign up for our morning briefing', 'newsletter'],
    ['We use cookies to improve your experience.', 'cookie'],
    ['© 2025 The Business Daily. All rights reserved.', 'copyright'],
    ['Home | World | Business | Sport', 'navigation'],
    ['Published: March 4, 2025', 'meta'],
    ['(Reporting by Andy Bruce; Editing by Kate Holton)', 'meta'],
    ['Additional reporting by Jane Doe in Paris; Editing by John Roe.', 'meta'],
    ['Our Standards: The Thomson Reuters Trust Principles.', 'meta'],
  ])('%j is %s', (text, kind) => {
    expect(boilerplateKind(text)).toBe(kind)
  })

  it.each([
    'The council met on Tuesday to discuss the budget.',
    'Comments from the minister angered the unions, who walked out of the talks on Friday.',
    'He said the company uses cookies and other trackers on its website without asking consent, which regulators say breaks the law, and that the fine could reach 4% of turnover.',
    'Subscribers to the service rose 10% in the quarter, the company said.',
    'Reporting by the newspaper led to his resignation, the board said.',
    'Reporting by Reuters led to his resignation.',
  ])('%j is not boilerplate', (text) => {
    expect(boilerplateKind(text)).toBeUndefined()
  })
})
