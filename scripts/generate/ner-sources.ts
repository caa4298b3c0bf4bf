/**
 * The inputs of the name tagger's training (scripts/generate/train-ner.ts), in one place
 * so that the manifest (src/data/generated.json) and its check can list them without
 * training.
 */
import {join} from 'node:path'
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
  ]
}
