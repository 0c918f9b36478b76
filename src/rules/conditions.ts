import type { Condition, Guidance, Locale } from './guidance-schema'
import type { Facts } from './facts'

/** Whether a condition from the guidance data holds for these facts. */
export function evaluate(condition: Condition, facts: Facts): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluate(c, facts))
  if ('any' in condition) return condition.any.some((c) => evaluate(c, facts))
  const value = facts[condition.fact]
  if ('atLeast' in condition) return typeof value === 'number' && value >= condition.atLeast
  return condition.in.includes(value)
}

/**
 * The reasons, in words, that a condition holds: one per fact that made it true.
 * Items without a condition get the "applies to every conversation" reason.
 */
export function explain(
  condition: Condition | undefined,
  facts: Facts,
  reasons: Guidance['reasons'],
  locale: Locale,
): string[] {
  if (!condition) return [reasons.always[locale]]
  return [...new Set(leafReasons(condition, facts, reasons, locale))]
}

function leafReasons(condition: Condition, facts: Facts, reasons: Guidance['reasons'], locale: Locale): string[] {
  if ('all' in condition) return condition.all.flatMap((c) => leafReasons(c, facts, reasons, locale))
  if ('any' in condition)
    return condition.any.filter((c) => evaluate(c, facts)).flatMap((c) => leafReasons(c, facts, reasons, locale))
  if (!evaluate(condition, facts)) return []
  const value = facts[condition.fact]
  const texts = reasons.facts[condition.fact]
  if (!texts) return []
  if (isText(texts)) return [texts[locale].replaceAll('{value}', String(value))]
  const text = texts[String(value)]
  return text ? [text[locale]] : []
}

type Text = Record<Locale, string>

/** A reason template for a number fact, rather than one text per value. */
function isText(texts: Text | Record<string, Text>): texts is Text {
  return typeof texts.nl === 'string'
}
