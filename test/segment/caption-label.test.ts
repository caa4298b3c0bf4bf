import {describe, expect, it} from 'vitest'
import {segment} from '../../src/index.js'
import {bracketWidth, captionLabel, describesPhoto, hasPhotoMarker, mediaLabel} from '../../src/segment/rules/caption-label.js'

describe('caption labels', () => {
  it('measures the label', () => {
    expect(captionLabel('Image caption, Protesters gathered outside parliament')).toBe(15)
    expect(captionLabel('Caption: A flooded street')).toBe(9)
    expect(captionLabel('Caption this, he said.')).toBe(0)
    // a gallery's counter (Reuters, session 11)
    expect(captionLabel('[1/2] German Chancellor Friedrich Merz speaks in Berlin.')).toBe(6)
    expect(captionLabel('[1/2 cup] of flour')).toBe(0)
    expect(captionLabel('Image caption,')).toBe(0)
  })

  it('tells a photo marker at the end of a line', () => {
    expect(hasPhotoMarker('Pervez Musharraf (file photo)')).toBe(true)
    expect(hasPhotoMarker('Jane Doe (pictured)')).toBe(true)
    expect(hasPhotoMarker('The photo (left) was taken in 2001 by a tourist.')).toBe(false)
  })

  it('pairs an "Image source, X" credit with the labelled caption next to it', () => {
    const text = 'Image source, Getty Images\n\nImage caption, Protesters gathered on Wednesday\n\nThousands of people protested outside parliament on Wednesday against a new bill.'
    const {caption, body} = segment(text)
    expect(caption).toEqual({
      text: 'Protesters gathered on Wednesday',
      span: {start: 43, end: 75},
      credit: {text: 'Getty Images', span: {start: 14, end: 26}},
    })
    expect(body).toHaveLength(1)
  })

  it('measures a media label and the brackets of a placeholder', () => {
    expect(mediaLabel('Photo: Transmission lines near Ashburn, Va.')).toBe(7)
    expect(mediaLabel('Photographs were taken.')).toBe(0)
    expect(bracketWidth('[Photo: Transmission lines near Ashburn, Va.]')).toBe(1)
    expect(bracketWidth('[1] A footnote.')).toBe(0)
    expect(bracketWidth('[Photo] and [video]')).toBe(0)
  })

  const lead = 'Electricity demand in the United States is growing for the first time in a generation, a report said on Monday.'
  const after = 'The bottleneck is not power plants but wires, the report said.'

  it('reads a bracketed photo placeholder as a caption with its credit, and keeps the body after it', () => {
    const placeholder = '[Photo: Transmission lines near Ashburn, Va. (Jim Watson/AFP via Getty Images)]'
    const text = `${lead}\n\n${placeholder}\n\n${after}`
    const {caption, body} = segment(text)
    const start = text.indexOf('Transmission')
    expect(caption).toEqual({
      text: 'Transmission lines near Ashburn, Va.',
      span: {start, end: start + 36},
      credit: {text: 'Jim Watson/AFP via Getty Images', span: {start: start + 38, end: start + 69}},
    })
    expect(body.map((paragraph) => paragraph.text)).toEqual([lead, after])
  })

  it('leaves the "Photo:" label out of a caption with a credit, and reads "[Image: …]" without one', () => {
    const labelled = segment(`${lead}\n\nPhoto: Transmission lines near Ashburn, Va. (Jim Watson/AFP)\n\n${after}`)
    expect(labelled.caption?.text).toBe('Transmission lines near Ashburn, Va.')
    expect(labelled.caption?.credit?.text).toBe('Jim Watson/AFP')
    const image = segment(`${lead}\n\n[Image: Transmission lines near Ashburn, Va.]\n\n${after}`)
    expect(image.caption?.text).toBe('Transmission lines near Ashburn, Va.')
    expect(image.body).toHaveLength(2)
  })
})

describe('a photo described inside the body (session 7)', () => {
  it.each([
    "Chelsea's Florent Malouda (R) clashes with Everton's Phil Jagielka during the semi-final at Stamford Bridge in London.",
    'Washington Capitals left wing Alex Ovechkin, left, joins team owner Ted Leonsis, right, at a news conference.',
    'A police officer stops a car for a random sobriety check in this undated file photo.',
    'Singer Amy Winehouse arrives at the awards in Los Angeles, in this June 3, 2007, file photo.',
    'Singer Amy Winehouse arrives at the awards in Los Angeles, in this June 3,\n2007, file photo.',
    'Rangers coach Tom Price watches his team during the cup semi-final at Hampden Park in Glasgow, January 8. Rangers won 2-1.',
    'Meltwater runs over the ice sheet east of the town of Ilulissat, August 28, 2007.',
    'A commissioner speaks about drink driving at a checkpoint on Monday, Dec. 31, 2007.',
  ])('%j describes a photo', (text) => {
    expect(describesPhoto(text)).toBe(true)
  })

  it.each([
    'Senator Jones (R) said the vote would be close.',
    '"He stood at the back (left) of the room," Smith told reporters.',
    'Copyright (c) Press Association Ltd. 2008, All Rights Reserved.',
    'SOULCALIBUR(R) IV is a trademark of NAMCO BANDAI Games Inc.',
    'The defender was pictured climbing a barrier to confront supporters.',
    'Seattle ends its homestand against Philadelphia on Monday. Then the team departs for Phoenix.',
    'The council meets on Friday, Jan. 9, to vote on the plan, its chairman said.',
  ])('%j does not', (text) => {
    expect(describesPhoto(text)).toBe(false)
  })

  it('is a caption, not a body paragraph', () => {
    const prose = (n: number): string => `Paragraph ${n} of the match report says the home side held on late into the second half for the win.`
    const caption = "Everton's Lee Carsley (R) jumps over his teammate Phil Neville to head the ball during the semi-final first leg in London. Chelsea won 2-1."
    const result = segment(['Grant admires never-say-die Chelsea', prose(1), caption, prose(2), prose(3)].join('\n\n'))
    expect(result.body.map((paragraph) => paragraph.text)).toEqual([prose(1), prose(2), prose(3)])
    expect(result.captions.map((item) => item.text)).toEqual([caption])
  })

  it('takes a dated wire caption in a run of prose for a caption', () => {
    const prose = (n: number): string => `Paragraph ${n} of the weather review says the year was warmer than normal in most of the country.`
    const caption = 'Meltwater runs over the ice sheet east of the town of Ilulissat, August 28, 2007. Scientists watch the glaciers closely.'
    const result = segment(['Melting ice tops the weather list', prose(1), caption, prose(2), prose(3)].join('\n\n'))
    expect(result.body.map((paragraph) => paragraph.text)).toEqual([prose(1), prose(2), prose(3)])
    expect(result.captions.map((item) => item.text)).toEqual([caption])
  })
})

describe('a caption across a PDF page break (session 11)', () => {
  const source = [
    'Harbour ferry back in service',
    '',
    'The ferry returned to service on Monday after a month of repairs, the operator said on Tuesday in a statement.',
    'The crossing takes 20 minutes and the first boat leaves at six in the morning.',
    '',
    'Harbour master Jane Roe (L) greets the first passengers at the pier in Northport. The ferry was',
    'http://www.example.com/news/ferry-back',
    '',
    '2/3',
    '',
    '\f11/30/26, 10:03 PM',
    '',
    'Ferry back in service - Northport News',
    '',
    'back on the water after a month in dry dock at the yard in Southport.',
    'Fares stay the same until the summer, the operator said, and a second boat will join in May.',
    'Passengers said they were glad to have the crossing back before the holidays began.',
  ].join('\n')

  it('is read without the page furniture between its lines', () => {
    const result = segment(source)
    expect(result.captions.map((caption) => caption.text)).toEqual([
      'Harbour master Jane Roe (L) greets the first passengers at the pier in Northport. The ferry was back on the water after a month in dry dock at the yard in Southport.',
    ])
    expect(result.body.map((paragraph) => paragraph.text).join(' ')).not.toContain('greets')
  })
})

describe("a gallery's captions that share a sentence (session 11)", () => {
  it('takes a caption without a marker for one when it repeats a sentence of a caption found', () => {
    const shared = 'Late goals gave the home side a 3-1 win over the visitors.'
    const source = [
      'Northport win the derby',
      'The home side beat Southport 3-1 on Saturday, scoring twice in the last ten minutes of a tense match.',
      `Northport's Tom Ray (R) heads the ball during the derby at Harbour Park in Northport. ${shared}`,
      'Ray opened the scoring after twenty minutes, but Southport levelled before the break through a penalty.',
      `Northport's Sam Lee controls the ball during the derby at Harbour Park in Northport. ${shared}`,
      'The coach said the players had earned their win. "We never stopped," he said after the match.',
    ].join('\n\n')
    const result = segment(source)
    expect(result.captions.map((caption) => caption.text.slice(0, 20))).toEqual(["Northport's Tom Ray ", "Northport's Sam Lee "])
    expect(result.body).toHaveLength(3)
  })
})
