export {
  RATINGS,
  questionSchema,
  evaluationSchema,
  followUpSchema,
  preparationSchema,
  type Rating,
  type Question,
  type Evaluation,
  type FollowUp,
  type Preparation,
} from './preparation'
export { statusOf, plannedMinutes, byNewestConversation, buddyWasThere, followUpWithBuddy, type Status } from './status'
export { minuteOf } from './clock'
export { seriesOf } from './series'
