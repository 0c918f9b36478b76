import type { PdfVariant } from '../pdf/pdf-content'
import type { Rating } from '../model'
import { forParents, type MessageKey } from '../i18n'
import { useT } from '../i18n/use-t'
import { Checkbox } from '../ui/fields'

/** Who the PDF is for and, for a colleague, what the teacher ticks in. */
export interface ExportChoice {
  variant: PdfVariant
  include: { notes: boolean; rating: boolean }
}

interface Props {
  choice: ExportChoice
  onChange: (choice: ExportChoice) => void
  /** The rating given after the conversation: only then is there a rating to tick in. */
  rating: Rating | undefined
  /** With a buddy involved, the parent's version says the parents decide what the buddy sees. */
  withBuddy: boolean
  /** "Voor de ouder" or "Voor de ouders". */
  parentsAttending: 1 | 2 | undefined
}

/** "Voor wie is de PDF?": three versions with a hint each; a colleague's with two boxes under it. */
export function ExportChoices({ choice, onChange, rating, withBuddy, parentsAttending }: Props) {
  const t = useT()
  const versions: { value: PdfVariant; label: MessageKey; hint: MessageKey; more?: MessageKey }[] = [
    { value: 'own', label: 'export.own', hint: 'export.own.hint' },
    { value: 'colleague', label: 'export.colleague', hint: 'export.colleague.hint' },
    {
      value: 'parent',
      // Never addressed to the buddy: the parents decide what the buddy sees.
      label: forParents('export.parent', parentsAttending),
      hint: 'export.parent.hint',
      ...(withBuddy ? { more: forParents('export.parent.buddyHint', parentsAttending) } : {}),
    },
  ]
  const { variant, include } = choice
  return (
    <fieldset className="form-group">
      <legend className="heading-s">{t('export.variant')}</legend>
      <div className="radios">
        {versions.map((version) => (
          <div key={version.value}>
            <div className="radio">
              <input
                type="radio"
                id={`variant-${version.value}`}
                name="variant"
                checked={variant === version.value}
                onChange={() => onChange({ ...choice, variant: version.value })}
                aria-describedby={`variant-${version.value}-hint`}
              />
              <div className="choice-text">
                <label htmlFor={`variant-${version.value}`}>{t(version.label)}</label>
                <p className="hint" id={`variant-${version.value}-hint`}>
                  {t(version.hint)}
                  {version.more ? ` ${t(version.more)}` : null}
                </p>
              </div>
            </div>
            {version.value === 'colleague' && variant === 'colleague' ? (
              <div className="radio-extras">
                <Checkbox
                  id="colleague-notes"
                  label={t('export.colleague.notes')}
                  hint={t('export.colleague.notes.hint')}
                  checked={include.notes}
                  onChange={(notes) => onChange({ ...choice, include: { ...include, notes } })}
                />
                {rating ? (
                  <Checkbox
                    id="colleague-rating"
                    label={t('export.colleague.rating')}
                    hint={t('export.colleague.rating.hint', { rating: t(`after.rating.${rating}`) })}
                    checked={include.rating}
                    onChange={(checked) => onChange({ ...choice, include: { ...include, rating: checked } })}
                  />
                ) : null}
              </div>
            ) : null}
          </div>
        ))}
      </div>
    </fieldset>
  )
}
