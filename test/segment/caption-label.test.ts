import {describe, expect, it} from 'vitest'
import {segment} from '../../src/index.js'
import {captionLabel, hasPhotoMarker} from '../../src/segment/rules/caption-label.js'

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
})
