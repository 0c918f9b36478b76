import { useActions, useNotice, usePreparationCount, useSaveFailed, useStorageMode } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { announce } from '../ui/announcer'
import type { LoadNotice } from '../store/saver'
import type { Translate } from '../i18n'
import { href, useLocation } from '../ui/router'
import { RECOVERY_PATH } from '../ui/paths'
import { useAnnounce } from '../ui/announcer'
import { childInSentence } from '../home/child-name'

/** What the teacher must know about their saved data, above every screen; each said once as it comes. */
export function StorageNotices() {
  const t = useT()
  const { mode, problem } = useStorageMode()
  const notice = useNotice()
  const saveFailed = useSaveFailed()
  const { dismissNotice, putBackWiped, forgetWiped } = useActions()
  const held = usePreparationCount()
  // One link to the recovery page, in the first notice; none on that page itself.
  const onRecovery = useLocation().path === RECOVERY_PATH
  const toRecovery = onRecovery ? null : <a href={href(RECOVERY_PATH)}>{t('recovery.title')}</a>
  // Storage the browser refuses holds nothing to recover: the notice says what that means, no more.
  const refused = problem?.kind === 'refused'
  // Wiped: this tab still holds it all, and the choice is made here, on any screen.
  const wiped = problem?.kind === 'wiped'
  const problemLines =
    mode !== 'ok' && problem
      ? wiped
        ? [t('storage.wiped', { n: held })]
        : [
            t(`storage.${problem.kind}`),
            ...(refused ? [] : [t(mode === 'newer' ? 'storage.newer.what' : 'storage.notSaving')]),
          ]
      : []
  const noticeLines = notice ? describe(notice, t, problemLines.length > 0) : []
  useAnnounce(problemLines.length > 0 && problem, problemLines.join(' '), { assertive: true })
  useAnnounce(notice, noticeLines.join(' '))
  useAnnounce(saveFailed, t('app.saveFailed'), { assertive: true })
  return (
    <>
      {problemLines.length > 0 ? (
        <div className="notice notice--error">
          {problemLines.map((line) => (
            <p key={line}>{line}</p>
          ))}
          {wiped ? (
            <div className="actions">
              <button
                type="button"
                className="button"
                onClick={() => {
                  putBackWiped()
                  announce(t('storage.wiped.putBackDone'))
                }}
              >
                {t('storage.wiped.putBack')}
              </button>
              <button type="button" className="button button--secondary" onClick={forgetWiped}>
                {t('storage.wiped.forget')}
              </button>
            </div>
          ) : refused ? null : (
            toRecovery
          )}
        </div>
      ) : null}
      {notice ? (
        <div className="notice">
          {noticeLines.map((line) => (
            <p key={line}>{line}</p>
          ))}
          {toRecovery && problemLines.length === 0 ? <p>{toRecovery}</p> : null}
          <button type="button" className="button button--secondary" onClick={dismissNotice}>
            {t('app.dismiss')}
          </button>
        </div>
      ) : null}
      {saveFailed ? (
        <div className="notice notice--error">
          <p>{t('app.saveFailed')}</p>
        </div>
      ) : null}
    </>
  )
}

/**
 * What was repaired or set aside at load. While nothing is being saved (`blocked`), the error
 * notice above already says the data could not be read and what to do: this one then only says
 * that a copy is kept, and never that the teacher can simply carry on.
 */
function describe(notice: LoadNotice, t: Translate, blocked: boolean): string[] {
  const lines = notice.repairs.map((repair) =>
    t('storage.repaired', {
      name: childInSentence(repair.childName, t),
      parts: repair.parts.map((part) => t(`storage.part.${part}`)).join(', '),
    }),
  )
  if (notice.unusable > 0) lines.push(t('storage.unusable', { n: notice.unusable }))
  if (lines.length === 0 && !blocked) lines.push(t('app.setAside'))
  lines.push(t('storage.copyKept'))
  return lines
}
