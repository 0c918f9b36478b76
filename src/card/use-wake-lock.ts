import { useEffect } from 'react'

/**
 * Keeps the screen on while `active` (the card's timer runs), where the browser offers the Screen
 * Wake Lock API, without asking: a phone on the table must not go dark in the middle of the
 * conversation. The browser lets go of the lock when the page is hidden; it is taken again when
 * the page is shown. Let go when no longer active or when the card closes. Where the API is
 * missing, or the browser refuses (battery saver), nothing happens and nothing is said.
 */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return
    const wakeLock = navigator.wakeLock
    let sentinel: WakeLockSentinel | null = null
    let asking = false
    let done = false
    const take = () => {
      if (asking || document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return
      asking = true
      wakeLock.request('screen').then(
        (taken) => {
          asking = false
          // The card closed or the timer stopped while the browser was deciding.
          if (done) void taken.release().catch(() => {})
          else sentinel = taken
        },
        () => {
          asking = false
        },
      )
    }
    take()
    document.addEventListener('visibilitychange', take)
    return () => {
      done = true
      document.removeEventListener('visibilitychange', take)
      // Letting go of a lock the browser already let go of does nothing.
      void sentinel?.release().catch(() => {})
    }
  }, [active])
}
