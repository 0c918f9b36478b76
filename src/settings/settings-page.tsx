import { useId } from 'react'
import { hasBidiControls, LIMITS } from '../rules'
import type { MessageKey } from '../i18n'
import { useActions, useNotSaving, useSettings } from '../store/selectors'
import { useT } from '../i18n/use-t'
import type { Settings } from '../store/persistence'
import { PageHeading } from '../ui/page-heading'
import { useDocumentTitle } from '../ui/use-document-title'
import { href } from '../ui/router'
import { HOME_PATH, SCHOOL_PATH } from '../ui/paths'
import { SavedStatus } from '../ui/saved-status'

type Field = 'teacherName' | 'schoolName' | 'defaultRoom' | 'phone' | 'email' | 'otherContact'
interface FieldSpec {
  name: Field
  label: MessageKey
  hint: MessageKey
  max: number
  type?: 'tel' | 'email'
  autoComplete?: string
}

const ABOUT_YOU: FieldSpec[] = [
  {
    name: 'teacherName',
    label: 'settings.teacherName',
    hint: 'settings.teacherName.hint',
    max: LIMITS.name.max,
    autoComplete: 'name',
  },
  { name: 'schoolName', label: 'settings.schoolName', hint: 'settings.schoolName.hint', max: LIMITS.name.max },
  { name: 'defaultRoom', label: 'settings.defaultRoom', hint: 'settings.defaultRoom.hint', max: LIMITS.room.max },
]
/** How parents reach the teacher: for the invitation's and the parent PDF's "Laat het me weten via …". */
const CONTACT: FieldSpec[] = [
  {
    name: 'phone',
    label: 'settings.phone',
    hint: 'settings.phone.hint',
    max: LIMITS.contact.max,
    type: 'tel',
    autoComplete: 'tel',
  },
  {
    name: 'email',
    label: 'settings.email',
    hint: 'settings.email.hint',
    max: LIMITS.contact.max,
    type: 'email',
    autoComplete: 'email',
  },
  { name: 'otherContact', label: 'settings.otherContact', hint: 'settings.otherContact.hint', max: LIMITS.contact.max },
]

/** The teacher, the school and how parents reach the teacher, asked once: used in the invitation, the report and the PDFs. */
export function SettingsPage() {
  const t = useT()
  const settings = useSettings()
  const notSaving = useNotSaving()
  useDocumentTitle(t('app.documentTitle', { page: t('settings.title') }))
  return (
    <>
      <a className="back-link" href={href(HOME_PATH)}>
        {t('checklist.allPreparations')}
      </a>
      <PageHeading>{t('settings.title')}</PageHeading>
      <p>{t('settings.intro')}</p>
      <form noValidate onSubmit={(event) => event.preventDefault()}>
        {ABOUT_YOU.map((field) => (
          <SettingField key={field.name} {...field} settings={settings} />
        ))}
        <fieldset className="form-group" aria-describedby="contact-hint">
          <legend>
            <h2 className="heading-m">{t('settings.contact')}</h2>
          </legend>
          <p className="hint" id="contact-hint">
            {t('settings.contact.hint')}
          </p>
          {CONTACT.map((field) => (
            <SettingField key={field.name} {...field} settings={settings} />
          ))}
        </fieldset>
      </form>
      <SavedStatus watch={settings} label={t('app.saved')} failed={notSaving} />
      <h2 className="heading-m">
        <a href={href(SCHOOL_PATH)}>{t('settings.school')}</a>
      </h2>
      <p>{t('settings.school.hint')}</p>
    </>
  )
}

function SettingField({ name, label, hint, max, type, autoComplete, settings }: FieldSpec & { settings: Settings }) {
  const t = useT()
  const id = useId()
  const { saveSettings } = useActions()
  return (
    <div className="form-group">
      <label htmlFor={id} className="label">
        {t(label)} <span className="optional">{t('wizard.optional')}</span>
      </label>
      <p className="hint" id={`${id}-hint`}>
        {t(hint)} {hasBidiControls(settings[name] ?? '') ? t('field.bidi') : null}
      </p>
      <input
        id={id}
        type={type ?? 'text'}
        className="input input--medium"
        maxLength={max}
        autoComplete={autoComplete ?? 'off'}
        spellCheck={type ? false : undefined}
        aria-describedby={`${id}-hint`}
        value={settings[name] ?? ''}
        onChange={(event) =>
          saveSettings({ [name]: event.target.value.trim() === '' ? undefined : event.target.value })
        }
      />
    </div>
  )
}
