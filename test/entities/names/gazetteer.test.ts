import {describe, expect, it} from 'vitest'
import {gazetteers} from '../../../src/internal/gazetteers.js'
import {frontDecode} from '../../../src/internal/front-coding.js'
import {gazetteerLabels, isMajorPlace, placePhraseLength, startsPlacePhrase, wordLabels} from '../../../src/entities/names/gazetteer.js'

describe('gazetteer lookups (lists read run by run)', () => {
  const {companyWords, firstAndLastNames, firstNamesOnly, foldedPlaceNames, lastNamesOnly, majorPlaces, placeNames} = gazetteers()
  const both = frontDecode(firstAndLastNames)
  const sets = {
    first: new Set([...frontDecode(firstNamesOnly), ...both]),
    last: new Set([...frontDecode(lastNamesOnly), ...both]),
    company: new Set(frontDecode(companyWords)),
  }
  const major = new Set(frontDecode(majorPlaces))
  const places = new Set([...frontDecode(placeNames), ...major])
  // An ASCII phrase that starts a folded entry ("la" of "la reunion") starts a place too.
  const starts = new Set([...places, ...frontDecode(foldedPlaceNames)].flatMap((name) => name.split(' ').slice(1).map((_, index) => name.split(' ').slice(0, index + 1).join(' '))))
  const labelsOf = (word: string): string[] => [
    ...(['first', 'last', 'company'] as const).filter((list) => sets[list].has(word)),
    ...(places.has(word) ? ['place-B'] : []),
  ]

  it('label every entry of every list, and near misses, as the whole lists do', () => {
    // Every third entry, and near misses of every twelfth (the runs themselves are checked whole in front-coding.test.ts).
    const words = [...sets.first, ...sets.last, ...sets.company, ...places].filter((_, index) => index % 3 === 0)
    const probes = [...words, ...words.filter((_, index) => index % 4 === 0).flatMap((word) => [`${word}s`, word.slice(0, -1), word.charAt(0)])]
    const differing = probes.filter(
      (word) => wordLabels(word).join() !== labelsOf(word).join() || startsPlacePhrase(word) !== (starts.has(word) || word.includes(' ')) || isMajorPlace(word) !== major.has(word),
    )
    expect(differing).toEqual([])
  })

  it('find the longest place of several words', () => {
    expect(placePhraseLength(['in', 'new', 'zealand', 'today'], 1)).toBe(2)
    expect(placePhraseLength(['new', 'south', 'wales'], 0)).toBe(places.has('new south wales') ? 3 : 0)
    expect(placePhraseLength(['new', 'zealandia'], 0)).toBe(0)
  })

  it('find places written with marks (stored folded) in a sentence, as before they were folded', () => {
    // Each written as the lists' sources write it; every one was found before the lists were folded (main 722f7c2) and is now.
    const names = [
      'şanlıurfa', 'brașov county', 'córdoba', 'île-de-france', 'hà tĩnh province', 'łódź voivodeship', 'møre og romsdal',
      'trøndelag', 'østfold', 'međimurje', 'điện biên province', 'norðoyar', 'eskişehir', 'kahramanmaraş', 'maranhão',
      'querétaro', 'michoacán', 'yucatán', 'świętokrzyskie', 'örebro', 'jönköping', 'neuchâtel', 'rondônia', 'évora', 'ḩajjah',
    ]
    const missed = names.filter((name) => {
      const words = ['officials', 'in', ...name.split(' '), 'said']
      const labels = gazetteerLabels(words)
      return !(labels[2]?.includes('place-B') && labels.slice(3, -1).every((own) => own.includes('place-I')) && !labels[words.length - 1]?.includes('place-I'))
    })
    expect(missed).toEqual([])
    // An ASCII phrase is looked up among the ASCII entries as before: "Sanliurfa" and "Queretaro" are in no list.
    expect([wordLabels('sanliurfa'), wordLabels('queretaro')]).toEqual([[], []])
  })
})
