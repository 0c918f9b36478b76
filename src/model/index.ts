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
export { statusOf, byNewestConversation, buddyWasThere, followUpWithBuddy, type Status } from './status'
