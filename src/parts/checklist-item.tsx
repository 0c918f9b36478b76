import { useRef, useState } from 'react'
import type { ChecklistItem, Locale } from '../rules'
import { useActions, useKeyNote, useLocale, useNote, useRequiredId, useTick } from '../store/selectors'
import { useT } from '../i18n/use-t'

/**
 * One item: its checkbox, what to do, what to say (each sentence marked as the sheet's own or
 * our suggestion, in the language of the sentences), why it is here, and the teacher's note:
 * folded behind "Notitie toevoegen" until there is one, so the list stays short.
 */
export function ChecklistItemView({
  item,
  scriptLocale,
  highlight = null,
}: {
  item: ChecklistItem
  scriptLocale: Locale
  highlight?: string | null
}) {
  const t = useT()
  const id = useRequiredId()
  const otherLanguage = scriptLocale !== useLocale()
  const ticked = useTick(item.id)
  const note = useNote(item.id)
  const { setTick, setNote } = useActions()
  const [noteOpen, setNoteOpen] = useState(false)
  // The box opened by the teacher takes the focus; a box shown because it holds a note does not.
  const focusNext = useRef(false)
  const focusWhenOpened = (element: HTMLTextAreaElement | null) => {
    if (element && focusNext.current) {
      focusNext.current = false
      element.focus()
    }
  }
  const ids = { tick: `tick-${item.id}`, text: `text-${item.id}`, note: `note-${item.id}`, flag: `flag-${item.id}` }
  return (
    <li className={highlight ? 'item item--highlight' : 'item'}>
      <div className="checkbox">
        <input
          type="checkbox"
          id={ids.tick}
          checked={ticked}
          onChange={(event) => setTick(id, item.id, event.target.checked)}
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
            <p className="scripts__title">
              {t(otherLanguage ? 'checklist.scripts.otherLanguage' : 'checklist.scripts')}
            </p>
            <ul>
              {item.scripts.map((script) => (
                <li key={script.text} className="script">
                  <span lang={otherLanguage ? scriptLocale : undefined}>‘{script.text}’</span>{' '}
                  <span className="script__origin">({t(`checklist.origin.${script.origin}`)})</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="item__tools">
          <details className="why">
            <summary>{t('checklist.why')}</summary>
            <ul>
              {item.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </details>
          {note === '' && !noteOpen ? (
            <NoteToggle
              title={item.title}
              onOpen={() => {
                focusNext.current = true
                setNoteOpen(true)
              }}
            />
          ) : null}
        </div>
        {note.trim() ? (
          <p className="print-only">
            {t('pdf.note')}
            {note}
          </p>
        ) : null}
        {noteOpen || note !== '' ? (
          <div className="note no-print">
            <label htmlFor={ids.note} id={`${ids.note}-label`} className="label">
              {t('checklist.note')}{' '}
              <span className="visually-hidden">{t('checklist.noteFor', { title: item.title })}</span>
            </label>
            <textarea
              id={ids.note}
              ref={focusWhenOpened}
              className="textarea"
              rows={2}
              value={note}
              onChange={(event) => {
                // Emptying the box keeps it open: it must not vanish under the teacher's cursor.
                setNoteOpen(true)
                setNote(id, item.id, event.target.value)
              }}
            />
            {note.trim() ? <KeyNoteBox itemId={item.id} describedBy={`${ids.note}-label`} /> : null}
          </div>
        ) : null}
      </div>
    </li>
  )
}

/** "Notitie toevoegen": opens the item's note box; gone once the box is open. */
function NoteToggle({ title, onOpen }: { title: string; onOpen: () => void }) {
  const t = useT()
  return (
    <button type="button" className="link-button note-toggle no-print" onClick={onOpen}>
      {t('checklist.addNote')} <span className="visually-hidden">{t('checklist.noteFor', { title })}</span>
    </button>
  )
}

/**
 * "Zet op de gesprekskaart": this note goes on the conversation card, in place of any other. Named
 * alike on every item, so the item's own checkbox keeps its name to itself; the note it belongs to
 * is its description.
 */
function KeyNoteBox({ itemId, describedBy }: { itemId: string; describedBy: string }) {
  const t = useT()
  const id = useRequiredId()
  const marked = useKeyNote() === itemId
  const { setKeyNote } = useActions()
  const boxId = `key-note-${itemId}`
  return (
    <div className="checkbox key-note-box">
      <input
        type="checkbox"
        id={boxId}
        checked={marked}
        onChange={(event) => setKeyNote(id, event.target.checked ? itemId : null)}
        aria-describedby={describedBy}
      />
      <label htmlFor={boxId}>{t('checklist.keyNote')}</label>
    </div>
  )
}
