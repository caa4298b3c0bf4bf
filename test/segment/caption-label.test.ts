import {describe, expect, it} from 'vitest'
import {segment} from '../../src/index.js'
import {bracketWidth, captionLabel, hasPhotoMarker, mediaLabel} from '../../src/segment/rules/caption-label.js'

describe('caption labels', () => {
  it('measures the label', () => {
    expect(captionLabel('Image caption, Protesters gathered outside parliament')).toBe(15)
    expect(captionLabel('Caption: A flooded street')).toBe(9)
    expect(captionLabel('Caption this, he said.')).toBe(0)
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
