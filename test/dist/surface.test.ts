/**
 * The public surface, pinned: every name `nutgraf` and `nutgraf/retext` export (read from
 * the built declaration files with the TypeScript compiler), each function's signature,
 * each interface's properties (`?` when optional), and the keys a real result has at run
 * time. The expected lists below are written by hand from DESIGN.md's API; an accidental
 * change to the surface fails here. A deliberate one changes this file, the CHANGELOG
 * and, before 1.0, the minor version.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import {extractEntities, parseArticle, segment} from 'nutgraf'

const root = fileURLToPath(new URL('../..', import.meta.url))

const declarationFiles = ['index.d.ts', 'retext.d.ts'].map((file) => join(root, 'dist', file))
const program = ts.createProgram(declarationFiles, {strict: true, exactOptionalPropertyTypes: true, noEmit: true, skipLibCheck: true, types: []})
const checker = program.getTypeChecker()

/** name → `(…): R` signature, or the sorted property list of an interface / object type. */
function surfaceOf(declarationFile: string): Record<string, string | string[]> {
  const source = program.getSourceFile(declarationFile) as ts.SourceFile
  const moduleSymbol = checker.getSymbolAtLocation(source) as ts.Symbol
  const surface: Record<string, string | string[]> = {}
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
    const declaration = symbol.declarations?.[0] as ts.Declaration
    if (symbol.flags & ts.SymbolFlags.Function) {
      const type = checker.getTypeOfSymbolAtLocation(symbol, declaration)
      surface[exported.name] = type.getCallSignatures().map((signature) => checker.signatureToString(signature)).join(' | ')
      continue
    }
    const type = checker.getDeclaredTypeOfSymbol(symbol)
    const properties = checker.getPropertiesOfType(type)
    surface[exported.name] = ts.isTypeAliasDeclaration(declaration) && type.getCallSignatures().length > 0
      ? type.getCallSignatures().map((signature) => checker.signatureToString(signature)).join(' | ')
      : properties.map((property) => `${property.name}${property.flags & ts.SymbolFlags.Optional ? '?' : ''}`).sort()
  }
  return surface
}

const part = ['span', 'text']

describe('public surface', {timeout: 60_000}, () => {
  it('nutgraf: the three functions and the types of DESIGN.md (and NameModel, the model option\'s type), exactly', () => {
    expect(surfaceOf(join(root, 'dist', 'index.d.ts'))).toEqual({
      extractEntities: '(text: string, options?: EntityOptions | undefined): Entities',
      parseArticle: '(text: string, options?: ParseOptions | undefined): Article',
      segment: '(text: string, options?: SegmentOptions | undefined): Segments',
      Amount: ['span', 'text', 'type', 'unit?', 'value'],
      Article: ['body', 'byline?', 'caption?', 'captions', 'dateline?', 'entities', 'headline?', 'notes', 'quotes', 'referenceDate?', 'references'],
      Byline: ['authors', ...part],
      Caption: ['credit?', ...part],
      Credit: part,
      DateMention: ['span', 'text', 'timezone?', 'type', 'value?'],
      Dateline: ['date?', 'place?', ...part],
      Entities: ['amounts', 'dates', 'organizations', 'people', 'places'],
      Entity: ['mentions', 'name', 'title?'],
      EntityOptions: ['lexicon?', 'model?', 'referenceDate?'],
      Headline: ['dek?', ...part],
      Lexicon: ['organizations?', 'people?', 'places?'],
      Mention: part,
      NameModel: ['bits', 'features', 'ids', 'levels', 'rice', 'rows', 'transitions', 'version'],
      Note: ['kind', ...part],
      Paragraph: ['list?', 'spans', 'text'],
      ParseOptions: ['lexicon?', 'model?', 'referenceDate?'],
      Part: part,
      Quote: ['cue?', 'kind', 'span', 'spans', 'speaker?', 'text'],
      Reference: ['kind', 'name?', 'span', 'text', 'title?', 'url?'],
      ReferenceDate: ['source', 'value'],
      SegmentOptions: [],
      Segments: ['body', 'byline?', 'caption?', 'captions', 'dateline?', 'headline?', 'notes', 'references'],
      Span: ['end', 'start'],
      Speaker: ['name?', ...part],
    })
  })

  it('nutgraf/retext: the plugin and its own types', () => {
    expect(surfaceOf(join(root, 'dist', 'retext.d.ts'))).toEqual({
      retextNutgraf: '(options?: RetextNutgrafOptions | undefined): NutgrafTransformer',
      NlcstTree: ['children?', 'type'],
      NutgrafData: ['entities', 'quotes'],
      NutgrafFile: ['data', 'value?'],
      NutgrafTransformer: '(tree: NlcstTree, file: NutgrafFile): undefined',
      Point: ['column', 'line', 'offset'],
      Position: ['end', 'start'],
      PositionedAmount: ['position', 'span', 'text', 'type', 'unit?', 'value'],
      PositionedDateMention: ['position', 'span', 'text', 'timezone?', 'type', 'value?'],
      PositionedEntities: ['amounts', 'dates', 'organizations', 'people', 'places'],
      PositionedEntity: ['mentions', 'name', 'title?'],
      PositionedMention: ['position', 'span', 'text'],
      PositionedPart: ['position', 'span', 'text'],
      PositionedQuote: ['cue?', 'kind', 'position', 'span', 'spans', 'speaker?', 'text'],
      PositionedSpeaker: ['name?', 'position', 'span', 'text'],
      RetextNutgrafOptions: ['lexicon?', 'model?', 'referenceDate?'],
    })
  })

  it('results at run time have the declared keys, the required ones always', () => {
    const text = readFileSync(join(root, 'examples', 'moscow-times-belarus-drills.txt'), 'utf8')
    const article = parseArticle(text, {referenceDate: '2022-02-10'})
    const required = ['body', 'captions', 'entities', 'notes', 'quotes', 'references']
    const optional = ['byline', 'caption', 'dateline', 'headline', 'referenceDate']
    expect(Object.keys(article).filter((key) => !optional.includes(key)).sort()).toEqual(required)
    expect(Object.keys(segment(text)).filter((key) => !optional.includes(key)).sort()).toEqual(['body', 'captions', 'notes', 'references'])
    expect(Object.keys(extractEntities('Gen. Mark Milley spoke on Thursday.')).sort()).toEqual(['amounts', 'dates', 'organizations', 'people', 'places'])
    expect(Object.keys(article.entities).sort()).toEqual(['amounts', 'dates', 'organizations', 'people', 'places'])
  })
})
