import { useId } from 'react'
import { LIMITS } from '../rules'
import type { MessageKey } from '../i18n'
import { useActions, useNotSaving, useSettings, useT } from '../store/selectors'
import type { Settings } from '../store/persistence'
import { PageHeading } from '../ui/page-heading'
import { useDocumentTitle } from '../ui/use-document-title'
import { href } from '../ui/router'
import { HOME_PATH } from '../ui/paths'
import { SavedStatus } from '../ui/saved-status'

type Field = 'teacherName' | 'schoolName' | 'defaultRoom'
const FIELDS: { name: Field; label: MessageKey; hint: MessageKey; max: number }[] = [
  { name: 'teacherName', label: 'settings.teacherName', hint: 'settings.teacherName.hint', max: LIMITS.name.max },
  { name: 'schoolName', label: 'settings.schoolName', hint: 'settings.schoolName.hint', max: LIMITS.name.max },
  { name: 'defaultRoom', label: 'settings.defaultRoom', hint: 'settings.defaultRoom.hint', max: LIMITS.room.max },
]

/** The teacher and the school, asked once: used in the invitation, the report and the PDFs. */
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
        {FIELDS.map((field) => (
          <SettingField key={field.name} {...field} settings={settings} />
        ))}
      </form>
      <SavedStatus watch={settings} label={t('app.saved')} failed={notSaving} />
    </>
  )
}

function SettingField({ name, label, hint, max, settings }: (typeof FIELDS)[number] & { settings: Settings }) {
  const t = useT()
  const id = useId()
  const { saveSettings } = useActions()
  return (
    <div className="form-group">
      <label htmlFor={id} className="label">
        {t(label)} <span className="optional">{t('wizard.optional')}</span>
      </label>
      <p className="hint" id={`${id}-hint`}>
        {t(hint)}
      </p>
      <input
        id={id}
        className="input input--medium"
        maxLength={max}
        autoComplete={name === 'teacherName' ? 'name' : 'off'}
        aria-describedby={`${id}-hint`}
        value={settings[name] ?? ''}
        onChange={(event) =>
          saveSettings({ [name]: event.target.value.trim() === '' ? undefined : event.target.value })
        }
      />
    </div>
  )
}
