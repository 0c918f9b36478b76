import { localDateTime } from '../i18n/dates'
import { statusOf, type Preparation, type Status } from '../model'

// A Dutch school year runs from 1 August to 31 July. It is named by both its calendar years
// ("Schooljaar 2026-2027") and kept here by the first of them.

/** The school year a day (`YYYY-MM-DD`) falls in: 2026 from 1 August 2026 to 31 July 2027. */
export function schoolYearOfDay(day: string): number {
  const year = Number(day.slice(0, 4))
  return Number(day.slice(5, 7)) >= 8 ? year : year - 1
}

/**
 * A preparation's school year: that of its conversation's date, else of the day it was made,
 * on this device's clock (an instant late on 31 July in UTC is 1 August in Amsterdam). Null when
 * neither can be read.
 */
export function schoolYearOf(preparation: Pick<Preparation, 'answers' | 'createdAt'>): number | null {
  const { meetingAt } = preparation.answers
  if (meetingAt) return schoolYearOfDay(meetingAt)
  const made = new Date(preparation.createdAt)
  return Number.isNaN(made.getTime()) ? null : schoolYearOfDay(localDateTime(made))
}

/** What the teacher can choose to see: everything, conversations still to come, held ones, finished ones. */
export const FILTERS = ['all', 'upcoming', 'held', 'finished'] as const
export type Filter = (typeof FILTERS)[number]

/** Whether a conversation in this status is among those the filter shows. */
export function passes(status: Status, filter: Filter): boolean {
  if (filter === 'all') return true
  if (filter === 'upcoming') return status === 'preparing' || status === 'today'
  return status === filter
}

/** One school year on the list: the series shown, and those folded away (finished, of an earlier year). */
export interface YearGroup {
  year: number
  shown: Preparation[][]
  folded: Preparation[][]
}

/**
 * Series of conversations (see `seriesOf`, newest first) by school year, newest year first. A
 * series belongs to the year of its last conversation; in a year before `currentYear` a series
 * whose last conversation is finished is folded away. A series whose year cannot be read counts
 * as this year's.
 */
export function groupByYear(series: Preparation[][], currentYear: number, now: string): YearGroup[] {
  const groups = new Map<number, YearGroup>()
  for (const one of series) {
    const last = one.at(-1)!
    const year = schoolYearOf(last) ?? currentYear
    const group = groups.get(year) ?? { year, shown: [], folded: [] }
    groups.set(year, group)
    const finished = statusOf(last, now) === 'finished'
    ;(year < currentYear && finished ? group.folded : group.shown).push(one)
  }
  return [...groups.values()].sort((a, b) => b.year - a.year)
}
