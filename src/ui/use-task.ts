import { useState } from 'react'

export type TaskStatus<T> = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; value: T } | { kind: 'failed' }

/** Runs an async task on demand (a download, say) and tracks whether it is busy, done or failed. */
export function useTask<T>(): [TaskStatus<T>, (task: () => Promise<T>) => Promise<void>] {
  const [status, setStatus] = useState<TaskStatus<T>>({ kind: 'idle' })
  const run = async (task: () => Promise<T>) => {
    setStatus({ kind: 'busy' })
    try {
      setStatus({ kind: 'done', value: await task() })
    } catch {
      setStatus({ kind: 'failed' })
    }
  }
  return [status, run]
}
