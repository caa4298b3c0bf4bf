/**
 * The training data of the name tagger (scripts/generate/train-ner.ts), in one place so
 * that the manifest (src/data/generated.json) and its check can list the inputs
 * without training.
 */
import {join} from 'node:path'
import {evalPath} from '../eval/lib/ner-data.js'
import {fileInput, type Input, projectRoot} from './manifest.js'

/** [file under ../shared/eval, sentences per document when the file has no -DOCSTART-, copies]. */
export const nerSources: ReadonlyArray<readonly [string, number, number]> = [
  ['wikigold/wikigold.conll.txt', 1, 2],
  ['open-ner/re3d/CENTCOM.conll', 1, 2],
  ['open-ner/re3d/US_State_Department.conll', 1, 2],
  ['open-ner/re3d/UK_Government.conll', 1, 2],
  ['open-ner/re3d/Australian_Department_of_Foreign_Affairs.conll', 1, 2],
  ['open-ner/re3d/Delegation_of_the_European_Union_to_Syria.conll', 1, 2],
  ['open-ner/btc/train.conll', 1, 1],
  ['open-ner/sec_filings/train.no_role_terms.conll', 1, 1],
  ['open-ner/wnut17/train.conll', 1, 1],
]

/**
 * What the model is trained from with the default settings: the source files, GUM when
 * `gumCopies` > 0, and the gazetteers the features read.
 */
export function nerModelInputs(gumCopies = 0): Input[] {
  return [
    ...nerSources.map(([file]) => fileInput(evalPath(file))),
    ...(gumCopies > 0 ? [fileInput(evalPath('gum/gum_entities.jsonl'))] : []),
    fileInput(join(projectRoot, 'src', 'data', 'gazetteer-lists.ts')),
  ]
}
