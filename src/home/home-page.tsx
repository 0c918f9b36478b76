import { useEffect, useRef } from 'react'
import { seriesOf, type Preparation } from '../model'
import { useActions, usePreparationList, useRemoved } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { PAGE_HEADING_ID, PageHeading } from '../ui/page-heading'
import { announce } from '../ui/announcer'
import { useDocumentTitle } from '../ui/use-document-title'
import { href } from '../ui/router'
import { NEW_PATH } from '../ui/paths'
import { PreparationCard } from './preparation-card'
import { BackupSection } from './backup-section'
import { childHeading, childInSentence } from './child-name'

/** All saved preparations, newest conversation first: open, follow up, delete (with undo). */
export function HomePage() {
  const t = useT()
  const preparations = usePreparationList()
  const removal = useRemoved().at(-1)
  const { undoRemove } = useActions()
  const undoButton = useRef<HTMLButtonElement>(null)
  // The deleted card took the focus with it: give it to Undo.
  useEffect(() => {
    if (removal) undoButton.current?.focus()
  }, [removal])
  useDocumentTitle(t('app.documentTitle', { page: t('home.title') }))
  // A heading says "Zonder naam"; a sentence "de voorbereiding voor een kind zonder naam".
  const nameOf = (p: Pick<Preparation, 'answers'>) => childHeading(p.answers.childName, t)
  const inSentence = (p: Pick<Preparation, 'answers'>) => childInSentence(p.answers.childName, t)
  const one = removal?.preparations.length === 1 && removal.setAside.length === 0 ? removal.preparations[0]! : null
  // The Undo button goes with the notice: the list's heading takes the focus.
  const undo = () => {
    undoRemove()
    announce(one ? t('home.restored', { name: inSentence(one) }) : t('home.restoredAll'))
    document.getElementById(PAGE_HEADING_ID)?.focus()
  }

  return (
    <>
      <PageHeading>{t('home.title')}</PageHeading>
      <p>{t('home.intro')}</p>
      {removal ? (
        <div className="notice">
          <p>{one ? t('home.deleted', { name: inSentence(one) }) : t('home.deletedAll')}</p>
          <button type="button" className="button button--secondary" onClick={undo} ref={undoButton}>
            {t('home.undo')}
          </button>
        </div>
      ) : null}
      <a className="button" href={href(NEW_PATH)}>
        {t('home.new')}
      </a>
      <ul className="preparations">
        {seriesOf(preparations).map((series) =>
          series.length === 1 ? (
            <PreparationCard key={series[0]!.id} preparation={series[0]!} name={nameOf(series[0]!)} />
          ) : (
            <SeriesItem key={series[0]!.id} series={series} name={nameOf(series.at(-1)!)} />
          ),
        )}
      </ul>
      <BackupSection />
    </>
  )
}

/** A conversation and its follow-ups, together under the child's name, first to last. */
function SeriesItem({ series, name }: { series: Preparation[]; name: string }) {
  const t = useT()
  const headingId = `series-${series[0]!.id}`
  return (
    <li className="series" aria-labelledby={headingId}>
      <h2 id={headingId} className="heading-s">
        {name}
      </h2>
      <ul className="preparations preparations--series">
        {series.map((preparation, index) => (
          <PreparationCard
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
}
