import {describe, expect, it} from 'vitest'
import {findQuotes} from '../../src/quotes/index.js'
import {brief, expectQuotes, paragraphsOf, quotesOf, type Names} from './helpers.js'

const briefs = (text: string, names?: Names): string[] => quotesOf(text, names).map(brief)

describe('direct quotes and their speakers', () => {
  it.each<[string, Names, string[]]>([
    ['"We will win," Pendleton said.', {people: ['Gary Pendleton']}, ['direct «We will win,» ← Pendleton = Gary Pendleton / said']],
    ['"We are encouraged," said Stephane Dujarric, spokesman for the U.N.', {people: ['Stephane Dujarric']}, ['direct «We are encouraged,» ← Stephane Dujarric = Stephane Dujarric / said']],
    ['Asked whether he would appeal, Maddox said: "No point. It\'s done."', {people: {'Ian Maddox': ['Maddox']}}, ["direct «No point. It's done.» ← Maddox = Ian Maddox / said"]],
    [
      'Jeff Rathke, the State Department spokesperson, said, "We urge the governments to act."',
      {people: ['Jeff Rathke']},
      ['direct «We urge the governments to act.» ← Jeff Rathke = Jeff Rathke / said'],
    ],
    [
      '"The phone call reduced the chances of miscalculation," the Pentagon statement said.',
      {organizations: ['Pentagon']},
      ['direct «The phone call reduced the chances of miscalculation,» ← the Pentagon statement = Pentagon / said'],
    ],
    [
      '"Had it happened an hour later it would have been much worse," Khaled Al-Maeena, editor at large at the Saudi Gazette, said.',
      {people: ['Khaled Al-Maeena']},
      ['direct «Had it happened an hour later it would have been much worse,» ← Khaled Al-Maeena = Khaled Al-Maeena / said'],
    ],
    [
      '"We are so interested," team member Rodaba Noori told the press.',
      {people: ['Rodaba Noori']},
      ['direct «We are so interested,» ← Rodaba Noori = Rodaba Noori / told the press'],
    ],
    // a longer description before the name when a role ends it; "state" before a role is no cue (session 9)
    [
      '"It is the worst disaster in the history of our state," Rio Grande do Sul governor Eduardo Leite told reporters.',
      {people: ['Eduardo Leite']},
      ['direct «It is the worst disaster in the history of our state,» ← Eduardo Leite = Eduardo Leite / told reporters'],
    ],
    ['"It is the worst disaster," state governor Eduardo Leite said.', {people: ['Eduardo Leite']}, ['direct «It is the worst disaster,» ← Eduardo Leite = Eduardo Leite / said']],
    ['"We will appeal," said state Sen. Mary Jones.', {people: ['Mary Jones']}, ['direct «We will appeal,» ← Mary Jones = Mary Jones / said']],
    ['"So far, it is the Internet: 1, Scientology: 0." - Matthew Ingram', {people: ['Matthew Ingram']}, ['direct «So far, it is the Internet: 1, Scientology: 0.» ← Matthew Ingram = Matthew Ingram']],
  ])('%j', (text, names, expected) => {
    expect(briefs(text, names)).toEqual(expected)
  })

  it('gives both halves of an interrupted quotation the one speaker', () => {
    expect(briefs('"We weren\'t at our best," Pendleton said, "but this group never stops running."', {people: {'Gary Pendleton': ['Pendleton']}})).toEqual([
      "direct «We weren't at our best,» ← Pendleton = Gary Pendleton / said",
      'direct «but this group never stops running.» ← Pendleton = Gary Pendleton / said',
    ])
  })

  it('gives a lone quotation the speaker named in the sentence before', () => {
    const text = 'Heald noted the findings show pollution matters.\n\n"An air-quality cleanup would improve crop yields."'
    expect(briefs(text, {people: {'Colette Heald': ['Heald']}}).at(-1)).toBe('direct «An air-quality cleanup would improve crop yields.» ← Heald = Colette Heald / noted')
    const after = '"Seventeen years ago, this would not have been possible," said Ambassador Mohib.\n\n"They represent our aspirations."'
    expect(briefs(after, {people: {'Hamdullah Mohib': ['Mohib']}})).toEqual([
      'direct «Seventeen years ago, this would not have been possible,» ← Mohib = Hamdullah Mohib / said',
      'direct «They represent our aspirations.» ← Mohib = Hamdullah Mohib / said',
    ])
  })

  it('gives every paragraph of a running quotation the speaker named at its start', () => {
    const text = [
      'Mayor Daniel Okafor spoke for ten minutes before the vote.',
      '"This is not the plan any of us would have drawn. It has too few units.',
      '"But the alternative is another decade of a fenced-off lot.',
      '"So I am voting yes."',
      'The council then voted.',
    ].join('\n\n')
    expect(briefs(text, {people: ['Daniel Okafor']})).toEqual([
      'direct «This is not the plan any of us would have drawn. It has too few units.» ← Daniel Okafor = Daniel Okafor / spoke',
      'direct «But the alternative is another decade of a fenced-off lot.» ← Daniel Okafor = Daniel Okafor / spoke',
      'direct «So I am voting yes.» ← Daniel Okafor = Daniel Okafor / spoke',
    ])
  })

  it('goes on with a running quotation across a caption, not into it', () => {
    const text = 'Governor Chris Gregoire said, "The museum put in a tremendous effort.\n\nThe shuttle on its pad. Image: NASA.\n\n"However, the trainer will soon call the museum home."'
    expect(briefs(text, {people: ['Chris Gregoire'], captions: [1]})).toEqual([
      'direct «The museum put in a tremendous effort.» ← Chris Gregoire = Chris Gregoire / said',
      'direct «However, the trainer will soon call the museum home.» ← Chris Gregoire = Chris Gregoire / said',
    ])
  })

  it('finds quotes in captions', () => {
    const text = 'A demonstrator who gave her name only as Marta said: "I pay 900 euros for a room." Photo: Lusa\n\nThousands marched on Saturday.'
    expect(briefs(text, {captions: [0]})).toEqual(['direct «I pay 900 euros for a room.» ← Marta = Marta / said'])
  })
})

describe('partial quotes', () => {
  it.each<[string, Names, string[]]>([
    [
      'Kyiv denounced the war games as "psychological pressure" while French Foreign Minister Jean-Yves Le Drian called the exercises "a very violent gesture."',
      {people: ['Jean-Yves Le Drian'], places: ['Kyiv']},
      ['partial «psychological pressure» ← Kyiv = Kyiv / denounced', 'partial «a very violent gesture.» ← Jean-Yves Le Drian = Jean-Yves Le Drian / called'],
    ],
    [
      'Defense chiefs held talks to avoid a "miscalculation" during the drills, the Pentagon said, at a tense time.',
      {organizations: ['Pentagon']},
      ['partial «miscalculation» ← the Pentagon = Pentagon / said'],
    ],
    ['Milley spoke with Gulevich to discuss "issues of concern" related to security.', {people: ['Mark Milley', 'Viktor Gulevich']}, ['partial «issues of concern»']],
    [
      'Labour said the figures were "a damning verdict on fourteen years of neglect".',
      {organizations: ['Labour']},
      ['partial «a damning verdict on fourteen years of neglect» ← Labour = Labour / said'],
    ],
  ])('%j', (text, names, expected) => {
    expect(briefs(text, names)).toEqual(expected)
  })
})

describe('speaker names', () => {
  it('resolves "he" and "she" to the person last named as a speaker or subject', () => {
    const text = 'Verbeek rejected the charge. She said the plan would be published in full.\n\nRovers boss Ian Maddox was less impressed. "Two penalties we should have had," he said.'
    const names = briefs(text, {people: {'Sophie Verbeek': ['Verbeek'], 'Ian Maddox': []}})
    expect(names).toEqual([
      'indirect «the plan would be published in full» ← She = Sophie Verbeek / said',
      'direct «Two penalties we should have had,» ← he = Ian Maddox / said',
    ])
  })

  it('resolves "the minister" to the person with that title, "the ministry" to the organization', () => {
    const text = [
      'Finance Minister Sophie Verbeek promised on Monday that pensions would be spared.',
      '"Pensioners did not cause this deficit," the minister told parliament.',
      "Turkey's Defence Ministry said talks would resume next week.",
      '"All parties have confirmed their participation," the ministry said.',
    ].join('\n\n')
    const quotes = quotesOf(text, {people: ['Sophie Verbeek'], organizations: ['Defence Ministry'], places: ['Turkey']})
    expect(quotes.filter((quote) => quote.kind === 'direct').map((quote) => quote.speaker?.name)).toEqual(['Sophie Verbeek', 'Defence Ministry'])
  })

  it('takes a mention named like an organization for one, whatever kind the entity finder gave it', () => {
    // The entity finder took "Ministry" for a person and "Chinese Embassy" for a place.
    const text = [
      "Turkey's Defence Ministry said talks would resume next week.",
      '"All parties have confirmed their participation," the ministry said.',
      'The Chinese Embassy in Washington did not comment. In a post last month, the embassy warned that China would "take all necessary measures" to protect its interests.',
    ].join('\n\n')
    const quotes = quotesOf(text, {people: ['Ministry'], places: ['Turkey', 'Chinese Embassy', 'Washington', 'China']})
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Defence Ministry', 'Defence Ministry', 'Chinese Embassy'])
  })

  it('remembers the organization a spokesperson speaks for, for "it"', () => {
    const text = 'Tom Reyes, a spokesman for Harbor Point Development, said construction could begin next spring. The company has promised 51 affordable units, which it called "a floor, not a ceiling."'
    const quotes = quotesOf(text, {people: ['Tom Reyes']}).filter((quote) => quote.kind === 'partial')
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Harbor Point Development'])
  })

  it('gives a person the title words next to them, not those next to another person', () => {
    const text = 'Sentencing him on Friday, Judge Anne Rutherford told Hale he had lied.\n\n"You knew exactly what you were doing," the judge said.'
    const quotes = quotesOf(text, {people: {'Martin Hale': ['Hale'], 'Anne Rutherford': []}})
    expect(quotes.filter((quote) => quote.kind === 'direct').map((quote) => quote.speaker?.name)).toEqual(['Anne Rutherford'])
  })

  it('keeps a capital that speaks for its government as the place', () => {
    expect(briefs('Beijing said the vessels had "illegally intruded" into its waters.', {places: ['Beijing']})).toEqual(['partial «illegally intruded» ← Beijing = Beijing / said'])
  })

  it('names an unnamed speaker by the words only', () => {
    expect(briefs('A spokesperson said: "We want to put the disruption behind us."')).toEqual(['direct «We want to put the disruption behind us.» ← A spokesperson / said'])
  })

  it('finds the person behind a misspelled surname, and the fullest name of a person named in part', () => {
    const text = 'Lydia Buchtmann leads the review.\n\n"We need to act," Ms Bauchtman said.\n\nThomas Sam runs the clinic. Thomas said little.\n\n"I am not able to do that," he replied.'
    const quotes = quotesOf(text, {people: ['Lydia Buchtmann', 'Thomas Sam', 'Thomas']})
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Lydia Buchtmann', 'Thomas Sam'])
  })

  it('finds the person behind a misspelled surname that the entity finder kept as a person of its own', () => {
    const text = 'Lydia Buchtmann leads the review.\n\n"We need to act," Ms Bauchtman said.'
    expect(quotesOf(text, {people: ['Lydia Buchtmann', 'Bauchtman']}).map((quote) => quote.speaker?.name)).toEqual(['Lydia Buchtmann'])
  })

  it('finds the person a surname or an organization its initials stand for', () => {
    const text = 'Professor Cres Eastman leads the study.\n\n"The effects are severe," Eastman said.\n\nThe Korean Central News Agency reported the drills. "Foolhardy provocation deserves punishment," added KCNA.'
    const quotes = quotesOf(text, {people: ['Cres Eastman'], organizations: ['Korean Central News Agency']})
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Cres Eastman', 'Korean Central News Agency'])
  })
})

describe('reported speech', () => {
  it.each<[string, Names, string[]]>([
    ['Paul Dewar, an Ottawa MP, said the lapses raise serious questions.', {people: ['Paul Dewar']}, ['indirect «the lapses raise serious questions» ← Paul Dewar = Paul Dewar / said']],
    [
      'According to the Royal College of Surgeons, one in nine patients has waited more than a year.',
      {organizations: ['Royal College of Surgeons']},
      ['indirect «one in nine patients has waited more than a year» ← the Royal College of Surgeons = Royal College of Surgeons / According to'],
    ],
    [
      'Almost half of all primary school children are iodine deficient, researchers say.',
      {},
      ['indirect «Almost half of all primary school children are iodine deficient» ← researchers / say'],
    ],
    ['They also claimed Paris was a volunteer and claim she has a vested interest.', {}, ['indirect «Paris was a volunteer» ← They / claimed', 'indirect «she has a vested interest» ← They / claim']],
    // "at least" opens a quantity, not an adverbial like "said at a news conference"
    ['Gov. Ron DeSantis said at least 14 people had died.', {people: ['Ron DeSantis']}, ['indirect «at least 14 people had died» ← Ron DeSantis = Ron DeSantis / said']],
    ["Italy's prime minister said the government would declare a state of emergency.", {places: ['Italy']}, ["indirect «the government would declare a state of emergency» ← Italy's prime minister / said"]],
    // a day after the cue belongs to the saying (session 9: "said Friday, as …" took the words after it)
    [
      'Torrential rains have killed at least 39 people, authorities said Friday, as rescuers used boats to reach residents.',
      {},
      ['indirect «Torrential rains have killed at least 39 people» ← authorities / said'],
    ],
    ['The agency said Friday the bridge would close for repairs next month.', {}, ['indirect «the bridge would close for repairs next month» ← The agency / said']],
  ])('%j', (text, names, expected) => {
    expect(briefs(text, names)).toEqual(expected)
  })

  it.each([
    'U.S. officials have not said why the team was denied visas.',
    'Rathke also asked the governments not to turn away boats.',
    'Minsk confirmed the call, which it said was initiated by Milley.',
    'The government announced the start of a public process to suggest designs.',
    'When I tell stories I do not like that everything is clear from the start.',
    'That said, we are realistic enough to know it will take decades.',
    'After tasting the beverage, Patterson left the bar early.',
  ])('finds none in %j', (text) => {
    expect(quotesOf(text, {people: ['Patterson']}).filter((quote) => quote.kind === 'indirect')).toEqual([])
  })
})

describe('what is not a quote', () => {
  it.each([
    ['a scare quote', 'Critics object to its supposedly "woke" line-up.'],
    ['so-called', 'Pryce said the so-called "culture war" was good for business.'],
    ['a title of a work', 'Highlights include a new staging of "The Crucible" and a screening of "Rivers of Salt".'],
    ['a nickname', 'The former boxer Danny "The Hammer" Okoye will speak.'],
    ['a name', 'The Afghan team\'s robot, named "Better Idea of Afghan Girls," scored two points.'],
    ['a programme', 'The festival\'s "Open Doors" scheme has doubled in size.'],
    ['a word mentioned', 'The word "festival" comes from the Latin festivus.'],
    ['a slogan on a sign', 'Residents held signs reading "Save Our Riverfront" and "Homes, Not Condos."'],
    ['apostrophes', "The workers' union said nothing about the '90s or rock 'n' roll."],
    ['a URL', 'Search at https://example.com/search?q="factory+fire"&sort=newest now.'],
    ['a term', 'Gameplay was delayed during the "third map" (third round) of the finals.'],
    // session 11: after a newsletter's label and its colon, a quoted word that runs on into the sentence
    ['a scare quote after a label', 'Driving the news: "Many" participants said further cuts could be appropriate.'],
  ])('%s', (_, text) => {
    expect(briefs(text, {people: ['Pryce', 'Danny Okoye']}).filter((line) => !line.startsWith('indirect'))).toEqual([])
  })

  it('lets an unbalanced mark quote only its own sentence', () => {
    const text = 'Station manager Phil Carter said crews found the building "well alight. At its height, 60 firefighters were there.\n\nResidents were told to keep windows closed.'
    expect(briefs(text, {people: ['Phil Carter']})).toEqual(['partial «well alight.» ← Phil Carter = Phil Carter / said'])
  })
})

describe('any input', () => {
  it.each([
    '',
    '"',
    '""""""',
    "''''",
    '“”‘’«»``',
    '"a',
    'said said said "',
    'He said: "',
    '"\n\n"\n\n"',
  ])('is well-formed for %j', (text) => {
    expectQuotes(text, findQuotes(text, paragraphsOf(text), {people: [], organizations: [], places: []}))
  })

  it('stays within its paragraph and input on a long text with stray marks', () => {
    const paragraph = 'He said "this stays open. Others "came and "went. '.repeat(20)
    const text = Array.from({length: 8}, () => paragraph).join('\n\n')
    const quotes = findQuotes(text, paragraphsOf(text), {people: [], organizations: [], places: []})
    expectQuotes(text, quotes)
    const paragraphs = paragraphsOf(text)
    for (const quote of quotes) {
      expect(paragraphs.some((item) => item.spans.some((span) => span.start <= quote.span.start && quote.span.end <= span.end))).toBe(true)
    }
  })
})

describe('reported clauses (session 10)', () => {
  it('keeps a percent sign that ends the clause before "according to"', async () => {
    const {parseArticle} = await import('../../src/index.js')
    const text = 'Foot traffic at stores fell 1.8%, according to RetailNext.'
    const [quote] = parseArticle(text).quotes
    expect(quote && text.slice(quote.span.start, quote.span.end)).toBe('Foot traffic at stores fell 1.8%')
  })
})

describe('speakers (session 12)', () => {
  it.each<[string, Names, string[]]>([
    [
      // A second verb: the sentence's subject speaks, not the subject of what was said.
      'Chair Jerome Powell was asked about this at the press conference and said the committee was "not on a preset course."',
      {people: ['Jerome Powell']},
      ['partial «not on a preset course.» ← Jerome Powell = Jerome Powell / said'],
    ],
    [
      // A member of a party speaks, not the party.
      'Opposition leader Gaurav Gogoi of the Congress said the amount was "far too little, far too late" and accused the BJP of delay.',
      {people: ['Gaurav Gogoi'], organizations: ['Congress', 'BJP']},
      ['partial «far too little, far too late» ← Gaurav Gogoi = Gaurav Gogoi / said'],
    ],
    [
      // The people of the places speak, not the places (session 15: "Viman Nagar" spoke).
      'Residents of Kharadi, Wagholi and Viman Nagar, who have depended on tankers all summer, said they had "heard such promises before".',
      {people: ['Viman Nagar'], places: ['Kharadi', 'Wagholi']},
      ['partial «heard such promises before» ← Residents / said'],
    ],
    [
      // After a comma alone the name opens a clause: it is no list's last.
      'Speaking from the city of Mackay, Mr Hall said the crews were "exhausted but safe".',
      {people: ['John Hall'], places: ['Mackay']},
      ['partial «exhausted but safe» ← Hall = John Hall / said'],
    ],
    [
      'The mayor of Springfield said the bridge would stay "closed until further notice".',
      {places: ['Springfield']},
      ['partial «closed until further notice» ← The mayor / said'],
    ],
    [
      // A capitalized singular is a title before the name.
      'Speaker of the House Mike Johnson said the vote would be held "before the end of the week".',
      {people: ['Mike Johnson'], organizations: ['House']},
      ['partial «before the end of the week» ← Mike Johnson = Mike Johnson / said'],
    ],
  ])('%j', (text, names, expected) => {
    expect(briefs(text, names)).toEqual(expected)
  })

  it('starts an "according to" clause after the abbreviation in brackets', async () => {
    const {parseArticle} = await import('../../src/index.js')
    const text = "According to the Reserve Bank of India (RBI), Assam's fiscal deficit is projected at 3.8 per cent of its GSDP."
    const [quote] = parseArticle(text).quotes
    expect(quote?.text).toBe("Assam's fiscal deficit is projected at 3.8 per cent of its GSDP")
    expect(quote?.speaker?.text).toBe('the Reserve Bank of India')
  })
})

describe('turns of a transcript (session 14)', () => {
  it("a paragraph under a speaker's label in capitals is a direct quote of the person the label names", async () => {
    const {parseArticle} = await import('../../src/index.js')
    const text = [
      'Department Press Briefing',
      'MR MILLER: Good afternoon, everyone. I have one thing at the top and then I will take your questions.',
      'QUESTION: Thanks. On the ceasefire talks, is there any date set for the next round in Doha?',
      'MR MILLER: There is no date set. We remain in close touch with our partners in Qatar and Egypt.',
      'ISLAMABAD: Prime Minister Shehbaz Sharif met the army chief on Monday, officials said.',
      'MC CAIN: THE LAST MAN STANDING It was a distinct pleasure to be back in Berlin on the night he won.',
    ].join('\n\n')
    const quotes = parseArticle(text).quotes.filter((quote) => quote.speaker?.text === 'MR MILLER')
    expect(quotes.map((quote) => [quote.kind, quote.text.slice(0, 20), quote.speaker?.name])).toEqual([
      ['direct', 'Good afternoon, ever', 'Mr Miller'],
      ['direct', 'There is no date set', 'Mr Miller'],
    ])
    // (a question, a dateline in capitals and a headline in capitals name no speaker of their paragraph)
    expect(parseArticle(text).quotes.some((quote) => /^(?:QUESTION|ISLAMABAD|MC CAIN)$/u.test(quote.speaker?.text ?? ''))).toBe(false)
    expect(text.slice(quotes[0]!.span.start, quotes[0]!.span.end)).toBe(quotes[0]!.text)
  })

  it("an interview's answers under 'A:' are the interviewee's (two questions or more), the first person the body names", async () => {
    const {parseArticle} = await import('../../src/index.js')
    const text = [
      'Vincent Clerc has run A.P. Moller-Maersk since January 2023. He spoke to us in Copenhagen about freight rates.',
      'Q: Rates have fallen by half since the spring. Is the crisis over?',
      'A: No. Rates are falling because capacity is coming back, not because the risk has gone.',
      'Q: When will you return to the Suez route?',
      'A: When our crews are safe. I will not put a date on it.',
    ].join('\n\n')
    const quotes = parseArticle(text).quotes
    expect(quotes.map((quote) => [quote.kind, quote.speaker?.text, quote.speaker?.name, quote.text.slice(0, 12)])).toEqual([
      ['direct', 'A', 'Vincent Clerc', 'No. Rates ar'],
      ['direct', 'A', 'Vincent Clerc', 'When our cre'],
    ])
    // (one "Q:" makes no interview: an answer key's "A:" names no one)
    expect(parseArticle(text.split('\n\nQ: When')[0] as string).quotes).toEqual([])
  })

  it("an interview's answers under the interviewee's name in title case, used twice or more (session 15)", async () => {
    const {parseArticle} = await import('../../src/index.js')
    const text = [
      'Dale Henning has farmed the same bottomland along the Missouri River for 31 years. We spoke to him in Craig.',
      'What did you lose?',
      'Henning: Four hundred acres of corn and beans, the grain bins, two tractors.',
      'Has anyone from the government been out?',
      'Henning: FEMA came out on the 28th. They were polite, but they told me it could be a year before I see a check.',
    ].join('\n\n')
    const quotes = parseArticle(text).quotes
    expect(quotes.map((quote) => [quote.kind, quote.speaker?.text, quote.speaker?.name, quote.text.slice(0, 12)])).toEqual([
      ['direct', 'Henning', 'Dale Henning', 'Four hundred'],
      ['direct', 'Henning', 'Dale Henning', 'FEMA came ou'],
    ])
    // (once, a name and a colon open any paragraph: "Henning: the town that …" is no turn)
    expect(parseArticle(text.split('\n\nHas anyone')[0] as string).quotes).toEqual([])
  })
})
