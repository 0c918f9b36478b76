import { useState } from 'react'
import { announce } from './announcer'

interface Props {
  text: string
  label: string
  copied: string
  failed: string
}

/** Copies a text to the clipboard in one click and says so; says what to do when it cannot. */
export function CopyButton({ text, label, copied, failed }: Props) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setState('copied')
      announce(copied)
    } catch {
      setState('failed')
      announce(failed, { assertive: true })
    }
  }
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        {label}
      </button>
      <p className={state === 'failed' ? 'error-message' : 'status'}>
        {state === 'copied' ? copied : state === 'failed' ? failed : null}
      </p>
    </>
  )
}
