// Years of conversations, as a teacher's device holds them after seven school years: about a
// thousand preparations (3.4 MB saved), made by a seeded generator, so every run measures the
// same data. Dates are placed around `today` (a `YYYY-MM-DD`), so the current school year always
// has conversations still to come, whatever day the bench runs.

export const YEARS_COUNT = 1000

/** A small seeded random generator (mulberry32): the same seed gives the same preparations. */
function seeded(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FIRST_NAMES = [
  'Zoë',
  'Noor',
  'Sem',
  'Daniël',
  'Noëlle',
  'Chloé',
  'Ayşe',
  'Mehmet',
  'Fleur',
  'Luuk',
  'Anouk',
  'Bram',
  'Lotte',
  'Jesse',
  'Yara',
  'Finn',
  'Saar',
  'Daan',
  'Mila',
  'Julia',
  'Thijs',
  'Liam',
  'Emma',
  'Sophie',
  'Mohammed',
  'Fatima',
  'Ilse',
  'Joëlle',
  'Raphaël',
  'Mía',
  'Lucas',
  'Nina',
  'Aziz',
  'Hanna',
  'Björn',
  'Eliza',
  'Sara',
  'Tim',
  'Gijs',
  'Roos',
  'Olivia',
  'Zeynep',
  'Amira',
  'Wout',
  'Céline',
  'Stijn',
]
const FAMILY_NAMES = [
  'de Vries',
  'Jansen',
  'van den Berg',
  'Bakker',
  'Yılmaz',
  'El Amrani',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'Doğan',
  'Kaya',
  'van Dijk',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Smits',
  'de Graaf',
  'van der Meer',
  'Kramer',
  'Müller',
]
const PARENT_NAMES = ['Sanne', 'Mark', 'Ingrid', 'Hüseyin', 'Marieke', 'Ahmed', 'Petra', 'Jeroen', 'Lieke', 'Özlem']
const PURPOSES = [
  'Hoe het lezen gaat',
  'De overstap naar groep 8',
  'Rekenen en de toets van januari',
  'Hoe het gaat in de klas',
  'Ruzie op het plein',
  'Het advies voor de middelbare school',
  'Concentratie in de les',
  'Vriendschappen in de groep',
]
const SENTENCES = [
  'Moeder vertelde over de verhuizing en dat het thuis onrustig is.',
  'Vader vraagt of er extra hulp bij lezen kan komen.',
  'Het kind slaapt slecht sinds de zomervakantie.',
  'We spraken af om over zes weken opnieuw te kijken hoe het gaat.',
  'De buddy vertaalde de vragen over het huiswerk.',
  'Ouders zijn blij met de nieuwe plek in de klas, naast een rustige buur.',
  'Oma haalt het kind op dinsdag en donderdag op, dan kan zij ook komen.',
  'De intern begeleider kijkt mee naar het plan voor rekenen.',
  'Het kind vertelt thuis weinig over school; ouders willen meer horen.',
  'Er is een afspraak met de logopedist op woensdagmiddag.',
  'Ouders vragen hoe ze thuis kunnen helpen met de tafels.',
  'De toets ging beter dan vorige keer, vooral begrijpend lezen.',
]
const ITEMS = [
  'before.ask-buddy-along',
  'before.questions-with-buddy',
  'before.room-and-chairs',
  'before.plan-extra-time',
  'during.small-talk',
  'during.explain-what-school-does',
  'during.parent-in-charge',
  'during.welcome-questions',
  'during.answer-later',
  'during.honest-about-feasibility',
  'during.empathic-listening',
  'after.evaluate-together',
  'after.talk-again-later',
  'after.next-appointment',
]
const SLOTS = ['08:30', '12:15', '14:00', '15:00', '15:30', '16:00', '16:30', '19:00']
const DAY_MS = 24 * 60 * 60 * 1000

const pad = (n) => String(n).padStart(2, '0')
/** A day as `YYYY-MM-DD`, counted in whole days (UTC arithmetic: no clock change in between). */
const dayAfter = (day, days) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)

/** The first day (1 August) of the school year that holds `day`. */
const schoolYearStart = (day) => {
  const [year, month] = day.split('-').map(Number)
  return `${month >= 8 ? year : year - 1}-08-01`
}

function maker(random) {
  const pick = (list) => list[Math.floor(random() * list.length)]
  const chance = (p) => random() < p
  const text = (sentences) => Array.from({ length: sentences }, () => pick(SENTENCES)).join(' ')
  return { pick, chance, text, between: (min, max) => min + Math.floor(random() * (max - min + 1)) }
}

/** One preparation whose conversation is on `day` (or has no date yet), seen from `today`. */
function preparation(make, id, day, today, previous) {
  const { pick, chance, text, between } = make
  const past = day !== null && day < today
  const child = previous?.answers.childName ?? `${pick(FIRST_NAMES)} ${pick(FAMILY_NAMES)}`
  const madeOn = dayAfter(day ?? today, -between(3, 20))
  const buddy = pick(['attending', 'preparing', 'unknown', 'none'])
  const items = ITEMS.filter(() => chance(0.55))
  const notes = Object.fromEntries(items.filter(() => chance(0.5)).map((item) => [item, text(between(2, 5))]))
  // Conversations of earlier school years are mostly marked finished; this year's less often yet.
  const finished = past && chance(schoolYearStart(day) < schoolYearStart(today) ? 0.9 : 0.5)
  return {
    id,
    createdAt: `${madeOn}T07:${pad(between(0, 59))}:00.000Z`,
    updatedAt: `${past ? day : madeOn}T18:${pad(between(0, 59))}:00.000Z`,
    answers: {
      buddy,
      sensitiveNews: chance(0.2),
      expectedMinutes: pick([15, 20, 30, 45]),
      parentsAttending: pick([1, 2]),
      otherAttendees: 0,
      childName: child,
      address: pick(['u', 'je']),
      ...(day ? { meetingAt: `${day}T${pick(SLOTS)}` } : {}),
      purpose: pick(PURPOSES),
      ...(chance(0.6) ? { parentNames: `${pick(PARENT_NAMES)} en ${pick(PARENT_NAMES)}` } : {}),
      ...(chance(0.4) ? { room: `Lokaal ${between(1, 14)}` } : {}),
    },
    ticks: Object.fromEntries(items.map((item) => [item, true])),
    notes,
    questions: Array.from({ length: between(0, 3) }, (_, n) => ({
      id: `${id}-q${n}`,
      text: pick(SENTENCES),
      done: past && chance(0.6),
    })),
    evaluation: past
      ? {
          rating: pick(['good', 'mixed', 'difficult']),
          parent: text(between(2, 4)),
          teacher: text(between(2, 3)),
          discussed: text(between(4, 8)),
          agreements: text(between(2, 4)),
        }
      : {},
    followUp: past && chance(0.4) ? { at: `${dayAfter(day, 42)}T15:30`, minutes: 20, withBuddy: false } : {},
    card: past ? { notes: text(between(8, 14)) } : {},
    texts: chance(0.3) ? { invitation: { text: text(5), basedOn: text(5) } } : {},
    held: past && !finished && chance(0.3),
    finished,
    ...(previous ? { followsId: previous.id, carriedAgreements: previous.evaluation.agreements ?? '' } : {}),
  }
}

/**
 * About `count` preparations over seven school years up to the one holding `today`, and a few in
 * the next: roughly one school day in two has a conversation, some children have follow-ups, a
 * few preparations have no date yet. Returns the preparations, oldest first.
 */
export function yearsOfPreparations({ today, count = YEARS_COUNT, seed = 2026 }) {
  const make = maker(seeded(seed))
  const first = dayAfter(schoolYearStart(today), -6 * 365)
  const last = dayAfter(today, 120)
  const span = (Date.parse(last) - Date.parse(first)) / DAY_MS
  const list = []
  for (let n = 0; n < count; n++) {
    const id = `bench-${String(n).padStart(4, '0')}`
    const undated = n % 97 === 0
    const day = undated ? null : dayAfter(first, Math.floor((n / count) * span))
    // Now and then a conversation follows up the one before it for the same child.
    const previous = list.length > 0 && make.chance(0.15) ? list.at(-1) : undefined
    list.push(preparation(make, id, day, today, day && previous?.answers.meetingAt ? previous : undefined))
  }
  return list
}

/** The saved data (as under localStorage's `oudergesprek` key) holding these preparations. */
export function savedText(preparations) {
  return JSON.stringify({
    version: 7,
    state: {
      preparations: Object.fromEntries(preparations.map((p) => [p.id, p])),
      settings: { locale: 'nl', dutchScripts: false },
      lastUsedId: null,
      writes: [],
    },
  })
}
