import { completeAnswers, type DraftAnswers } from '../rules'
import { href, navigate } from '../ui/router'
import { useAnswers, useLocale, useRequiredId } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { PageHeading } from '../ui/page-heading'
import { useDocumentTitle } from '../ui/use-document-title'
import { stepPath, viewPath } from '../ui/paths'
import { useQuestions } from './questions-context'
import { askedFields } from './question-types'

const asText = (value: DraftAnswers[keyof DraftAnswers]) =>
  value === undefined || value === '' ? undefined : String(value)

/** Check your answers: every answer with a Change link that comes back here. */
export function CheckAnswers() {
  const t = useT()
  const locale = useLocale()
  const id = useRequiredId()
  const answers = useAnswers()
  const questions = useQuestions()
  const complete = completeAnswers(answers) !== null
  useDocumentTitle(t('app.documentTitle', { page: t('check.title') }))

  return (
    <>
      <PageHeading>{t('check.title')}</PageHeading>
      <dl className="summary-list">
        {questions.flatMap((question) =>
          askedFields(question, answers).fields.map(({ name, check }) => (
            <div className="summary-list__row" key={name}>
              <dt>{t(check.label)}</dt>
              <dd>
                {(check.format ? check.format(answers, t, locale) : asText(answers[name])) ??
                  t(question.optional ? 'check.notGiven' : 'check.notAnswered')}
              </dd>
              <dd className="summary-list__action">
                <a href={href(stepPath(id, question.step, 'check'))}>
                  {t('check.change')} <span className="visually-hidden">{t(check.hidden)}</span>
                </a>
              </dd>
            </div>
          )),
        )}
      </dl>
      {complete ? (
        <button type="button" className="button" onClick={() => navigate(viewPath(id, 'checklist'))}>
          {t('check.submit')}
        </button>
      ) : (
        <p className="inset">{t('check.incomplete')}</p>
      )}
    </>
  )
}
