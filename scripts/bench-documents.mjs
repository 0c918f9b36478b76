// The preparations the PDF benchmark exports, as saved in localStorage by the app.

const NOTE = 'Vader vertelde over de verhuizing en de nieuwe baan. Anouk slaapt slecht sinds de zomer. '

/** A rich preparation: buddy, sensitive news, four people, ticks, notes, questions and an evaluation. */
const rich = {
  name: 'rich',
  expect: ['Ayşe Łukasiewicz'],
  answers: {
    buddy: 'attending',
    sensitiveNews: true,
    expectedMinutes: 30,
    parentsAttending: 2,
    otherAttendees: 1,
    childName: 'Ayşe Łukasiewicz',
    address: 'u',
    meetingAt: '2026-12-12T15:30',
  },
  ticks: { 'before.ask-buddy-along': true, 'during.small-talk': true, 'before.room-and-chairs': true },
  notes: {
    'during.small-talk': 'Vragen naar de verhuizing',
    'before.room-and-chairs': 'Lokaal 12, de tafel bij het raam',
    'during.empathic-listening': NOTE.repeat(20),
  },
  questions: [
    { id: 'q1', text: 'Kan Ayşe extra leesles krijgen?', done: false },
    { id: 'q2', text: 'Wanneer is de volgende toets?', done: true },
  ],
  evaluation: { rating: 'mixed', parent: 'Ouder vond het spannend', agreements: 'Over zes weken opnieuw praten.' },
  followUp: { at: '2027-01-23T15:30', minutes: 30, withBuddy: true },
}

/** A short one: no buddy, nothing sensitive, one parent, no name, nothing written yet. */
const short = {
  name: 'short',
  expect: ['Begin met een praatje'],
  answers: {
    buddy: 'none',
    sensitiveNews: false,
    expectedMinutes: 15,
    parentsAttending: 1,
    otherAttendees: 0,
    address: 'je',
  },
  ticks: {},
  notes: {},
  questions: [],
  evaluation: {},
  followUp: {},
}

/** The rich one for a child with a Chinese name and a Cyrillic note: fonts fetched on demand. */
const scripts = {
  ...rich,
  name: 'rich-chinese-cyrillic',
  expect: ['陈小明', 'Анастасия'],
  answers: { ...rich.answers, childName: '陈小明' },
  notes: { ...rich.notes, 'during.small-talk': 'Мама говорит по-русски; Анастасия помогает переводить.' },
}

export const DOCUMENTS = [rich, short, scripts]

/** The saved store holding one preparation, opened on its checklist. */
export function storageFor(document) {
  const { name, ...preparation } = document
  // The names to look for in the PDF are the benchmark's, not the app's.
  delete preparation.expect
  const id = `bench-${name}`
  return JSON.stringify({
    version: 2,
    state: {
      locale: 'nl',
      activeId: id,
      preparations: {
        [id]: {
          id,
          createdAt: '2026-11-29T09:00:00.000Z',
          updatedAt: '2026-11-29T09:00:00.000Z',
          held: false,
          finished: false,
          ...preparation,
        },
      },
    },
  })
}
