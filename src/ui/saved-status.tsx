import { useEffect, useRef, useState } from 'react'
import { announce } from './announcer'

/**
 * A quiet "Bewaard" after the teacher changes something on a page that saves as it is typed:
 * shown and announced politely once per pause, not on every keystroke.
 */
export function SavedStatus({ watch, label }: { watch: unknown; label: string }) {
  const [shown, setShown] = useState(false)
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    setShown(false)
    const timer = setTimeout(() => {
      setShown(true)
      announce(label)
    }, 600)
    return () => clearTimeout(timer)
    // Only a change of what is watched was saved; the label merely follows the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [watch])
  return <p className="status saved-status">{shown ? label : null}</p>
}
