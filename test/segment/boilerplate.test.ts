import {describe, expect, it} from 'vitest'
import {segment} from '../../src/index.js'
import {boilerplateKind} from '../../src/segment/rules/boilerplate.js'

describe('boilerplate', () => {
  it.each([
    ['Advertisement', 'ad'],
    ['Advertisement:', 'ad'],
    ['Story continues', 'ad'],
    ['Share this article', 'share'],
    ['Share this: Digg | del.icio.us | Facebook | Yahoo! | What\'s this?', 'share'],
    ['Font Size', 'share'],
    ['Font size:', 'share'],
    ['Font:', 'share'],
    ["What's this?", 'share'],
    ['7 Comments »', 'section-end'],
    ['Comment(s)', 'section-end'],
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
    ['Read more obituaries', 'links'],
    ['Read Next', 'links'],
    ['Up next:', 'links'],
    ['Further reading', 'links'],
    ['Sign up for our morning briefing', 'newsletter'],
    // a reader-funding appeal (session 14)
    ['Become a member', 'newsletter'],
    ["We've been working hard to bring you independent, locally-sourced news from Ukraine. Consider supporting the Kyiv Independent.", 'newsletter'],
    ['Support independent journalism: donate today.', 'newsletter'],
    // a call for readers' letters (session 15)
    ['Have something to say? Submit a letter to the editor.', 'newsletter'],
    ['To respond to this column, send us a letter to the editor at letters@example.com.', 'newsletter'],
    ['We use cookies to improve your experience.', 'cookie'],
    ['© 2025 The Business Daily. All rights reserved.', 'copyright'],
    ['Home | World | Business | Sport', 'navigation'],
    ['Published: March 4, 2025', 'meta'],
    ['Updated Fri. Jan. 11 2008 10:56 PM ET', 'meta'],
    ['Email to a friend  Printer friendly', 'share'],
    ["EDITOR'S CHOICE", 'links'],
    ['What Do You Think? Post Your Comment:', 'section-end'],
    ['Make it count, Login or Register to comment', 'section-end'],
    ['del.icio.us  Digg  Reddit  YahooMyWeb  Google  Facebook  What\'s this?', 'share'],
    ['Email\t\tPrint\t \t  \tText Size', 'share'],
    ['(Reporting by Andy Bruce; Editing by Kate Holton)', 'meta'],
    ['Additional reporting by Jane Doe in Paris; Editing by John Roe.', 'meta'],
    ['Our Standards: The Thomson Reuters Trust Principles.', 'meta'],
    ['City News 7 to leave comments on news stories.', 'section-end'],
    ['Please leave your comments below:', 'section-end'],
    ['Do you have comments on this story?', 'share'],
  ])('%j is %s', (text, kind) => {
    expect(boilerplateKind(text)).toBe(kind)
  })

  it.each([
    'The council met on Tuesday to discuss the budget.',
    'Comments from the minister angered the unions, who walked out of the talks on Friday.',
    'He said the company uses cookies and other trackers on its website without asking consent, which regulators say breaks the law, and that the fine could reach 4% of turnover.',
    'Subscribers to the service rose 10% in the quarter, the company said.',
    'Reporting by the newspaper led to his resignation, the board said.',
    'Read More Posts In John',
    'Reporting by Reuters led to his resignation.',
    // A date alone may be a byline's or a comment's: only a labelled stamp is the page's.
    'January 15, 2008 - 11:16 AM',
    'She told readers to post comments on the plan before Friday, the council said.',
    'The mayor urged residents to become members of the new neighbourhood watch.',
    'Lawmakers should consider supporting the bill, the governor said.',
    'The senator said she would write a letter to the editor of the local paper to explain her vote.',
  ])('%j is not boilerplate', (text) => {
    expect(boilerplateKind(text)).toBeUndefined()
  })

  it('reads a share bar\'s "Post comments" as no comment section (it stands above the story)', () => {
    expect(boilerplateKind('Printer Friendly | Email | Add to My News | Post comments')).not.toBe('section-end')
  })
})

describe('boilerplate: rights notices and news link lists (session 4)', () => {
  it('rights notices without the word copyright', () => {
    expect(boilerplateKind('This material may not be published, broadcast, rewritten or redistributed.')).toBe('copyright')
    expect(boilerplateKind('No part of this site should be used in any other media without prior permission.')).toBe('copyright')
    expect(boilerplateKind('The copying, republication or redistribution of News Content is expressly prohibited.')).toBe('copyright')
    expect(boilerplateKind('This document is subject to copyright. Apart from any fair dealing, no part may be reproduced.')).toBe('copyright')
    expect(boilerplateKind('Smoking is prohibited in all public buildings under the new law.')).toBeUndefined()
    expect(boilerplateKind('The minister said the report may not be published before the election.')).toBeUndefined()
    expect(boilerplateKind('This material may not be reproduced in any form.')).toBe('copyright')
    expect(boilerplateKind('This page is licensed under a Creative Commons Attribution 2.5 License.')).toBe('copyright')
  })

  it('"Top Golf News" heads a link list; "Breaking News" and "World News" do not', () => {
    expect(boilerplateKind('Top Golf News')).toBe('links')
    expect(boilerplateKind('Latest Sports News')).toBe('links')
    expect(boilerplateKind('Breaking News')).toBeUndefined()
    expect(boilerplateKind('Other articles by Patrick Finley:')).toBe('links')
  })

  it('"5 comments so far..." heads a comment section', () => {
    expect(boilerplateKind('5 comments so far...')).toBe('section-end')
  })
})

describe('boilerplate: e-mail alerts boxes (session 5)', () => {
  it.each([
    'Start Receiving Harbor News Headlines per email.',
    'Type any number of key words. We email you the related headlines.',
    'Click here to sign up',
    'FREE e-mail alerts by logging in below.',
    'Subscribe today for your daily digest of consumer electronics news...',
  ])('%j is a newsletter box', (text) => {
    expect(boilerplateKind(text)).toBe('newsletter')
  })

  it.each([
    'The agency said it would send e-mail to every customer whose account had been affected.',
    'More than 2,000 runners sign up for the race each year.',
  ])('%j is not', (text) => {
    expect(boilerplateKind(text)).toBeUndefined()
  })
})

describe('an ad marker inside a paragraph (session 7)', () => {
  it('is cut out and the paragraph joined across it', () => {
    const first = 'Paragraph one of the story says the senator spoke for an hour to a crowd of supporters in a school gym on Monday night.'
    const text = `${first}\n\n"Barack Obama isn't just going to break\n\nAdvertisement\nthe mold, together we are going to shatter it," he said.\n\nThe crowd cheered as the senator left the stage.`
    const body = segment(text).body.map((paragraph) => paragraph.text)
    expect(body).toEqual([first, '"Barack Obama isn\'t just going to break the mold, together we are going to shatter it," he said.', 'The crowd cheered as the senator left the stage.'])
  })
})
