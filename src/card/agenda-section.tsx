import { agendaNow, type AgendaPosition, type AgendaRow } from '../rules'
import { useActions, useRequiredId, useTimerStart, useT } from '../store/selectors'
import { useNow } from './use-now'

/**
 * The timed agenda, and the quiet timer over it: once started it marks the row that is on now
 * and says how much time is left, without a sound. Its start is saved, so it runs on after a reload.
 */
export function AgendaSection({ agenda }: { agenda: AgendaRow[] }) {
  const t = useT()
  const id = useRequiredId()
  const started = useTimerStart()
  const { startTimer, stopTimer } = useActions()
  const now = useNow(started !== null)
  const position = started === null ? null : agendaNow(agenda, (now - Date.parse(started)) / 1000)
  const current = position?.kind === 'row' ? position.index : null
  return (
    <section className="card-section" aria-labelledby="card-agenda">
      <h2 id="card-agenda" className="heading-m">
        {t('card.agenda')}
      </h2>
      <div className="timer no-print">
        {position ? (
          <TimerStatus position={position} agenda={agenda} />
        ) : (
          <p className="hint">{t('card.timer.hint')}</p>
        )}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => (started === null ? startTimer(id) : stopTimer(id))}
        >
          {t(started === null ? 'card.timer.start' : 'card.timer.stop')}
        </button>
      </div>
      <ol className="agenda">
        {agenda.map((row, index) => (
          <li
            key={row.id}
            className={index === current ? 'agenda__row agenda__row--now' : 'agenda__row'}
            aria-current={index === current ? 'step' : undefined}
          >
            {row.clock ? <span className="agenda__time">{`${row.clock.start}–${row.clock.end}`} </span> : null}
            {`${row.title} · ${t('card.agenda.minutes', { n: row.minutes })}`}
            {index === current ? <strong className="agenda__now"> {t('card.agenda.now')}</strong> : null}
          </li>
        ))}
      </ol>
    </section>
  )
}

/** Whole minutes left, rounded up: "1 min" until the very last second. */
const minutes = (seconds: number) => Math.ceil(seconds / 60)

/** Which row is on and the time left; a timer role, which screen readers do not read out by itself. */
function TimerStatus({ position, agenda }: { position: AgendaPosition; agenda: AgendaRow[] }) {
  const t = useT()
  if (position.kind === 'over') {
    const over = Math.floor(position.secondsOver / 60)
    return (
      <p className="timer__status" role="timer">
        <strong>{t('card.timer.over')}</strong> {over > 0 ? t('card.timer.overBy', { n: over }) : null}
      </p>
    )
  }
  return (
    <p className="timer__status" role="timer">
      <strong>{t('card.timer.now', { title: agenda[position.index]!.title })}</strong>{' '}
      {t('card.timer.left', { row: minutes(position.rowSecondsLeft), total: minutes(position.totalSecondsLeft) })}
    </p>
  )
}
