import { withoutBidiControls } from './bidi'
import type { Answers } from './answers'
import { chairsNeeded, deriveFacts, type Facts } from './facts'
import { evaluate, explain } from './conditions'
import { guidance as shippedGuidance } from './guidance'
import { formKey, scriptForm } from './address-forms'
import {
  PHASES,
  type Guidance,
  type GuidanceItem,
  type GuidanceScript,
  type Locale,
  type Audience,
  type Origin,
  type Phase,
  type Placeholder,
} from './guidance-schema'

/** An example sentence as the teacher may say it, and whether the sheet says it or we suggest it. */
export interface Script {
  text: string
  origin: Origin
  /** Whom the teacher says it to: the parent(s), the buddy, or everyone. */
  audience: Audience
}

export interface ChecklistItem {
  id: string
  /** Short name of the item, personalised. */
  title: string
  text: string
  scripts: Script[]
  reasons: string[]
  /** 'sheet' for the sheet's own advice; 'suggestion' for an item we add in its spirit; 'school' for a school's own. */
  origin: Origin
}

/** Who makes the suggested extra time: a buddy who comes or may come, a tolk, others from school. */
export type ExtraTimeReason = 'buddy' | 'maybeBuddy' | 'interpreter' | 'others'

export interface ChecklistPhase {
  phase: Phase
  items: ChecklistItem[]
}

export interface Checklist {
  phases: ChecklistPhase[]
  /** The length of the conversation: the minutes the teacher chose, else the usual minutes. */
  plannedMinutes: number
  /** The teacher's usual length for such a conversation. */
  expectedMinutes: number
  /** The suggested extra minutes: 0 when no extra time applies. */
  bufferMinutes: number
  /** The usual minutes plus the suggested extra ones. */
  suggestedMinutes: number
  /** Who makes the suggestion longer, in this order; empty when there is no extra time. */
  extraTimeFor: ExtraTimeReason[]
  /** The suggestion the buffer comes from, to show beside it. */
  bufferRule: Pick<Guidance['timeBuffer'], 'percent' | 'interpreterPercent' | 'roundUpTo' | 'minimum'>
  chairs: number
  /** The chairs in words, as running text writes a small number: "vijf". */
  chairsInWords: string
  locale: Locale
  /** The language of the example sentences: the checklist's own, or Dutch in an English checklist. */
  scriptLocale: Locale
  /** Made with a school's own version of the guidance: which school, for the credit line. */
  adaptedBy?: NonNullable<Guidance['adaptedBy']>
}

export interface BuildOptions {
  locale?: Locale
  /** The language of the example sentences; by default the checklist's language. */
  scriptLocale?: Locale
  guidance?: Guidance
}

/**
 * Turns the teacher's answers into the tailored checklist: the items whose conditions hold, in
 * phase order, moved where the data's `reorder` says for these answers, each in the first variant
 * whose condition holds. Scripts come as `{ text, origin }`: each in the form for who is spoken
 * to (`u`/`je` to one person, `u`/`jullie` to more), the child's name filled in, and `origin`
 * 'sheet' for the sheet's own sentences, 'suggestion' for ours. Pure: same input, same output.
 */
export function buildChecklist(answers: Answers, options: BuildOptions = {}): Checklist {
  const locale = options.locale ?? 'nl'
  const scriptLocale = options.scriptLocale ?? locale
  const guidance = options.guidance ?? shippedGuidance
  const facts = deriveFacts(answers)
  const applicable = applicableItems(guidance, facts)
  const extraTime = applicable.some((item) => item.id === guidance.timeBuffer.item)
  const interpreter = facts.interpreter === true
  const bufferMinutes = extraTime ? timeBuffer(answers.expectedMinutes, guidance.timeBuffer, interpreter) : 0
  const chairs = chairsNeeded(answers)
  const plannedMinutes = plannedMinutesOf(answers)
  const numbers = { chairs, expectedMinutes: answers.expectedMinutes, bufferMinutes, plannedMinutes }
  const context: Context = {
    answers,
    facts,
    guidance,
    locale,
    scriptLocale,
    values: placeholderValues(answers, guidance, locale, numbers),
    scriptValues: placeholderValues(answers, guidance, scriptLocale, numbers),
  }
  const { percent, interpreterPercent, roundUpTo, minimum } = guidance.timeBuffer
  return {
    phases: PHASES.map((phase) => ({
      phase,
      items: applicable.filter((item) => item.phase === phase).map((item) => toChecklistItem(item, context)),
    })),
    plannedMinutes,
    expectedMinutes: answers.expectedMinutes,
    bufferMinutes,
    suggestedMinutes: answers.expectedMinutes + bufferMinutes,
    extraTimeFor: extraTime ? extraTimeReasons(answers, interpreter) : [],
    bufferRule: { percent, interpreterPercent, roundUpTo, minimum },
    chairs,
    chairsInWords: context.values.peopleWord!,
    locale,
    scriptLocale,
    ...(guidance.adaptedBy ? { adaptedBy: guidance.adaptedBy } : {}),
  }
}

/** The length of the conversation: the minutes the teacher chose, else the usual minutes. */
export const plannedMinutesOf = (answers: Answers): number => answers.chosenMinutes ?? answers.expectedMinutes

/**
 * The ids of the checklist's items for these answers, in the checklist's order, without making
 * their texts: what a list of many preparations needs to count each one's progress.
 */
export function checklistItemIds(answers: Answers, guidance: Guidance = shippedGuidance): string[] {
  const applicable = applicableItems(guidance, deriveFacts(answers))
  return PHASES.flatMap((phase) => applicable.filter((item) => item.phase === phase).map((item) => item.id))
}

/** The items whose conditions hold, in phase order, moved as the data's `reorder` says. */
function applicableItems(guidance: Guidance, facts: Facts): GuidanceItem[] {
  const holding = guidance.items.filter((item) => !item.hidden && (!item.when || evaluate(item.when, facts)))
  return reorder(holding, guidance, facts)
}

/**
 * The suggested extra minutes: a share of the usual time (a larger one with a tolk, who says
 * everything again), rounded up, never below the minimum.
 */
export function timeBuffer(expectedMinutes: number, rule: Guidance['timeBuffer'], interpreter = false): number {
  const percent = interpreter ? rule.interpreterPercent : rule.percent
  const share = Math.ceil((expectedMinutes * percent) / 100 / rule.roundUpTo) * rule.roundUpTo
  return Math.max(rule.minimum, share)
}

/** Who is in the room besides the teacher and the parents, as reasons for extra time. */
function extraTimeReasons(answers: Answers, interpreter: boolean): ExtraTimeReason[] {
  const others = answers.others ?? []
  const reasons: ExtraTimeReason[] = []
  if (answers.buddy === 'attending') reasons.push('buddy')
  if (answers.buddy === 'unknown') reasons.push('maybeBuddy')
  if (interpreter) reasons.push('interpreter')
  if (others.length < answers.otherAttendees || others.some((person) => person.role !== 'interpreter'))
    reasons.push('others')
  return reasons
}

/** Applies each `reorder` rule whose condition holds: the item moves to just before the other. */
function reorder(items: GuidanceItem[], guidance: Guidance, facts: Facts): GuidanceItem[] {
  let ordered = items
  for (const rule of guidance.reorder) {
    const moving = ordered.find((item) => item.id === rule.move)
    if (!moving || !ordered.some((item) => item.id === rule.before) || !evaluate(rule.when, facts)) continue
    const rest = ordered.filter((item) => item !== moving)
    const at = rest.findIndex((item) => item.id === rule.before)
    ordered = [...rest.slice(0, at), moving, ...rest.slice(at)]
  }
  return ordered
}

/** What `{placeholders}` stand for with these answers, in one language. */
export function placeholderValues(
  answers: Answers,
  guidance: Guidance,
  locale: Locale,
  numbers: { chairs: number; expectedMinutes: number; bufferMinutes: number; plannedMinutes: number },
): Record<Placeholder, string> {
  const { chairs, expectedMinutes, bufferMinutes, plannedMinutes } = numbers
  return {
    child: withoutBidiControls(answers.childName ?? '').trim() || guidance.childFallback[locale],
    chairs: String(chairs),
    peopleWord: guidance.numberWords[locale][chairs] ?? String(chairs),
    parentWord: guidance.parentWords[answers.parentsAttending === 2 ? 'two' : 'one'][locale],
    // How the parents are greeted ("mevrouw De Vries", "Sanne en Mark"), else "de ouder(s)".
    parentName:
      withoutBidiControls(answers.parentNames ?? '').trim() ||
      guidance.parentWords[answers.parentsAttending === 2 ? 'two' : 'one'][locale],
    expectedMinutes: String(expectedMinutes),
    bufferMinutes: String(bufferMinutes),
    plannedMinutes: String(plannedMinutes),
    suggestedMinutes: String(expectedMinutes + bufferMinutes),
  }
}

interface Context {
  answers: Answers
  facts: Facts
  guidance: Guidance
  locale: Locale
  scriptLocale: Locale
  values: Record<string, string>
  scriptValues: Record<string, string>
}

function toChecklistItem(item: GuidanceItem, context: Context): ChecklistItem {
  const { answers, facts, guidance, locale, scriptLocale, values } = context
  const variant = item.variants?.find((v) => evaluate(v.when, facts))
  return {
    id: item.id,
    title: fill((variant?.title ?? item.title)[locale], values),
    text: fill((variant?.text ?? item.text)[locale], values),
    scripts: (variant?.scripts ?? item.scripts).map((script) => ({
      text: fill(scriptForm(script, scriptLocale, answers), spokenValues(script, context)),
      origin: script.origin,
      audience: script.audience,
    })),
    reasons: explain(item.when, facts, guidance.reasons, locale).map((reason) => fill(reason, values)),
    origin: item.origin,
  }
}

/**
 * The values for a sentence the teacher says aloud: without a name, the child is "uw kind", "je
 * kind" or "jullie kind" to the parents (and to everyone), in the sentence's own form; to the
 * buddy it stays "het kind".
 */
function spokenValues(script: GuidanceScript, context: Context): Record<string, string> {
  const { answers, guidance, scriptLocale, scriptValues } = context
  if (answers.childName?.trim() || script.audience === 'buddy') return scriptValues
  return { ...scriptValues, child: guidance.spokenChild[formKey(script, scriptLocale, answers)] }
}

/** Replaces {placeholders}; an unknown placeholder is a data error and throws. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name]
    if (value === undefined) throw new Error(`Unknown placeholder {${name}} in guidance data`)
    return value
  })
}
