export {
  answersSchema,
  draftAnswersSchema,
  completeAnswers,
  BUDDY_VALUES,
  ADDRESS_VALUES,
  PARENTS_VALUES,
  OTHER_ROLES,
  personSchema,
  type Person,
  LIMITS,
  REQUIRED_FIELDS,
  type Answers,
  type AnswerField,
  type Address,
  type Buddy,
  type DraftAnswers,
} from './answers'
export {
  buildChecklist,
  checklistItemIds,
  plannedMinutesOf,
  timeBuffer,
  type BuildOptions,
  type Checklist,
  type ChecklistItem,
  type ChecklistPhase,
  type Script,
} from './build-checklist'
export { buildCard, MAX_REMINDERS, type Card } from './card'
export {
  agendaFrom,
  agendaNow,
  clockTime,
  splitMinutes,
  timeAgenda,
  type AgendaRow,
  type AgendaPart,
  type AgendaPosition,
} from './agenda'
export { guidance, parseGuidance } from './guidance'
export {
  guidanceSchema,
  PHASES,
  LOCALES,
  type Guidance,
  type Locale,
  type Phase,
  type Audience,
  type Origin,
  type Condition,
} from './guidance-schema'
export { AUDIENCES, ORIGINS } from './vocabulary'
export { peoplePresent, chairsNeeded } from './facts'
export { LOCAL_DATE_TIME, localDateTimeSchema, dateTimeParts } from './date-time'
export { hasBidiControls, withoutBidiControls } from './bidi'
