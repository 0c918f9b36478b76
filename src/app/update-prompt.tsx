import { useSyncExternalStore } from 'react'
import { useT } from '../store/selectors'
import { updates, type UpdateChannel } from './service-worker'

/**
 * A quiet notice above every screen when a new version of the app is ready. The polite live
 * region is always there, so screen readers reliably announce the notice when it appears; it has
 * no status role while empty, so it never stands in for a screen's own status message.
 */
export function UpdatePrompt({ channel = updates }: { channel?: UpdateChannel }) {
  const t = useT()
  const offer = useSyncExternalStore(channel.subscribe, channel.offer, channel.offer)
  return (
    <div aria-live="polite">
      {offer ? (
        <div className="notice">
          <p>{t('update.available')}</p>
          <button type="button" className="button button--secondary" onClick={offer.load}>
            {t('update.load')}
          </button>
        </div>
      ) : null}
    </div>
  )
}
