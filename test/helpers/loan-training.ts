/**
 * A tiny training set for the `model` option and `nutgraf train` tests, written by hand
 * as templates: loan-agreement sentences where the contract roles "Borrower" and
 * "Lender" are annotated as people (the SEC-filings convention) and firms as
 * organizations. The built-in model tags neither role, so a model trained on these
 * changes the output in a way a test can see.
 */

const firms = [['Acme', 'Bank'], ['Harbor', 'Credit', 'Union'], ['Northwind', 'Capital'], ['Evergreen', 'Solar', 'Inc.'], ['Kestrel', 'Trust']]
const verbs = ['shall repay', 'will pay', 'must notify', 'may assign to', 'shall indemnify']

/** 25 sentences of words and IOB2 tags. */
export const loanSentences: Array<{words: string[]; tags: string[]}> = firms.flatMap((firm, f) =>
  verbs.map((verb, v) => {
    const [a, b] = (f + v) % 2 ? ['Borrower', 'Lender'] : ['Lender', 'Borrower']
    const verbWords = verb.split(' ')
    return {
      words: ['The', a, ...verbWords, 'the', b, 'and', ...firm, '.'],
      tags: ['O', 'B-PER', ...verbWords.map(() => 'O'), 'O', 'B-PER', 'O', ...firm.map((_, index) => (index ? 'I-ORG' : 'B-ORG')), 'O'],
    }
  }),
)

/** The same sentences as a CoNLL file (token, tag), one document. */
export const loanConll = `-DOCSTART- O\n\n${loanSentences.map((sentence) => sentence.words.map((word, index) => `${word}\t${sentence.tags[index]}`).join('\n')).join('\n\n')}\n`

/** A sentence neither the training set nor the built-in model has seen. */
export const loanText = 'The Borrower shall pay the Lender within ten days.'
