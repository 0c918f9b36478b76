import type { Locale } from './vocabulary'

/**
 * What can be wrong in a school's version of the guidance, in words for the intern begeleider
 * and the school's ICT person: each says which item and which field, and what to do.
 */
export interface SchoolProblem {
  /** The item's id (of the sheet or the school's own), or null for the file as a whole. */
  item: string | null
  /** The field, as a path inside the item (`examples.2.je`) or the file (`details.interpreterPhone`). */
  field: string | null
  message: Record<Locale, string>
}

type Words = Record<Locale, string>
const words = (nl: string, en: string): Words => ({ nl, en })
const list = (values: readonly unknown[]) => values.map((value) => `‘${String(value)}’`).join(', ')

/** The end of each message, after "Punt ‘…’: het veld ‘…’". */
export const SAYS = {
  missing: () => words('ontbreekt.', 'is missing.'),
  notText: () => words('moet een tekst zijn.', 'must be a text.'),
  notNumber: () => words('moet een heel getal zijn.', 'must be a whole number.'),
  notList: () => words('moet een lijst zijn ([…]).', 'must be a list ([…]).'),
  notGroup: () => words('moet een groep velden zijn ({…}).', 'must be a group of fields ({…}).'),
  wrongKind: () => words('heeft niet de goede soort waarde.', 'has the wrong kind of value.'),
  unknownField: () =>
    words(
      'kent de app niet. Haal het weg of kijk de spelling na.',
      'is not known to the app. Remove it or check the spelling.',
    ),
  empty: () => words('is leeg.', 'is empty.'),
  emptyList: () => words('is een lege lijst.', 'is an empty list.'),
  tooLong: (max: number) => words(`is te lang: ten hoogste ${max} tekens.`, `is too long: at most ${max} characters.`),
  tooMany: (max: number) => words(`heeft te veel: ten hoogste ${max}.`, `has too many: at most ${max}.`),
  tooSmall: (min: number) => words(`moet ten minste ${min} zijn.`, `must be at least ${min}.`),
  tooBig: (max: number) => words(`mag ten hoogste ${max} zijn.`, `may be at most ${max}.`),
  oneOf: (values: readonly unknown[]) =>
    words(`moet een van deze zijn: ${list(values)}.`, `must be one of: ${list(values)}.`),
  badId: () =>
    words(
      'heeft niet de goede vorm: begin met ‘school.’ en gebruik daarna kleine letters, cijfers en streepjes, zoals ‘school.tolkdienst-bellen’.',
      'has the wrong form: start with ‘school.’ followed by lower-case letters, digits and hyphens, such as ‘school.call-interpreters’.',
    ),
  badSentenceNumber: () =>
    words(
      'moet het nummer van een voorbeeldzin zijn: 1, 2, 3, …',
      'must be the number of an example sentence: 1, 2, 3, …',
    ),
  badDate: () => words('moet een datum zijn zoals 2026-12-07.', 'must be a date such as 2026-12-07.'),
  badDetail: () => words('mag niet leeg zijn en geen { of } bevatten.', 'may not be empty or hold { or }.'),
  notSheetItem: () =>
    words('dit punt staat niet in de handreiking. Kijk de id na.', 'this item is not in the guidance. Check the id.'),
  noSuchSentence: (n: number, count: number) =>
    words(
      `noemt zin ${n}, maar dit punt heeft ${count === 0 ? 'geen voorbeeldzinnen' : count === 1 ? '1 voorbeeldzin' : `${count} voorbeeldzinnen`}.`,
      `names sentence ${n}, but this item has ${count === 1 ? '1 example sentence' : `${count} example sentences`}.`,
    ),
  duplicateId: () =>
    words(
      'komt twee keer voor. Geef elk eigen punt een eigen id.',
      'appears twice. Give each item of your own its own id.',
    ),
  unknownFact: (fact: string, known: readonly string[]) =>
    words(
      `noemt ‘${fact}’, maar dat is geen feit dat de app kent. Kies uit: ${list(known)}.`,
      `names ‘${fact}’, but the app knows no such fact. Choose from: ${list(known)}.`,
    ),
  unknownValue: (fact: string, value: unknown, known: readonly unknown[]) =>
    words(
      `noemt bij ‘${fact}’ de waarde ‘${String(value)}’, maar die kent de app niet. Kies uit: ${list(known)}.`,
      `gives ‘${fact}’ the value ‘${String(value)}’, which the app does not know. Choose from: ${list(known)}.`,
    ),
  noReason: (fact: string) =>
    words(
      `noemt ‘${fact}’, maar daarmee kan de app niet uitleggen waarom het punt op de lijst staat. Kies een ander feit.`,
      `names ‘${fact}’, but with it the app cannot explain why the item is on the list. Choose another fact.`,
    ),
  notNumberFact: (fact: string) =>
    words(
      `gebruikt ‘atLeast’ bij ‘${fact}’, maar dat is geen getal. Gebruik ‘in’ met een lijst van waarden.`,
      `uses ‘atLeast’ with ‘${fact}’, which is not a number. Use ‘in’ with a list of values.`,
    ),
  notValuesFact: (fact: string) =>
    words(
      `gebruikt ‘in’ bij ‘${fact}’, maar dat is een getal. Gebruik ‘atLeast’.`,
      `uses ‘in’ with ‘${fact}’, which is a number. Use ‘atLeast’.`,
    ),
  badCondition: () =>
    words(
      'is geen voorwaarde die de app kent. Gebruik ‘fact’ met ‘in’ of ‘atLeast’, of ‘all’ of ‘any’ met een lijst.',
      'is not a condition the app knows. Use ‘fact’ with ‘in’ or ‘atLeast’, or ‘all’ or ‘any’ with a list.',
    ),
  unknownPlaceholder: (name: string, known: readonly string[]) =>
    words(
      `gebruikt {${name}}, maar die naam kent de app niet. Bekende namen: ${known.map((k) => `{${k}}`).join(', ')}.`,
      `uses {${name}}, a name the app does not know. Known names: ${known.map((k) => `{${k}}`).join(', ')}.`,
    ),
  detailMissing: (name: string) =>
    words(
      `gebruikt {${name}}, maar ‘details.${name}’ is niet ingevuld.`,
      `uses {${name}}, but ‘details.${name}’ is not filled in.`,
    ),
  buddyPlural: () =>
    words(
      'hoort niet bij een zin tegen de buddy: die spreekt één persoon aan. Haal ‘jullie’ weg.',
      'does not belong in a sentence to the buddy, who is one person. Remove ‘jullie’.',
    ),
} satisfies Record<string, (...args: never[]) => Words>

/** A message for the whole file, not one field. */
export const FILE_SAYS = {
  notJson: () =>
    words(
      'Dit bestand is geen JSON-bestand. Kies het bestand met de handreiking van jullie school.',
      'This file is not a JSON file. Choose the file with your school’s guidance.',
    ),
  notSchoolFile: (format: string) =>
    words(
      `Dit bestand is geen handreiking van een school: het veld ‘format’ moet ‘${format}’ zijn.`,
      `This file is not a school’s guidance: the field ‘format’ must be ‘${format}’.`,
    ),
  newer: () =>
    words(
      'Dit bestand is gemaakt met een nieuwere versie van de app. Werk de app bij en probeer het opnieuw.',
      'This file was made with a newer version of the app. Update the app and try again.',
    ),
}

/** "Punt ‘x’: het veld ‘y’ ontbreekt." — the item and the field first, then what is wrong. */
export function problem(item: string | null, field: string | null, says: Words): SchoolProblem {
  const nl = item
    ? `Punt ‘${item}’: ${field ? `het veld ‘${field}’ ` : ''}${says.nl}`
    : `${field ? `Het veld ‘${field}’ ` : ''}${says.nl}`
  const en = item
    ? `Item ‘${item}’: ${field ? `the field ‘${field}’ ` : ''}${says.en}`
    : `${field ? `The field ‘${field}’ ` : ''}${says.en}`
  return { item, field, message: { nl: capital(nl), en: capital(en) } }
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
