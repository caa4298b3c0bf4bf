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

// "the next day" counts from the day the text named last, not from the reference date.
sentences('a day named from the day named last', [
  ['The embassy was bombed on Aug. 7, 1998. The next day, the FBI sent agents.', '2000-04-05', [['Aug. 7, 1998', '1998-08-07'], ['The next day', '1998-08-08']]],
  ['He had arrived on Monday. The day before, he had called his lawyer.', '2000-04-05', [['Monday', '2000-04-03'], ['The day before', '2000-04-02']]],
  ['Galois fought a duel on May 30, 1832, and died the following morning.', '2000-04-05', [['May 30, 1832', '1832-05-30'], ['the following morning', '1832-05-31TMO']]],
  // AQUAINT, APW19991024.0075 and APW19990206.0090 (tune half)
  ['Slepian was killed on Oct. 23, 1998. Earlier that day, the family sent a fax. That night, police came.', '1999-10-24', [['Oct. 23, 1998', '1998-10-23'], ['Earlier that day', '1998-10-23'], ['That night', '1998-10-23TNI']]],
  ['Doctors were killed, most recently last October. His name was crossed out that same day.', '1999-02-06', [['recently', 'PAST_REF'], ['last October', '1998-10'], ['that same day', '1998-10-XX']]],
])

sentences('no day named before, or another event\'s day: no value, or no date', [
  ['The next day, the FBI sent agents.', '2000-04-05', [['The next day', undefined]]],
  // without a reference date "Sunday" is no known day, so the day after it is not known either
  ['Polls opened on Sept. 9, 2016. Voters came on Sunday and the last ballot was cast the next day.', '', [['Sept. 9, 2016', '2016-09-09'], ['Sunday', 'XXXX-WXX-7'], ['the next day', undefined]]],
  ['The suspect was seen on March 3, the day before the shooting.', '2000-04-05', [['March 3', '2000-03-03']]],
  ['Traders lost money on trades made that day.', '2000-04-05', []],
])
