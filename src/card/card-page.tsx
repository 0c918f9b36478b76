import type { Card, Checklist, DraftAnswers, Locale } from '../rules'
import { cardFacts, keyNoteOf, spokenTo } from '../documents/card-facts'
import { useActivePart, useAnswers, useKeyNote, useRequiredId, useSettings } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { useCard } from '../parts/derived'
import { PageHeading } from '../ui/page-heading'
import { useDocumentTitle } from '../ui/use-document-title'
import { href } from '../ui/router'
import { viewPath } from '../ui/paths'
import { AgendaSection } from './agenda-section'
import { CardNotesField, QuestionForLater } from './card-writing'
import { CardExport } from './card-export'

/**
 * The conversation card: one page for during the conversation. Who, when and where; the quiet
 * timer, which stays in view, and the timed agenda; how to start; the teacher's own most
 * important note; what to keep in mind; one notes field and a question for later. On a phone the
 * first screen holds who, when, the agenda and the first sentence to say. It prints on one page
 * (how to start before the agenda, as in the PDF), and downloads as a one-page PDF.
 */
export function CardPage({ checklist }: { checklist: Checklist }) {
  const t = useT()
  const id = useRequiredId()
  const card = useCard()
  // Not the notes taken on the card: typing them re-renders their own field alone.
  const answers = useAnswers()
  const notes = useActivePart((p) => p.notes)
  const settings = useSettings()
  useDocumentTitle(t('app.documentTitle', { page: t('card.title') }))
  if (!card || !notes) return null
  const facts = cardFacts(checklist, answers, notes, settings)
  return (
    <div className="conversation-card">
      <a className="back-link no-print" href={href(viewPath(id, 'checklist'))}>
        {t('card.back')}
      </a>
      <PageHeading>{t('card.title')}</PageHeading>
      {facts.child ? <p className="lead">{t('card.about', { name: facts.child })}</p> : null}
      <dl className="card-facts">
        {[
          [t('card.when'), facts.when],
          [t('card.duration'), facts.duration],
          [t('card.room'), facts.room],
          [t('card.who'), facts.who],
        ].map(([label, value]) => (
          <div key={label} className="card-facts__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <AgendaSection agenda={card.agenda} />
      <div className="card-openings">
        <Openings card={card} answers={answers} locale={checklist.locale} scriptLocale={checklist.scriptLocale} />
      </div>
      <KeyNote checklist={checklist} notes={notes} />
      <section className="card-section" aria-labelledby="card-reminders">
        <h2 id="card-reminders" className="heading-m">
          {t('card.reminders')}
        </h2>
        <ul className="reminders">
          {card.reminders.map((reminder) => (
            <li key={reminder}>{reminder}</li>
          ))}
        </ul>
      </section>
      <CardNotesField />
      <QuestionForLater />
      <CardExport checklist={checklist} card={card} />
    </div>
  )
}

/** The checklist note the teacher put on the card, or the first one; on screen only, as the PDF has no room for it. */
function KeyNote({ checklist, notes }: { checklist: Checklist; notes: Record<string, string> }) {
  const t = useT()
  const keyNote = keyNoteOf(checklist, notes, useKeyNote())
  if (!keyNote) return null
  return (
    <section className="card-section key-note no-print" aria-labelledby="card-key-note">
      <h2 id="card-key-note" className="heading-m">
        {t('card.keyNote')}
      </h2>
      <p className="key-note__item">{t('card.keyNote.item', { title: keyNote.item })}</p>
      <p className="key-note__text">{keyNote.note}</p>
    </section>
  )
}

/**
 * The sentences to open with, in the order they are said: each group under when it is said ("Als
 * de buddy erbij komt:"), each sentence with whom it is for and whether the sheet says it.
 */
function Openings({
  card,
  answers,
  locale,
  scriptLocale,
}: {
  card: Card
  answers: DraftAnswers
  locale: Locale
  scriptLocale: Locale
}) {
  const t = useT()
  if (card.openings.length === 0) return null
  return (
    <section className="card-section" aria-labelledby="card-openings">
      <h2 id="card-openings" className="heading-m">
        {t('card.openings')}
      </h2>
      {card.openings.map((opening, index) => (
        <div key={index} className="openings">
          {opening.heading ? <p className="openings__heading">{opening.heading}</p> : null}
          <ul className="openings__list">
            {opening.scripts.map((script) => (
              <li key={script.text} className="script">
                <span className="script__to">{spokenTo(script.audience, answers, t)}</span>{' '}
                <span lang={scriptLocale !== locale ? scriptLocale : undefined}>‘{script.text}’</span>{' '}
                <span className="script__origin">({t(`checklist.origin.${script.origin}`)})</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}
