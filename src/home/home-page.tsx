import { memo, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { seriesOf, statusOf, type Preparation } from '../model'
import { localDateTime } from '../i18n/dates'
import type { Translate } from '../i18n'
import { useActions, usePreparationList, useRemoved } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { PAGE_HEADING_ID, PageHeading } from '../ui/page-heading'
import { announce } from '../ui/announcer'
import { useDocumentTitle } from '../ui/use-document-title'
import { href } from '../ui/router'
import { NEW_PATH } from '../ui/paths'
import { BackupSection } from './backup-section'
import { childInSentence } from './child-name'
import { groupByYear, passes, schoolYearOfDay, type Filter, type YearGroup } from './school-years'
import { nameSearch } from './name-search'
import { ListControls } from './list-controls'
import { YearSection } from './year-list'
import { useDrawnLater } from './use-drawn-later'

// Drawn again only when what it shows changes, not at each key typed in the search.
const Backup = memo(BackupSection)

/** How many conversations (or series) are drawn at first: more than a screen holds. */
const FIRST_SERIES = 12

/** How long the search waits for a pause in typing before the number found is read out. */
const ANNOUNCE_AFTER_MS = 700

/**
 * All saved preparations by school year, newest first, with finished ones of earlier years
 * folded away; found by name and by where they stand. Open, follow up, delete (with undo).
 */
export function HomePage() {
  const t = useT()
  const preparations = usePreparationList()
  const removal = useRemoved().at(-1)
  const { undoRemove } = useActions()
  const undoButton = useRef<HTMLButtonElement>(null)
  const searchBox = useRef<HTMLInputElement>(null)
  const [search, setSearch] = useState('')
  const [filter, setFilter] = useState<Filter>('all')
  // The box and the choice follow each key at once; the list follows when the browser has time.
  const list = useFound(preparations, useDeferredValue(search), useDeferredValue(filter))
  // The first screenful is drawn at once; the rest of a long list just after it is shown.
  const drawAll = useDrawnLater()
  const years = drawAll ? list.years : firstPart(list.years, FIRST_SERIES)
  const looking = search.trim() !== '' || filter !== 'all'
  const found = foundText(list.count, t)
  useEffect(() => {
    if (!looking) return
    const timer = setTimeout(() => announce(found), ANNOUNCE_AFTER_MS)
    return () => clearTimeout(timer)
  }, [looking, found])
  // The deleted card took the focus with it: give it to Undo.
  useEffect(() => {
    if (removal) undoButton.current?.focus()
  }, [removal])
  useDocumentTitle(t('app.documentTitle', { page: t('home.title') }))
  const inSentence = (p: Pick<Preparation, 'answers'>) => childInSentence(p.answers.childName, t)
  const one = removal?.preparations.length === 1 && removal.setAside.length === 0 ? removal.preparations[0]! : null
  // The Undo button goes with the notice: the list's heading takes the focus.
  const undo = () => {
    undoRemove()
    announce(one ? t('home.restored', { name: inSentence(one) }) : t('home.restoredAll'))
    document.getElementById(PAGE_HEADING_ID)?.focus()
  }
  const showAll = () => {
    setSearch('')
    setFilter('all')
    searchBox.current?.focus()
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
      <ListControls search={search} onSearch={setSearch} filter={filter} onFilter={setFilter} searchBox={searchBox} />
      {/* Said once typing pauses (above); shown at once. */}
      {looking ? (
        <p>
          <strong>{found}</strong>
        </p>
      ) : null}
      {list.count === 0 && looking ? (
        <div className="notice">
          <p>{t('home.empty')}</p>
          <button type="button" className="button button--secondary" onClick={showAll}>
            {t('home.showAll')}
          </button>
        </div>
      ) : null}
      {years.map((group) => (
        <YearSection key={group.year} group={group} />
      ))}
      <Backup />
    </>
  )
}

const foundText = (count: number, t: Translate) =>
  count === 0 ? t('home.found.none') : count === 1 ? t('home.found.one') : t('home.found.many', { n: count })

/** The first `count` series shown on the list, in their years, and nothing folded yet. */
function firstPart(years: YearGroup[], count: number): YearGroup[] {
  const part: YearGroup[] = []
  let left = count
  for (const group of years) {
    if (left <= 0) break
    if (group.shown.length === 0) continue
    part.push({ ...group, shown: group.shown.slice(0, left), folded: [] })
    left -= group.shown.length
  }
  return part
}

/** The preparations the search and the filter find, by school year, and how many they are. */
function useFound(preparations: Preparation[], search: string, filter: Filter) {
  // Statuses change with the clock: the list is worked out again at each render, from the minute.
  const now = localDateTime(new Date())
  return useMemo(() => {
    const named = nameSearch(search)
    const found = preparations.filter((p) => named(p.answers) && passes(statusOf(p, now), filter))
    return { count: found.length, years: groupByYear(seriesOf(found), schoolYearOfDay(now), now) }
  }, [preparations, search, filter, now])
}
