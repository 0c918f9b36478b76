import { addMessages } from './index'
import { nlSchool } from './nl-school'

// The Dutch words of the school's guidance page, added once its chunk loads (see nl-school.ts).
addMessages('nl', nlSchool)
