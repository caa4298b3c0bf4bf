/**
 * The inputs of the name tagger's training (scripts/generate/train-ner.ts), in one place
 * so that the manifest (src/data/generated.json) and its check can list them without
 * training.
 */
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {defaultAugment} from '../eval/lib/ner-augment.js'
import {orgNameFiles, sharedData} from '../eval/lib/org-names.js'
import {gumFile} from '../eval/lib/gum-names.js'
import {conllSources} from '../eval/lib/ner-corpus.js'
import {evalPath} from '../eval/lib/ner-data.js'
import {fileInput, type Input, projectRoot} from './manifest.js'

/**
 * What the model is trained from: the source files (scripts/eval/lib/ner-corpus.ts), GUM,
 * the held-out split, and the word lists and tables the features read.
 */
export function nerModelInputs(): Input[] {
  return [
    ...conllSources.map(([file]) => fileInput(evalPath(file))),
    fileInput(evalPath(gumFile)),
    fileInput(join(projectRoot, 'scripts', 'eval', 'ner-split.json')),
    ...['gazetteer-lists.ts', 'word-classes.ts'].map((file) => fileInput(join(projectRoot, 'src', 'data', file))),
    ...(defaultAugment.copies > 0 ? orgNameInputs() : []),
  ]
}

/** The open name lists of the organization-replacement copies: the SEC list, and the club files as one input (concatenated in path order). */
function orgNameInputs(): Input[] {
  const [sec, ...clubs] = orgNameFiles()
  const hash = createHash('sha256')
  for (const file of clubs) hash.update(readFileSync(file))
  const folder = relative(projectRoot, join(sharedData, 'openfootball-clubs'))
  return [fileInput(sec as string), {name: `${folder} (${clubs.length} *.clubs.txt, concatenated in path order)`, sha256: hash.digest('hex')}]
}
