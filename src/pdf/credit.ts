import { guidance, type Checklist } from '../rules'
import type { Translate } from '../i18n'
import { formatDate } from '../i18n/format'
import type { PdfBlock } from './document'

/**
 * The foot of every PDF: the sheet it is based on and the thanks to its author, always; and when
 * a school made the guidance its own, which school, and which version of theirs.
 */
export function creditBlocks(checklist: Checklist, t: Translate): PdfBlock[] {
  const { locale, adaptedBy } = checklist
  return [
    { kind: 'paragraph', tone: 'muted', atPageEnd: true, text: t('pdf.source', { title: guidance.title[locale] }) },
    { kind: 'paragraph', tone: 'muted', text: guidance.acknowledgement[locale] },
    ...(adaptedBy
      ? [
          {
            kind: 'paragraph',
            tone: 'muted',
            text: t('pdf.adaptedBy', {
              school: adaptedBy.name,
              version: adaptedBy.version,
              date: formatDate(adaptedBy.date, locale),
            }),
          } as const,
        ]
      : []),
  ]
}
