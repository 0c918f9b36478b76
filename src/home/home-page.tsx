import { useEffect, useRef, useState } from 'react'
import { localDateTime } from '../i18n/dates'
import { formatMeetingAt } from '../i18n/format'
import { statusOf, type Preparation } from '../model'
import { checklistOf, useActions, useLocale, usePreparationList, useRemoved, useT } from '../store/selectors'
import { PageHeading } from '../ui/page-heading'
import { useDocumentTitle } from '../ui/use-document-title'
import { href, navigate } from '../ui/router'
import { NEW_PATH, viewPath } from '../ui/paths'
import { BackupSection } from './backup-section'

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
  const nameOf = (p: Pick<Preparation, 'answers'>) => p.answers.childName?.trim() || t('home.noName')

  return (
    <>
      <PageHeading>{t('home.title')}</PageHeading>
      <p>{t('home.intro')}</p>
      {removal ? (
        <div className="notice" role="status">
          <p>
            {removal.preparations.length === 1 && removal.setAside.length === 0
              ? t('home.deleted', { name: nameOf(removal.preparations[0]!) })
              : t('home.deletedAll')}
          </p>
          <button type="button" className="button button--secondary" onClick={() => undoRemove()} ref={undoButton}>
            {t('home.undo')}
          </button>
        </div>
      ) : null}
      <a className="button" href={href(NEW_PATH)}>
        {t('home.new')}
      </a>
      <ul className="preparations">
        {preparations.map((preparation) => (
          <PreparationCard key={preparation.id} preparation={preparation} name={nameOf(preparation)} />
        ))}
      </ul>
      <BackupSection />
    </>
  )
}

function PreparationCard({ preparation, name }: { preparation: Preparation; name: string }) {
  const t = useT()
  const locale = useLocale()
  const { duplicate, remove } = useActions()
  const [confirming, setConfirming] = useState(false)
  const keepButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (confirming) keepButton.current?.focus()
  }, [confirming])
  const checklist = checklistOf(preparation.answers, locale)
  const items = checklist?.phases.flatMap((phase) => phase.items) ?? []
  const done = items.filter((item) => preparation.ticks[item.id]).length
  const status = statusOf(preparation, localDateTime(new Date()))
  const openQuestions = preparation.questions.filter((q) => !q.done)
  const headingId = `preparation-${preparation.id}`

  // Unfinished answers: the checklist's address leads to the first question still open.
  const openIt = () => navigate(viewPath(preparation.id, checklist && status !== 'preparing' ? 'after' : 'checklist'))

  return (
    <li className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="heading-s">
        {name}
      </h2>
      <dl className="card__facts">
        <div>
          <dt>{t('home.when')}</dt>
          <dd>
            {preparation.answers.meetingAt ? formatMeetingAt(preparation.answers.meetingAt, locale) : t('home.noDate')}
          </dd>
        </div>
        <div>
          <dt>{t('home.status')}</dt>
          <dd>
            <span className={`tag tag--${status}`}>{t(`home.status.${status}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('home.progress')}</dt>
          <dd>{checklist ? t('checklist.progress', { done, total: items.length }) : t('home.progress.incomplete')}</dd>
        </div>
        {openQuestions.length > 0 ? (
          <div>
            <dt>{t('home.openQuestions')}</dt>
            <dd>{t('home.openQuestions.count', { n: openQuestions.length })}</dd>
          </div>
        ) : null}
      </dl>
      {openQuestions.length > 0 ? (
        <ul className="card__questions" aria-label={t('home.openQuestions')}>
          {openQuestions.map((question) => (
            <li key={question.id}>{question.text}</li>
          ))}
        </ul>
      ) : null}
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby={`${headingId}-confirm`}>
          <p id={`${headingId}-confirm`}>{t('home.delete.confirm', { name })}</p>
          <button type="button" className="button button--warning" onClick={() => remove(preparation.id)}>
            {t('home.delete.yes')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setConfirming(false)}
            ref={keepButton}
          >
            {t('home.delete.no')}
          </button>
        </div>
      ) : (
        <div className="card__actions">
          <button type="button" className="button" onClick={openIt}>
            {t('home.open')} <span className="visually-hidden">{t('home.open.hidden', { name })}</span>
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              const copy = duplicate(preparation.id)
              if (copy) navigate(viewPath(copy, 'checklist'))
            }}
          >
            {t('home.duplicate')} <span className="visually-hidden">{t('home.duplicate.hidden', { name })}</span>
          </button>
          <button type="button" className="link-button" onClick={() => setConfirming(true)}>
            {t('home.delete')} <span className="visually-hidden">{t('home.delete.hidden', { name })}</span>
          </button>
        </div>
      )}
    </li>
  )
}
