import { useSyncExternalStore } from 'react'
import { useT } from '../store/selectors'
import { useAnnounce } from '../ui/announcer'
import { updates, type UpdateChannel } from './service-worker'

/** A quiet notice above every screen when a new version of the app is ready, announced once. */
export function UpdatePrompt({ channel = updates }: { channel?: UpdateChannel }) {
  const t = useT()
  const offer = useSyncExternalStore(channel.subscribe, channel.offer, channel.offer)
  useAnnounce(offer, t('update.available'))
  if (!offer) return null
  return (
    <div className="notice">
      <p>{t('update.available')}</p>
      <button type="button" className="button button--secondary" onClick={offer.load}>
        {t('update.load')}
      </button>
    </div>
  )
}
