import {describe, expect, it} from 'vitest'
import {isWidgetLine} from '../../src/segment/rules/widget.js'

describe('widget lines', () => {
  it.each([
    '48°',
    'Springfield, MO 48°',
    'H 55° L 37°',
    'Tue 58° Wed 61° Thu 49°',
    'Partly Cloudy',
    '7-Day Forecast',
    'Today: Partly cloudy, high 55. Tonight: Clear and cold, low 37.',
    'Wednesday: Sunny and breezy, high 61.',
    '$54.12',
    '542.00p',
    '+1.87 (+3.58%)',
    'Volume: 2.4M',
    'HBF (NYSE)',
    'Last updated 11:42 a.m. ET',
  ])('%j is a widget line', (line) => {
    expect(isWidgetLine(line)).toBe(true)
  })

  it.each([
    'It was sunny.',
    'Temperatures reached 48° on Tuesday, the highest since records began.',
    'The shares closed at $54.12, up 3.6%.',
    'Sunny Hill residents opposed the plan.',
    'Forecasters expect rain.',
    'Updated',
    '542p',
  ])('%j is not', (line) => {
    expect(isWidgetLine(line)).toBe(false)
  })
})
