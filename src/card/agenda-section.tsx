import { agendaFrom, agendaNow, type AgendaPosition, type AgendaRow } from '../rules'
import { localDateTime } from '../i18n/dates'
import { useActions, useRequiredId, useTimerStart } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { useNow } from './use-now'
import { useWakeLock } from './use-wake-lock'

/**
 * The quiet timer and the timed agenda under it. Once started, the timer line says which row is
 * on now and how much time is left, without a sound, and stays in view while the card scrolls;
 * the agenda marks that row, and its clock times count from when the conversation really began.
 * The start is saved, so it runs on after a reload; the screen stays on while it runs.
 */
export function AgendaSection({ agenda }: { agenda: AgendaRow[] }) {
  const t = useT()
  const id = useRequiredId()
  const started = useTimerStart()
  const { startTimer, stopTimer } = useActions()
  const running = started !== null
  const now = useNow(running)
  useWakeLock(running)
  const position = running ? agendaNow(agenda, (now - Date.parse(started)) / 1000) : null
  const current = position?.kind === 'row' ? position.index : null
  // A late start moves every row: before the start, the times planned.
  const rows = running ? agendaFrom(agenda, localDateTime(new Date(started))) : agenda
  return (
    <>
      <div className="timer no-print">
        {position ? (
          <TimerStatus position={position} agenda={agenda} />
        ) : (
          <p className="hint">{t('card.timer.hint')}</p>
        )}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => (running ? stopTimer(id) : startTimer(id))}
        >
          {t(running ? 'card.timer.stop' : 'card.timer.start')}
        </button>
      </div>
      <section className="card-section card-agenda" aria-labelledby="card-agenda">
        <h2 id="card-agenda" className="heading-m">
          {t('card.agenda')}
        </h2>
        <ol className="agenda">
          {rows.map((row, index) => (
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
    </>
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
