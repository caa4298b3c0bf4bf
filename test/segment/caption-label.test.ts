import {describe, expect, it} from 'vitest'
import {segment} from '../../src/index.js'
import {captionLabel} from '../../src/segment/rules/caption-label.js'

describe('caption labels', () => {
  it('measures the label', () => {
    expect(captionLabel('Image caption, Protesters gathered outside parliament')).toBe(15)
    expect(captionLabel('Caption: A flooded street')).toBe(9)
    expect(captionLabel('Caption this, he said.')).toBe(0)
    expect(captionLabel('Image caption,')).toBe(0)
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
