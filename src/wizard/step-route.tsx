import type { ComponentType } from 'react'
import type { StepId } from '../ui/paths'
import { BuddyStep } from './questions/buddy-step'
import { SensitiveNewsStep } from './questions/sensitive-news-step'
import { MinutesStep } from './questions/minutes-step'
import { AttendeesStep } from './questions/attendees-step'
import { ChildNameStep } from './questions/child-name-step'
import { AddressStep } from './questions/address-step'
import { MeetingAtStep } from './questions/meeting-at-step'

const SCREENS: Record<StepId, ComponentType> = {
  buddy: BuddyStep,
  'sensitive-news': SensitiveNewsStep,
  minutes: MinutesStep,
  attendees: AttendeesStep,
  'child-name': ChildNameStep,
  address: AddressStep,
  'meeting-at': MeetingAtStep,
}

/** The screen for one step; keyed so each visit reads the saved answers afresh. */
export function StepRoute({ step }: { step: StepId }) {
  const Screen = SCREENS[step]
  return <Screen key={step} />
}
