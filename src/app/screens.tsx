import type { ComponentType } from 'react'
import type { Checklist } from '../rules'
import { useChecklist } from '../checklist/derived'
import { ChecklistPage } from '../checklist/checklist-page'
import { AfterPage } from '../after/after-page'
import { CardPage } from '../card/card-page'

// The screens after the wizard, in a chunk of their own (see lazy-screens.ts): they arrive while
// the teacher answers the first questions.
export { CheckAnswers } from '../wizard/check-answers'
export { HomePage } from '../home/home-page'
export { RecoveryPage } from '../home/recovery-page'
export { BackupPage } from '../home/backup-section'
export { SettingsPage } from '../settings/settings-page'

const VIEWS: Record<ChecklistView, ComponentType<{ checklist: Checklist }>> = {
  checklist: ChecklistPage,
  card: CardPage,
  after: AfterPage,
}
export type ChecklistView = 'checklist' | 'card' | 'after'

/** A screen made from the checklist, which is derived from the answers here. */
export function ChecklistScreen({ view }: { view: ChecklistView }) {
  const checklist = useChecklist()
  const Screen = VIEWS[view]
  return checklist ? <Screen checklist={checklist} /> : null
}
