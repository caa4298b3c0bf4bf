/**
 * Session 13: a weekday's direction from the verb that governs it, not from another clause's,
 * and "this <weekday>" read with the tense. Each group fails without its change.
 */
import {sentences} from '../helpers/date-sentences.js'

// 2000-01-15 is a Saturday. AQUAINT APW20000115.0031: the deadline was the Friday just past.
sentences('"set" before its object is a past form, not the modal of the clause before', [
  [
    'The INS ruled that the boy must be returned to his father, Juan Miguel Gonzalez, and set Friday as the deadline for his repatriation.',
    '2000-01-15',
    [['Friday', '2000-01-14']],
  ],
  ['The board set Friday as the deadline.', '2000-01-15', [['Friday', '2000-01-14']]],
  // a modal before the bare form still looks ahead; "set to" and "set for" as before
  ['The court will set Friday as the deadline.', '2000-01-15', [['Friday', '2000-01-21']]],
  ['The vote is set for Friday.', '2000-01-15', [['Friday', '2000-01-21']]],
  ['The storm will hit Florida on Monday.', '2000-01-19', [['Monday', '2000-01-24']]],
])

// 2026-04-15 is a Wednesday: the Monday of this week lies two days back.
sentences('"this Monday" is the coming one in a future sentence, the last one in a past sentence', [
  ['The ministers will meet this Monday to sign the deal.', '2026-04-15', [['this Monday', '2026-04-20']]],
  ['The plant reopens this Monday.', '2026-04-15', [['this Monday', '2026-04-20']]],
  ['He was arrested this Friday.', '2026-04-15', [['this Friday', '2026-04-10']]],
  // no tense: the day of this week, as before
  ['This Friday: a holiday.', '2026-04-15', [['This Friday', '2026-04-17']]],
  ['This Monday: a strike.', '2026-04-15', [['This Monday', '2026-04-13']]],
])
