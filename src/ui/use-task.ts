import { useState } from 'react'
import { announce } from './announcer'

export type TaskStatus<T> = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; value: T } | { kind: 'failed' }

/** What to say as the task moves on; `done` may say nothing for some results (null). */
export interface TaskSayings<T> {
  busy?: string
  done?: (value: T) => string | null
  failed?: string
}

/**
 * Runs an async task on demand (a download, say) and tracks whether it is busy, done or failed;
 * each step is announced once, a failure assertively.
 */
export function useTask<T>(sayings: TaskSayings<T> = {}): [TaskStatus<T>, (task: () => Promise<T>) => Promise<void>] {
  const [status, setStatus] = useState<TaskStatus<T>>({ kind: 'idle' })
  const run = async (task: () => Promise<T>) => {
    setStatus({ kind: 'busy' })
    if (sayings.busy) announce(sayings.busy)
    let value: T
    try {
      value = await task()
    } catch {
      setStatus({ kind: 'failed' })
      if (sayings.failed) announce(sayings.failed, { assertive: true })
      return
    }
    setStatus({ kind: 'done', value })
    const said = sayings.done?.(value)
    if (said) announce(said)
  }
  return [status, run]
}
