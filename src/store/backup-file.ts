import { own, type Preparation } from '../model'
import {
  makeBackup,
  planDetails,
  planSchool,
  readBackupOrCopy,
  type BackupProblem,
  type DetailsPlan,
  type SchoolPlan,
} from './backup'
import { teacherDetails } from './persistence'
import { useStore } from './store'

// Reading and writing backup files, apart from the store itself: only the screens that do it
// load this, so the first load carries none of it.

const now = () => new Date().toISOString()

/**
 * What a backup holds, and what reading it back would do to the teacher's details and the school's
 * version of the guidance; changes nothing.
 */
export function previewBackup(
  text: string,
):
  | { ok: true; preparations: Preparation[]; details: DetailsPlan; school: SchoolPlan }
  | { ok: false; problem: BackupProblem } {
  const reading = readBackupOrCopy(text, now())
  if (!reading.ok) return reading
  const state = useStore.getState()
  return {
    ok: true,
    preparations: reading.preparations,
    details: planDetails(teacherDetails(state.settings), reading.details),
    school: planSchool(state.schoolGuidance, reading.school),
  }
}

/** The backup file's text, of everything as it is now (what is waiting to be written included). */
export function backupText(): string {
  return makeBackup(useStore.getState(), now())
}

/** A backup's text of these preparations only, with the teacher's details: for a transfer file. */
export function transferText(ids: string[]): string {
  const state = useStore.getState()
  const preparations = Object.fromEntries(
    ids.flatMap((id) => {
      const p = own(state.preparations, id)
      return p ? [[id, p] as const] : []
    }),
  )
  return makeBackup({ ...state, preparations }, now())
}
