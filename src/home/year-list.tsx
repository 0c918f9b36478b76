import { memo, useState } from 'react'
import type { Preparation } from '../model'
import { useT } from '../i18n/use-t'
import type { Translate } from '../i18n'
import { PreparationCard } from './preparation-card'
import { childHeading } from './child-name'
import { useDrawnLater } from './use-drawn-later'
import type { YearGroup } from './school-years'

/** One school year: its conversations, newest first, and those finished in an earlier year folded away. */
export const YearSection = memo(function YearSection({ group }: { group: YearGroup }) {
  const t = useT()
  const headingId = `year-${group.year}`
  const folded = group.folded.reduce((sum, series) => sum + series.length, 0)
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="heading-m">
        {t('home.year', { from: group.year, to: group.year + 1 })}
      </h2>
      {group.shown.length > 0 ? <SeriesList series={group.shown} /> : null}
      {folded > 0 ? (
        <Fold summary={folded === 1 ? t('home.folded.one') : t('home.folded.many', { n: folded })}>
          <FoldedList series={group.folded} />
        </Fold>
      ) : null}
    </section>
  )
})

/**
 * Folded away until opened, and only drawn then: years of finished conversations cost nothing
 * until the teacher looks at them.
 */
function Fold({ summary, children }: { summary: string; children: React.ReactNode }) {
  const [open, setOpen] = useState(false)
  return (
    <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? children : null}
    </details>
  )
}

/** How many series an opened fold draws at once; the rest follow just after they are shown. */
const FIRST_FOLDED = 12

function FoldedList({ series }: { series: Preparation[][] }) {
  const drawAll = useDrawnLater()
  return <SeriesList series={drawAll ? series : series.slice(0, FIRST_FOLDED)} />
}

const nameOf = (p: Pick<Preparation, 'answers'>, t: Translate) => childHeading(p.answers.childName, t)

function SeriesList({ series }: { series: Preparation[][] }) {
  const t = useT()
  return (
    <ul className="preparations">
      {series.map((one) =>
        one.length === 1 ? (
          <Card key={one[0]!.id} preparation={one[0]!} name={nameOf(one[0]!, t)} />
        ) : (
          <SeriesItem key={one[0]!.id} series={one} name={nameOf(one.at(-1)!, t)} />
        ),
      )}
    </ul>
  )
}

// A card is drawn again only when its own preparation changed, not when the list around it did.
const Card = memo(PreparationCard)

/** A conversation and its follow-ups, together under the child's name, first to last. */
const SeriesItem = memo(function SeriesItem({ series, name }: { series: Preparation[]; name: string }) {
  const t = useT()
  const headingId = `series-${series[0]!.id}`
  return (
    <li className="series" aria-labelledby={headingId}>
      <h3 id={headingId} className="heading-s">
        {name}
      </h3>
      <ul className="preparations preparations--series">
        {series.map((preparation, index) => (
          <Card
            key={preparation.id}
            preparation={preparation}
            name={name}
            place={
              index === 0 ? t('home.series.first') : t('home.series.followUp', { n: index, total: series.length - 1 })
            }
          />
        ))}
      </ul>
    </li>
  )
})
