/**
 * Adversarial inputs: each a name and a function that builds the text (built on
 * demand, some are megabytes). At full size (`adversarialInputs`, scale 1) the four the
 * issue names are as named (5 MB line, 100,000 URLs, 50,000 blank lines, a word a million
 * times). `adversarialInputsAt(scale)` builds every input at a fraction of its size:
 * `npm test` checks them at a tenth (the results must be as well-formed at any size),
 * `npm run test:full` at full size. Shared by test/adversarial/inputs.test.ts, which
 * checks each result is well-formed, and bench/, which times them.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {projectRoot} from '../helpers/fixtures.js'

/** The example article, for inputs made of real text. */
export function exampleArticle(): string {
  return readFileSync(join(projectRoot, 'examples', 'moscow-times-belarus-drills.txt'), 'utf8')
}

/** `piece` repeated until the text is `length` code units long (cut there). */
export function repeatTo(piece: string, length: number): string {
  return piece.repeat(Math.ceil(length / piece.length)).slice(0, length)
}

export interface AdversarialInput {
  name: string
  /** Build the text. */
  make: () => string
  /** Large: check with parseArticle and segment only (extractEntities runs inside parseArticle). */
  large?: boolean
}

/**
 * The inputs with every size multiplied by `scale` (1: full size). Names give the full
 * size.
 */
export function adversarialInputsAt(scale: number): AdversarialInput[] {
  const MB = Math.round(1_000_000 * scale)
  const n = (count: number): number => Math.max(1, Math.round(count * scale))
  return [
    {name: '5 MB single line of prose', large: true, make: () => repeatTo(exampleArticle().replace(/\s+/g, ' '), 5 * MB)},
    {name: '2 MB single word (no space)', large: true, make: () => 'a'.repeat(2 * MB)},
    {name: '1 MB of astral characters, no space', large: true, make: () => '😀'.repeat(MB / 2)},
    {name: '1 MB of combining marks on one base', large: true, make: () => 'e' + '\u0301'.repeat(MB)},
    {name: '100,000 URLs, one a line', large: true, make: () => Array.from({length: n(100_000)}, (_, i) => `https://example.com/${i}/a-${i}`).join('\n')},
    {name: '100,000 URLs on one line', large: true, make: () => Array.from({length: n(100_000)}, (_, i) => `http://x.co/${i}`).join(' ')},
    {name: '50,000 blank lines', make: () => 'Start.' + '\n'.repeat(n(50_000)) + 'End.'},
    {name: '50,000 blank lines with spaces and CRLF', make: () => 'Start.' + ' \r\n\t\r\n'.repeat(n(25_000)) + 'End.'},
    {name: 'one word repeated a million times', large: true, make: () => 'news '.repeat(MB)},
    {name: 'one capitalized word repeated 50,000 times', large: true, make: () => 'Buffalo '.repeat(n(50_000))},
    {name: 'all capitals (the example article ×100)', large: true, make: () => exampleArticle().toUpperCase().repeat(n(100))},
    {name: '50,000 distinct capitalized words, no punctuation', large: true, make: () => Array.from({length: n(50_000)}, (_, i) => `Name${i.toString(36)}`).join(' ')},
    {name: '100,000 nested brackets', make: () => '('.repeat(n(100_000)) + 'word' + ')'.repeat(n(100_000))},
    {name: 'nested quotes and brackets with words', large: true, make: () => '“‘"([{He said '.repeat(n(10_000)) + 'no' + '}])"’”'.repeat(n(10_000))},
    {name: '1 MB of full stops', large: true, make: () => '.'.repeat(MB)},
    {name: '1 MB of hyphens (a rule line)', large: true, make: () => '-'.repeat(MB)},
    {name: '200 KB of mixed punctuation', large: true, make: () => repeatTo('.!?,;:—–-…"\'()[]{}*/\\|@#$%^&', MB / 5)},
    {name: '200,000 lines ending in a hyphen', large: true, make: () => 'govern-\n'.repeat(n(200_000))},
    {name: '500,000 one-letter lines', large: true, make: () => 'a\n'.repeat(n(500_000))},
    {name: '1 MB with only \\r line breaks', large: true, make: () => repeatTo('A line of text\r', MB)},
    {name: 'digit groups 1,000,000,… (300,000 groups)', large: true, make: () => '1' + ',000'.repeat(n(300_000))},
    {name: '20,000 dates', large: true, make: () => 'Feb. 20, 2022, Thursday at 3 p.m. '.repeat(n(20_000))},
    {name: '20,000 mentions of one person', large: true, make: () => 'Gen. Mark Milley said. '.repeat(n(20_000))},
    {name: '50,000 e-mail-like runs', large: true, make: () => 'a.b-c+d@e.f.g.h.i.j.k.l.m.n.o.p '.repeat(n(50_000))},
    {name: 'a long hyphen-joined run with no @', large: true, make: () => 'w-'.repeat(MB / 2)},
    {name: '200 KB of zero-width and bidi controls', large: true, make: () => repeatTo('\u200b\u200e\u202e\ufeff\u2060', MB / 5)},
    {name: '200 KB of lone surrogates', large: true, make: () => repeatTo('\ud800a\udc00', MB / 5)},
    {name: 'only a caption', make: () => 'A Belarusian soldier stands guard during joint drills near Brest on Feb. 10, 2022. Photo: Reuters / Vasily Fedosenko'},
    {name: 'only references', make: () => [
      'Related article: Russia Launches Belarus Military Drills as West Fears Ukraine Invasion',
      'https://www.themoscowtimes.com/author/afp',
      'https://www.themoscowtimes.com/2024/07/22/russia-launches-belarus-military-drills-as-west-fears-ukraine-invasion',
      'Read more: NATO warns of dangerous moment',
      '[1] Smith, J. (2020). A study. Journal of Things, 3(2), 1–10.',
    ].join('\n\n')},
    {name: 'only credits', make: () => 'Photo: AFP / Getty Images\nReuters\nEPA-EFE/MAXIM SHIPENKOV\nAP Photo/Evan Vucci'},
    {name: 'only a byline and a dateline', make: () => 'By Jane Doe and John Roe\n\nWASHINGTON (AP) —'},
    {name: 'empty string', make: () => ''},
    {name: 'only whitespace of every kind', make: () => ' \t\n\r\v\f\u00a0\u1680\u2000\u2028\u2029\u202f\u205f\u3000\ufeff\u200b'},
  ]
}

/** Every input at full size. */
export const adversarialInputs: AdversarialInput[] = adversarialInputsAt(1)
