import { useSyncExternalStore } from 'react'
import { useT } from '../i18n/use-t'
import { useAnnounce } from '../ui/announcer'
import { updates, type UpdateChannel } from './service-worker'

const noOffer = () => null

/** A quiet notice above every screen when a new version of the app is ready, announced once. */
export function UpdatePrompt({ channel = updates }: { channel?: UpdateChannel }) {
  const t = useT()
  // The built page offers nothing: hydration starts from that, and an offer that came first shows right after.
  const offer = useSyncExternalStore(channel.subscribe, channel.offer, noOffer)
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
