import { useSyncExternalStore } from 'react'
import type { SchoolGuidance } from '../rules/school'

/**
 * The school's version in use on this device, as the editor sees it. Interim: kept for this page
 * visit only, until the store keeps it.
 */
let active: SchoolGuidance | null = null
const listeners = new Set<() => void>()

export function useActiveSchool(): unknown {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => active,
  )
}

/** Makes a version the one in use (null: the sheet as it was); false when it could not be kept. */
export function useSetActiveSchool(): (school: SchoolGuidance | null) => boolean {
  return (school) => {
    active = school
    listeners.forEach((listener) => listener())
    return true
  }
}
