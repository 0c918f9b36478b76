import { useEffect, useEffectEvent, useRef, useState } from 'react'
import { announce } from './announcer'

interface Props {
  /** What is saved as it is typed; compared by content, so a copy of the same values is no change. */
  watch: unknown
  label: string
  /** Changes are not being written (the last write failed, or saving is stopped): nothing is called saved. */
  failed: boolean
}

/** How long after the last change "Bewaard" appears: after the write, and once per pause in typing. */
const PAUSE_MS = 600

/**
 * A quiet "Bewaard" after the teacher changes something on a page that saves as it is typed:
 * shown and announced politely once per pause, not on every keystroke, and never while saving
 * fails (the frame says that instead, assertively).
 */
export function SavedStatus({ watch, label, failed }: Props) {
  const [shown, setShown] = useState(false)
  const content = JSON.stringify(watch)
  const last = useRef(content)
  const show = useEffectEvent(() => {
    if (failed) return
    setShown(true)
    announce(label)
  })
  useEffect(() => {
    if (content === last.current) return
    last.current = content
    setShown(false)
    const timer = setTimeout(show, PAUSE_MS)
    return () => clearTimeout(timer)
  }, [content])
  return <p className="status saved-status">{shown && !failed ? label : null}</p>
}
