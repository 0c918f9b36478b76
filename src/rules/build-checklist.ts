import type { Answers } from './answers'
import { chairsNeeded, deriveFacts, type Facts } from './facts'
import { evaluate, explain } from './conditions'
import { guidance as shippedGuidance } from './guidance'
import { PHASES, type Guidance, type GuidanceItem, type Locale, type Phase } from './guidance-schema'

export interface ChecklistItem {
  id: string
  /** Short name of the item, personalised. */
  title: string
  text: string
  scripts: string[]
  reasons: string[]
}

export interface ChecklistPhase {
  phase: Phase
  items: ChecklistItem[]
}

export interface Checklist {
  phases: ChecklistPhase[]
  /** expectedMinutes plus the buffer when extra time applies. */
  plannedMinutes: number
  expectedMinutes: number
  bufferMinutes: number
  chairs: number
  locale: Locale
}

export interface BuildOptions {
  locale?: Locale
  guidance?: Guidance
}

/**
 * Turns the teacher's answers into the tailored checklist: the items whose conditions hold,
 * in phase order, with text and scripts personalised. Pure: same input, same output.
 */
export function buildChecklist(answers: Answers, options: BuildOptions = {}): Checklist {
  const locale = options.locale ?? 'nl'
  const guidance = options.guidance ?? shippedGuidance
  const facts = deriveFacts(answers)
  const applicable = guidance.items.filter((item) => !item.when || evaluate(item.when, facts))
  const bufferMinutes = applicable.some((item) => item.id === guidance.timeBuffer.item)
    ? timeBuffer(answers.expectedMinutes, guidance.timeBuffer)
    : 0
  const chairs = chairsNeeded(answers)
  const values: Record<string, string> = {
    child: answers.childName?.trim() || guidance.childFallback[locale],
    chairs: String(chairs),
    peopleWord: guidance.numberWords[locale][chairs] ?? String(chairs),
    expectedMinutes: String(answers.expectedMinutes),
    bufferMinutes: String(bufferMinutes),
    plannedMinutes: String(answers.expectedMinutes + bufferMinutes),
  }
  const personalise = (item: GuidanceItem) => toChecklistItem(item, { answers, facts, guidance, locale, values })
  return {
    phases: PHASES.map((phase) => ({
      phase,
      items: applicable.filter((item) => item.phase === phase).map(personalise),
    })),
    plannedMinutes: answers.expectedMinutes + bufferMinutes,
    expectedMinutes: answers.expectedMinutes,
    bufferMinutes,
    chairs,
    locale,
  }
}

/** The suggested extra minutes: a share of the usual time, rounded up, never below the minimum. */
export function timeBuffer(expectedMinutes: number, rule: Guidance['timeBuffer']): number {
  const share = Math.ceil((expectedMinutes * rule.percent) / 100 / rule.roundUpTo) * rule.roundUpTo
  return Math.max(rule.minimum, share)
}

interface Context {
  answers: Answers
  facts: Facts
  guidance: Guidance
  locale: Locale
  values: Record<string, string>
}

function toChecklistItem(item: GuidanceItem, { answers, facts, guidance, locale, values }: Context): ChecklistItem {
  const variant = item.variants?.find((v) => evaluate(v.when, facts))
  const scripts = locale === 'nl' ? item.scripts.nl[answers.address] : item.scripts.en
  return {
    id: item.id,
    title: fill(item.title[locale], values),
    text: fill((variant?.text ?? item.text)[locale], values),
    scripts: scripts.map((script) => fill(script, values)),
    reasons: explain(item.when, facts, guidance.reasons, locale),
  }
}

/** Replaces {placeholders}; an unknown placeholder is a data error and throws. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name]
    if (value === undefined) throw new Error(`Unknown placeholder {${name}} in guidance data`)
    return value
  })
}
