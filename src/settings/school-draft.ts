import { useEffect, useState } from 'react'
import type { SchoolGuidance } from '../rules/school'
import { asSchoolGuidance } from '../store/persistence'
import { readDraft, writeDraft } from '../ui/drafts'

const DRAFT = 'school-guidance'

/** The draft kept from before a reload, when it is a school's version at all (checked in full on use). */
function savedDraft(): SchoolGuidance | null {
  const { draft } = readDraft<{ draft: unknown }>(DRAFT, { draft: null })
  return asSchoolGuidance(draft) as SchoolGuidance | null
}

/**
 * The version being edited: kept per tab as it is typed, so a reload loses nothing; it starts
 * from the draft of before, else from `start()`. Unlike a form's draft it is not forgotten when
 * the teacher leaves the page: an edit of many items is kept until it is replaced.
 */
export function useSchoolDraft(start: () => SchoolGuidance) {
  const [draft, setDraft] = useState<SchoolGuidance>(() => savedDraft() ?? start())
  useEffect(() => writeDraft(DRAFT, { draft }), [draft])
  return [draft, setDraft] as const
}
