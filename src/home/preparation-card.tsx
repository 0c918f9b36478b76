import { localDateTime } from '../i18n/dates'
import { formatMeetingAt } from '../i18n/format'
import { statusOf, type Preparation } from '../model'
import { useActions, useLocale } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { useGuidance } from '../parts/derived'
import { navigate } from '../ui/router'
import { viewPath } from '../ui/paths'
import { childInSentence } from './child-name'
import { CardActions } from './confirm-delete'
import { progressOf } from './progress'

interface Props {
  preparation: Preparation
  /** The child's name, or "Zonder naam" (the card's heading). */
  name: string
  /** Its place in a series ("Vervolggesprek 1 van 2"); then the card's heading is that. */
  place?: string
}

/** One conversation on the list: when, where it stands, how far; open, follow up or delete. */
export function PreparationCard({ preparation, name, place }: Props) {
  const t = useT()
  const locale = useLocale()
  const { prepareFollowUp, remove } = useActions()
  const checklist = progressOf(preparation, useGuidance())
  const status = statusOf(preparation, localDateTime(new Date()))
  const over = status === 'held' || status === 'finished'
  const openQuestions = preparation.questions.filter((q) => !q.done)
  const headingId = `preparation-${preparation.id}`
  const Heading = place ? 'h4' : 'h3'
  // In a sentence, a preparation without a name is "een kind zonder naam".
  const named = childInSentence(preparation.answers.childName, t)
  const which = place ? t('home.which', { place, name: named }) : named

  // Unfinished answers: the checklist's address leads to the first question still open. On the
  // day itself the card is what the teacher needs; once it is over, the after page.
  const view = !checklist ? 'checklist' : over ? 'after' : status === 'today' ? 'card' : 'checklist'
  const openIt = () => navigate(viewPath(preparation.id, view))

  return (
    <li className="card" aria-labelledby={headingId}>
      <Heading id={headingId} className="heading-s">
        {place ?? name}
      </Heading>
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
          <dd>{checklist ? t('checklist.progress', checklist) : t('home.progress.incomplete')}</dd>
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
      <CardActions
        headingId={headingId}
        hidden={t('home.delete.hidden', { name: which })}
        question={t('home.delete.confirm', { name: which })}
        done={t('home.deleted', { name: named })}
        onDelete={() => remove(preparation.id)}
      >
        <button type="button" className="button" onClick={openIt}>
          {t(checklist && over ? 'home.after' : 'home.open')}{' '}
          <span className="visually-hidden">
            {t(checklist && over ? 'home.after.hidden' : 'home.open.hidden', { name: which })}
          </span>
        </button>
        {over ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              const next = prepareFollowUp(preparation.id)
              if (next) navigate(viewPath(next, 'check'))
            }}
          >
            {t('home.followUp')} <span className="visually-hidden">{t('home.followUp.hidden', { name: which })}</span>
          </button>
        ) : null}
      </CardActions>
    </li>
  )
}
