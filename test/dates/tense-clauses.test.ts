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

// Each fails without the session-13 change: the month took the nearest one to the reference date.
sentences('a month without a year takes the year named a few words before it in its sentence', [
  ['In 2019, the budget was passed in April.', '2026-03-10', [['2019', '2019'], ['April', '2019-04']]],
  ["Last year's budget was passed in April after three weeks of talks.", '2026-03-10', [['Last year', '2025'], ['April', '2025-04'], ['three weeks', 'P3W']]],
  ['In April 2019 and again in June, the budget failed.', '2026-03-10', [['April 2019', '2019-04'], ['June', '2019-06']]],
  ['In 1910, on October 5, a new revolution succeeded.', '2026-03-10', [['1910', '1910'], ['October 5', '1910-10-05']]],
])

sentences('not the year of the report, nor of a clause far back', [
  ['Sales in 2025 rose 5%, the company said in January.', '2026-03-10', [['2025', '2025'], ['January', '2026-01']]],
  [
    'Musharraf seized power in a military coup in 1999 but has faced mounting calls for his resignation since he suspended the chief justice in March.',
    '2007-12-30',
    [['1999', '1999'], ['March', '2007-03']],
  ],
  ['Next month, the plant opens in March.', '2026-01-10', [['Next month', '2026-02'], ['March', '2026-03']]],
])

// Session 14, the lead's probe (a post written 2026-11-24): a year inside a quotation, or a deadline year, named the year of
// a month outside it ("Nov. 20" read as 2028-11-20). Each fails without the session-14 change.
sentences('not a year inside a quotation the month stands outside, nor a deadline year', [
  [
    '"Springfield just banned gas stoves. You will be cooking on a hot plate by 2028," the Nov. 20 post reads.',
    '2026-11-24',
    [['2028', '2028'], ['Nov. 20', '2026-11-20']],
  ],
  ['“The plant will close in 2030,” the company said in a statement in March.', '2026-11-24', [['2030', '2030'], ['March', '2026-03']]],
  ['The ban lasts until 2028 under a law signed in March.', '2026-11-24', [['2028', '2028'], ['March', '2026-03']]],
  ['Cooking on a hot plate by 2028 was the plan the Nov. 20 post set out.', '2026-11-24', [['2028', '2028'], ['Nov. 20', '2026-11-20']]],
])

// TimeBank APW19980418.0210: "one day" there is untagged (some day, no length); fails without the session-13 change.
sentences('"one day" after a subject or a modal is some day, not a length', [
  ['Farkas expressed the hope he one day follow in the footsteps of fellow senators.', '1998-04-18', []],
  ['Optogenetics could one day enable wireless networks.', '2026-04-15', []],
  // a length as before
  ['He was ordered to serve one day in prison.', '2026-04-15', [['one day', 'P1D']]],
  ['The repair takes up to one day.', '2026-04-15', [['up to one day', 'P1D']]],
  ['The strike will last one day.', '2026-04-15', [['one day', 'P1D']]],
])

// A consistency fix (no tune case): a season without a tense is the nearer one measured in months, as a month is.
sentences('a season two seasons away either way is the nearer by months', [
  // May: autumn 2024 is five months off, autumn 2023 seven (was 2023-FA: the coarse season index made it a tie)
  ['A tour of small venues in the autumn, starting in Norwich.', '2024-05-14', [['the autumn', '2024-FA']]],
  // April: a tie in months too, the past as before
  ['A tour of small venues in the autumn.', '2024-04-14', [['the autumn', '2023-FA']]],
  ['The plant closed in the summer.', '2024-05-14', [['the summer', '2023-SU']]],
])

// Session 15, the lead's probe (an obituary published 2026-11-04): "Oct. 30" took the year 1967 of the clause before.
sentences('a date of another year between a sentence year and a month ends that year', [
  [
    'Evelyn Marsh, who opened Marsh Books on Main Street in 1967 and ran it until last spring, died on Oct. 30 at her home.',
    '2026-11-04',
    [['1967', '1967'], ['last spring', '2026-SP'], ['Oct. 30', '2026-10-30']],
  ],
  // a date of the same year keeps it
  ['In 1910, on October 5 and on November 3, it rained.', '2026-02-09', [['1910', '1910'], ['October 5', '1910-10-05'], ['November 3', '1910-11-03']]],
])
