import type { ChecklistPhase, Locale } from '../rules'
import { useTicks } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { ChecklistItemView } from './checklist-item'

export interface Highlight {
  itemId: string
  text: string
}

/** One phase of the checklist, with how many of its items are done; one item may be highlighted. */
export function PhaseSection({
  phase,
  scriptLocale,
  highlight,
  title,
}: {
  phase: ChecklistPhase
  /** The language of the example sentences, which may differ from the screen's. */
  scriptLocale: Locale
  highlight?: Highlight | null
  title?: string
}) {
  const t = useT()
  const headingId = `phase-${phase.phase}`
  return (
    <section className="phase" aria-labelledby={headingId}>
      <div className="phase__header">
        <h2 id={headingId} className="heading-m">
          {title ?? t(`checklist.phase.${phase.phase}`)}
        </h2>
        <PhaseProgress phase={phase} />
      </div>
      <ul className="items">
        {phase.items.map((item) => (
          <ChecklistItemView
            key={item.id}
            item={item}
            scriptLocale={scriptLocale}
            highlight={highlight?.itemId === item.id ? highlight.text : null}
          />
        ))}
      </ul>
    </section>
  )
}

/** How many of the phase's items are ticked: a tick draws this line and its own item again, not the whole phase. */
function PhaseProgress({ phase }: { phase: ChecklistPhase }) {
  const t = useT()
  const ticks = useTicks()
  const done = phase.items.filter((item) => ticks[item.id]).length
  return (
    <p className="progress">
      <progress max={phase.items.length} value={done} aria-hidden="true" />
      <span>{t('checklist.progress', { done, total: phase.items.length })}</span>
    </p>
  )
}
