import { startTransition, useEffect, useState } from 'react'

/**
 * False on the first render, true just after it has been shown: what a long list draws beyond
 * its first part waits until the first part is on screen, and gives way to the teacher's keys.
 */
export function useDrawnLater(): boolean {
  const [later, setLater] = useState(false)
  useEffect(() => startTransition(() => setLater(true)), [])
  return later
}
