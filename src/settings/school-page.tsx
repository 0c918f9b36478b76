import { useId, useMemo, useRef, useState } from 'react'
import { guidance as sheet, type Guidance } from '../rules'
import {
  explainableFacts,
  newSchoolGuidance,
  readSchoolGuidance,
  schoolFileText,
  SCHOOL_DETAILS,
  SCHOOL_LIMITS,
  type SchoolGuidance,
} from '../rules/school'
import '../i18n/school'
import { localDateTime } from '../i18n/dates'
import { formatDate } from '../i18n/format'
import { useActions, useLocale, useSettings, useStore } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { announce } from '../ui/announcer'
import { downloadBlob } from '../ui/download'
import { PageHeading } from '../ui/page-heading'
import { href } from '../ui/router'
import { SETTINGS_PATH } from '../ui/paths'
import { useDocumentTitle } from '../ui/use-document-title'
import { AddedItems } from './school-added'
import { setDetail } from './school-edits'
import { ReadSchoolFile, RestoreSheet } from './school-file'
import { TextField } from './school-fields'
import { SheetItems } from './school-items'
import { SchoolPreview } from './school-preview'
import { useSchoolDraft } from './school-draft'

const today = () => localDateTime(new Date()).slice(0, 10)
const FACTS = explainableFacts(sheet)

/** A version as it is in use: the day it was taken in use or shared. */
const dated = (school: SchoolGuidance): SchoolGuidance => ({ ...school, date: today() })

/** The file's name: the school, the version and the day, as a teacher finds it back in a folder. */
export function schoolFileName(school: SchoolGuidance): string {
  const name = school.school.name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return `handreiking-${name || 'school'}-versie-${school.version}-${school.date}.json`
}

/**
 * "Handreiking van onze school": the sheet made the school's own (items kept, hidden or in its own
 * words, items of its own with a condition chosen from lists, its local details), a live preview
 * for a family the editor picks, and one file to share; every change is kept as a draft until used.
 */
export function SchoolGuidancePage() {
  const t = useT()
  const locale = useLocale()
  const id = useId()
  const settings = useSettings()
  useDocumentTitle(t('app.documentTitle', { page: t('school.title') }))
  const saved = useStore((s) => s.schoolGuidance)
  const { setSchoolGuidance: setActive } = useActions()
  const active = useMemo(() => {
    const reading = saved ? readSchoolGuidance(saved, sheet) : null
    return reading?.ok ? reading : null
  }, [saved])
  const [draft, setDraft] = useSchoolDraft(
    () => active?.school ?? newSchoolGuidance(settings.schoolName ?? '', today()),
  )
  const update = (change: (draft: SchoolGuidance) => SchoolGuidance) => setDraft((current) => change(current))
  const reading = useMemo(() => readSchoolGuidance(draft, sheet), [draft])
  const [shown, setShown] = useState<Guidance>(active?.guidance ?? sheet)
  // The preview keeps the last version without problems while a text is still empty.
  if (reading.ok && reading.guidance !== shown) setShown(reading.guidance)
  const problems = useRef<HTMLHeadingElement>(null)

  /** Runs `then` with the version when it has no problems; else says so and shows them. */
  const whenReady = (then: (school: SchoolGuidance) => void) => {
    if (!reading.ok) {
      announce(t('school.problems.first', { n: reading.problems.length }), { assertive: true })
      problems.current?.focus()
      return
    }
    then(dated(reading.school))
  }
  const use = () =>
    whenReady((school) => {
      setActive(school)
      setDraft(school)
      announce(t('school.used'))
    })
  const download = () =>
    whenReady((school) => {
      const file = schoolFileName(school)
      downloadBlob(new Blob([schoolFileText(school)], { type: 'application/json' }), file)
      announce(t('backup.downloaded', { file }))
    })

  return (
    <>
      <a className="back-link" href={href(SETTINGS_PATH)}>
        {t('school.back')}
      </a>
      <PageHeading>{t('school.title')}</PageHeading>
      <p>{t('school.intro')}</p>
      <p className="status">
        {active
          ? t('school.inUse', {
              name: active.school.school.name,
              version: active.school.version,
              date: formatDate(active.school.date, locale),
            })
          : t('school.inUse.sheet')}
      </p>
      <section aria-labelledby={`${id}-about`}>
        <h2 id={`${id}-about`} className="heading-m">
          {t('school.about')}
        </h2>
        <TextField
          id={`${id}-name`}
          label={t('school.name')}
          hint={t('school.name.hint')}
          max={SCHOOL_LIMITS.name}
          value={draft.school.name}
          onChange={(name) => update((d) => ({ ...d, school: { name } }))}
        />
        <div className="form-group">
          <label htmlFor={`${id}-version`} className="label">
            {t('school.version')}
          </label>
          <p className="hint" id={`${id}-version-hint`}>
            {t('school.version.hint')}
          </p>
          <input
            id={`${id}-version`}
            type="number"
            inputMode="numeric"
            min={1}
            max={9999}
            className="input input--short"
            aria-describedby={`${id}-version-hint`}
            value={draft.version}
            onChange={(event) => update((d) => ({ ...d, version: Math.trunc(Number(event.target.value)) }))}
          />
        </div>
      </section>
      <section aria-labelledby={`${id}-details`}>
        <h2 id={`${id}-details`} className="heading-m">
          {t('school.details')}
        </h2>
        <p>{t('school.details.intro')}</p>
        {SCHOOL_DETAILS.map((name) => (
          <TextField
            key={name}
            id={`${id}-${name}`}
            label={t(`school.detail.${name}`)}
            hint={t('school.detail.hint', { placeholder: `{${name}}` })}
            max={SCHOOL_LIMITS.detail}
            optional
            type={name === 'interpreterPhone' ? 'tel' : 'text'}
            value={draft.details?.[name] ?? ''}
            onChange={(value) => update((d) => setDetail(d, name, value))}
          />
        ))}
      </section>
      <SheetItems guidance={sheet} draft={draft} update={update} />
      <AddedItems draft={draft} facts={FACTS} update={update} />
      <SchoolPreview guidance={shown} />
      <section aria-labelledby={`${id}-share`}>
        <h2 id={`${id}-share`} className="heading-m">
          {t('school.share')}
        </h2>
        {reading.ok ? null : (
          <div className="error-message" role="region" aria-labelledby={`${id}-problems`}>
            <h3 id={`${id}-problems`} className="heading-s" tabIndex={-1} ref={problems}>
              {t('school.problems', { n: reading.problems.length })}
            </h3>
            <ul>
              {reading.problems.map((problem) => (
                <li key={problem.message.nl}>{problem.message[locale]}</li>
              ))}
            </ul>
          </div>
        )}
        <p>{t('school.share.intro')}</p>
        <button type="button" className="button" onClick={use}>
          {t('school.use')}
        </button>
        <button type="button" className="button button--secondary" onClick={download}>
          {t('school.download')}
        </button>
        <p className="hint">{t('backup.where')}</p>
        <ReadSchoolFile
          onUse={(school) => {
            setActive(school)
            setDraft(school)
          }}
        />
        <RestoreSheet
          onRestore={() => {
            setActive(null)
            setDraft(newSchoolGuidance(settings.schoolName ?? '', today()))
            announce(t('school.restored'))
          }}
        />
      </section>
    </>
  )
}
