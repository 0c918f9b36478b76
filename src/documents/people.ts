import type { DraftAnswers, Locale, Person } from '../rules'
import { translator, type MessageKey, type Translate } from '../i18n'
import { oneLine } from './plain-text'
import '../i18n/documents'

type Role = Person['role']
type Count = 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10

/**
 * The others in the room as saved. Data from before roles were asked holds only a number: those
 * people were "from school", so they read as colleagues from school.
 */
export function othersOf(answers: Pick<DraftAnswers, 'others' | 'otherAttendees'>): Person[] {
  if (answers.others) return answers.others
  return Array.from({ length: answers.otherAttendees ?? 0 }, () => ({ role: 'colleague' as const }))
}

/** A name typed by the teacher, as one clean line; empty when only spaces were typed. */
export const cleanName = (name: string | undefined): string => oneLine(name ?? '')

/**
 * The others in words, one phrase per named person and one per role for the unnamed, in the
 * order the teacher gave them: "de intern begeleider (mevrouw Jansen)", "een tolk (Turks)",
 * "twee collega's van school". A tolk's language is said like a name: that tolk is one person.
 */
export function othersInWords(others: readonly Person[], locale: Locale): string[] {
  const t = translator(locale)
  const unnamed = new Map<Role, number>()
  const languageOf = (person: Person) => (person.role === 'interpreter' ? cleanName(person.language) : '')
  for (const person of others)
    if (!cleanName(person.name) && !languageOf(person)) unnamed.set(person.role, (unnamed.get(person.role) ?? 0) + 1)
  const phrases: string[] = []
  const said = new Set<Role>()
  for (const person of others) {
    const name = cleanName(person.name)
    const language = languageOf(person)
    if (name && language) phrases.push(t('people.interpreter.namedLanguage', { name, language }))
    else if (language) phrases.push(t('people.interpreter.language', { language }))
    else if (name) phrases.push(t(`people.${person.role}.named`, { name }))
    else if (!said.has(person.role)) {
      said.add(person.role)
      const count = unnamed.get(person.role) ?? 1
      phrases.push(
        count === 1 ? t(`people.${person.role}`) : t(`people.${person.role}.many`, { n: numberWord(count, t) }),
      )
    }
  }
  return phrases
}

/** "de leerkracht (Sanne de Vries)", or "de leerkracht" when no name is set. */
export function teacherInWords(teacherName: string | undefined, locale: Locale): string {
  const t = translator(locale)
  const name = cleanName(teacherName)
  return name ? t('people.teacher.named', { name }) : t('people.teacher')
}

/** "a", "a en b", "a, b en c": the way a sentence lists people; "a, b of c" for a choice. */
export function listInWords(parts: readonly string[], locale: Locale, joint: 'and' | 'or' = 'and'): string {
  if (parts.length <= 1) return parts[0] ?? ''
  return `${parts.slice(0, -1).join(', ')}${translator(locale)(`people.${joint}`)}${parts.at(-1)}`
}

/** A count of two or more in words; more than ten others (above the answers' limit) in digits. */
function numberWord(count: number, t: Translate): string {
  return count <= 10 ? t(`people.number.${count as Count}` satisfies MessageKey) : String(count)
}
