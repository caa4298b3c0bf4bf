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

// Session 14, the lead's probe (Guardian, published 2026-07-30): a clock time without a day of its own took the reference
// date's day. The first group fails without the change.
sentences('a clock time without a day takes the day the sentence before ended on', [
  [
    "Spain's grid recorded its highest ever demand on Tuesday evening, the operator said.\n\nConsumption peaked at 41,200 megawatts shortly after 8pm.",
    '2026-07-30',
    [['Tuesday evening', '2026-07-28TEV'], ['8pm', '2026-07-28T20:00']],
  ],
  // an L3S train page (2008-01-10)
  ['The Spartans return to action on Saturday, January 19, against Hawaii. Game time is set for 7 p.m.', '2008-01-10', [['Saturday, January 19', '2008-01-19'], ['7 p.m.', '2008-01-19T19:00']]],
  ['A water main burst early Monday. City crews shut off the main at about 6:30 a.m.', '2008-01-15', [['early Monday', '2008-01-14'], ['6:30 a.m.', '2008-01-14T06:30']]],
  ['Posted Jan. 5, 2008\n\n3:47 PM', '', [['Jan. 5, 2008', '2008-01-05'], ['3:47 PM', '2008-01-05T15:47']]],
])

sentences('not from two sentences back, nor past a date that names no day', [
  ['It rained on Monday. Then it was sunny for a while. At 8pm it stopped.', '2026-07-30', [['Monday', '2026-07-27'], ['a while', 'PXX'], ['8pm', '2026-07-30T20:00']]],
  // "today" without a reference date names a day nobody can place: the time stays open
  ['Results came on September 30. The company will host a call today at 5 p.m.', '', [['September 30', 'XXXX-09-30'], ['today', undefined], ['5 p.m.', 'XXXX-XX-XXT17:00']]],
  ['Repairs began on July 30 and ended in 1897. The line reopened at 5:40 a.m.', '', [['July 30', 'XXXX-07-30'], ['1897', '1897'], ['5:40 a.m.', 'XXXX-XX-XXT05:40']]],
])

// Session 15, the lead's probe (an interview written Tuesday 2024-05-14): "comes out on Friday" took the Friday before.
sentences('a release in the present simple looks ahead', [
  ['Her fifth album, Salt Marsh, comes out on Friday on the independent label Tidewater.', '2024-05-14', [['Friday', '2024-05-17']]],
  ['The series premieres Sunday on HBO.', '2000-04-05', [['Sunday', '2000-04-09']]],
])

sentences('other verbs of coming and going stay with the nearest day', [
  ["The decision comes after Monday's vote.", '2000-04-05', [['Monday', '2000-04-03']]],
  ['He goes home Monday.', '2000-04-05', [['Monday', '2000-04-03']]],
])

// Session 15, the lead's probes: a fixture in the present simple (a standings page of Saturday 2026-03-14; a match report
// of Sunday 2025-02-02) took the day before.
sentences('a fixture in the present simple looks ahead', [
  ['Rovers host Stockport on Tuesday night.', '2026-03-14', [['Tuesday night', '2026-03-17TNI']]],
  ['Brentford travel to Tottenham on Saturday; Fulham host Nottingham Forest.', '2025-02-02', [['Saturday', '2025-02-08']]],
  ['Ridgeview plays at Charleroi on Tuesday.', '2008-01-10', [['Tuesday', '2008-01-15']]],
  ['Avary faces arraignment Friday.', '2008-01-16', [['Friday', '2008-01-18']]],
])

sentences('not a fixture: an infinitive, a noun', [
  ['He offered to travel to Washington on Thursday.', '2000-04-06', [['Thursday', '2000-04-06']]],
  ['His visit Monday drew crowds.', '2000-04-06', [['Monday', '2000-04-03']]],
])

// Session 15, the lead's probes (an obituary written 2026-11-04, a press release of 2026-10-29): the clock time took the
// reference day.
sentences('a clock time takes the day named after "on"', [
  ['A memorial service will be held at 2 p.m. on Nov. 14 at the church.', '2026-11-04', [['2 p.m.', '2026-11-14T14:00'], ['Nov. 14', '2026-11-14']]],
  [
    'Northwind will host a conference call at 10:00 a.m. Eastern Time on October 30, 2026.',
    '2026-10-29',
    [['10:00 a.m.', '2026-10-30T10:00'], ['October 30, 2026', '2026-10-30']],
  ],
  ['The holiday trade freeze ended at 12:01 a.m. on Dec. 28.', '', [['12:01 a.m.', 'XXXX-12-28T00:01'], ['Dec. 28', 'XXXX-12-28']]],
])
