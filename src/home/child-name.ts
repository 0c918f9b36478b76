import type { Translate } from '../i18n'
import { withoutBidiControls } from '../rules'

/** The child's name as a sentence uses it: "Noor", or "een kind zonder naam" when none was given. */
export const childInSentence = (childName: string | undefined, t: Translate): string =>
  withoutBidiControls(childName ?? '').trim() || t('home.noName.sentence')

/** The child's name as a heading or a label uses it: "Noor", or "Zonder naam". */
export const childHeading = (childName: string | undefined, t: Translate): string =>
  withoutBidiControls(childName ?? '').trim() || t('home.noName')
