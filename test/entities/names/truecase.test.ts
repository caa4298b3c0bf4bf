import {describe, expect, it} from 'vitest'
import {extractEntities} from '../../../src/index.js'
import {taggerWords} from '../../../src/entities/names/tagger-words.js'
import {truecase} from '../../../src/entities/names/truecase.js'
import {tokenize} from '../../../src/entities/tokens.js'

const cased = (text: string): string[] => truecase(taggerWords(tokenize(text))).map((words) => words.map((word) => word.text).join(' '))

describe('truecasing sentences in capitals before tagging', () => {
  it('writes a headline in capitals as running text: common words lower, places and rare words capitalized', () => {
    const [headline] = cased('SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .\n\nThe match was played in Al Ain.')
    expect(headline).toBe('Soccer - Japan get lucky win , China in surprise defeat .')
  })

  it('takes the case the rest of the document writes a word in', () => {
    const [headline] = cased('VEOLIA WINS BUS CONTRACT IN FAIRFAX\n\nThe contract went to Veolia, which runs buses.')
    expect(headline).toBe('Veolia wins bus contract in Fairfax')
  })

  it('keeps short rare words in capitals (acronyms) and reads given names that are common words by their neighbour', () => {
    const [headline] = cased('NHL SAYS WILL SMITH WILL JOIN THE BOARD')
    expect(headline).toBe('NHL says Will Smith will join the board')
  })

  it('leaves sentences not in capitals alone, and keeps spans', () => {
    const text = 'Japan won.\n\nJAPAN BEAT SYRIA IN AL AIN'
    const sentences = truecase(taggerWords(tokenize(text)))
    expect(sentences[0]?.map((word) => word.text)).toEqual(['Japan', 'won', '.'])
    for (const word of sentences.flat()) expect(text.slice(word.start, word.end).toLowerCase()).toBe(word.text.toLowerCase())
  })

  it('lets the tagger find the names of a line in capitals, spans in the original text', () => {
    const text = "CHRISTOPHER PENLEY'S ORGANS WERE DONATED BY HIS FAMILY IN NEW YORK."
    const found = extractEntities(text)
    expect(found.people.flatMap((person) => person.mentions.map((mention) => mention.text))).toEqual(['CHRISTOPHER PENLEY'])
    expect(found.places.flatMap((place) => place.mentions.map((mention) => mention.text))).toEqual(['NEW YORK'])
  })
})
