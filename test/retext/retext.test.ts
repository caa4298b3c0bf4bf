/** The retext plugin: entities of the file's text, with positions that agree with nlcst. */
import type {Node, Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {extractEntities} from '../../src/index.js'
import {pointLocator} from '../../src/internal/positions.js'
import {retextNutgraf, type NutgrafData} from '../../src/retext.js'

const text = 'Gen. Mark Milley spoke on Thursday\r\nin Minsk.\n\nMilley met Viktor Gulevich\rof Belarus.\n'

function nlcstTree(value: string): Root {
  return unified().use(retextEnglish).parse(value)
}

function nodesOf(tree: Root): Node[] {
  const nodes: Node[] = []
  visit(tree, (node) => {
    nodes.push(node as Node)
  })
  return nodes
}

describe('pointLocator', () => {
  it.each([
    ['\\n and \\r\\n and \\r line breaks', text],
    ['no line break', 'One line only.'],
    ['leading and doubled breaks', '\n\r\n\rA\n\nB\r\rC'],
  ])('gives every nlcst node the position parse-english gives it (%s)', (_name, value) => {
    const tree = nlcstTree(value)
    const locate = pointLocator(value)
    const nodes = nodesOf(tree).filter((node) => node.position)
    expect(nodes.length).toBeGreaterThan(1)
    for (const node of nodes) {
      // parse-english gives a `\n` that follows a `\r` the next line's column 1; no
      // mention starts inside a CRLF, so compare nodes that do not start there.
      if (value[(node.position?.start.offset ?? 0) - 1] === '\r' && value[node.position?.start.offset ?? 0] === '\n') continue
      expect(locate(node.position?.start.offset as number)).toEqual(node.position?.start)
      expect(locate(node.position?.end.offset as number)).toEqual(node.position?.end)
    }
  })
})

describe('retextNutgraf', () => {
  it('stores in file.data.nutgraf what extractEntities finds, each mention with its position', async () => {
    const processor = unified().use(retextEnglish).use(retextNutgraf, {referenceDate: '2022-02-10'})
    const file = new VFile(text)
    await processor.run(processor.parse(file), file)
    const data = file.data.nutgraf as NutgrafData
    const expected = extractEntities(text, {referenceDate: '2022-02-10'})
    const locate = pointLocator(text)
    const strip = <T extends {position: unknown}>({position, ...rest}: T) => (void position, rest)
    expect(data.entities.people.map((e) => ({...e, mentions: e.mentions.map(strip)}))).toEqual(expected.people)
    expect(data.entities.organizations.map((e) => ({...e, mentions: e.mentions.map(strip)}))).toEqual(expected.organizations)
    expect(data.entities.places.map((e) => ({...e, mentions: e.mentions.map(strip)}))).toEqual(expected.places)
    expect(data.entities.dates.map(strip)).toEqual(expected.dates)
    const mentions = [...data.entities.people, ...data.entities.organizations, ...data.entities.places].flatMap((e) => e.mentions)
    for (const mention of [...mentions, ...data.entities.dates]) {
      expect(mention.position).toEqual({start: locate(mention.span.start), end: locate(mention.span.end)})
      expect(text.slice(mention.position.start.offset, mention.position.end.offset)).toBe(mention.text)
    }
  })

  it('stores the quotes of the file, as paragraphs at blank lines, with positions', async () => {
    const quoted = '"We will win,"\nMilley said, "and soon."\n\nGulevich called it "a very violent gesture."'
    const processor = unified().use(retextEnglish).use(retextNutgraf)
    const file = new VFile(quoted)
    await processor.run(processor.parse(file), file)
    const {quotes} = file.data.nutgraf as NutgrafData
    const locate = pointLocator(quoted)
    expect(quotes.map((quote) => [quote.kind, quote.text, quote.speaker?.text, quote.cue?.text])).toEqual([
      ['direct', 'We will win,', 'Milley', 'said'],
      ['direct', 'and soon.', 'Milley', 'said'],
      ['partial', 'a very violent gesture.', 'Gulevich', 'called'],
    ])
    for (const part of quotes.flatMap((quote) => [quote, quote.speaker, quote.cue])) {
      if (!part) continue
      expect(part.position).toEqual({start: locate(part.span.start), end: locate(part.span.end)})
    }
    expect(quotes[1]?.position.start).toEqual({line: 2, column: 15, offset: 29})
  })

  it('reads the text of a file given as bytes, and of the tree when the file has none', () => {
    const tree = nlcstTree(text)
    const fromBytes = {value: new TextEncoder().encode(text), data: {}}
    const fromTree = {data: {}}
    retextNutgraf()(tree, fromBytes)
    retextNutgraf()(tree, fromTree)
    const plain = {data: {}}
    retextNutgraf()(nlcstTree(''), {...plain, value: text})
    expect(fromBytes.data).toEqual(plain.data)
    expect(fromTree.data).toEqual(plain.data)
    expect(Object.keys(plain.data)).toEqual(['nutgraf'])
  })

  it('leaves the tree as it was', async () => {
    const processor = unified().use(retextEnglish).use(retextNutgraf)
    const tree = processor.parse(text)
    const before = structuredClone(tree)
    await processor.run(tree, new VFile(text))
    expect(tree).toEqual(before)
  })

  it('throws a TypeError for a bad referenceDate when it is used, not later', () => {
    expect(() => unified().use(retextEnglish).use(retextNutgraf, {referenceDate: 'soon'}).freeze()).toThrow(TypeError)
  })
})

describe('retextNutgraf reads the tree it is given', () => {
  const article = 'Gen. Mark Milley spoke on Thursday in Minsk.\n\nMilley met Viktor Gulevich of Belarus.\n'

  it('finds on a tree without offsets (built by hand) what it finds on the parsed one', () => {
    const parsed = nlcstTree(article)
    const stripped = structuredClone(parsed)
    visit(stripped, (node) => {
      delete (node as {position?: unknown}).position
    })
    const withOffsets = {value: article, data: {}}
    const without = {value: article, data: {}}
    retextNutgraf()(parsed, withOffsets)
    retextNutgraf()(stripped, without)
    expect(without.data).toEqual(withOffsets.data)
    const {people} = (withOffsets.data as {nutgraf: NutgrafData}).nutgraf.entities
    expect(people.map((person) => person.name)).toEqual(extractEntities(article).people.map((person) => person.name))
    expect(people.map((person) => person.name)).toContain('Mark Milley')
  })

  it("tokenizes the file's own text when the tree is of another text (an earlier plugin changed it)", () => {
    const other = nlcstTree(article.replace('Minsk', 'Pinsk'))
    const file = {value: article, data: {}}
    retextNutgraf()(other, file)
    const {places} = (file.data as {nutgraf: NutgrafData}).nutgraf.entities
    expect(places.map((place) => place.name)).toContain('Minsk')
  })
})
