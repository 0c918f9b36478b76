import { conditionProblems, textProblems, type Path, type Problem } from './guidance-checks'
import type { Guidance, GuidanceItem } from './guidance-schema'

/**
 * The conversation card's references, checked: every opening, reminder and agenda segment names
 * an item (openings and reminders one of the conversation itself), each item has one reminder
 * at most, segment ids are unique, conditions and placeholders are known, and one segment
 * applies to every conversation, so the agenda is never empty. Each problem names the field.
 */
export function cardProblems(guidance: Guidance): Problem[] {
  const items = new Map(guidance.items.map((item) => [item.id, item]))
  const { openings, reminders, agenda } = guidance.card
  const reasons = guidance.reasons.facts
  const problems: Problem[] = []
  const refer = (id: string, path: Path, duringOnly: boolean) => {
    const item = items.get(id)
    if (!item) problems.push({ message: `${id} is not an item`, path: [...path, 'item'] })
    else if (duringOnly && item.phase !== 'during')
      problems.push({ message: `${id} is not an item for during the conversation`, path: [...path, 'item'] })
  }
  openings.forEach((opening, index) => {
    const path = ['card', 'openings', index]
    refer(opening.item, path, true)
    if (opening.when) problems.push(...conditionProblems(opening.when, reasons, [...path, 'when']))
  })
  reminders.forEach((reminder, index) => {
    const path = ['card', 'reminders', index]
    refer(reminder.item, path, true)
    if (reminders.findIndex((other) => other.item === reminder.item) !== index)
      problems.push({ message: `${reminder.item} has more than one reminder`, path: [...path, 'item'] })
    problems.push(...textProblems([reminder.text.nl, reminder.text.en], [...path, 'text']))
  })
  agenda.segments.forEach((segment, index) => {
    const path = ['card', 'agenda', 'segments', index]
    refer(segment.item, path, false)
    if (agenda.segments.findIndex((other) => other.id === segment.id) !== index)
      problems.push({ message: `duplicate segment id ${segment.id}`, path: [...path, 'id'] })
    if (segment.when) problems.push(...conditionProblems(segment.when, reasons, [...path, 'when']))
    if (segment.atLeast && segment.atLeast[0] * 2 > segment.atLeast[1])
      problems.push({ message: `segment ${segment.id} asks for more than half the time`, path: [...path, 'atLeast'] })
    problems.push(...textProblems([segment.title.nl, segment.title.en], [...path, 'title']))
  })
  const always = (item: GuidanceItem | undefined) => item !== undefined && item.when === undefined
  if (!agenda.segments.some((segment) => !segment.when && always(items.get(segment.item))))
    problems.push({
      message: 'no agenda segment applies to every conversation: give one an item that always applies and no when',
      path: ['card', 'agenda', 'segments'],
    })
  return problems
}
