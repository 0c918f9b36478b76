export {
  RATINGS,
  questionSchema,
  evaluationSchema,
  followUpSchema,
  cardSchema,
  preparationSchema,
  type Rating,
  type Question,
  type Evaluation,
  type FollowUp,
  type SavedCard,
  type Preparation,
} from './preparation'
export { statusOf, byNewestConversation, buddyWasThere, followUpWithBuddy, type Status } from './status'
