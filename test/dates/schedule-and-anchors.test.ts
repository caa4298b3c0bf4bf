/**
 * Session 12: a timetable's present simple looks ahead. News writes a scheduled event in the
 * present simple ("The trial begins Monday", "Talks resume Friday", "the law takes effect
 * Saturday"); the weekday is the coming one even when the one just past is nearer. Each case is
 * what a careful TIMEX3 annotator writes; the first group fails without the change.
 */
import {sentences} from '../helpers/date-sentences.js'

// 2000-04-05 is a Wednesday: Monday just past is nearer than the next one.
sentences('a timetable verb in the present simple looks ahead', [
  ['The trial begins Monday.', '2000-04-05', [['Monday', '2000-04-10']]],
  ['Talks resume Friday, officials said.', '2000-04-05', [['Friday', '2000-04-07']]],
  ['The president leaves for Europe Sunday.', '2000-04-05', [['Sunday', '2000-04-09']]],
  // TimeBank, VOA19980501.1800.0355 (written Friday 1998-05-01)
  ['He and Palestinian leader Yasser Arafat meet separately Monday with US Secretary of State Madeleine Albright.', '1998-05-01', [['Monday', '1998-05-04']]],
  ['The new law takes effect Saturday.', '2000-04-05', [['Saturday', '2000-04-08']]],
  ['Schools reopen Monday after the storm.', '2000-04-05', [['Monday', '2000-04-10']]],
])

sentences('not a timetable: an infinitive, a negated past, a past form, a noun', [
  ['They failed to meet Monday\'s deadline.', '2000-04-05', [['Monday', '2000-04-03']]],
  ['They did not meet Monday.', '2000-04-05', [['Monday', '2000-04-03']]],
  ['The talks, which began Monday, ended without a deal.', '2000-04-05', [['Monday', '2000-04-03']]],
  ['The president met Arafat Monday.', '2000-04-05', [['Monday', '2000-04-03']]],
])
