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
export { statusOf, plannedMinutes, type Status } from './status'
export { buddyWasThere, followUpWithBuddy } from './buddy'
export { minuteOf } from './clock'
export { seriesOf, byNewestConversation } from './series'
export { isRecord, own, recordOf, jsonEntries } from './records'
