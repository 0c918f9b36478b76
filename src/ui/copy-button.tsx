import { useState } from 'react'

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
    } catch {
      setState('failed')
    }
  }
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        {label}
      </button>
      <p className={state === 'failed' ? 'error-message' : 'status'} role="status">
        {state === 'copied' ? copied : state === 'failed' ? failed : null}
      </p>
    </>
  )
}
