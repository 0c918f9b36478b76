export {
  RATINGS,
  questionSchema,
  evaluationSchema,
  followUpSchema,
  cardSchema,
  preparationSchema,
  textsSchema,
  EDITABLE_TEXTS,
  type EditableText,
  type EditedText,
  type Texts,
  type Rating,
  type Question,
  type Evaluation,
  type FollowUp,
  type SavedCard,
  type Preparation,
} from './preparation'
export { statusOf, plannedMinutes, buddyWasThere, followUpWithBuddy, type Status } from './status'
export { minuteOf } from './clock'
export { seriesOf, byNewestConversation } from './series'
export { own, recordOf, jsonEntries } from './records'
