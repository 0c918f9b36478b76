import type { ComponentType } from 'react'
import { REQUIRED_FIELDS, type Checklist } from '../rules'
import { useChecklist } from '../parts/derived'
import { useAnswers, useRequiredId } from '../store/selectors'
import { stepPath, viewPath } from '../ui/paths'
import { stepOf, useQuestions } from '../wizard/questions-context'
import { ChecklistPage } from '../checklist/checklist-page'
import { AfterPage } from '../after/after-page'
import { CardPage } from '../card/card-page'
import { Redirect } from './redirect'
// The Dutch words of the documents these screens show and make, left out of the first load.
import '../i18n/documents'

// The screens after the wizard, in a chunk of their own (see lazy-screens.ts): they arrive while
// the teacher answers the first questions.
export { CheckAnswers } from '../wizard/check-answers'
export { HomePage } from '../home/home-page'
export { RecoveryPage } from '../home/recovery-page'
export { BackupPage } from '../home/backup-section'
export { SettingsPage } from '../settings/settings-page'
export { MissingPreparation, NotFound } from './missing'

const VIEWS: Record<ChecklistView, ComponentType<{ checklist: Checklist }>> = {
  checklist: ChecklistPage,
  card: CardPage,
  after: AfterPage,
}
export type ChecklistView = 'checklist' | 'card' | 'after'

/** A screen made from the checklist; while answers are missing, the first question still open. */
export function ChecklistScreen({ view }: { view: ChecklistView }) {
  const id = useRequiredId()
  const checklist = useChecklist()
  const answers = useAnswers()
  const questions = useQuestions()
  const Screen = VIEWS[view]
  if (checklist) return <Screen checklist={checklist} />
  const missing = REQUIRED_FIELDS.find((field) => answers[field] === undefined)
  const step = missing && stepOf(questions, missing)
  return <Redirect to={step ? stepPath(id, step) : viewPath(id, 'check')} />
}
