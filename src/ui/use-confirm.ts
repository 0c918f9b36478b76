import { useEffect, useRef, useState } from 'react'

/**
 * An inline "Weet je het zeker?" in place of the button that asks it. When it opens, focus goes to
 * the safe choice ("Nee, bewaren"); when the teacher keeps it, back to the button that asked, so a
 * keyboard user is never left at the top of the page.
 */
export function useConfirm() {
  const [confirming, setConfirming] = useState(false)
  const askButton = useRef<HTMLButtonElement>(null)
  const keepButton = useRef<HTMLButtonElement>(null)
  const asked = useRef(false)
  useEffect(() => {
    if (confirming) keepButton.current?.focus()
    else if (asked.current) askButton.current?.focus()
  }, [confirming])
  return {
    confirming,
    askButton,
    keepButton,
    ask: () => {
      asked.current = true
      setConfirming(true)
    },
    close: () => setConfirming(false),
  }
}
