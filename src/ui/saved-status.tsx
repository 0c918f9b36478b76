import { useEffect, useRef, useState } from 'react'

/**
 * A quiet "Bewaard" after the teacher changes something on a page that saves as it is typed:
 * announced politely once per pause, not on every keystroke.
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
    const timer = setTimeout(() => setShown(true), 600)
    return () => clearTimeout(timer)
  }, [watch])
  return (
    <p className="status saved-status" role="status">
      {shown ? label : null}
    </p>
  )
}
