import type { ChecklistItem } from '../rules'
import { useActions, useActivePreparation, useT } from '../store/selectors'

/** One item: its checkbox, what to do, what to say, why it is here, and the teacher's note. */
export function ChecklistItemView({ item, highlight = null }: { item: ChecklistItem; highlight?: string | null }) {
  const t = useT()
  const preparation = useActivePreparation()
  const { setTick, setNote } = useActions()
  const ids = { tick: `tick-${item.id}`, text: `text-${item.id}`, note: `note-${item.id}`, flag: `flag-${item.id}` }
  return (
    <li className={highlight ? 'item item--highlight' : 'item'}>
      <div className="checkbox">
        <input
          type="checkbox"
          id={ids.tick}
          checked={preparation?.ticks[item.id] === true}
          onChange={(event) => setTick(item.id, event.target.checked)}
          aria-describedby={highlight ? `${ids.flag} ${ids.text}` : ids.text}
        />
        <label htmlFor={ids.tick} className="item__title">
          {item.title}
        </label>
      </div>
      <div className="item__body">
        {highlight ? (
          <p className="flag" id={ids.flag}>
            <strong>{highlight}</strong>
          </p>
        ) : null}
        <p id={ids.text}>{item.text}</p>
        {item.scripts.length > 0 ? (
          <div className="scripts">
            <p className="scripts__title">{t('checklist.scripts')}</p>
            <ul>
              {item.scripts.map((script) => (
                <li key={script} className="script">
                  ‘{script}’
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <details className="why">
          <summary>{t('checklist.why')}</summary>
          <ul>
            {item.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </details>
        {preparation?.notes[item.id]?.trim() ? (
          <p className="print-only">
            {t('pdf.note')}
            {preparation.notes[item.id]}
          </p>
        ) : null}
        <div className="note no-print">
          <label htmlFor={ids.note} className="label">
            {t('checklist.note')} <span className="visually-hidden">{t('checklist.noteFor', { title: item.title })}</span>
          </label>
          <textarea
            id={ids.note}
            className="textarea"
            rows={2}
            value={preparation?.notes[item.id] ?? ''}
            onChange={(event) => setNote(item.id, event.target.value)}
          />
        </div>
      </div>
    </li>
  )
}
