import { useEffect, useState } from 'react'

/** The time in milliseconds, updated every second while `running`; a quiet clock for the card's timer. */
export function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!running) return
    const tick = () => setNow(Date.now())
    // The first tick at once, so a timer started just now does not show the time the page opened.
    const first = window.setTimeout(tick, 0)
    const every = window.setInterval(tick, 1000)
    return () => {
      window.clearTimeout(first)
      window.clearInterval(every)
    }
  }, [running])
  return now
}
